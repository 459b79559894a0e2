/** The part of fontkit (pdfkit's font engine) the receipts use; fontkit ships no types of its own. */
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    advanceWidth: number;
  }
  export interface Font {
    postscriptName: string;
    numGlyphs: number;
    layout(text: string, features?: unknown): { glyphs: Glyph[] };
    glyphsForString(text: string): Glyph[];
    createSubset(): Subset;
    getGlyph(id: number): Glyph;
  }
  export interface Subset {
    glyphs: number[];
    mapping: Record<number, number>;
    includeGlyph(glyph: number | Glyph): number;
    encode(): Uint8Array;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
