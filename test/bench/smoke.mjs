// A smoke run (`node <name>.bench.mjs --smoke`) takes a benchmark's whole path at a tiny size
// in a second or a few: the same server, seeding, calls and checks, so a benchmark that no
// longer parses or runs fails CI. Its figures mean nothing: targets are not judged and
// results/*.json, the real figures, are never written.
export const smoke = process.argv.includes('--smoke');

/** The size for a real run, or the tiny one for a smoke run. */
export function size(real, tiny) {
  return smoke ? tiny : real;
}
