import { inflateRawSync } from 'node:zlib';

/*
 * Reads the text of a .docx for the tests, with no dependency: finds word/document.xml through
 * the zip's central directory, inflates it and keeps the text of its <w:t> runs.
 */

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

function entryBytes(zip: Buffer, wanted: string): Buffer | null {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END_OF_DIRECTORY) end--;
  if (end < 0) return null;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count && zip.readUInt32LE(at) === DIRECTORY_ENTRY; i++) {
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (name === wanted && zip.readUInt32LE(local) === LOCAL_HEADER) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + compressed);
      return method === 0 ? data : inflateRawSync(data);
    }
    at += 46 + nameLength + extra + comment;
  }
  return null;
}

/*
 * Grammar of a text run in WordprocessingML: "<w:t" attributes ">" text "</w:t>".
 * Example: '<w:t xml:space="preserve">Số liệu</w:t>' gives "Số liệu".
 */
const TEXT_RUN = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g;

/**
 * The text of a .docx's body, its runs joined by spaces (XML entities decoded); null when the
 * file is not a .docx.
 * @example docxText(readFileSync('phieu.docx'))?.includes('PHIẾU RÀ SOÁT SỐ LIỆU') // true
 */
export function docxText(bytes: Buffer): string | null {
  const xml = entryBytes(bytes, 'word/document.xml');
  if (!xml) return null;
  const runs = [...xml.toString('utf8').matchAll(TEXT_RUN)].map((m) => m[1] ?? '');
  return runs
    .join(' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
