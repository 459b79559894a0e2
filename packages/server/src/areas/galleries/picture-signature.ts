import { Transform } from 'node:stream';

/** A file sent as a picture of one type whose first bytes are not a picture of that type. */
export class NotAPictureError extends Error {
  constructor(readonly mediaType: string) {
    super(`the file is not ${mediaType}`);
  }
}

const ascii = (head: Buffer, from: number, text: string) => head.subarray(from, from + text.length).toString('latin1') === text;

/** How each picture type the server makes sizes of begins (its "magic number"). */
const beginnings: Record<string, (head: Buffer) => boolean> = {
  'image/jpeg': (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff,
  'image/png': (h) => h[0] === 0x89 && ascii(h, 1, 'PNG\r\n\x1a\n'),
  'image/gif': (h) => ascii(h, 0, 'GIF87a') || ascii(h, 0, 'GIF89a'),
  'image/webp': (h) => ascii(h, 0, 'RIFF') && ascii(h, 8, 'WEBP'),
  'image/avif': (h) => ascii(h, 4, 'ftyp') && (ascii(h, 8, 'avif') || ascii(h, 8, 'avis')),
  'image/tiff': (h) => ascii(h, 0, 'II*\0') || ascii(h, 0, 'MM\0*'),
};
const headLength = 12;

/**
 * Passes an upload through unchanged, failing with NotAPictureError when it says it is a
 * JPEG (or PNG, …) and does not begin like one: a text file renamed `.jpg` is refused at the
 * door with a sentence, not stored to break every page that shows it. Other types pass.
 */
export function checkedPicture(mediaType: string): Transform {
  const begins = beginnings[mediaType];
  let head: Buffer | null = begins ? Buffer.alloc(0) : null;
  const check = (done: (error?: Error) => void) => {
    const ok = !head || !begins || begins(head);
    head = null;
    done(ok ? undefined : new NotAPictureError(mediaType));
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (!head) return done(null, chunk);
      head = Buffer.concat([head, chunk]);
      if (head.length < headLength) return done();
      const held = head;
      check((error) => (error ? done(error) : done(null, held)));
    },
    flush(done) {
      if (!head) return done();
      const held = head;
      check((error) => {
        if (error) return done(error);
        this.push(held);
        done();
      });
    },
  });
}
