import iconv from 'iconv-lite';
import { hasForeignLetters, toUnicodeText, type LegacyFont } from './legacy-fonts';

/**
 * The one text decoder of the project: the bytes of an uploaded table or report text become NFC
 * text. UTF-8 (with or without a byte-order mark), UTF-16 LE/BE with a byte-order mark, else
 * Windows-1258 (the legacy Vietnamese code page). Refuses, with a named reason, what is not text:
 * nothing at all, a PDF, a zip (.xlsx/.docx), an old Office file (.xls/.doc) or binary data.
 * The table reader (lib/tables) and the prose reader (lib/prose) both call it and word the
 * reasons themselves.
 */

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258';

/** Why bytes are not text: empty, or a known binary format, or binary data. */
export type NotTextReason = 'empty' | 'pdf' | 'zip' | 'ole' | 'binary';

export type DecodedText =
  | {
      readonly ok: true;
      readonly text: string;
      readonly encoding: TextEncoding;
      /** Set when the text was typed in a legacy Vietnamese font (TCVN3, VNI) and converted to Unicode. */
      readonly legacyFont?: LegacyFont;
    }
  | { readonly ok: false; readonly reason: NotTextReason };

/** How many leading characters are inspected for control characters. */
const SAMPLE_CHARS = 65_536;
/** More than this share of control characters in the sample means the file is not text. */
const MAX_CONTROL_RATIO = 0.01;

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46]; // %PDF
const ZIP_MAGICS = [
  [0x50, 0x4b, 0x03, 0x04], // PK\x03\x04: .xlsx, .docx, .ods, .zip
  [0x50, 0x4b, 0x05, 0x06], // empty zip
  [0x50, 0x4b, 0x07, 0x08], // spanned zip
];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // .xls, .doc
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

/** Recognises well-known binary formats by their first bytes. */
function binaryFormat(bytes: Uint8Array): NotTextReason | null {
  if (startsWith(bytes, PDF_MAGIC)) return 'pdf';
  if (ZIP_MAGICS.some((magic) => startsWith(bytes, magic))) return 'zip';
  if (startsWith(bytes, OLE_MAGIC)) return 'ole';
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

/**
 * NULs say "binary" at once; other control characters (not tab, line ends, vertical tab or form feed), DEL and
 * U+FFFD say so when they are more than 1 % of the first 64 K characters, so a stray one in a
 * long text does not refuse the file.
 */
function looksBinary(text: string): boolean {
  const end = Math.min(text.length, SAMPLE_CHARS);
  let bad = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    if ((code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f || code === 0xfffd) bad++;
  }
  return bad > 0 && bad / end > MAX_CONTROL_RATIO;
}

function strictDecode(label: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Checks text that is already decoded (a string sent as such, or the decoder's output): strips a
 * leading U+FEFF, refuses blank or binary text, and NFC-normalises.
 *
 * @example
 * checkDecoded('\uFEFFChỉ tiêu', 'utf-8'); // { ok: true, text: 'Chỉ tiêu', encoding: 'utf-8' }
 * checkDecoded(' \n', 'utf-8');           // { ok: false, reason: 'empty' }
 */
export function checkDecoded(raw: string, encoding: TextEncoding): DecodedText {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (isBlank(text)) return { ok: false, reason: 'empty' };
  if (looksBinary(text)) return { ok: false, reason: 'binary' };
  // Text typed in a TCVN3 or VNI font (kept by Word and Excel as Latin-1 characters) becomes Unicode.
  const unicode = toUnicodeText(text.normalize('NFC'));
  return unicode.font === null ? { ok: true, text: unicode.text, encoding } : { ok: true, text: unicode.text, encoding, legacyFont: unicode.font };
}

function fromBytes(text: string | null, encoding: TextEncoding): DecodedText {
  return text === null ? { ok: false, reason: 'binary' } : checkDecoded(text, encoding);
}

/**
 * Bytes to NFC text: by byte-order mark, else strict UTF-8, else Windows-1258. Never throws.
 *
 * @example
 * decodeText(new TextEncoder().encode('\uFEFFTăng 3,8 lần')); // { ok: true, text: 'Tăng 3,8 lần', encoding: 'utf-8-bom' }
 * decodeText(Uint8Array.from([0x4e, 0xe3, 0x6d]));              // { ok: true, text: 'Năm', encoding: 'windows-1258' }
 * decodeText(new Uint8Array([0x25, 0x50, 0x44, 0x46]));         // { ok: false, reason: 'pdf' }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  const format = binaryFormat(bytes);
  if (format !== null) return { ok: false, reason: format };
  if (startsWith(bytes, UTF8_BOM)) return fromBytes(strictDecode('utf-8', bytes.subarray(3)), 'utf-8-bom');
  if (startsWith(bytes, UTF16LE_BOM)) return fromBytes(strictDecode('utf-16le', bytes.subarray(2)), 'utf-16le');
  if (startsWith(bytes, UTF16BE_BOM)) return fromBytes(strictDecode('utf-16be', bytes.subarray(2)), 'utf-16be');
  if (bytes.indexOf(0) !== -1) return { ok: false, reason: 'binary' };
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return checkDecoded(utf8, 'utf-8');
  // An 8-bit file typed in TCVN3 or VNI holds the fonts' codes as bytes: when its Windows-1258
  // reading has letters foreign to Vietnamese and its Latin-1 reading is a legacy font, take that.
  const cp1258 = iconv.decode(bytes, 'windows1258');
  if (hasForeignLetters(cp1258)) {
    const latin1 = iconv.decode(bytes, 'latin1');
    if (toUnicodeText(latin1).font !== null) return checkDecoded(latin1, 'windows-1258');
  }
  return checkDecoded(cp1258, 'windows-1258');
}
