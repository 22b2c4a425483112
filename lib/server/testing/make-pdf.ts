/**
 * A minimal PDF writer for tests: pages of text lines (any BMP characters, Vietnamese included)
 * with a real text layer, so a test can build the PDF it reads instead of keeping a binary blob.
 * The font is a Type0 font with Identity-H encoding whose codes are the characters' own code
 * points, and a ToUnicode map that says so; no font program is embedded (text extraction needs
 * none). A page may instead hold only an image (a "scanned" page with no text layer).
 */

/** One line of text at a position (points from the bottom-left corner), or several cells on one line. */
export interface PdfLine {
  readonly text: string;
  readonly x?: number;
  readonly y: number;
}

export type PdfPage = { readonly lines: readonly PdfLine[] } | { readonly image: true };

const FONT_SIZE = 10;

function hex(text: string): string {
  return [...text].map((ch) => (ch.codePointAt(0) ?? 0x3f).toString(16).padStart(4, '0')).join('');
}

function toUnicode(chars: ReadonlySet<string>): string {
  const entries = [...chars].map((ch) => `<${hex(ch)}> <${hex(ch)}>`);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    ...blocks,
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
}

function pageContent(page: PdfPage): string {
  if ('image' in page) return 'q 200 0 0 200 100 400 cm /Im1 Do Q';
  return page.lines.map((l) => `BT /F1 ${FONT_SIZE} Tf ${l.x ?? 72} ${l.y} Td <${hex(l.text)}> Tj ET`).join('\n');
}

/**
 * Writes a PDF of the given pages (A4, 595 × 842 points).
 *
 * @example
 * makePdf([{ lines: [{ text: 'Năm 2022 đạt 845,5 triệu USD.', y: 760 }] }]) // Uint8Array starting "%PDF-1.7"
 */
export function makePdf(pages: readonly PdfPage[]): Uint8Array {
  const chars = new Set<string>();
  for (const page of pages) if ('lines' in page) for (const line of page.lines) for (const ch of line.text) chars.add(ch);
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const stream = (dict: string, data: string): string => `<< ${dict} /Length ${Buffer.byteLength(data, 'latin1')} >>\nstream\n${data}\nendstream`;
  const catalog = add('');
  const pagesId = add('');
  const cmap = add(stream('', toUnicode(chars)));
  const cidFont = add('<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Arial /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 /CIDToGIDMap /Identity >>');
  const font = add(`<< /Type /Font /Subtype /Type0 /BaseFont /Arial /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${cmap} 0 R >>`);
  const image = add(stream('/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8', '\u0000\u00ff\u00ff\u0000'));
  const kids: number[] = [];
  for (const page of pages) {
    const content = add(stream('', pageContent(page)));
    kids.push(add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> /XObject << /Im1 ${image} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
  objects[pagesId - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/**
 * Lays out paragraphs of running text as lines down pages, one page per entry.
 *
 * @example
 * textPdf([['Trang một.'], ['Trang hai.']]) // a two-page PDF
 */
export function textPdf(pages: readonly (readonly string[])[]): Uint8Array {
  return makePdf(pages.map((lines) => ({ lines: lines.map((text, i) => ({ text, y: 780 - i * 14 })) })));
}
