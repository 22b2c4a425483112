import { checkSize, checkText, decodeBytes, MAX_BYTES } from './decode-bytes';
import { detectDelimiter } from './detect-delimiter';
import { parseRows } from './parse-rows';
import type { RoleCorrection } from './apply-roles';

import type { Delimiter, Encoding, HeaderRowsCorrection, LegacyFont, ReadResult } from './types';

/** The default limit on data rows in one table. */
export const MAX_ROWS = 100_000;

export interface ReadOptions {
  /** Byte limit of the input (a string counts UTF-16 code units). Default MAX_BYTES (10 MB). */
  readonly maxBytes?: number;
  /** Data-row limit. Default MAX_ROWS (100 000). */
  readonly maxRows?: number;
  /**
   * A sheet's merged ranges (1-based rows as the text's lines, 1-based columns, inclusive), for a
   * sheet written one record per row: header spans are then read from them instead of guessed.
   */
  readonly merges?: readonly { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number }[];
  /** The user's corrections of column roles (the "Đã nhận ra" preview), by table name. */
  readonly roles?: readonly RoleCorrection[];
  /**
   * The user's corrections of header rows (the preview), by table name: that table's header is
   * exactly those lines (merged cells still spread); rows above are its title, rows below its body.
   */
  readonly headerRows?: readonly HeaderRowsCorrection[];
}

/** A file split into records, before any column is recognised. */
export interface PreparedInput {
  readonly file: string;
  readonly encoding: Encoding;
  readonly delimiter: Delimiter;
  readonly records: readonly (readonly string[])[];
  /** 1-based starting line of each record. */
  readonly lines: readonly number[];
  /** The legacy font (TCVN3, VNI) the text was typed in and converted from, if any. */
  readonly legacyFont?: LegacyFont;
}

/**
 * Size check, decoding (bytes) or checking (string), NFC, delimiter detection and record split:
 * the steps every table shape shares. A string input is taken as already decoded (`utf-8`).
 *
 * @example
 * prepareInput('STT;Chỉ tiêu\n1;GDP', 'bang.csv'); // { ok: true, value: { delimiter: ';', records: [[…], […]], … } }
 */
export function prepareInput(
  input: Uint8Array | string,
  file: string,
  options: ReadOptions = {},
): ReadResult<PreparedInput> {
  const size = checkSize(input, options.maxBytes ?? MAX_BYTES, file);
  if (!size.ok) return size;
  const decoded = typeof input === 'string' ? checkText(input, 'utf-8', file) : decodeBytes(input, file);
  if (!decoded.ok) return decoded;
  const { text, encoding, legacyFont } = decoded.value;
  const delimiter = detectDelimiter(text);
  const parsed = parseRows(text, delimiter, file);
  if (!parsed.ok) return parsed;
  const value: PreparedInput = { file, encoding, delimiter, records: parsed.value.records, lines: parsed.value.lines };
  return { ok: true, value: legacyFont ? { ...value, legacyFont } : value };
}
