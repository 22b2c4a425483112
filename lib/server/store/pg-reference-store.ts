import 'server-only';
import type { MatchAnswer, Synonym } from '../../verify/reference-types';
import type { PgRun } from './pg-documents';
import type { ReferenceStore, StoredSynonym } from './reference-store';

interface SynonymRow {
  phrase: string;
  meaning: string;
  added_by: string | null;
  added_at: string;
}

/**
 * Reference marks, synonyms and match answers in PostgreSQL, on the dataset store's pool (the tables of
 * pg-migrations.ts, the same as SQLite's).
 *
 * @example
 * const references = new PgReferenceStore((kind, op) => store.run(kind, op));
 * await references.referenceIds() // []
 */
export class PgReferenceStore implements ReferenceStore {
  constructor(private readonly run: PgRun) {}

  async referenceIds(): Promise<string[]> {
    return this.run('read', async (sql) => {
      const rows = await sql.unsafe<{ dataset_id: string }[]>('SELECT dataset_id FROM reference_datasets ORDER BY marked_at, dataset_id');
      return rows.map((r) => r.dataset_id);
    });
  }

  async setReference(datasetId: string, reference: boolean, userName: string | null): Promise<boolean> {
    return this.run('write', async (sql) => {
      const exists = await sql.unsafe<{ id: string }[]>('SELECT id FROM datasets WHERE id = $1', [datasetId]);
      if (exists.length === 0) return false;
      if (reference) {
        await sql.unsafe('INSERT INTO reference_datasets (dataset_id, marked_by, marked_at) VALUES ($1, $2, $3) ON CONFLICT (dataset_id) DO NOTHING', [
          datasetId,
          userName,
          new Date().toISOString(),
        ]);
      } else await sql.unsafe('DELETE FROM reference_datasets WHERE dataset_id = $1', [datasetId]);
      return true;
    });
  }

  async synonyms(): Promise<StoredSynonym[]> {
    return this.run('read', async (sql) => {
      const rows = await sql.unsafe<SynonymRow[]>('SELECT phrase, meaning, added_by, added_at FROM indicator_synonyms ORDER BY phrase COLLATE "C"');
      return rows.map((r) => ({ from: r.phrase, to: r.meaning, addedBy: r.added_by, addedAt: r.added_at }));
    });
  }

  async addSynonym(synonym: Synonym, userName: string | null): Promise<StoredSynonym> {
    const at = new Date().toISOString();
    await this.run('write', (sql) =>
      sql.unsafe(
        `INSERT INTO indicator_synonyms (phrase, meaning, added_by, added_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (phrase) DO UPDATE SET meaning = excluded.meaning, added_by = excluded.added_by, added_at = excluded.added_at`,
        [synonym.from, synonym.to, userName, at],
      ),
    );
    return { ...synonym, addedBy: userName, addedAt: at };
  }

  async removeSynonym(from: string): Promise<boolean> {
    return this.run('write', async (sql) => (await sql.unsafe('DELETE FROM indicator_synonyms WHERE phrase = $1', [from])).count > 0);
  }

  async answers(): Promise<MatchAnswer[]> {
    return this.run('read', (sql) => sql.unsafe<MatchAnswer[]>('SELECT printed, choice FROM indicator_answers ORDER BY printed COLLATE "C"'));
  }

  async saveAnswer(answer: MatchAnswer, userName: string | null): Promise<void> {
    await this.run('write', (sql) =>
      sql.unsafe(
        `INSERT INTO indicator_answers (printed, choice, answered_by, answered_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (printed) DO UPDATE SET choice = excluded.choice, answered_by = excluded.answered_by, answered_at = excluded.answered_at`,
        [answer.printed, answer.choice, userName, new Date().toISOString()],
      ),
    );
  }
}
