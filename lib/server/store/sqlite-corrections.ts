import 'server-only';
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { COLUMN_ROLES, type ColumnRole } from '../../tables/types';
import type { SavedRole } from '../../tables/header-signature';
import type { Recognition } from '../../upload/types';
import type { SavedCorrection } from './types';

/** At most this many signatures are looked up at once (one per table of an upload). */
export const MAX_LOOKUPS = 200;

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

/** One `dataset_corrections` row of a dataset: the header's hash and the roles' JSON. */
export interface CorrectionRow {
  readonly headerHash: string;
  readonly rolesJson: string;
}

/**
 * The corrections a dataset's recognised tables carry (each table with roles and a header key),
 * one per header (the last table wins, as an upsert would), the same for SQLite and PostgreSQL.
 *
 * @example
 * correctionRowsOf(recognised) // [{ headerHash: '9c1e…', rolesJson: '[{"column":2,"role":"year"}]' }]
 */
export function correctionRowsOf(recognised: readonly Recognition[]): CorrectionRow[] {
  const byHeader = new Map<string, string>();
  for (const r of recognised) {
    if (r.headerKey === undefined || r.table === undefined || !r.roles || r.roles.length === 0) continue;
    const roles = r.roles.filter((c) => c.table === r.table).map((c) => ({ column: c.column, role: c.role }));
    if (roles.length > 0) byHeader.set(headerHash(r.headerKey), JSON.stringify(roles));
  }
  return [...byHeader].map(([hash, rolesJson]) => ({ headerHash: hash, rolesJson }));
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
  const insert = db.prepare('INSERT INTO dataset_corrections (dataset_id, header_hash, roles_json, created_at) VALUES (?, ?, ?, ?)');
  for (const row of correctionRowsOf(recognised)) insert.run(id, row.headerHash, row.rolesJson, at);
}

/**
 * The newest saved correction for each signature (with its dataset's current name).
 *
 * @example
 * readSavedCorrections(db, ['chi tieu | so 2016']) // [{ signature: 'chi tieu | so 2016', dataset: '3f2b…', name: 'Số 2016', roles: [{ column: 1, role: 'year' }] }]
 */
export function readSavedCorrections(db: Database.Database, signatures: readonly string[]): SavedCorrection[] {
  const newest = db.prepare(
    `SELECT c.dataset_id AS dataset, d.name AS name, c.roles_json AS roles FROM dataset_corrections c
     JOIN datasets d ON d.id = c.dataset_id WHERE c.header_hash = ? ORDER BY c.created_at DESC, c.dataset_id LIMIT 1`,
  );
  const found: SavedCorrection[] = [];
  for (const signature of [...new Set(signatures)].slice(0, MAX_LOOKUPS)) {
    const row = newest.get(headerHash(signature)) as { dataset: string; name: string; roles: string } | undefined;
    if (!row) continue;
    const roles = parseRoles(row.roles);
    if (roles.length > 0) found.push({ signature, dataset: row.dataset, name: row.name, roles });
  }
  return found;
}
