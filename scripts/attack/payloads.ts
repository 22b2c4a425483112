import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { makeZip, type PackedInput } from '../../lib/server/testing/make-zip';

/**
 * The attacks of issue 9, built with code (no binary file is committed): zip bombs that lie about
 * their size, a small .docx holding tens of megabytes of honest XML, a quadratic prose text, a
 * very long line, a sheet of millions of cells, and huge chunked bodies.
 */

export type AttackBody =
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array }
  /** A body streamed in chunks with no Content-Length, `size` bytes in all. */
  | { readonly kind: 'stream'; readonly size: number };

export interface Attack {
  readonly name: string;
  readonly path: string;
  readonly contentType: string;
  readonly body: AttackBody;
  /** '4xx': must be refused; 'no-5xx': may be answered (200) or refused, never a 5xx. */
  readonly expect: '4xx' | 'no-5xx';
}

export interface AttackScale {
  /** What each lying bomb really inflates to. */
  readonly bombBytes: number;
  /** The honest XML in the small .docx. */
  readonly honestXmlBytes: number;
  /** Cells in the big sheet. */
  readonly sheetCells: number;
  /** The chunked bodies. */
  readonly streamBytes: number;
}

const MB = 1024 * 1024;

/** The scale issue 9 names: 1 GB bombs, 60 MB of XML, 3 M cells, 700 MB bodies. */
export const FULL_SCALE: AttackScale = { bombBytes: 1024 * MB, honestXmlBytes: 60 * MB, sheetCells: 3_000_000, streamBytes: 700 * MB };

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const SHEET_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORD_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Deflates `head`, then `fill` repeated until `size` bytes, then `tail`, chunk by chunk (never held inflated). */
async function deflateRepeated(head: string, fill: string, size: number, tail: string): Promise<{ packed: Uint8Array; crc: number; size: number }> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  const block = Buffer.from(fill.repeat(Math.max(1, Math.floor(MB / fill.length))), 'utf8');
  let crc = 0;
  let total = 0;
  const write = async (chunk: Buffer): Promise<void> => {
    crc = crc32(chunk, crc);
    total += chunk.length;
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  };
  await write(Buffer.from(head, 'utf8'));
  while (total + block.length <= size) await write(block);
  await write(Buffer.from(tail, 'utf8'));
  deflate.end();
  await done;
  return { packed: new Uint8Array(Buffer.concat(out)), crc, size: total };
}

/** The parts every workbook needs around one sheet. */
function workbookParts(): { name: string; data: string }[] {
  return [
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    },
    { name: 'xl/workbook.xml', data: `<?xml version="1.0"?><workbook xmlns="${SHEET_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="Bảng 1" sheetId="1" r:id="rId1"/></sheets></workbook>` },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    },
  ];
}

/**
 * An .xlsx whose sheet really inflates to `size` bytes (XML whitespace) but declares 1 000.
 *
 * @example
 * (await lyingXlsxBomb(1024 ** 3)).length // about 1 MB
 */
export async function lyingXlsxBomb(size: number): Promise<Uint8Array> {
  const sheet = await deflateRepeated(`<?xml version="1.0"?><worksheet xmlns="${SHEET_NS}"><sheetData>`, ' ', size, '</sheetData></worksheet>');
  const entry: PackedInput = { name: 'xl/worksheets/sheet1.xml', ...sheet, declaredSize: 1000 };
  return makeZip([...workbookParts(), entry]);
}

/**
 * A .docx whose document part really inflates to `size` bytes (whitespace between paragraphs) but declares 1 000.
 *
 * @example
 * (await lyingDocxBomb(1024 ** 3)).length // about 1 MB
 */
export async function lyingDocxBomb(size: number): Promise<Uint8Array> {
  const body = await deflateRepeated(`<?xml version="1.0"?><w:document xmlns:w="${WORD_NS}"><w:body><w:p><w:r><w:t>Báo cáo</w:t></w:r></w:p>`, ' ', size, '</w:body></w:document>');
  return makeZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/document.xml', ...body, declaredSize: 1000 }]);
}

/**
 * A small .docx of honest XML: one short paragraph (own words, figures in the style of the Cao Bằng report) repeated to `size` bytes.
 *
 * @example
 * (await honestDocx(60 * 1024 * 1024)).length // about 200 KB
 */
export async function honestDocx(size: number): Promise<Uint8Array> {
  const paragraph = '<w:p><w:r><w:t>Năm 2022 tổng sản phẩm trên địa bàn đạt 22.050 tỷ đồng, tăng 5,2% so với năm trước.</w:t></w:r></w:p>';
  const body = await deflateRepeated(`<?xml version="1.0"?><w:document xmlns:w="${WORD_NS}"><w:body>`, paragraph, size, '</w:body></w:document>');
  return makeZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/document.xml', ...body }]);
}

/**
 * An .xlsx of `cells` number cells, 50 to a row: honest sizes, far over the row and cell limits.
 *
 * @example
 * (bigSheet(3_000_000)).length // well under 10 MB
 */
export function bigSheet(cells: number): Uint8Array {
  const columns = 50;
  const row = '<c><v>1</v></c>'.repeat(columns);
  const rows: string[] = [];
  for (let r = 1; r <= Math.ceil(cells / columns); r++) rows.push(`<row r="${r}">${row}</row>`);
  const xml = `<?xml version="1.0"?><worksheet xmlns="${SHEET_NS}"><sheetData>${rows.join('')}</sheetData></worksheet>`;
  const data = Buffer.from(xml, 'utf8');
  return makeZip([...workbookParts(), { name: 'xl/worksheets/sheet1.xml', packed: deflateRawSync(data), crc: crc32(data), size: data.length }]);
}

/**
 * Prose in many short lines, just under the 400 000-character limit (it made the old normaliser quadratic).
 *
 * @example
 * quadraticText().length // 399 000
 */
export function quadraticText(): string {
  const line = 'Tăng 5,2%.\n';
  return line.repeat(Math.floor(399_000 / line.length)).padEnd(399_000, '.');
}

/**
 * One line of 300 000 characters (no line break): the old normaliser overflowed the stack.
 *
 * @example
 * longLine().includes('\n') // false
 */
export function longLine(): string {
  const phrase = 'năm 2022 đạt 22.050 tỷ đồng, tăng 5,2%; ';
  return phrase.repeat(Math.ceil(300_000 / phrase.length)).slice(0, 300_000);
}

/**
 * "so với" 40 000 times before one change (300 000 characters): each "so với" was a base read to the end of the text
 * (quadratic: 224 KB took 52 s in one process).
 *
 * @example
 * leadingBases().endsWith('tăng 5%.') // true
 */
export function leadingBases(): string {
  return `Doanh thu ${'so với '.repeat(Math.floor((300_000 - 20) / 7))}tăng 5%.`;
}

/**
 * Every attack at the given scale.
 *
 * @example
 * (await buildAttacks(FULL_SCALE)).map((a) => a.name) // ['xlsx: bom nén khai sai cỡ', …]
 */
export async function buildAttacks(scale: AttackScale): Promise<Attack[]> {
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
  return [
    { name: 'xlsx bomb, declared 1 000 B', path: '/api/datasets?filename=bom.xlsx', contentType: XLSX_TYPE, body: { kind: 'bytes', bytes: await lyingXlsxBomb(scale.bombBytes) }, expect: '4xx' },
    // Listing sheets reads only the workbook part, never the bomb: a 200 with the sheet name is right.
    { name: 'xlsx bomb to /api/sheets', path: '/api/sheets?filename=bom.xlsx', contentType: XLSX_TYPE, body: { kind: 'bytes', bytes: await lyingXlsxBomb(scale.bombBytes) }, expect: 'no-5xx' },
    { name: 'docx bomb, declared 1 000 B', path: '/api/prose?filename=bom.docx', contentType: DOCX_TYPE, body: { kind: 'bytes', bytes: await lyingDocxBomb(scale.bombBytes) }, expect: '4xx' },
    { name: 'docx of honest repeated XML', path: '/api/prose?filename=dai.docx', contentType: DOCX_TYPE, body: { kind: 'bytes', bytes: await honestDocx(scale.honestXmlBytes) }, expect: '4xx' },
    { name: 'sheet of many cells', path: '/api/datasets?filename=lon.xlsx', contentType: XLSX_TYPE, body: { kind: 'bytes', bytes: bigSheet(scale.sheetCells) }, expect: '4xx' },
    { name: 'quadratic prose (short lines)', path: '/api/prose', contentType: 'text/plain', body: { kind: 'bytes', bytes: encode(quadraticText()) }, expect: 'no-5xx' },
    { name: 'one 300 000-char line', path: '/api/prose', contentType: 'text/plain', body: { kind: 'bytes', bytes: encode(longLine()) }, expect: 'no-5xx' },
    { name: 'a base named 40 000 times', path: '/api/prose', contentType: 'text/plain', body: { kind: 'bytes', bytes: encode(leadingBases()) }, expect: 'no-5xx' },
    { name: 'chunked body to export', path: '/api/export/csv', contentType: 'application/json', body: { kind: 'stream', size: scale.streamBytes }, expect: '4xx' },
    { name: 'chunked body to upload', path: '/api/datasets?filename=lon.csv', contentType: 'text/csv', body: { kind: 'stream', size: scale.streamBytes }, expect: '4xx' },
  ];
}
