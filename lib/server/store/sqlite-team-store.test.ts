import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore, type SqliteDatasetStore } from './sqlite-store';
import { SqliteTeamStore } from './sqlite-team-store';

let base: SqliteDatasetStore;
let team: SqliteTeamStore;

beforeEach(() => {
  base = openSqliteStore(':memory:');
  team = new SqliteTeamStore(base);
});
afterEach(() => base.close());

const SUBJECT = { kind: 'dataset', id: 'cao-bang' } as const;

async function lan() {
  const created = await team.createUser({ name: 'Lan', role: 'reviewer', passwordHash: 'h1' });
  if (!created.ok) throw new Error('not created');
  return created.user;
}

describe('accounts and sessions', () => {
  it('keeps names unique whatever their case, and never returns the hash in lists', async () => {
    await lan();
    expect(await team.createUser({ name: 'lan', role: 'viewer', passwordHash: 'h2' })).toEqual({ ok: false, reason: 'name-taken' });
    expect((await team.userByName('LAN'))?.passwordHash).toBe('h1');
    expect(JSON.stringify(await team.users())).not.toContain('h1');
  });

  it.each([
    ['a new password', { passwordHash: 'h3' }],
    ['disabling', { disabled: true }],
  ])('%s ends the sessions', async (_label, change) => {
    const user = await lan();
    await team.createSession('t1', user.id, Date.now() + 60_000);
    expect((await team.sessionUser('t1', Date.now()))?.name).toBe('Lan');
    await team.updateUser(user.id, change);
    expect(await team.sessionUser('t1', Date.now())).toBeNull();
  });

  describe('edge cases', () => {
    it('an expired session is nobody', async () => {
      const user = await lan();
      await team.createSession('t2', user.id, 1000);
      expect(await team.sessionUser('t2', 2000)).toBeNull();
    });
    it('counts failures per key until cleared', async () => {
      expect((await team.recordFailure('name:lan', 10)).failures).toBe(1);
      expect(await team.recordFailure('name:lan', 20)).toEqual({ failures: 2, lastFailedAt: 20 });
      await team.clearFailures('name:lan');
      expect(await team.failures('name:lan')).toBeNull();
    });
  });
});

describe('decisions', () => {
  it('keeps every decision; the current status is the latest, and decided counts follow it', async () => {
    const user = await lan();
    const decide = (target: string, status: 'unreviewed' | 'confirmed' | 'accepted' | 'dismissed', comment: string) =>
      team.addDecision({ subject: SUBJECT, target, status, comment, userId: user.id, userName: user.name });
    await decide('bang-2:3', 'accepted', 'làm tròn');
    await decide('bang-2:3', 'confirmed', 'sai phép chia');
    await decide('bang-2:4', 'dismissed', '');
    await decide('bang-2:5', 'confirmed', '');
    await decide('bang-2:5', 'unreviewed', 'xem lại');
    const history = await team.decisionHistory(SUBJECT);
    expect(history.map((d) => [d.target, d.status])).toEqual([
      ['bang-2:3', 'accepted'],
      ['bang-2:3', 'confirmed'],
      ['bang-2:4', 'dismissed'],
      ['bang-2:5', 'confirmed'],
      ['bang-2:5', 'unreviewed'],
    ]);
    const current = await team.currentDecisions(SUBJECT);
    expect(current.get('bang-2:3')?.comment).toBe('sai phép chia');
    expect(current.get('bang-2:5')?.status).toBe('unreviewed');
    expect((await team.decidedCounts('dataset')).get('cao-bang')).toBe(2);
  });

  it('carries decisions to a later version: same reviewer, time, status and comment, marked with where they came from', async () => {
    const user = await lan();
    const v1 = { kind: 'document', id: 'v1' } as const;
    const v2 = { kind: 'document', id: 'v2' } as const;
    const first = await team.addDecision({ subject: v1, target: 'c-aa-1', status: 'accepted', comment: 'làm tròn', userId: user.id, userName: user.name });
    const second = await team.addDecision({ subject: v1, target: 'c-aa-1', status: 'confirmed', comment: 'in sai', userId: user.id, userName: user.name });
    expect(await team.carryDecisions(v2, [first, second].map((d) => ({ decisionId: d.id, target: 'c-bb-1' })))).toBe(2);
    const carried = await team.decisionHistory(v2);
    expect(carried.map((d) => [d.target, d.status, d.comment, d.userName, d.decidedAt, d.carriedFrom?.subjectId, d.carriedFrom?.target])).toEqual([
      ['c-bb-1', 'accepted', 'làm tròn', 'Lan', first.decidedAt, 'v1', 'c-aa-1'],
      ['c-bb-1', 'confirmed', 'in sai', 'Lan', second.decidedAt, 'v1', 'c-aa-1'],
    ]);
    expect((await team.currentDecisions(v2)).get('c-bb-1')?.status).toBe('confirmed');
    expect((await team.decidedCounts('document')).get('v2')).toBe(1);
    expect((await team.decisionHistory(v1)).every((d) => d.carriedFrom === undefined)).toBe(true);
  });

  describe('edge cases', () => {
    it('decisions on another subject are apart', async () => {
      const user = await lan();
      await team.addDecision({ subject: { kind: 'document', id: 'cao-bang' }, target: 'x', status: 'confirmed', comment: '', userId: user.id, userName: user.name });
      expect(await team.decisionHistory(SUBJECT)).toEqual([]);
      expect((await team.decidedCounts('dataset')).size).toBe(0);
    });
    it('carrying nothing, or an unknown decision, copies nothing', async () => {
      expect(await team.carryDecisions({ kind: 'document', id: 'v2' }, [])).toBe(0);
      expect(await team.carryDecisions({ kind: 'document', id: 'v2' }, [{ decisionId: 999, target: 'x' }])).toBe(0);
      expect(await team.decisionHistory({ kind: 'document', id: 'v2' })).toEqual([]);
    });
  });
});

describe('audit log', () => {
  it('lists entries newest first with the total', async () => {
    await team.appendAudit({ userName: 'lan', action: 'dataset.create', target: 'a', detail: 'Quý 1' });
    await team.appendAudit({ userName: null, action: 'sign-in', target: 'x', detail: 'refused (401)' });
    const page = await team.auditLog({ offset: 0, limit: 10 });
    expect(page.total).toBe(2);
    expect(page.entries.map((e) => e.action)).toEqual(['sign-in', 'dataset.create']);
  });

  describe('edge cases', () => {
    it('a page past the end is empty but keeps the total', async () => {
      await team.appendAudit({ userName: 'lan', action: 'decision', target: 'a', detail: '' });
      expect(await team.auditLog({ offset: 5, limit: 10 })).toMatchObject({ entries: [], total: 1, offset: 5 });
    });
  });
});
