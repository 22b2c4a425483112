import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Decision, DecisionSubject, SubjectKind, User } from '../../team/types';
import type { PgRun } from './pg-documents';
import { auditOf, decisionOf, DECISION_COLUMNS, LATEST_DECISION, nameKey, USER_COLUMNS, userOf, withoutHash, type AuditRow, type DecisionRow, type UserRow } from './team-rows';
import type {
  AuditPage,
  CreateUserResult,
  FailureCount,
  NewAuditEntry,
  DecisionCarry,
  NewDecision,
  NewUser,
  TeamStore,
  UserChange,
  UserWithHash,
} from './team-types';

const SESSION_USER_COLUMNS = USER_COLUMNS.split(', ')
  .map((c) => `u.${c}`)
  .join(', ');

/**
 * Accounts, sessions, decisions and the audit log in PostgreSQL, on the dataset store's pool (so
 * every server sees a sign-in or a decision made on another at once). Same rows as SQLite's
 * (team-rows.ts); user names sort byte-wise (`COLLATE "C"`) as SQLite sorts them.
 *
 * @example
 * const team = new PgTeamStore((kind, op) => store.run(kind, op));
 * await team.createUser({ name: 'lan', role: 'reviewer', passwordHash }) // { ok: true, user }
 */
export class PgTeamStore implements TeamStore {
  constructor(private readonly run: PgRun) {}

  async createUser(input: NewUser): Promise<CreateUserResult> {
    return this.run('write', async (sql) => {
      const id = randomUUID();
      const name = input.name.normalize('NFC').trim();
      const at = new Date().toISOString();
      const [row] = await sql.unsafe<UserRow[]>(
        `INSERT INTO users (id, name, name_key, role, password_hash, disabled, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, 0, $6, $6) ON CONFLICT (name_key) DO NOTHING RETURNING ${USER_COLUMNS}`,
        [id, name, nameKey(name), input.role, input.passwordHash, at],
      );
      if (!row) return { ok: false, reason: 'name-taken' } as const;
      return { ok: true, user: withoutHash(userOf(row)) } as const;
    });
  }

  async userByName(name: string): Promise<UserWithHash | null> {
    return this.run('read', async (sql) => {
      const [row] = await sql.unsafe<UserRow[]>(`SELECT ${USER_COLUMNS} FROM users WHERE name_key = $1`, [nameKey(name)]);
      return row ? userOf(row) : null;
    });
  }

  async userById(id: string): Promise<UserWithHash | null> {
    return this.run('read', async (sql) => {
      const [row] = await sql.unsafe<UserRow[]>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
      return row ? userOf(row) : null;
    });
  }

  async users(): Promise<User[]> {
    return this.run('read', async (sql) => {
      const rows = await sql.unsafe<UserRow[]>(`SELECT ${USER_COLUMNS} FROM users ORDER BY name_key COLLATE "C"`);
      return rows.map((row) => withoutHash(userOf(row)));
    });
  }

  async updateUser(id: string, change: UserChange): Promise<User | null> {
    return this.run('write', (sql) =>
      sql.begin(async (tx): Promise<User | null> => {
        const disabled = change.disabled === undefined ? null : change.disabled ? 1 : 0;
        const [row] = await tx.unsafe<UserRow[]>(
          `UPDATE users SET role = COALESCE($2, role), disabled = COALESCE($3::int, disabled),
             password_hash = COALESCE($4, password_hash), updated_at = $5 WHERE id = $1 RETURNING ${USER_COLUMNS}`,
          [id, change.role ?? null, disabled, change.passwordHash ?? null, new Date().toISOString()],
        );
        if (!row) return null;
        if (change.disabled === true || change.passwordHash !== undefined) await tx`DELETE FROM sessions WHERE user_id = ${id}`;
        return withoutHash(userOf(row));
      }),
    );
  }

  async createSession(tokenHash: string, userId: string, expiresAt: number): Promise<void> {
    await this.run('write', async (sql) => {
      await sql`DELETE FROM sessions WHERE expires_at <= ${Date.now()}`;
      await sql`INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (${tokenHash}, ${userId}, ${new Date().toISOString()}, ${expiresAt})`;
    });
  }

  async sessionUser(tokenHash: string, now: number): Promise<User | null> {
    return this.run('read', async (sql) => {
      const [row] = await sql.unsafe<UserRow[]>(
        `SELECT ${SESSION_USER_COLUMNS} FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.disabled = 0`,
        [tokenHash, now],
      );
      return row ? withoutHash(userOf(row)) : null;
    });
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.run('write', (sql) => sql`DELETE FROM sessions WHERE token_hash = ${tokenHash}`);
  }

  async failures(key: string): Promise<FailureCount | null> {
    return this.run('read', async (sql) => {
      const [row] = await sql<{ failures: number; last_failed_at: string }[]>`SELECT failures, last_failed_at FROM sign_in_failures WHERE failure_key = ${key}`;
      return row ? { failures: Number(row.failures), lastFailedAt: Number(row.last_failed_at) } : null;
    });
  }

  async recordFailure(key: string, now: number): Promise<FailureCount> {
    return this.run('write', async (sql) => {
      const [row] = await sql<{ failures: number; last_failed_at: string }[]>`
        INSERT INTO sign_in_failures (failure_key, failures, last_failed_at) VALUES (${key}, 1, ${now})
        ON CONFLICT (failure_key) DO UPDATE SET failures = sign_in_failures.failures + 1, last_failed_at = excluded.last_failed_at
        RETURNING failures, last_failed_at`;
      if (!row) throw new Error('sign-in failure upsert returned no row');
      return { failures: Number(row.failures), lastFailedAt: Number(row.last_failed_at) };
    });
  }

  async clearFailures(key: string): Promise<void> {
    await this.run('write', (sql) => sql`DELETE FROM sign_in_failures WHERE failure_key = ${key}`);
  }

  async addDecision(input: NewDecision): Promise<Decision> {
    return this.run('write', async (sql) => {
      const [row] = await sql.unsafe<DecisionRow[]>(
        `INSERT INTO decisions (subject_kind, subject_id, target, status, comment, user_id, user_name, decided_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${DECISION_COLUMNS}`,
        [input.subject.kind, input.subject.id, input.target, input.status, input.comment, input.userId, input.userName, new Date().toISOString()],
      );
      if (!row) throw new Error('decision insert returned no row');
      return decisionOf(row);
    });
  }

  async carryDecisions(to: DecisionSubject, carries: readonly DecisionCarry[]): Promise<number> {
    if (carries.length === 0) return 0;
    const at = new Date().toISOString();
    return this.run('write', (sql) =>
      sql.begin(async (tx): Promise<number> => {
        let copied = 0;
        // One by one, in the order given, so the copies keep the order of the decisions they copy.
        for (const c of carries) {
          const result = await tx.unsafe(
            `INSERT INTO decisions (subject_kind, subject_id, target, status, comment, user_id, user_name, decided_at,
               carried_from_subject, carried_from_target, carried_at)
             SELECT $1, $2, $3, status, comment, user_id, user_name, decided_at, subject_id, target, $4
             FROM decisions WHERE id = $5`,
            [to.kind, to.id, c.target, at, c.decisionId],
          );
          copied += result.count;
        }
        return copied;
      }),
    );
  }

  async currentDecisions(subject: DecisionSubject): Promise<ReadonlyMap<string, Decision>> {
    return this.run('read', async (sql) => {
      const rows = await sql.unsafe<DecisionRow[]>(
        `SELECT ${DECISION_COLUMNS} FROM decisions d WHERE d.subject_kind = $1 AND d.subject_id = $2 AND ${LATEST_DECISION}`,
        [subject.kind, subject.id],
      );
      return new Map(rows.map((row) => [row.target, decisionOf(row)]));
    });
  }

  async decisionHistory(subject: DecisionSubject): Promise<Decision[]> {
    return this.run('read', async (sql) => {
      const rows = await sql.unsafe<DecisionRow[]>(`SELECT ${DECISION_COLUMNS} FROM decisions WHERE subject_kind = $1 AND subject_id = $2 ORDER BY id`, [
        subject.kind,
        subject.id,
      ]);
      return rows.map(decisionOf);
    });
  }

  async decidedCounts(kind: SubjectKind): Promise<ReadonlyMap<string, number>> {
    return this.run('read', async (sql) => {
      const rows = await sql.unsafe<{ subject_id: string; decided: string }[]>(
        `SELECT d.subject_id AS subject_id, COUNT(*) AS decided FROM decisions d
         WHERE d.subject_kind = $1 AND d.status <> 'unreviewed' AND ${LATEST_DECISION} GROUP BY d.subject_id`,
        [kind],
      );
      return new Map(rows.map((row) => [row.subject_id, Number(row.decided)]));
    });
  }

  async appendAudit(entry: NewAuditEntry): Promise<void> {
    await this.run(
      'write',
      (sql) => sql`INSERT INTO audit_log (at, user_name, action, target, detail)
                   VALUES (${new Date().toISOString()}, ${entry.userName}, ${entry.action}, ${entry.target}, ${entry.detail})`,
    );
  }

  async auditLog(range: { readonly offset: number; readonly limit: number }): Promise<AuditPage> {
    const offset = Math.max(0, Math.floor(range.offset));
    const limit = Math.min(500, Math.max(1, Math.floor(range.limit)));
    return this.run('read', (sql) =>
      sql.begin('ISOLATION LEVEL REPEATABLE READ READ ONLY', async (tx): Promise<AuditPage> => {
        const rows = await tx<AuditRow[]>`SELECT id, at, user_name, action, target, detail FROM audit_log ORDER BY id DESC LIMIT ${limit} OFFSET ${offset}`;
        const [count] = await tx<{ n: string }[]>`SELECT COUNT(*) AS n FROM audit_log`;
        return { entries: rows.map(auditOf), total: Number(count?.n ?? 0), offset };
      }),
    );
  }
}
