// Loaded with a dynamic import() only when a second factor is set up, so the QR encoder (uqr)
// is a chunk of its own that no element's entry point carries.
import { encode } from 'uqr';

/** A QR code as one SVG path: `size` modules square, quiet zone included, one unit per module. */
export interface QrShape {
  size: number;
  /** The dark modules, for `<path d>`. */
  path: string;
}

/**
 * The QR code of a text (an `otpauth://` address), with medium error correction and the
 * four-module quiet zone scanners expect around it.
 */
export function qrShape(text: string): QrShape {
  const { size, data } = encode(text, { ecc: 'M', border: 4 });
  let path = '';
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!data[row]![col]) {
        col++;
        continue;
      }
      // A run of dark modules in a row is one rectangle: the path stays short.
      const start = col;
      while (col < size && data[row]![col]) col++;
      path += `M${start} ${row}h${col - start}v1h-${col - start}z`;
    }
  }
  return { size, path };
}
