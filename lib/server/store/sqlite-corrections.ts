import 'server-only';
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { COLUMN_ROLES, type ColumnRole } from '../../tables/types';
import type { SavedRole } from '../../tables/header-signature';
import { MAX_FORCED_HEADER_ROWS } from '../../tables/header-rows';
import type { Recognition } from '../../upload/types';
import type { SavedCorrection } from './types';

/** At most this many signatures are looked up at once (per table of an upload: its header and the ranges of rows around it). */
export const MAX_LOOKUPS = 1000;

/**
 * The key a header signature is stored under: its SHA-256, so a wide header still fits an index.
 *
 * @example
 * headerHash('chi tieu | so 2016').length // 64
 */
export function headerHash(signature: string): string {
  return createHash('sha256').update(signature, 'utf8').digest('hex');
}

function isRole(value: unknown): value is ColumnRole {
  return typeof value === 'string' && (COLUMN_ROLES as readonly string[]).includes(value);
}

/**
 * The stored JSON back as roles; anything malformed is dropped, never trusted.
 * @example parseRoles('[{"column":2,"role":"year"}]') // [{ column: 2, role: 'year' }]
 */
export function parseRoles(json: string): SavedRole[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { column, role } = item as { column?: unknown; role?: unknown };
    return typeof column === 'number' && Number.isInteger(column) && column >= 0 && isRole(role) ? [{ column, role }] : [];
  });
}

/** One `dataset_corrections` row of a dataset: the header's hash, the roles' JSON and the header rows chosen. */
export interface CorrectionRow {
  readonly headerHash: string;
  readonly rolesJson: string;
  readonly headerRows: number | null;
}

/**
 * The corrections a dataset's recognised tables carry, one per header (the last table wins, as an
 * upsert would), the same for SQLite and PostgreSQL. A table whose header rows the user chose is
 * saved under the signature of those raw rows (`headerRowsKey`) with their count, so the same file
 * read again without the correction finds it; a table with role corrections only, under its
 * folded column headers (`headerKey`).
 *
 * @example
 * correctionRowsOf(recognised) // [{ headerHash: '9c1e…', rolesJson: '[{"column":2,"role":"year"}]', headerRows: null }]
 */
export function correctionRowsOf(recognised: readonly Recognition[]): CorrectionRow[] {
  const byHeader = new Map<string, CorrectionRow>();
  for (const r of recognised) {
    if (r.table === undefined) continue;
    const roles = (r.roles ?? []).filter((c) => c.table === r.table).map((c) => ({ column: c.column, role: c.role }));
    const forced = r.headerForced && r.headerRowsKey !== undefined ? r.headerForced : null;
    const signature = forced ? r.headerRowsKey : r.headerKey;
    if (signature === undefined || (roles.length === 0 && forced === null)) continue;
    const hash = headerHash(signature);
    byHeader.set(hash, { headerHash: hash, rolesJson: JSON.stringify(roles), headerRows: forced ? forced.to - forced.from + 1 : null });
  }
  return [...byHeader.values()];
}

/**
 * Replaces a dataset's saved corrections by those of its recognised tables, inside the caller's
 * transaction.
 *
 * @example
 * db.transaction(() => writeCorrections(db, id, recognised, new Date().toISOString()))();
 */
export function writeCorrections(db: Database.Database, id: string, recognised: readonly Recognition[], at: string): void {
  db.prepare('DELETE FROM dataset_corrections WHERE dataset_id = ?').run(id);
  const insert = db.prepare('INSERT INTO dataset_corrections (dataset_id, header_hash, roles_json, header_rows, created_at) VALUES (?, ?, ?, ?, ?)');
  for (const row of correctionRowsOf(recognised)) insert.run(id, row.headerHash, row.rolesJson, row.headerRows, at);
}

/** A stored correction row as read back, before it is trusted. */
export interface StoredCorrection {
  readonly hash: string;
  readonly dataset: string;
  readonly name: string;
  readonly roles: string;
  readonly header_rows: number | string | null;
}

/**
 * The newest stored row for each signature (rows come newest first), checked: malformed roles
 * dropped, a header-rows count kept only when it is a whole number 1–6; a row with neither is
 * not a correction.
 *
 * @example
 * newestCorrections(['chi tieu | so 2016'], rows) // [{ signature, dataset, name, roles: [{ column: 1, role: 'year' }], headerRows: null }]
 */
export function newestCorrections(signatures: readonly string[], rows: readonly StoredCorrection[]): SavedCorrection[] {
  const newest = new Map<string, StoredCorrection>();
  for (const row of rows) if (!newest.has(row.hash)) newest.set(row.hash, row);
  const found: SavedCorrection[] = [];
  for (const signature of signatures) {
    const row = newest.get(headerHash(signature));
    if (!row) continue;
    const roles = parseRoles(row.roles);
    const count = Number(row.header_rows);
    const headerRows = row.header_rows !== null && Number.isInteger(count) && count >= 1 && count <= MAX_FORCED_HEADER_ROWS ? count : null;
    if (roles.length > 0 || headerRows !== null) found.push({ signature, dataset: row.dataset, name: row.name, roles, headerRows });
  }
  return found;
}

/** The signatures looked up, each once, at most MAX_LOOKUPS. */
export function lookupSignatures(signatures: readonly string[]): string[] {
  return [...new Set(signatures)].slice(0, MAX_LOOKUPS);
}

/** Hashes are looked up this many at a time (one `IN (…)` list). */
export const LOOKUP_CHUNK = 100;

/**
 * The newest saved correction for each signature (with its dataset's current name).
 *
 * @example
 * readSavedCorrections(db, ['chi tieu | so 2016']) // [{ signature: 'chi tieu | so 2016', dataset: '3f2b…', name: 'Số 2016', roles: [{ column: 1, role: 'year' }], headerRows: null }]
 */
export function readSavedCorrections(db: Database.Database, signatures: readonly string[]): SavedCorrection[] {
  const wanted = lookupSignatures(signatures);
  const rows: StoredCorrection[] = [];
  for (let i = 0; i < wanted.length; i += LOOKUP_CHUNK) {
    const hashes = wanted.slice(i, i + LOOKUP_CHUNK).map(headerHash);
    const found = db
      .prepare(
        `SELECT c.header_hash AS hash, c.dataset_id AS dataset, d.name AS name, c.roles_json AS roles, c.header_rows AS header_rows
         FROM dataset_corrections c JOIN datasets d ON d.id = c.dataset_id
         WHERE c.header_hash IN (${hashes.map(() => '?').join(', ')}) ORDER BY c.created_at DESC, c.dataset_id`,
      )
      .all(...hashes) as StoredCorrection[];
    rows.push(...found);
  }
  return newestCorrections(wanted, rows);
}
