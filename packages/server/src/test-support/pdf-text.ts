import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of a PDF as a reader extracts it (PDF.js, which maps each glyph back to its
 * characters through the font's ToUnicode table): each page's text items joined by spaces,
 * pages by form feeds, and the document's metadata.
 */
export async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number; info: Record<string, unknown> }> {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const content = await (await document.getPage(n)).getTextContent();
      pages.push(
        content.items
          .map((item) => ('str' in item ? item.str : ''))
          .filter((s) => s.trim() !== '')
          .join(' '),
      );
    }
    const { info } = await document.getMetadata();
    return { text: pages.join('\f'), pages: document.numPages, info: info as Record<string, unknown> };
  } finally {
    await document.destroy();
  }
}
