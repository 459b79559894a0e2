import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

/**
 * The receipt's typeface: DejaVu Sans (the dejavu-fonts-ttf package; Bitstream Vera's free
 * licence, DejaVu's changes in the public domain), embedded in every PDF. The PDF standard fonts
 * know only WinAnsi, which has no ő or ű; DejaVu covers Latin, Greek and Cyrillic, so customers'
 * names come out as they were written.
 *
 * Read and parsed once per process, on first use, and shared by every receipt: parsing the
 * file takes ten times longer than a receipt. Each PDF embeds only the glyphs it uses; the work
 * of copying one glyph into such a subset is done once per glyph (withKeptGlyphs).
 */
export interface ReceiptFonts {
  regular: fontkit.Font;
}

type FontFile = 'DejaVuSans.ttf';

let loaded: ReceiptFonts | undefined;

export function receiptFonts(): ReceiptFonts {
  loaded ??= { regular: withKeptGlyphs(plainFont('DejaVuSans.ttf')) };
  return loaded;
}

/** The font as fontkit alone reads it and makes its subsets (the test compares receipts made with both). */
export function plainFont(file: FontFile): fontkit.Font {
  const folder = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return fontkit.create(readFileSync(join(folder, file)));
}

/** What a TrueType subset copies of one glyph: its outline bytes, the glyphs it is made of, and its metrics. */
interface KeptGlyph {
  bytes: Uint8Array;
  components: Array<{ glyphID: number; pos: number }>;
  advance: number;
  bearing: number;
}

/**
 * The parts of fontkit's TrueType subset this relies on (fontkit 2.0's TTFSubset): `_addGlyph`
 * appends one glyph's outline to `glyf`, its offset to `loca` and its metrics to `hmtx`.
 */
interface TrueTypeSubset {
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: Array<{ advance: number; bearing: number }> };
  offset: number;
  includeGlyph(glyph: number): number;
}
interface FontInternals {
  loca: { offsets: number[] };
  /** fontkit's glyph objects by id, each with the characters it was first made for. */
  _glyphs: Record<number, unknown>;
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
  getGlyph(id: number): {
    advanceWidth: number;
    _decode(): { numberOfContours: number; components?: Array<{ glyphID: number; pos: number }> } | null;
    _getMetrics(): { leftBearing: number };
  };
}

/**
 * The font as pdfkit uses it, with subsets that copy each glyph from what was read of it the
 * first time. fontkit decodes every point of a glyph again for each new subset, only to learn
 * whether it is made of other glyphs; that was two thirds of a receipt's time. The bytes it
 * writes are the same as fontkit's own (a test compares them).
 */
function withKeptGlyphs(font: fontkit.Font): fontkit.Font {
  const internals = font as unknown as FontInternals;
  const Subset = font.createSubset().constructor as new (font: fontkit.Font) => fontkit.Subset;
  const glyphs = new Map<number, KeptGlyph>();
  const read = (gid: number): KeptGlyph => {
    // A glyph read here first (a part of a composite, such as the u of ű) would be kept by fontkit
    // without its characters, and text laid out with it later would lose them in the PDF's
    // ToUnicode table (a reader would copy "Refnd"). fontkit's own subsets do the same, which
    // is harmless only while a font lives for one document; so what this makes is not kept.
    const known = Object.hasOwn(internals._glyphs, gid);
    const glyph = internals.getGlyph(gid);
    const start = internals.loca.offsets[gid]!;
    const end = internals.loca.offsets[gid + 1]!;
    const stream = internals._getTableStream('glyf');
    stream.pos += start;
    const bytes = stream.readBuffer(end - start);
    const decoded = end > start ? glyph._decode() : null;
    const components = decoded && decoded.numberOfContours < 0 ? (decoded.components ?? []).map(({ glyphID, pos }) => ({ glyphID, pos })) : [];
    const kept = { bytes, components, advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing };
    if (!known) delete internals._glyphs[gid];
    return kept;
  };
  class KeptGlyphSubset extends Subset {
    _addGlyph(this: KeptGlyphSubset & TrueTypeSubset, gid: number): number {
      let kept = glyphs.get(gid);
      if (!kept) {
        kept = read(gid);
        glyphs.set(gid, kept);
      }
      let bytes = kept.bytes;
      if (kept.components.length > 0) {
        // A composite glyph names its parts by glyph id: this subset's ids, in a copy.
        bytes = new Uint8Array(kept.bytes);
        const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        for (const part of kept.components) view.setUint16(part.pos, this.includeGlyph(part.glyphID));
      }
      this.glyf.push(bytes);
      this.loca.offsets.push(this.offset);
      this.hmtx.metrics.push({ advance: kept.advance, bearing: kept.bearing });
      this.offset += bytes.length;
      return this.glyf.length - 1;
    }
  }
  // Everything else is the font's own: pdfkit reads its metrics from it.
  const kept: fontkit.Font = Object.create(font);
  kept.createSubset = () => new KeptGlyphSubset(font);
  kept.layout = keptLayouts(font);
  return kept;
}

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/**
 * Laying a word out (shaping: kerning, ligatures) is a quarter of a receipt's time, and the
 * same words come back on every receipt. pdfkit keeps the words it laid out for one document;
 * these are kept for all of them, bounded. pdfkit scales the positions it is given in place, so
 * each answer gets positions of its own.
 */
function keptLayouts(font: fontkit.Font): fontkit.Font['layout'] {
  const runs = new Map<string, { glyphs: fontkit.Glyph[]; positions: Position[] }>();
  return (text, features) => {
    if (features !== undefined && !(Array.isArray(features) && features.length === 0)) return font.layout(text, features);
    let run = runs.get(text);
    if (!run) {
      if (runs.size >= 20_000) runs.clear();
      const laid = font.layout(text) as unknown as { glyphs: fontkit.Glyph[]; positions: Position[] };
      run = { glyphs: laid.glyphs, positions: laid.positions.map(({ xAdvance, yAdvance, xOffset, yOffset }) => ({ xAdvance, yAdvance, xOffset, yOffset })) };
      runs.set(text, run);
    }
    const positions = run.positions.map((p) => ({ ...p }));
    return {
      glyphs: run.glyphs,
      positions,
      // As fontkit's GlyphRun has it: the sum of the advances, read after pdfkit scaled them.
      get advanceWidth() {
        let width = 0;
        for (const p of positions) width += p.xAdvance;
        return width;
      },
    };
  };
}
