import 'server-only';
import type { Recognition } from '../../upload/types';
import type { PgSql, PgTx } from './pg-client';
import { insertChunked } from './pg-insert';
import { correctionRowsOf, headerHash, lookupSignatures, LOOKUP_CHUNK, newestCorrections, type StoredCorrection } from './sqlite-corrections';
import type { SavedCorrection } from './types';

/*
 * Saved role corrections (migration 6) in PostgreSQL: the same rows as SQLite's
 * (sqlite-corrections.ts), written in the dataset's create or recheck transaction.
 */

/**
 * Replaces a dataset's saved corrections inside the caller's transaction.
 *
 * @example
 * await sql.begin((tx) => writePgCorrections(tx, id, recognised, new Date().toISOString()));
 */
export async function writePgCorrections(tx: PgTx, id: string, recognised: readonly Recognition[], at: string): Promise<void> {
  await tx`DELETE FROM dataset_corrections WHERE dataset_id = ${id}`;
  await insertChunked(
    tx,
    'dataset_corrections',
    correctionRowsOf(recognised).map((row) => ({
      dataset_id: id,
      header_hash: row.headerHash,
      roles_json: row.rolesJson,
      header_rows: row.headerRows,
      created_at: at,
    })),
  );
}

/**
 * The newest saved correction for each signature (with its dataset's current name).
 *
 * @example
 * await readPgCorrections(sql, ['chi tieu | so 2016']) // [{ signature, dataset: '3f2b…', name: 'Số 2016', roles: [{ column: 1, role: 'year' }], headerRows: null }]
 */
export async function readPgCorrections(sql: PgSql | PgTx, signatures: readonly string[]): Promise<SavedCorrection[]> {
  const wanted = lookupSignatures(signatures);
  const rows: StoredCorrection[] = [];
  for (let i = 0; i < wanted.length; i += LOOKUP_CHUNK) {
    const hashes = wanted.slice(i, i + LOOKUP_CHUNK).map(headerHash);
    const found = await sql<StoredCorrection[]>`
      SELECT c.header_hash AS hash, c.dataset_id AS dataset, d.name AS name, c.roles_json AS roles, c.header_rows AS header_rows
      FROM dataset_corrections c JOIN datasets d ON d.id = c.dataset_id
      WHERE c.header_hash IN ${sql(hashes)} ORDER BY c.created_at DESC, c.dataset_id COLLATE "C"`;
    rows.push(...found);
  }
  return newestCorrections(wanted, rows);
}
