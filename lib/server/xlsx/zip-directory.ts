/**
 * Reads a zip file's central directory (names and sizes, no data) so an upload can be judged
 * before any of it is inflated: is it an Excel workbook at all, and how large would it grow?
 * Pure: works on the bytes only.
 */

export interface ZipEntry {
  readonly name: string;
  readonly compressedSize: number;
  /** The size the archive DECLARES; never trusted for memory (see inflate-entry.ts). */
  readonly uncompressedSize: number;
  /** 0 stored, 8 deflated; anything else is refused when the entry is read. */
  readonly method?: number;
  /** Where the entry's local header starts. */
  readonly localOffset?: number;
}

export type ZipDirectory =
  | { readonly ok: true; readonly entries: readonly ZipEntry[]; readonly uncompressedTotal: number }
  | { readonly ok: false; readonly reason: 'not-zip' | 'broken' | 'zip64' };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const CENTRAL_HEADER_SIZE = 46;

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

/**
 * The entries of a zip's central directory. Refuses ZIP64 archives (never needed for a file
 * under the upload limit) rather than misreading them.
 *
 * @example
 * const dir = readZipDirectory(xlsxBytes);
 * dir.ok && dir.entries.some((e) => e.name === 'xl/workbook.xml') // true
 */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  if (bytes.byteLength < EOCD_SIZE || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, reason: 'not-zip' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) return { ok: false, reason: 'broken' };
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return { ok: false, reason: 'zip64' };
  if (offset + size > end) return { ok: false, reason: 'broken' };

  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let uncompressedTotal = 0;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_HEADER_SIZE > end || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      return { ok: false, reason: 'broken' };
    }
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const nameStart = at + CENTRAL_HEADER_SIZE;
    if (nameStart + nameLength > end) return { ok: false, reason: 'broken' };
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) return { ok: false, reason: 'zip64' };
    const name = decoder.decode(bytes.subarray(nameStart, nameStart + nameLength));
    entries.push({ name, compressedSize, uncompressedSize, method, localOffset });
    uncompressedTotal += uncompressedSize;
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries, uncompressedTotal };
}

/** What kind of zip-based document the entries describe. */
export type ZipKind = 'xlsx' | 'docx' | 'pptx' | 'ods' | 'other';

/**
 * Tells an Excel workbook from other zip-based files by the entries they must hold.
 *
 * @example
 * zipKind([{ name: 'xl/workbook.xml', compressedSize: 1, uncompressedSize: 1 }]) // 'xlsx'
 */
export function zipKind(entries: readonly ZipEntry[]): ZipKind {
  const names = new Set(entries.map((e) => e.name));
  if (names.has('xl/workbook.xml')) return 'xlsx';
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('ppt/presentation.xml')) return 'pptx';
  if (names.has('content.xml') && names.has('mimetype')) return 'ods';
  return 'other';
}

const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;

/**
 * The compressed bytes of one entry (a view, no copy), found through its local header; null when
 * the header or the data runs past the archive.
 *
 * @example
 * const dir = readZipDirectory(bytes);
 * dir.ok && entryData(bytes, dir.entries[0]!)?.byteLength // 123
 */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const at = entry.localOffset ?? -1;
  if (at < 0 || at + LOCAL_HEADER_SIZE > bytes.byteLength) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(at, true) !== LOCAL_SIGNATURE) return null;
  const start = at + LOCAL_HEADER_SIZE + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  return end > bytes.byteLength ? null : bytes.subarray(start, end);
}
