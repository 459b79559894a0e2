import sharp from 'sharp';

/** How every JPEG begins: enough for the upload route's check that a file sent as a JPEG is one. */
const jpegStart = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);

/** Bytes that begin like a JPEG, for tests about storing and serving files rather than pictures. */
export function jpegLike(rest: string | Buffer = 'jpeg bytes'): Buffer {
  return Buffer.concat([jpegStart, Buffer.from(rest)]);
}

/** A real photograph-shaped JPEG of `width` × `height`, for tests of the sizes made of pictures. */
export function realJpeg(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 180, g: 120, b: 60 } } })
    .jpeg({ quality: 85 })
    .toBuffer();
}
