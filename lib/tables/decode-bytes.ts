import iconv from 'iconv-lite';
import { emptyFileError, notTextError, tooManyBytesError, type NotTextKind } from './messages';
import type { Encoding, ReadResult } from './types';

/** The default byte limit of one uploaded table: 10 MB. */
export const MAX_BYTES = 10 * 1024 * 1024;

/** How many leading characters are inspected for control characters and spreadsheet XML. */
const SAMPLE_CHARS = 65_536;
/** More than this share of control characters in the sample means the file is not text. */
const MAX_CONTROL_RATIO = 0.01;

export interface DecodedText {
  readonly text: string;
  readonly encoding: Encoding;
}

/**
 * Refuses input over the byte limit (a string counts its UTF-16 code units).
 *
 * @example
 * checkSize(new Uint8Array(11 * 1024 * 1024), MAX_BYTES, 'bang.csv'); // { ok: false, error: { code: 'too-large', … } }
 */
export function checkSize(input: Uint8Array | string, limit: number, file: string): ReadResult<number> {
  const size = input.length;
  return size > limit ? { ok: false, error: tooManyBytesError(file, size, limit) } : { ok: true, value: size };
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46]; // %PDF
const ZIP_MAGICS = [
  [0x50, 0x4b, 0x03, 0x04], // PK\x03\x04: .xlsx, .ods, .zip
  [0x50, 0x4b, 0x05, 0x06], // empty zip
  [0x50, 0x4b, 0x07, 0x08], // spanned zip
];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // .xls, .doc
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

/** Recognises well-known binary formats by their first bytes. */
function binaryKind(bytes: Uint8Array): NotTextKind | null {
  if (startsWith(bytes, PDF_MAGIC)) return 'pdf';
  if (ZIP_MAGICS.some((magic) => startsWith(bytes, magic))) return 'zip';
  if (startsWith(bytes, OLE_MAGIC)) return 'xls';
  return null;
}

/** True when the text holds only white space (stops at the first other character). */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0xa0 && code !== 0xfeff) {
      return false;
    }
  }
  return true;
}

/** Control characters (other than tab and line ends), NULs and U+FFFD in the sample say "binary". */
function looksBinary(text: string): boolean {
  const end = Math.min(text.length, SAMPLE_CHARS);
  let bad = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f || code === 0xfffd) bad++;
  }
  return bad > 0 && bad / end > MAX_CONTROL_RATIO;
}

/** Excel's "XML Spreadsheet 2003" and "Web page" exports, which are text but not tables. */
function spreadsheetMarkup(text: string): NotTextKind | null {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  if (head.startsWith('<?xml')) {
    const excel = head.includes('<workbook') || head.includes('urn:schemas-microsoft-com:office:spreadsheet');
    return excel ? 'spreadsheet-xml' : null;
  }
  if (head.startsWith('<html') || head.startsWith('<!doctype html')) {
    const excel = head.includes('urn:schemas-microsoft-com:office:excel') || head.includes('<table');
    return excel ? 'spreadsheet-html' : null;
  }
  return null;
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes by BOM, else strict UTF-8, else Windows-1258; returns the text before checks. */
function decodeByBom(bytes: Uint8Array): DecodedText | 'nul' {
  if (startsWith(bytes, UTF8_BOM)) {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (startsWith(bytes, UTF16LE_BOM)) {
    return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (startsWith(bytes, UTF16BE_BOM)) {
    return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (bytes.indexOf(0) !== -1) return 'nul';
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return { text: iconv.decode(bytes, 'windows1258'), encoding: 'windows-1258' };
}

/**
 * Turns the bytes of an uploaded table into NFC text: UTF-8 (with or without BOM), UTF-16 LE/BE
 * with BOM, else Windows-1258. Refuses empty files and files that are not text (PDF, XLSX/zip,
 * old .xls, Excel XML or HTML, binary). Never throws.
 *
 * @example
 * decodeBytes(new TextEncoder().encode('STT;Chỉ tiêu'), 'bang.csv');
 * // { ok: true, value: { text: 'STT;Chỉ tiêu', encoding: 'utf-8' } }
 */
export function decodeBytes(bytes: Uint8Array, file: string): ReadResult<DecodedText> {
  if (bytes.length === 0) return { ok: false, error: emptyFileError(file) };
  const kind = binaryKind(bytes);
  if (kind !== null) return { ok: false, error: notTextError(file, kind) };
  const decoded = decodeByBom(bytes);
  if (decoded === 'nul') return { ok: false, error: notTextError(file, 'binary') };
  return checkText(decoded.text, decoded.encoding, file);
}

/**
 * Checks and NFC-normalises text that is already decoded (a string upload, or decodeBytes' output).
 * Strips a leading U+FEFF.
 *
 * @example
 * checkText('', 'utf-8', 'bang.csv'); // { ok: false, error: { code: 'empty-file', … } }
 */
export function checkText(raw: string, encoding: Encoding, file: string): ReadResult<DecodedText> {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (isBlank(text)) return { ok: false, error: emptyFileError(file) };
  if (looksBinary(text)) return { ok: false, error: notTextError(file, 'binary') };
  const markup = spreadsheetMarkup(text);
  if (markup !== null) return { ok: false, error: notTextError(file, markup) };
  return { ok: true, value: { text: text.normalize('NFC'), encoding } };
}
