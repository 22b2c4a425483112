import { checkDecoded, decodeText, type NotTextReason } from '../text/decode-text';
import { emptyFileError, notTextError, tooManyBytesError } from './problems';
import type { Encoding, LegacyFont, NotTextKind, ReadResult, TableError } from './types';

/** The default byte limit of one uploaded table: 10 MB. */
export const MAX_BYTES = 10 * 1024 * 1024;

/** The text of a table file and how it was encoded. */
export interface TableText {
  readonly text: string;
  readonly encoding: Encoding;
  /** The legacy font the text was typed in and converted from, if any. */
  readonly legacyFont?: LegacyFont;
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

/** The table reader's refusal for a reason the text decoder gave. */
function refusal(reason: NotTextReason, file: string): TableError {
  switch (reason) {
    case 'empty':
      return emptyFileError(file);
    case 'ole':
      return notTextError(file, 'xls');
    case 'pdf':
    case 'zip':
    case 'binary':
      return notTextError(file, reason);
  }
}

function asTable(decoded: ReturnType<typeof decodeText>, file: string): ReadResult<TableText> {
  if (!decoded.ok) return { ok: false, error: refusal(decoded.reason, file) };
  const markup = spreadsheetMarkup(decoded.text);
  if (markup !== null) return { ok: false, error: notTextError(file, markup) };
  const { text, encoding, legacyFont } = decoded;
  return { ok: true, value: legacyFont ? { text, encoding, legacyFont } : { text, encoding } };
}

/**
 * Turns the bytes of an uploaded table into NFC text through the one text decoder
 * (lib/text/decode-text.ts), and also refuses Excel's XML and HTML exports. Never throws.
 *
 * @example
 * decodeBytes(new TextEncoder().encode('STT;Chỉ tiêu'), 'bang.csv');
 * // { ok: true, value: { text: 'STT;Chỉ tiêu', encoding: 'utf-8' } }
 */
export function decodeBytes(bytes: Uint8Array, file: string): ReadResult<TableText> {
  return asTable(decodeText(bytes), file);
}

/**
 * Checks and NFC-normalises text that is already decoded (a string upload). Strips a leading U+FEFF.
 *
 * @example
 * checkText('', 'utf-8', 'bang.csv'); // { ok: false, error: { code: 'empty-file', … } }
 */
export function checkText(raw: string, encoding: Encoding, file: string): ReadResult<TableText> {
  return asTable(checkDecoded(raw, encoding), file);
}
