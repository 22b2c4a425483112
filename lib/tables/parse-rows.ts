import Papa from 'papaparse';
import { unbalancedQuotesError } from './problems';
import type { Delimiter, ReadResult } from './types';

export interface ParsedRecords {
  /** The records as papaparse splits them (RFC 4180), cells untrimmed. */
  readonly records: readonly (readonly string[])[];
  /** `lines[i]`: the 1-based line on which record `i` starts, counting line breaks inside quoted cells. */
  readonly lines: readonly number[];
}

// Grammar: a CR LF pair or a lone CR (old Mac line end).
// Example: "a;b\r\nc;d\re;f" → "a;b\nc;d\ne;f".
const CR_LINE_END = /\r\n?/g;

const LF = 0x0a;

/** Counts LF in a record's cells: each is one extra line the record spans. */
function countLineBreaks(record: readonly string[]): number {
  let n = 0;
  for (const cell of record) {
    let at = cell.indexOf('\n');
    while (at !== -1) {
      n++;
      at = cell.indexOf('\n', at + 1);
    }
  }
  return n;
}

/** True when the text has a line end and every one is CR LF: no lone CR, no lone LF. */
function endsEveryLineWithCrLf(text: string): boolean {
  let crs = 0;
  let at = text.indexOf('\r');
  while (at !== -1) {
    if (text.charCodeAt(at + 1) !== LF) return false;
    crs++;
    at = text.indexOf('\r', at + 2);
  }
  if (crs === 0) return false;
  // Every CR is followed by an LF, so as many LFs as CRs means no LF stands alone.
  let lfs = 0;
  at = text.indexOf('\n');
  while (at !== -1 && lfs <= crs) {
    lfs++;
    at = text.indexOf('\n', at + 1);
  }
  return lfs === crs;
}

/** Starting line of every record; without a quote in the text no record can span two lines. */
function lineNumbers(records: readonly (readonly string[])[], hasQuotes: boolean): number[] {
  const lines = new Array<number>(records.length);
  let line = 1;
  for (let i = 0; i < records.length; i++) {
    lines[i] = line;
    const record = records[i];
    line += 1 + (hasQuotes && record ? countLineBreaks(record) : 0);
  }
  return lines;
}

/**
 * Splits text into records with papaparse (RFC 4180: quoted cells may hold the delimiter, quotes
 * doubled, and line breaks). LF, CRLF and CR line ends are all accepted, even mixed; line breaks
 * inside cells come back as LF. Blank records are kept so that line numbers stay true.
 * An unterminated or malformed quoted cell refuses the file (`unbalanced-quotes`) with its line.
 *
 * @example
 * parseRows('a;"b\nc"\r\nd;e', ';', 'bang.csv');
 * // { ok: true, value: { records: [['a', 'b\nc'], ['d', 'e']], lines: [1, 3] } }
 */
export function parseRows(text: string, delimiter: Delimiter, file: string): ReadResult<ParsedRecords> {
  const hasQuotes = text.indexOf('"') !== -1;
  // Without quotes no cell holds a line break, so a file whose every line ends in CR LF splits
  // the same on CR LF as after turning CR LF into LF — without copying the whole text first.
  const crlf = !hasQuotes && endsEveryLineWithCrLf(text);
  const source = crlf || text.indexOf('\r') === -1 ? text : text.replace(CR_LINE_END, '\n');
  const newline = crlf ? '\r\n' : '\n';
  const parsed = Papa.parse<string[]>(source, { delimiter, newline, quoteChar: '"', skipEmptyLines: false });
  const records = parsed.data;
  const lines = lineNumbers(records, hasQuotes);
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    const index = quoteError.row ?? records.length - 1;
    const line = lines[Math.max(0, Math.min(index, lines.length - 1))] ?? 1;
    return { ok: false, error: unbalancedQuotesError(file, line) };
  }
  if (source.charCodeAt(source.length - 1) === LF && records.length > 0) {
    // The final line end closes the last record; papaparse reports an empty record after it.
    const last = records[records.length - 1];
    if (last && last.length === 1 && last[0] === '') {
      records.pop();
      lines.pop();
    }
  }
  return { ok: true, value: { records, lines } };
}
