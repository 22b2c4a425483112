import 'server-only';
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { RowView, VerdictCounts } from '../../dataset/types';
import type { DatasetSummary, Recognition, StoredFileInfo, UploadFormat } from '../../upload/types';
import type { DatasetRow, FileRow } from './sqlite-statements';
import type { RowRange } from './types';
import { upgradeRow, type StoredRow } from '../../dataset/upgrade-row';

/*
 * Small conversions between the SQLite rows and the store's values.
 */

/**
 * Hex SHA-256 of the bytes.
 * @example sha256Hex(new Uint8Array()) // 'e3b0c442…b855'
 */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function toFormat(format: string): UploadFormat {
  return format === 'xlsx' ? 'xlsx' : 'csv';
}

/**
 * A stored file's description (without its bytes).
 * @example fileInfo(row) // { name: 'bang.csv', format: 'csv', sheet: null, size: 120, sha256: '…' }
 */
export function fileInfo(row: FileRow): StoredFileInfo {
  return { name: row.name, format: toFormat(row.format), sheet: row.sheet, size: row.size, sha256: row.sha256 };
}

/**
 * Rows from their stored JSON texts.
 * @example parseRows(['{"row":2,…}'])[0]?.row // 2
 */
export function parseRows(json: readonly unknown[]): RowView[] {
  // Rows stored before messages were bilingual are upgraded as they are read.
  return json.map((j) => upgradeRow(JSON.parse(j as string) as StoredRow));
}

/**
 * A window's range made safe for SQL: whole numbers, offset ≥ 0, limit 1…10 000.
 * @example clampRange({ offset: -5, limit: 1e9 }) // { offset: 0, limit: 10000 }
 */
export function clampRange(range: RowRange): { offset: number; limit: number } {
  const offset = Math.max(0, Math.floor(range.offset) || 0);
  const limit = Math.min(10_000, Math.max(1, Math.floor(range.limit) || 1));
  return { offset, limit };
}

/**
 * The first problem `PRAGMA quick_check` finds, or 'ok'. quick_check reads every page of every
 * table and index and checks their structure (what a torn write or a foreign file breaks) in
 * O(N); integrity_check also matches every index entry against its table, O(N log N), which
 * makes a start-up with a large store slow for little gain: a wrong index is repaired by REINDEX,
 * a broken page is not.
 *
 * @example quickCheck(db) // 'ok'
 */
export function quickCheck(db: Database.Database): string {
  const found = db.pragma('quick_check(1)', { simple: true });
  return String(found);
}

/**
 * `PRAGMA integrity_check` and `foreign_key_check`: 'ok' or the problems found.
 * @example integrityOf(db) // 'ok'
 */
export function integrityOf(db: Database.Database): string {
  const integrity = db.pragma('integrity_check', { simple: true });
  const orphans = db.pragma('foreign_key_check') as unknown[];
  if (integrity !== 'ok') return String(integrity);
  return orphans.length === 0 ? 'ok' : `${orphans.length} rows without their dataset`;
}

/**
 * A dataset summary from its row and its files.
 * @example summaryOf(row, files).counts.match // 1
 */
export function summaryOf(row: DatasetRow, files: readonly FileRow[]): DatasetSummary {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    checkedAt: row.checked_at,
    counts: JSON.parse(row.counts_json) as VerdictCounts,
    claimCount: row.claim_count,
    rowCount: row.row_count,
    files: files.map(fileInfo),
    recognised: readRecognised(row.recognised_json),
  };
}

/** A stored recognition as an older build may have written it: warnings as plain text, no `moreWarnings`. */
interface StoredRecognition extends Omit<Recognition, 'warnings' | 'moreWarnings'> {
  readonly warnings: readonly unknown[];
  readonly moreWarnings?: number;
}

/**
 * The recognitions of a dataset. Datasets checked before warnings became typed values kept them as
 * Vietnamese sentences; those cannot be shown in the page's language, so they are counted among the
 * "more warnings" (a recheck reads them again as typed values) instead of being shown as garbage.
 *
 * @example
 * readRecognised('[{"file":"a.csv","warnings":["Dòng 3: …"]}]')[0]?.moreWarnings // 1
 */
export function readRecognised(json: string): Recognition[] {
  const stored = JSON.parse(json) as StoredRecognition[];
  return stored.map((recognition) => {
    const typed = recognition.warnings.filter(isTypedWarning);
    const untyped = recognition.warnings.length - typed.length;
    return { ...recognition, warnings: typed, moreWarnings: (recognition.moreWarnings ?? 0) + untyped };
  });
}

function isTypedWarning(warning: unknown): warning is Recognition['warnings'][number] {
  return typeof warning === 'object' && warning !== null && typeof (warning as { code?: unknown }).code === 'string';
}

