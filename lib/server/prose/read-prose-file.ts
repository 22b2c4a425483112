import type { Localized } from '../../i18n/lang';
import { readDocxText } from './docx-text';
import { isPdf, readPdfText } from '../../prose/pdf-text';
import { readZipDirectory, zipKind } from '../xlsx/zip-directory';
import { decodeText, type NotTextReason } from '../../text/decode-text';
import { findTableBlocks, type TableBlock } from '../../prose/table-blocks';
import { convertLegacyFont, toUnicodeText, type LegacyFont } from '../../text/legacy-fonts';
import { composeOiLetters, readOiLetters } from '../../text/oi-letters';
import { MAX_PROSE_CHARS } from '../../prose/types';

/**
 * Reads a report text from a file's bytes, for the `claims` CLI and the /api/prose route (Node only, no
 * React): plain text (through the one text decoder, lib/text/decode-text.ts) or a Word .docx, read in one
 * bounded streaming pass (see lib/server/prose/docx-text.ts). Every refusal is one sentence in both languages naming the file.
 */

export type ProseFileFormat = 'txt' | 'docx' | 'pdf';

export type ProseFile =
  | {
      readonly ok: true;
      readonly text: string;
      readonly format: ProseFileFormat;
      /** For a PDF: the offset in `text` where each page starts (page n at `pageStarts[n - 1]`). */
      readonly pageStarts?: readonly number[];
      /** The tables (a .docx table, or a block of tab-separated lines in a PDF or a text) found, with where their text sits in `text`. */
      readonly tables?: readonly TableBlock[];
      /** Set when the text was typed in a legacy Vietnamese font (TCVN3, VNI) and converted to Unicode. */
      readonly legacyFont?: LegacyFont;
    }
  | { readonly ok: false; readonly message: Localized; readonly status: 413 | 415 | 400 | 422 };

/** A PDF with more pages than this is refused before its pages are read. */
export const MAX_PDF_PAGES = 1000;

/** A .docx part inflating past this is refused, whatever size the archive declares (a zip bomb guard). */
export const MAX_DOCX_UNCOMPRESSED = 64 * 1024 * 1024;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0] as const;

/** `file: text` in both languages. */
function named(file: string, text: Localized): Localized {
  return { vi: `${file}: ${text.vi}`, en: `${file}: ${text.en}` };
}

/** Why a file that is not a .docx could not be read as text, in the words of this page. */
const NOT_TEXT: Readonly<Record<NotTextReason, Localized>> = {
  empty: { vi: 'tệp không có nội dung', en: 'the file is empty' },
  pdf: {
    vi: 'tệp PDF bị hỏng, không đọc được',
    en: 'the PDF file is broken and cannot be read',
  },
  zip: {
    vi: 'đây là tệp nén hoặc tài liệu Office, không phải văn bản thuần; chỉ đọc được .txt, .docx và .pdf',
    en: 'this is a zip file or an Office document, not plain text; only .txt, .docx and .pdf can be read',
  },
  ole: {
    vi: 'tệp Word .doc cũ chưa đọc được; hãy lưu lại thành .docx hoặc .txt',
    en: 'an old Word .doc file cannot be read yet; save it again as .docx or .txt',
  },
  binary: { vi: 'không phải tệp văn bản (có ký tự nhị phân)', en: 'not a text file (it holds binary characters)' },
};

const BROKEN_DOCX: Localized = { vi: 'tệp .docx bị hỏng, không đọc được', en: 'the .docx file is broken and cannot be read' };

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

const tooLarge: Localized = {
  vi: `tài liệu giải nén ra quá lớn (hơn ${MAX_DOCX_UNCOMPRESSED / (1024 * 1024)} MB)`,
  en: `the document inflates to too much (over ${MAX_DOCX_UNCOMPRESSED / (1024 * 1024)} MB)`,
};

async function readDocx(name: string, bytes: Uint8Array): Promise<ProseFile> {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return { ok: false, status: 400, message: named(name, BROKEN_DOCX) };
  const kind = zipKind(directory.entries);
  if (kind === 'xlsx') {
    return {
      ok: false,
      status: 415,
      message: named(name, {
        vi: 'đây là bảng tính Excel; hãy kiểm tra bảng ở trang “Kiểm tra”, trang này đọc văn bản .txt, .docx hoặc .pdf',
        en: 'this is an Excel workbook; check tables on the “Check” page, this page reads .txt, .docx or .pdf text',
      }),
    };
  }
  if (kind !== 'docx') {
    return {
      ok: false,
      status: 415,
      message: named(name, {
        vi: 'không phải tài liệu Word .docx; chỉ đọc được .txt, .docx và .pdf',
        en: 'not a Word .docx document; only .txt, .docx and .pdf can be read',
      }),
    };
  }
  if (directory.uncompressedTotal > MAX_DOCX_UNCOMPRESSED) return { ok: false, status: 413, message: named(name, tooLarge) };
  const read = await readDocxText(bytes, directory.entries, { maxChars: MAX_PROSE_CHARS, maxInflatedBytes: MAX_DOCX_UNCOMPRESSED });
  if (!read.ok) {
    switch (read.reason) {
      case 'too-long':
        return { ok: false, status: 413, message: named(name, tooLong) };
      case 'too-large':
        return { ok: false, status: 413, message: named(name, tooLarge) };
      case 'broken':
        return { ok: false, status: 400, message: named(name, BROKEN_DOCX) };
    }
  }
  // A document typed in a TCVN3 or VNI font holds its letters as Latin-1 characters: converted to Unicode.
  const { text, font } = toUnicodeText(read.text.normalize('NFC'));
  if (text.trim() === '') return { ok: false, status: 400, message: named(name, { vi: 'tài liệu không có chữ', en: 'the document has no text' }) };
  // Offsets into the converted text: the converted length of everything before each end.
  const convert = (part: string): string => composeOiLetters(font === null ? part.normalize('NFC') : convertLegacyFont(part.normalize('NFC'), font));
  const composed = (offset: number): number => (text.length === read.text.length ? offset : convert(read.text.slice(0, offset)).length);
  const tables = read.tables.map((t) => ({ start: composed(t.start), end: composed(t.end), rows: t.rows.map((r) => r.map(convert)) }));
  return font === null ? { ok: true, text, format: 'docx', tables } : { ok: true, text, format: 'docx', tables, legacyFont: font };
}

const pages = (lang: 'vi' | 'en', n: number): string => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(n);

async function readPdf(name: string, bytes: Uint8Array): Promise<ProseFile> {
  const read = await readPdfText(bytes, { maxPages: MAX_PDF_PAGES, maxChars: MAX_PROSE_CHARS });
  if (read.ok) {
    // "ƣ" for "ư" (a PDF's font), letter for letter: the page starts stay where they were.
    const text = readOiLetters(read.text);
    return { ok: true, text, format: 'pdf', pageStarts: read.pageStarts, tables: findTableBlocks(text, read.pageStarts) };
  }
  switch (read.reason) {
    case 'no-text':
      return {
        ok: false,
        status: 422,
        message: named(name, {
          vi: 'tệp PDF không có lớp chữ (có lẽ là bản quét ảnh), nên không đọc được số liệu nào; hãy gửi bản PDF xuất từ Word, tệp .docx, hoặc nhận dạng chữ (OCR) trước',
          en: 'the PDF has no text layer (it is probably a scanned image), so no figure can be read; send a PDF exported from Word, the .docx, or run text recognition (OCR) first',
        }),
      };
    case 'too-many-pages':
      return {
        ok: false,
        status: 413,
        message: named(name, {
          vi: `tệp PDF có ${pages('vi', read.pages ?? 0)} trang, quá giới hạn ${pages('vi', MAX_PDF_PAGES)} trang; hãy tách thành nhiều tệp`,
          en: `the PDF has ${pages('en', read.pages ?? 0)} pages, over the limit of ${pages('en', MAX_PDF_PAGES)} pages; split it into several files`,
        }),
      };
    case 'too-long':
      return { ok: false, status: 413, message: named(name, tooLong) };
    case 'encrypted':
      return {
        ok: false,
        status: 422,
        message: named(name, {
          vi: 'tệp PDF được đặt mật khẩu; hãy gửi bản không có mật khẩu',
          en: 'the PDF is password-protected; send a copy without a password',
        }),
      };
    case 'broken':
      if (read.page === undefined) return { ok: false, status: 400, message: named(name, NOT_TEXT.pdf) };
      return {
        ok: false,
        status: 400,
        message: named(name, {
          vi: `tệp PDF bị hỏng ở trang ${pages('vi', read.page)}, không đọc được`,
          en: `the PDF is broken on page ${pages('en', read.page)} and cannot be read`,
        }),
      };
  }
}

/**
 * @example
 * await readProseFile('bao-cao.txt', new TextEncoder().encode('Năm 2022 đạt 845,5 triệu USD.'));
 * // { ok: true, text: 'Năm 2022 đạt 845,5 triệu USD.', format: 'txt', tables: [] }
 */
export async function readProseFile(name: string, bytes: Uint8Array): Promise<ProseFile> {
  const lower = name.toLowerCase();
  if (isZip(bytes)) return readDocx(name, bytes);
  if (isPdf(bytes)) return readPdf(name, bytes);
  if (lower.endsWith('.docx')) {
    return {
      ok: false,
      status: 400,
      message: named(name, {
        vi: 'không phải tệp .docx hợp lệ (không phải tệp nén Office Open XML)',
        en: 'not a valid .docx file (not an Office Open XML zip)',
      }),
    };
  }
  if (isOle(bytes) || lower.endsWith('.doc')) return { ok: false, status: 415, message: named(name, NOT_TEXT.ole) };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, status: decoded.reason === 'empty' ? 400 : 415, message: named(name, NOT_TEXT[decoded.reason]) };
  const { text, legacyFont } = decoded;
  // A table copied from Word or Excel into a text file keeps its tabs: read like a .docx table.
  const tables = findTableBlocks(text);
  return legacyFont ? { ok: true, text, format: 'txt', tables, legacyFont } : { ok: true, text, format: 'txt', tables };
}
