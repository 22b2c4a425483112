import 'server-only';
import type Database from 'better-sqlite3';
import type { DocumentCheckResult, DocumentSummary, StoredDocument } from '../../documents/types';
import {
  assembleDocument,
  DOCUMENT_SUMMARY_COLUMNS as SUMMARY_COLUMNS,
  documentClaimCount as claimCountOf,
  documentSummaryOf as summaryOf,
  findingPartsOf,
  resultHeadOf as headOf,
  type DocumentSummaryRow as SummaryRow,
  type FindingRow,
} from './document-rows';
import type { DocumentFile, DocumentOptions, DocumentStore, NewDocument } from './document-store';
import { sha256Hex } from './sqlite-values';

/**
 * The SQLite half of the document store (tables of migration 4): runs on the dataset store's
 * connection, through its `run` so that a storage fault is classified and reported the same way.
 */

type Run = <T>(kind: 'read' | 'write', operation: (db: Database.Database) => T) => T;

function prepare(db: Database.Database) {
  return {
    insert: db.prepare(
      `INSERT INTO documents (id, series_id, version, name, format, size, sha256, bytes, text, pages, options_json, created_at, checked_at, counts_json, claim_count, result_json)
       VALUES (@id, @seriesId, @version, @name, @format, @size, @sha256, @bytes, @text, @pages, @options, @createdAt, @createdAt, @counts, @claimCount, @result)`,
    ),
    insertFinding: db.prepare(
      `INSERT INTO document_findings (document_id, position, finding_id, source, table_index, finding_json)
       VALUES (@documentId, @position, @findingId, @source, @tableIndex, @json)`,
    ),
    clearFindings: db.prepare('DELETE FROM document_findings WHERE document_id = ?'),
    replace: db.prepare('UPDATE documents SET checked_at = @checkedAt, counts_json = @counts, claim_count = @claimCount, result_json = @result WHERE id = @id'),
    series: db.prepare('SELECT series_id FROM documents WHERE id = ?').pluck(),
    lastVersion: db.prepare('SELECT MAX(version) FROM documents WHERE series_id = ?').pluck(),
    summary: db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents WHERE id = ?`),
    list: db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents ORDER BY created_at DESC, id`),
    versions: db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents WHERE series_id = ? ORDER BY version`),
    body: db.prepare('SELECT text, result_json FROM documents WHERE id = ?'),
    findings: db.prepare('SELECT source, table_index, finding_json FROM document_findings WHERE document_id = ? ORDER BY position'),
    file: db.prepare('SELECT name, bytes, options_json FROM documents WHERE id = ?'),
  };
}

type Statements = ReturnType<typeof prepare>;

function writeFindings(s: Statements, id: string, result: DocumentCheckResult): void {
  for (const f of findingPartsOf(result)) {
    s.insertFinding.run({ documentId: id, position: f.position, findingId: f.findingId, source: f.source, tableIndex: f.tableIndex, json: f.json });
  }
}

function readDocument(s: Statements, id: string): StoredDocument | null {
  const row = s.summary.get(id) as SummaryRow | undefined;
  const body = s.body.get(id) as { text: string; result_json: string } | undefined;
  if (!row || !body) return null;
  return assembleDocument(row, body.text, body.result_json, s.findings.all(id) as FindingRow[]);
}

/**
 * The document store on a dataset store's connection.
 *
 * @example
 * const documents = createSqliteDocuments(run);
 * await documents.listDocuments() // []
 */
export function createSqliteDocuments(run: Run): DocumentStore {
  const byDb = new WeakMap<Database.Database, Statements>();
  const statements = (db: Database.Database): Statements => {
    const held = byDb.get(db);
    if (held) return held;
    const made = prepare(db);
    byDb.set(db, made);
    return made;
  };
  return {
    async createDocument(input: NewDocument): Promise<DocumentSummary | null> {
      const createdAt = (input.createdAt ?? new Date()).toISOString();
      return run('write', (db) => {
        const s = statements(db);
        const stored = db
          .transaction((): boolean => {
            let seriesId = input.id;
            let version = 1;
            if (input.versionOf !== null) {
              const series = s.series.get(input.versionOf) as string | undefined;
              if (series === undefined) return false;
              seriesId = series;
              version = Number(s.lastVersion.get(series)) + 1;
            }
            s.insert.run({
              id: input.id,
              seriesId,
              version,
              name: input.name,
              format: input.format,
              size: input.bytes.byteLength,
              sha256: sha256Hex(input.bytes),
              bytes: Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength),
              text: input.text,
              pages: input.pages,
              options: JSON.stringify(input.options),
              createdAt,
              counts: JSON.stringify(input.result.counts),
              claimCount: claimCountOf(input.result),
              result: headOf(input.result),
            });
            writeFindings(s, input.id, input.result);
            return true;
          })
          .immediate();
        if (!stored) return null;
        const row = s.summary.get(input.id) as SummaryRow | undefined;
        if (!row) throw new Error(`document ${input.id} was stored but cannot be read back`);
        return summaryOf(row);
      });
    },

    async listDocuments(): Promise<DocumentSummary[]> {
      return run('read', (db) => (statements(db).list.all() as SummaryRow[]).map(summaryOf));
    },

    async getDocument(id: string): Promise<StoredDocument | null> {
      return run('read', (db) => db.transaction(() => readDocument(statements(db), id))());
    },

    async documentVersions(id: string): Promise<DocumentSummary[]> {
      return run('read', (db) =>
        db.transaction((): DocumentSummary[] => {
          const s = statements(db);
          const series = s.series.get(id) as string | undefined;
          return series === undefined ? [] : (s.versions.all(series) as SummaryRow[]).map(summaryOf);
        })(),
      );
    },

    async documentFile(id: string): Promise<DocumentFile | null> {
      return run('read', (db) => {
        const row = statements(db).file.get(id) as { name: string; bytes: Buffer; options_json: string } | undefined;
        return row ? { name: row.name, bytes: new Uint8Array(row.bytes), options: JSON.parse(row.options_json) as DocumentOptions } : null;
      });
    },

    async replaceDocumentCheck(id: string, result: DocumentCheckResult): Promise<DocumentSummary | null> {
      return run('write', (db) => {
        const s = statements(db);
        const changed = db
          .transaction((): number => {
            const updated = s.replace.run({ id, checkedAt: new Date().toISOString(), counts: JSON.stringify(result.counts), claimCount: claimCountOf(result), result: headOf(result) });
            if (updated.changes === 0) return 0;
            s.clearFindings.run(id);
            writeFindings(s, id, result);
            return updated.changes;
          })
          .immediate();
        const row = changed === 0 ? undefined : (s.summary.get(id) as SummaryRow | undefined);
        return row ? summaryOf(row) : null;
      });
    },
  };
}
