import 'server-only';
import type { DocumentCheckResult, DocumentSummary, StoredDocument } from '../../documents/types';
import {
  assembleDocument,
  DOCUMENT_SUMMARY_COLUMNS,
  documentClaimCount,
  documentSummaryOf,
  findingPartsOf,
  resultHeadOf,
  type DocumentSummaryRow,
  type FindingRow,
} from './document-rows';
import type { DocumentFile, DocumentOptions, DocumentStore, NewDocument } from './document-store';
import type { PgSql, PgTx } from './pg-client';
import { insertChunked } from './pg-insert';
import { sha256Hex } from './sqlite-values';

/**
 * The PostgreSQL half of the document store (the tables of migration 4), on the dataset store's
 * pool and through its `run`, so a storage fault is classified and reported the same way.
 */

/** Runs one operation of the store (see PgDatasetStore.run). */
export type PgRun = <T>(kind: 'read' | 'write', operation: (sql: PgSql) => Promise<T>) => Promise<T>;

type Query = PgSql | PgTx;

const SNAPSHOT = 'ISOLATION LEVEL REPEATABLE READ READ ONLY';

async function summary(q: Query, id: string): Promise<DocumentSummary | null> {
  const [row] = await q.unsafe<DocumentSummaryRow[]>(`SELECT ${DOCUMENT_SUMMARY_COLUMNS} FROM documents WHERE id = $1`, [id]);
  return row ? documentSummaryOf(row) : null;
}

async function writeFindings(tx: PgTx, id: string, result: DocumentCheckResult): Promise<void> {
  await insertChunked(
    tx,
    'document_findings',
    findingPartsOf(result).map((f) => ({ document_id: id, position: f.position, finding_id: f.findingId, source: f.source, table_index: f.tableIndex, finding_json: f.json })),
  );
}

/**
 * The document store on a PostgreSQL dataset store's pool. A new version takes an advisory lock
 * on its series, so two servers adding a version at once number them 2 and 3, not 2 and 2.
 *
 * @example
 * const documents = createPgDocuments(run);
 * await documents.listDocuments() // []
 */
export function createPgDocuments(run: PgRun): DocumentStore {
  return {
    async createDocument(input: NewDocument): Promise<DocumentSummary | null> {
      const createdAt = (input.createdAt ?? new Date()).toISOString();
      return run('write', async (sql) => {
        const stored = await sql.begin(async (tx): Promise<boolean> => {
          let seriesId = input.id;
          let version = 1;
          if (input.versionOf !== null) {
            const [series] = await tx<{ series_id: string }[]>`SELECT series_id FROM documents WHERE id = ${input.versionOf}`;
            if (!series) return false;
            seriesId = series.series_id;
            await tx`SELECT pg_advisory_xact_lock(hashtext(${seriesId}))`;
            const [last] = await tx<{ v: number | null }[]>`SELECT MAX(version) AS v FROM documents WHERE series_id = ${seriesId}`;
            version = Number(last?.v ?? 0) + 1;
          }
          await insertChunked(tx, 'documents', [
            {
              id: input.id,
              series_id: seriesId,
              version,
              name: input.name,
              format: input.format,
              size: input.bytes.byteLength,
              sha256: sha256Hex(input.bytes),
              bytes: Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength),
              text: input.text,
              pages: input.pages,
              options_json: JSON.stringify(input.options),
              created_at: createdAt,
              checked_at: createdAt,
              counts_json: JSON.stringify(input.result.counts),
              claim_count: documentClaimCount(input.result),
              result_json: resultHeadOf(input.result),
            },
          ]);
          await writeFindings(tx, input.id, input.result);
          return true;
        });
        if (!stored) return null;
        const found = await summary(sql, input.id);
        if (!found) throw new Error(`document ${input.id} was stored but cannot be read back`);
        return found;
      });
    },

    async listDocuments(): Promise<DocumentSummary[]> {
      return run('read', async (sql) => {
        const rows = await sql.unsafe<DocumentSummaryRow[]>(`SELECT ${DOCUMENT_SUMMARY_COLUMNS} FROM documents ORDER BY created_at DESC, id`);
        return rows.map(documentSummaryOf);
      });
    },

    async getDocument(id: string): Promise<StoredDocument | null> {
      return run('read', (sql) =>
        sql.begin(SNAPSHOT, async (tx): Promise<StoredDocument | null> => {
          const [row] = await tx.unsafe<DocumentSummaryRow[]>(`SELECT ${DOCUMENT_SUMMARY_COLUMNS} FROM documents WHERE id = $1`, [id]);
          const [body] = await tx<{ text: string; result_json: string }[]>`SELECT text, result_json FROM documents WHERE id = ${id}`;
          if (!row || !body) return null;
          const findings = await tx<FindingRow[]>`SELECT source, table_index, finding_json FROM document_findings WHERE document_id = ${id} ORDER BY position`;
          return assembleDocument(row, body.text, body.result_json, findings);
        }),
      );
    },

    async documentVersions(id: string): Promise<DocumentSummary[]> {
      return run('read', async (sql) => {
        const rows = await sql.unsafe<DocumentSummaryRow[]>(
          `SELECT ${DOCUMENT_SUMMARY_COLUMNS} FROM documents WHERE series_id = (SELECT series_id FROM documents WHERE id = $1) ORDER BY version`,
          [id],
        );
        return rows.map(documentSummaryOf);
      });
    },

    async documentFile(id: string): Promise<DocumentFile | null> {
      return run('read', async (sql) => {
        const [row] = await sql<{ name: string; bytes: Buffer; options_json: string }[]>`SELECT name, bytes, options_json FROM documents WHERE id = ${id}`;
        return row ? { name: row.name, bytes: new Uint8Array(row.bytes), options: JSON.parse(row.options_json) as DocumentOptions } : null;
      });
    },

    async replaceDocumentCheck(id: string, result: DocumentCheckResult): Promise<DocumentSummary | null> {
      return run('write', async (sql) => {
        const changed = await sql.begin(async (tx): Promise<boolean> => {
          const updated = await tx`UPDATE documents SET checked_at = ${new Date().toISOString()}, counts_json = ${JSON.stringify(result.counts)},
              claim_count = ${documentClaimCount(result)}, result_json = ${resultHeadOf(result)}
            WHERE id = ${id} RETURNING id`;
          if (updated.length === 0) return false;
          await tx`DELETE FROM document_findings WHERE document_id = ${id}`;
          await writeFindings(tx, id, result);
          return true;
        });
        return changed ? summary(sql, id) : null;
      });
    },
  };
}
