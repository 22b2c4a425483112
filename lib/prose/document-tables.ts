import { readTable } from '../tables/read-table';
import type { RowResult } from '../verify/result';
import { verifyReportTable } from '../verify/verify-table';
import type { TableBlock } from './table-blocks';
import type { Localized } from '../i18n/lang';
import type { KnownSource } from '../extract/finding/known-values';
import type { CheckedTable } from '../verify/check-files';
import { knownFromChecked } from './known-sources';

/**
 * Tables inside a document (a .docx table, a table-like block of a PDF) read as report tables through
 * lib/tables and checked through lib/verify, exactly like an uploaded table: each row keeps its
 * indicator name. A block that lib/tables does not read as a report table stays part of the text.
 * Pure.
 */

/** One table of a document, checked. */
export interface DocumentTable {
  /** 1-based, in document order among the tables read. */
  readonly index: number;
  /** For a PDF: the page the table starts on; `null` otherwise. */
  readonly page: number | null;
  readonly results: readonly RowResult[];
}

export interface CheckedTables {
  /** The text with every table read blanked out (same length, line breaks kept), for the prose checker. */
  readonly text: string;
  readonly tables: readonly DocumentTable[];
  /** The values the tables print, for the prose checker to link the text's claims to; null without a table. */
  readonly source: KnownSource | null;
}

/** How the document's own tables are named where a claim takes a value from them. */
const DOCUMENT_TABLES: Localized = { vi: 'các bảng trong văn bản', en: 'the tables in the document' };

function quote(cell: string): string {
  return cell.includes('"') ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Rows of cells as tab-separated text, one record per row. */
function blockText(block: TableBlock): string {
  return block.rows.map((row) => row.map((cell) => quote(cell.replace(/\s+/gu, ' ').trim())).join('\t')).join('\r\n');
}

function blank(text: string, blocks: readonly TableBlock[]): string {
  if (blocks.length === 0) return text;
  const chars = text.split('');
  for (const b of blocks) for (let i = b.start; i < b.end && i < chars.length; i++) if (chars[i] !== '\n') chars[i] = ' ';
  return chars.join('');
}

/**
 * Reads and checks every block that is a report table; the others stay in the text.
 *
 * @example
 * const { tables } = checkDocumentTables('bao-cao.docx', text, blocks);
 * tables[0]?.results[0]?.indicator // 'Số doanh nghiệp'
 */
export function checkDocumentTables(file: string, text: string, blocks: readonly TableBlock[]): CheckedTables {
  const read: TableBlock[] = [];
  const tables: DocumentTable[] = [];
  const checked: CheckedTable[] = [];
  for (const block of blocks) {
    const table = readTable(blockText(block), `${file}#${tables.length + 1}`);
    if (!table.ok || table.value.kind !== 'report') continue;
    const results = verifyReportTable(table.value);
    if (results.length === 0) continue;
    read.push(block);
    tables.push({ index: tables.length + 1, page: block.page ?? null, results });
    checked.push({ table: table.value, results });
  }
  return { text: blank(text, read), tables, source: checked.length === 0 ? null : knownFromChecked(checked, DOCUMENT_TABLES) };
}
