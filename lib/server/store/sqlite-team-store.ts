import 'server-only';
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Decision, DecisionSubject, SubjectKind, User } from '../../team/types';
import { auditOf, decisionOf, DECISION_COLUMNS, LATEST_DECISION, nameKey, USER_COLUMNS, userOf, withoutHash, type AuditRow, type DecisionRow, type UserRow } from './team-rows';
import type { SqliteDatasetStore } from './sqlite-store';
import type {
  AuditPage,
  DecisionCarry,
  CreateUserResult,
  FailureCount,
  NewAuditEntry,
  NewDecision,
  NewUser,
  TeamStore,
  UserChange,
  UserWithHash,
} from './team-types';

const LATEST = LATEST_DECISION;

function prepareTeamStatements(db: Database.Database) {
  return {
    insertUser: db.prepare(
      `INSERT INTO users (id, name, name_key, role, password_hash, disabled, created_at, updated_at)
       VALUES (@id, @name, @nameKey, @role, @passwordHash, 0, @at, @at) ON CONFLICT (name_key) DO NOTHING`,
    ),
    userByName: db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE name_key = ?`),
    userById: db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`),
    users: db.prepare(`SELECT ${USER_COLUMNS} FROM users ORDER BY name_key`),
    updateUser: db.prepare(
      `UPDATE users SET role = COALESCE(@role, role), disabled = COALESCE(@disabled, disabled),
         password_hash = COALESCE(@passwordHash, password_hash), updated_at = @at WHERE id = @id`,
    ),
    deleteSessionsOf: db.prepare('DELETE FROM sessions WHERE user_id = ?'),
    insertSession: db.prepare('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)'),
    sessionUser: db.prepare(
      `SELECT ${USER_COLUMNS.split(', ').map((c) => `u.${c}`).join(', ')} FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled = 0`,
    ),
    deleteSession: db.prepare('DELETE FROM sessions WHERE token_hash = ?'),
    sweepSessions: db.prepare('DELETE FROM sessions WHERE expires_at <= ?'),
    failures: db.prepare('SELECT failures, last_failed_at FROM sign_in_failures WHERE failure_key = ?'),
    recordFailure: db.prepare(
      `INSERT INTO sign_in_failures (failure_key, failures, last_failed_at) VALUES (?, 1, ?)
       ON CONFLICT (failure_key) DO UPDATE SET failures = sign_in_failures.failures + 1, last_failed_at = excluded.last_failed_at
       RETURNING failures, last_failed_at`,
    ),
    clearFailures: db.prepare('DELETE FROM sign_in_failures WHERE failure_key = ?'),
    insertDecision: db.prepare(
      `INSERT INTO decisions (subject_kind, subject_id, target, status, comment, user_id, user_name, decided_at)
       VALUES (@kind, @subjectId, @target, @status, @comment, @userId, @userName, @at) RETURNING ${DECISION_COLUMNS}`,
    ),
    carryDecision: db.prepare(
      `INSERT INTO decisions (subject_kind, subject_id, target, status, comment, user_id, user_name, decided_at,
         carried_from_subject, carried_from_target, carried_at)
       SELECT @kind, @subjectId, @target, status, comment, user_id, user_name, decided_at, subject_id, target, @at
       FROM decisions WHERE id = @decisionId`,
    ),
    currentDecisions: db.prepare(
      `SELECT ${DECISION_COLUMNS} FROM decisions d WHERE d.subject_kind = ? AND d.subject_id = ? AND ${LATEST}`,
    ),
    decisionHistory: db.prepare(
      `SELECT ${DECISION_COLUMNS} FROM decisions WHERE subject_kind = ? AND subject_id = ? ORDER BY id`,
    ),
    decidedCounts: db.prepare(
      `SELECT d.subject_id AS subject_id, COUNT(*) AS decided FROM decisions d
       WHERE d.subject_kind = ? AND d.status <> 'unreviewed' AND ${LATEST} GROUP BY d.subject_id`,
    ),
    appendAudit: db.prepare('INSERT INTO audit_log (at, user_name, action, target, detail) VALUES (?, ?, ?, ?, ?)'),
    auditPage: db.prepare('SELECT id, at, user_name, action, target, detail FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?'),
    auditCount: db.prepare('SELECT COUNT(*) FROM audit_log').pluck(),
  };
}

type TeamStatements = ReturnType<typeof prepareTeamStatements>;

const prepared = new WeakMap<Database.Database, TeamStatements>();

function statementsFor(db: Database.Database): TeamStatements {
  const cached = prepared.get(db);
  if (cached) return cached;
  const fresh = prepareTeamStatements(db);
  prepared.set(db, fresh);
  return fresh;
}

/**
 * Accounts, sessions, decisions and the audit log in the dataset store's SQLite file, on the same
 * connection (so the same start-up check, read-only mode and fault banner apply).
 *
 * @example
 * const team = new SqliteTeamStore(openSqliteStore(':memory:'));
 * await team.createUser({ name: 'lan', role: 'reviewer', passwordHash }) // { ok: true, user }
 */
export class SqliteTeamStore implements TeamStore {
  constructor(private readonly base: SqliteDatasetStore) {}

  private read<T>(operation: (s: TeamStatements, db: Database.Database) => T): T {
    return this.base.runOnDatabase('read', (db) => operation(statementsFor(db), db));
  }

  private write<T>(operation: (s: TeamStatements, db: Database.Database) => T): T {
    return this.base.runOnDatabase('write', (db) => operation(statementsFor(db), db));
  }

  async createUser(input: NewUser): Promise<CreateUserResult> {
    return this.write((s) => {
      const id = randomUUID();
      const name = input.name.normalize('NFC').trim();
      const inserted = s.insertUser.run({ id, name, nameKey: nameKey(name), role: input.role, passwordHash: input.passwordHash, at: new Date().toISOString() });
      if (inserted.changes === 0) return { ok: false, reason: 'name-taken' } as const;
      return { ok: true, user: withoutHash(userOf(s.userById.get(id) as UserRow)) } as const;
    });
  }

  async userByName(name: string): Promise<UserWithHash | null> {
    return this.read((s) => {
      const row = s.userByName.get(nameKey(name)) as UserRow | undefined;
      return row ? userOf(row) : null;
    });
  }

  async userById(id: string): Promise<UserWithHash | null> {
    return this.read((s) => {
      const row = s.userById.get(id) as UserRow | undefined;
      return row ? userOf(row) : null;
    });
  }

  async users(): Promise<User[]> {
    return this.read((s) => (s.users.all() as UserRow[]).map((row) => withoutHash(userOf(row))));
  }

  async updateUser(id: string, change: UserChange): Promise<User | null> {
    return this.write((s, db) =>
      db.transaction((): User | null => {
        const result = s.updateUser.run({
          id,
          role: change.role ?? null,
          disabled: change.disabled === undefined ? null : change.disabled ? 1 : 0,
          passwordHash: change.passwordHash ?? null,
          at: new Date().toISOString(),
        });
        if (result.changes === 0) return null;
        if (change.disabled === true || change.passwordHash !== undefined) s.deleteSessionsOf.run(id);
        return withoutHash(userOf(s.userById.get(id) as UserRow));
      })(),
    );
  }

  async createSession(tokenHash: string, userId: string, expiresAt: number): Promise<void> {
    this.write((s) => {
      s.sweepSessions.run(Date.now());
      s.insertSession.run(tokenHash, userId, new Date().toISOString(), expiresAt);
    });
  }

  async sessionUser(tokenHash: string, now: number): Promise<User | null> {
    return this.read((s) => {
      const row = s.sessionUser.get(tokenHash, now) as UserRow | undefined;
      return row ? withoutHash(userOf(row)) : null;
    });
  }

  async deleteSession(tokenHash: string): Promise<void> {
    this.write((s) => s.deleteSession.run(tokenHash));
  }

  async failures(key: string): Promise<FailureCount | null> {
    return this.read((s) => {
      const row = s.failures.get(key) as { failures: number; last_failed_at: number } | undefined;
      return row ? { failures: row.failures, lastFailedAt: Number(row.last_failed_at) } : null;
    });
  }

  async recordFailure(key: string, now: number): Promise<FailureCount> {
    return this.write((s) => {
      const row = s.recordFailure.get(key, now) as { failures: number; last_failed_at: number };
      return { failures: row.failures, lastFailedAt: Number(row.last_failed_at) };
    });
  }

  async clearFailures(key: string): Promise<void> {
    this.write((s) => s.clearFailures.run(key));
  }

  async addDecision(input: NewDecision): Promise<Decision> {
    return this.write((s) =>
      decisionOf(
        s.insertDecision.get({
          kind: input.subject.kind,
          subjectId: input.subject.id,
          target: input.target,
          status: input.status,
          comment: input.comment,
          userId: input.userId,
          userName: input.userName,
          at: new Date().toISOString(),
        }) as DecisionRow,
      ),
    );
  }

  async carryDecisions(to: DecisionSubject, carries: readonly DecisionCarry[]): Promise<number> {
    if (carries.length === 0) return 0;
    const at = new Date().toISOString();
    return this.write((s, db) =>
      db
        .transaction((): number =>
          carries.reduce((copied, c) => copied + s.carryDecision.run({ kind: to.kind, subjectId: to.id, target: c.target, decisionId: c.decisionId, at }).changes, 0),
        )
        .immediate(),
    );
  }

  async currentDecisions(subject: DecisionSubject): Promise<ReadonlyMap<string, Decision>> {
    return this.read((s) => {
      const rows = s.currentDecisions.all(subject.kind, subject.id) as DecisionRow[];
      return new Map(rows.map((row) => [row.target, decisionOf(row)]));
    });
  }

  async decisionHistory(subject: DecisionSubject): Promise<Decision[]> {
    return this.read((s) => (s.decisionHistory.all(subject.kind, subject.id) as DecisionRow[]).map(decisionOf));
  }

  async decidedCounts(kind: SubjectKind): Promise<ReadonlyMap<string, number>> {
    return this.read((s) => {
      const rows = s.decidedCounts.all(kind) as { subject_id: string; decided: number }[];
      return new Map(rows.map((row) => [row.subject_id, Number(row.decided)]));
    });
  }

  async appendAudit(entry: NewAuditEntry): Promise<void> {
    this.write((s) => s.appendAudit.run(new Date().toISOString(), entry.userName, entry.action, entry.target, entry.detail));
  }

  async auditLog(range: { readonly offset: number; readonly limit: number }): Promise<AuditPage> {
    const offset = Math.max(0, Math.floor(range.offset));
    const limit = Math.min(500, Math.max(1, Math.floor(range.limit)));
    return this.read((s, db) =>
      db.transaction((): AuditPage => ({
        entries: (s.auditPage.all(limit, offset) as AuditRow[]).map(auditOf),
        total: Number(s.auditCount.get()),
        offset,
      }))(),
    );
  }
}
