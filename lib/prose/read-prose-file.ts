import { decodeMessage, decodeText } from '../extract/decode-text';
import { readDocxText } from '../server/prose/docx-text';
import { readZipDirectory, zipKind } from '../server/xlsx/zip-directory';
import type { Localized } from '../i18n/lang';
import { MAX_PROSE_CHARS } from './types';

/**
 * Reads a report text from a file's bytes, for the `claims` CLI and the /api/prose route (Node only, no
 * React): plain text (UTF-8, UTF-16 with BOM) or a Word .docx, read in one bounded streaming pass (see docx-text.ts). Every refusal is one
 * Vietnamese sentence naming the file.
 */

export type ProseFileFormat = 'txt' | 'docx';

export type ProseFile =
  | { readonly ok: true; readonly text: string; readonly format: ProseFileFormat }
  | { readonly ok: false; readonly message: string; readonly status: 413 | 415 | 400 };

/** A .docx part inflating past this is refused, whatever size the archive declares (a zip bomb guard). */
export const MAX_DOCX_UNCOMPRESSED = 64 * 1024 * 1024;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0] as const;

function isOle(bytes: Uint8Array): boolean {
  return OLE_SIGNATURE.every((b, i) => bytes[i] === b);
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

const characters = new Intl.NumberFormat('vi-VN').format(MAX_PROSE_CHARS);
const tooLong: Localized = {
  vi: `văn bản dài hơn giới hạn ${characters} ký tự; hãy chia báo cáo thành nhiều phần.`,
  en: `the text is longer than the limit of ${new Intl.NumberFormat('en-GB').format(MAX_PROSE_CHARS)} characters; split the report into several parts.`,
};

async function readDocx(name: string, bytes: Uint8Array): Promise<ProseFile> {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return { ok: false, status: 400, message: `${name}: tệp .docx bị hỏng, không đọc được` };
  const kind = zipKind(directory.entries);
  if (kind === 'xlsx') {
    return { ok: false, status: 415, message: `${name}: đây là bảng tính Excel; hãy kiểm tra bảng ở trang “Kiểm tra”, trang này đọc văn bản .txt hoặc .docx` };
  }
  if (kind !== 'docx') return { ok: false, status: 415, message: `${name}: không phải tài liệu Word .docx; chỉ đọc được .txt và .docx` };
  if (directory.uncompressedTotal > MAX_DOCX_UNCOMPRESSED) {
    return { ok: false, status: 413, message: `${name}: tài liệu giải nén ra quá lớn (hơn ${MAX_DOCX_UNCOMPRESSED / (1024 * 1024)} MB)` };
  }
  const read = await readDocxText(bytes, directory.entries, { maxChars: MAX_PROSE_CHARS, maxInflatedBytes: MAX_DOCX_UNCOMPRESSED });
  if (!read.ok) {
    switch (read.reason) {
      case 'too-long':
        return { ok: false, status: 413, message: `${name}: ${tooLong.vi}` };
      case 'too-large':
        return { ok: false, status: 413, message: `${name}: tài liệu giải nén ra quá lớn (hơn ${MAX_DOCX_UNCOMPRESSED / (1024 * 1024)} MB)` };
      case 'broken':
        return { ok: false, status: 400, message: `${name}: tệp .docx bị hỏng, không đọc được` };
    }
  }
  const text = read.text.normalize('NFC');
  if (text.trim() === '') return { ok: false, status: 400, message: `${name}: tài liệu không có chữ` };
  return { ok: true, text, format: 'docx' };
}

/**
 * @example
 * await readProseFile('bao-cao.txt', new TextEncoder().encode('Năm 2022 đạt 845,5 triệu USD.'));
 * // { ok: true, text: 'Năm 2022 đạt 845,5 triệu USD.', format: 'txt' }
 */
export async function readProseFile(name: string, bytes: Uint8Array): Promise<ProseFile> {
  const lower = name.toLowerCase();
  if (isZip(bytes)) return readDocx(name, bytes);
  if (lower.endsWith('.docx')) return { ok: false, status: 400, message: `${name}: không phải tệp .docx hợp lệ (không phải tệp nén Office Open XML)` };
  if (isOle(bytes) || lower.endsWith('.doc')) {
    return { ok: false, status: 415, message: `${name}: tệp Word .doc cũ chưa đọc được; hãy lưu lại thành .docx hoặc .txt` };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, status: decoded.reason === 'empty' ? 400 : 415, message: decodeMessage(name, decoded.reason) };
  return { ok: true, text: decoded.text, format: 'txt' };
}
