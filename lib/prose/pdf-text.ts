import { layoutPage, type PositionedText } from './pdf-lines';

/**
 * The text layer of a PDF, page by page, read with unpdf (PDF.js built for servers). Runs where the
 * bytes are read: in the worker pool for the web app (time and heap bounded there, whatever the file
 * claims) and in the `claims` CLI. The page count is checked before any page is read and the text
 * stops growing past the character cap, so a PDF claiming thousands of pages costs one look at its
 * page tree. No fonts or network: PDF.js is given no font URLs and no system fonts; reading text decodes no image.
 */

export interface PdfLimits {
  /** Refuse a PDF with more pages than this. */
  readonly maxPages: number;
  /** Stop once the text is longer than this many characters. */
  readonly maxChars: number;
}

export type PdfText =
  | {
      readonly ok: true;
      /** Every page's lines, NFC; pages joined by a blank line. Cells of a table row are separated by tabs. */
      readonly text: string;
      /** Offset in `text` where each page starts (page n at `pageStarts[n - 1]`). */
      readonly pageStarts: readonly number[];
    }
  | {
      readonly ok: false;
      readonly reason: 'too-many-pages' | 'too-long' | 'no-text' | 'encrypted' | 'broken';
      /** The page count (too many pages, no text). */
      readonly pages?: number;
      /** The page that could not be read (broken). */
      readonly page?: number;
    };

/**
 * Whether the bytes start with the PDF signature `%PDF-` (as lib/text/decode-text.ts recognises it).
 *
 * @example
 * isPdf(new TextEncoder().encode('%PDF-1.7')) // true
 */
export function isPdf(bytes: Uint8Array): boolean {
  return [0x25, 0x50, 0x44, 0x46, 0x2d].every((b, i) => bytes[i] === b);
}

interface TextItemLike {
  readonly str?: unknown;
  readonly transform?: unknown;
  readonly width?: unknown;
  readonly height?: unknown;
}

function positioned(item: TextItemLike): PositionedText | null {
  if (typeof item.str !== 'string' || !Array.isArray(item.transform)) return null;
  const [, , , scaleY, x, y] = item.transform as unknown[];
  if (typeof x !== 'number' || typeof y !== 'number') return null;
  const height = typeof item.height === 'number' && item.height > 0 ? item.height : typeof scaleY === 'number' ? Math.abs(scaleY) : 10;
  return { text: item.str, x, y, width: typeof item.width === 'number' ? item.width : 0, height };
}

/** The positioned text of page `n`, or `null` when the page cannot be read. */
async function pageItems(pdf: { getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }>; cleanup(): unknown }> }, n: number): Promise<PositionedText[] | null> {
  try {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    page.cleanup();
    return (content.items as readonly TextItemLike[]).map(positioned).filter((i): i is PositionedText => i !== null);
  } catch {
    return null;
  }
}

/**
 * Reads the text of a PDF's pages in order.
 *
 * @example
 * await readPdfText(bytes, { maxPages: 500, maxChars: 400_000 })
 * // { ok: true, text: 'Năm 2022 đạt 845,5 triệu USD.\n\nTrang hai.', pageStarts: [0, 31] }
 */
export async function readPdfText(bytes: Uint8Array, limits: PdfLimits): Promise<PdfText> {
  const { getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // PDF.js takes ownership of (and may detach) the buffer it is given: hand it a copy.
    pdf = await getDocumentProxy(bytes.slice(), { useSystemFonts: false, disableFontFace: true, enableXfa: false, verbosity: 0 });
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    return { ok: false, reason: name === 'PasswordException' ? 'encrypted' : 'broken' };
  }
  try {
    if (pdf.numPages > limits.maxPages) return { ok: false, reason: 'too-many-pages', pages: pdf.numPages };
    const pages: string[] = [];
    const pageStarts: number[] = [];
    let length = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const items = await pageItems(pdf, n);
      if (items === null) return { ok: false, reason: 'broken', page: n };
      const text = layoutPage(items).normalize('NFC');
      pageStarts.push(length);
      pages.push(text);
      length += text.length + 2;
      if (length > limits.maxChars) return { ok: false, reason: 'too-long' };
    }
    const text = pages.join('\n\n');
    if (text.trim() === '') return { ok: false, reason: 'no-text', pages: pdf.numPages };
    return { ok: true, text, pageStarts };
  } catch {
    return { ok: false, reason: 'broken' };
  } finally {
    await pdf.loadingTask.destroy();
  }
}
