import 'server-only';
import type Database from 'better-sqlite3';
import type { MatchAnswer, Synonym } from '../../verify/reference-types';
import type { ReferenceStore, StoredSynonym } from './reference-store';
import type { SqliteDatasetStore } from './sqlite-store';

interface SynonymRow {
  phrase: string;
  meaning: string;
  added_by: string | null;
  added_at: string;
}

function prepare(db: Database.Database) {
  return {
    referenceIds: db.prepare('SELECT dataset_id FROM reference_datasets ORDER BY marked_at, dataset_id'),
    datasetExists: db.prepare('SELECT 1 FROM datasets WHERE id = ?'),
    mark: db.prepare(
      `INSERT INTO reference_datasets (dataset_id, marked_by, marked_at) VALUES (?, ?, ?) ON CONFLICT (dataset_id) DO NOTHING`,
    ),
    unmark: db.prepare('DELETE FROM reference_datasets WHERE dataset_id = ?'),
    synonyms: db.prepare('SELECT phrase, meaning, added_by, added_at FROM indicator_synonyms ORDER BY phrase'),
    addSynonym: db.prepare(
      `INSERT INTO indicator_synonyms (phrase, meaning, added_by, added_at) VALUES (@phrase, @meaning, @by, @at)
       ON CONFLICT (phrase) DO UPDATE SET meaning = excluded.meaning, added_by = excluded.added_by, added_at = excluded.added_at`,
    ),
    removeSynonym: db.prepare('DELETE FROM indicator_synonyms WHERE phrase = ?'),
    answers: db.prepare('SELECT printed, choice FROM indicator_answers ORDER BY printed'),
    saveAnswer: db.prepare(
      `INSERT INTO indicator_answers (printed, choice, answered_by, answered_at) VALUES (@printed, @choice, @by, @at)
       ON CONFLICT (printed) DO UPDATE SET choice = excluded.choice, answered_by = excluded.answered_by, answered_at = excluded.answered_at`,
    ),
  };
}

type Statements = ReturnType<typeof prepare>;
const prepared = new WeakMap<Database.Database, Statements>();

function statementsFor(db: Database.Database): Statements {
  const held = prepared.get(db);
  if (held) return held;
  const made = prepare(db);
  prepared.set(db, made);
  return made;
}

function synonymOf(row: SynonymRow): StoredSynonym {
  return { from: row.phrase, to: row.meaning, addedBy: row.added_by, addedAt: row.added_at };
}

/**
 * The reference data in the SQLite file of the datasets (migration REFERENCE_SQL).
 *
 * @example
 * const references = new SqliteReferenceStore(openSqliteStore(':memory:'));
 * await references.referenceIds(); // []
 */
export class SqliteReferenceStore implements ReferenceStore {
  constructor(private readonly base: SqliteDatasetStore) {}

  private run<T>(kind: 'read' | 'write', operation: (s: Statements, db: Database.Database) => T): T {
    return this.base.runOnDatabase(kind, (db) => operation(statementsFor(db), db));
  }

  async referenceIds(): Promise<string[]> {
    return this.run('read', (s) => (s.referenceIds.all() as { dataset_id: string }[]).map((r) => r.dataset_id));
  }

  async setReference(datasetId: string, reference: boolean, userName: string | null): Promise<boolean> {
    return this.run('write', (s, db) =>
      db.transaction(() => {
        if (s.datasetExists.get(datasetId) === undefined) return false;
        if (reference) s.mark.run(datasetId, userName, new Date().toISOString());
        else s.unmark.run(datasetId);
        return true;
      })(),
    );
  }

  async synonyms(): Promise<StoredSynonym[]> {
    return this.run('read', (s) => (s.synonyms.all() as SynonymRow[]).map(synonymOf));
  }

  async addSynonym(synonym: Synonym, userName: string | null): Promise<StoredSynonym> {
    const at = new Date().toISOString();
    this.run('write', (s) => s.addSynonym.run({ phrase: synonym.from, meaning: synonym.to, by: userName, at }));
    return { ...synonym, addedBy: userName, addedAt: at };
  }

  async removeSynonym(from: string): Promise<boolean> {
    return this.run('write', (s) => s.removeSynonym.run(from).changes > 0);
  }

  async answers(): Promise<MatchAnswer[]> {
    return this.run('read', (s) => s.answers.all() as MatchAnswer[]);
  }

  async saveAnswer(answer: MatchAnswer, userName: string | null): Promise<void> {
    this.run('write', (s) => s.saveAnswer.run({ printed: answer.printed, choice: answer.choice, by: userName, at: new Date().toISOString() }));
  }
}
