/**
 * The store contract's cases on documents, accounts, sessions, decisions and the audit log (see
 * store-contract.ts).
 */
import { describe, expect, it } from 'vitest';
import type { DecisionStatus } from '../../team/types';
import { newDatasetId } from './dataset-id';
import { newDocument, proseResult, SUBJECT, TEXT, type ContractStores } from './store-contract-fixtures';

/**
 * Declares the document and team cases; `stores()` gives the fresh stores of the running case.
 * @example describeTeamContract(() => s);
 */
export function describeTeamContract(stores: () => ContractStores): void {
  describe('documents', () => {
    it('keeps the bytes, the text and every finding under its id', async () => {
      const input = newDocument();
      expect(await stores().documents.createDocument(input)).toMatchObject({ id: input.id, seriesId: input.id, version: 1, name: 'bao-cao.txt', format: 'txt', characters: TEXT.length, claimCount: 1 });
      const stored = await stores().documents.getDocument(input.id);
      expect(stored?.text).toBe(TEXT);
      expect(stored?.claims).toEqual(input.result.claims);
      expect(stored?.display).toEqual(input.result.display);
      expect(await stores().documents.documentFile(input.id)).toEqual({ name: 'bao-cao.txt', bytes: input.bytes, options: input.options });
      expect((await stores().documents.listDocuments()).map((d) => d.id)).toEqual([input.id]);
    });

    it('numbers versions, also when added at once, and lists them oldest first', async () => {
      const first = newDocument();
      await stores().documents.createDocument(first);
      const more = Array.from({ length: 5 }, () => newDocument({ versionOf: first.id }));
      const stored = await Promise.all(more.map((d) => stores().documents.createDocument(d)));
      expect(stored.map((d) => d?.version).sort()).toEqual([2, 3, 4, 5, 6]);
      expect((await stores().documents.documentVersions(first.id)).map((v) => v.version)).toEqual([1, 2, 3, 4, 5, 6]);
    });

    it('replaces the findings after a re-check', async () => {
      const input = newDocument();
      await stores().documents.createDocument(input);
      const fixed = proseResult(TEXT.replace('60%', '50%'));
      await stores().documents.replaceDocumentCheck(input.id, fixed);
      expect((await stores().documents.getDocument(input.id))?.claims.map((c) => c.verdict)).toEqual(fixed.claims.map((c) => c.verdict));
    });

    describe('edge cases', () => {
      it('a version of an unknown document is not stored', async () => {
        expect(await stores().documents.createDocument(newDocument({ versionOf: newDatasetId() }))).toBeNull();
        expect(await stores().documents.listDocuments()).toEqual([]);
      });
      it('a write that fails half-way leaves nothing behind', async () => {
        const input = newDocument();
        const claim = input.result.claims[0];
        if (claim === undefined) throw new Error('no claim');
        const broken = { ...input, result: { ...input.result, claims: [claim, claim] } };
        await expect(stores().documents.createDocument(broken)).rejects.toThrow();
        expect(await stores().documents.listDocuments()).toEqual([]);
      });
      it('unknown ids read as nothing', async () => {
        const id = newDatasetId();
        expect(await stores().documents.getDocument(id)).toBeNull();
        expect(await stores().documents.documentVersions(id)).toEqual([]);
        expect(await stores().documents.documentFile(id)).toBeNull();
        expect(await stores().documents.replaceDocumentCheck(id, proseResult(TEXT))).toBeNull();
      });
    });
  });

  describe('accounts and sessions', () => {
    async function lan() {
      const created = await stores().team.createUser({ name: ' Lan ', role: 'reviewer', passwordHash: 'h1' });
      if (!created.ok) throw new Error('not created');
      return created.user;
    }

    it('keeps names unique whatever their case, sorted, never listing the hash', async () => {
      const user = await lan();
      expect(user).toMatchObject({ name: 'Lan', role: 'reviewer', disabled: false });
      expect(await stores().team.createUser({ name: 'LAN', role: 'viewer', passwordHash: 'h2' })).toEqual({ ok: false, reason: 'name-taken' });
      await stores().team.createUser({ name: 'Bình', role: 'admin', passwordHash: 'h3' });
      expect((await stores().team.userByName('lan'))?.passwordHash).toBe('h1');
      expect((await stores().team.userById(user.id))?.name).toBe('Lan');
      const users = await stores().team.users();
      expect(users.map((u) => u.name)).toEqual(['Bình', 'Lan']);
      expect(JSON.stringify(users)).not.toContain('h1');
    });

    it.each([
      ['a new password', { passwordHash: 'h3' }, true],
      ['disabling', { disabled: true }, true],
      ['a new role', { role: 'admin' as const }, false],
    ])('%s: sessions end = %s', async (_label, change, ends) => {
      const user = await lan();
      await stores().team.createSession('t1', user.id, Date.now() + 60_000);
      expect((await stores().team.sessionUser('t1', Date.now()))?.name).toBe('Lan');
      expect(await stores().team.updateUser(user.id, change)).toMatchObject({ id: user.id });
      expect(await stores().team.sessionUser('t1', Date.now())).toEqual(ends ? null : expect.objectContaining({ name: 'Lan' }));
    });

    describe('edge cases', () => {
      it('an expired or deleted session is nobody', async () => {
        const user = await lan();
        await stores().team.createSession('t2', user.id, 1000);
        expect(await stores().team.sessionUser('t2', 2000)).toBeNull();
        await stores().team.createSession('t3', user.id, Date.now() + 60_000);
        await stores().team.deleteSession('t3');
        expect(await stores().team.sessionUser('t3', Date.now())).toBeNull();
      });
      it('counts failures per key until cleared', async () => {
        expect((await stores().team.recordFailure('name:lan', 10)).failures).toBe(1);
        expect(await stores().team.recordFailure('name:lan', 20)).toEqual({ failures: 2, lastFailedAt: 20 });
        expect(await stores().team.failures('name:lan')).toEqual({ failures: 2, lastFailedAt: 20 });
        await stores().team.clearFailures('name:lan');
        expect(await stores().team.failures('name:lan')).toBeNull();
      });
      it('an unknown user is not updated', async () => {
        expect(await stores().team.updateUser('khong-co', { role: 'admin' })).toBeNull();
      });
    });
  });

  describe('decisions', () => {
    it('keeps every decision; the current status is the latest, and decided counts follow it', async () => {
      const created = await stores().team.createUser({ name: 'lan', role: 'reviewer', passwordHash: 'h' });
      if (!created.ok) throw new Error('not created');
      const user = created.user;
      const decide = (target: string, status: DecisionStatus, comment: string) =>
        stores().team.addDecision({ subject: SUBJECT, target, status, comment, userId: user.id, userName: user.name });
      const first = await decide('bang-2:3', 'accepted', 'làm tròn');
      expect(first).toMatchObject({ subject: SUBJECT, target: 'bang-2:3', status: 'accepted', userName: 'lan' });
      expect(typeof first.id).toBe('number');
      await decide('bang-2:3', 'confirmed', 'sai phép chia');
      await decide('bang-2:4', 'dismissed', '');
      await decide('bang-2:5', 'confirmed', '');
      await decide('bang-2:5', 'unreviewed', 'xem lại');
      expect((await stores().team.decisionHistory(SUBJECT)).map((d) => [d.target, d.status])).toEqual([
        ['bang-2:3', 'accepted'],
        ['bang-2:3', 'confirmed'],
        ['bang-2:4', 'dismissed'],
        ['bang-2:5', 'confirmed'],
        ['bang-2:5', 'unreviewed'],
      ]);
      const current = await stores().team.currentDecisions(SUBJECT);
      expect(current.get('bang-2:3')?.comment).toBe('sai phép chia');
      expect(current.get('bang-2:5')?.status).toBe('unreviewed');
      expect((await stores().team.decidedCounts('dataset')).get('cao-bang')).toBe(2);
    });

    it('carries decisions to a later version: same reviewer, time, status and comment, marked with where they came from', async () => {
      const v1 = { kind: 'document', id: 'v1' } as const;
      const v2 = { kind: 'document', id: 'v2' } as const;
      const decide = (status: DecisionStatus, comment: string) =>
        stores().team.addDecision({ subject: v1, target: 'c-aa-1', status, comment, userId: 'u', userName: 'lan' });
      const first = await decide('accepted', 'làm tròn');
      const second = await decide('confirmed', 'in sai');
      expect(await stores().team.carryDecisions(v2, [first, second].map((d) => ({ decisionId: d.id, target: 'c-bb-1' })))).toBe(2);
      const carried = await stores().team.decisionHistory(v2);
      expect(carried.map((d) => [d.target, d.status, d.comment, d.userName, d.decidedAt, d.carriedFrom?.subjectId, d.carriedFrom?.target])).toEqual([
        ['c-bb-1', 'accepted', 'làm tròn', 'lan', first.decidedAt, 'v1', 'c-aa-1'],
        ['c-bb-1', 'confirmed', 'in sai', 'lan', second.decidedAt, 'v1', 'c-aa-1'],
      ]);
      expect((await stores().team.currentDecisions(v2)).get('c-bb-1')?.status).toBe('confirmed');
      expect((await stores().team.decidedCounts('document')).get('v2')).toBe(1);
      expect((await stores().team.decisionHistory(v1)).every((d) => d.carriedFrom === undefined)).toBe(true);
    });

    describe('edge cases', () => {
      it('decisions on another kind of subject are apart', async () => {
        await stores().team.addDecision({ subject: { kind: 'document', id: 'cao-bang' }, target: 'x', status: 'confirmed', comment: '', userId: 'u', userName: 'lan' });
        expect(await stores().team.decisionHistory(SUBJECT)).toEqual([]);
        expect((await stores().team.decidedCounts('dataset')).size).toBe(0);
      });
      it('carrying nothing, or an unknown decision, copies nothing', async () => {
        expect(await stores().team.carryDecisions({ kind: 'document', id: 'v2' }, [])).toBe(0);
        expect(await stores().team.carryDecisions({ kind: 'document', id: 'v2' }, [{ decisionId: 999, target: 'x' }])).toBe(0);
        expect(await stores().team.decisionHistory({ kind: 'document', id: 'v2' })).toEqual([]);
      });
    });
  });

  describe('audit log', () => {
    it('lists entries newest first with the total', async () => {
      await stores().team.appendAudit({ userName: 'lan', action: 'dataset.create', target: 'a', detail: 'Quý 1' });
      await stores().team.appendAudit({ userName: null, action: 'sign-in', target: 'x', detail: 'refused (401)' });
      const page = await stores().team.auditLog({ offset: 0, limit: 10 });
      expect(page.total).toBe(2);
      expect(page.entries.map((e) => [e.action, e.userName])).toEqual([
        ['sign-in', null],
        ['dataset.create', 'lan'],
      ]);
    });

    describe('edge cases', () => {
      it('a page past the end is empty but keeps the total', async () => {
        await stores().team.appendAudit({ userName: 'lan', action: 'decision', target: 'a', detail: '' });
        expect(await stores().team.auditLog({ offset: 5, limit: 10 })).toMatchObject({ entries: [], total: 1, offset: 5 });
      });
    });
  });
}
