/**
 * Accounts, decisions on findings and the audit log: plain shapes shared by the store, the API
 * and the pages. Types and small tables only, so client components may import this module.
 */

/** What a user may do: `viewer` reads; `reviewer` also uploads, saves and decides; `admin` also manages users. */
export type Role = 'viewer' | 'reviewer' | 'admin';

export const ROLES: readonly Role[] = ['viewer', 'reviewer', 'admin'];

/** Each role's rank: a role may do what every lower rank may. */
const ROLE_RANK: Readonly<Record<Role, number>> = { viewer: 0, reviewer: 1, admin: 2 };

/**
 * Whether `role` may do what `needed` may.
 *
 * @example
 * roleAllows('admin', 'reviewer') // true
 * roleAllows('viewer', 'reviewer') // false
 */
export function roleAllows(role: Role, needed: Role): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[needed];
}

/**
 * Reads a role name; anything else is null.
 *
 * @example
 * readRole('reviewer') // 'reviewer'
 * readRole('root') // null
 */
export function readRole(raw: string | null | undefined): Role | null {
  return raw === 'viewer' || raw === 'reviewer' || raw === 'admin' ? raw : null;
}

/** A user as the pages and the API see it (never the password hash). */
export interface User {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly disabled: boolean;
  /** ISO 8601 instants. */
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * The status of a finding: `unreviewed` (chưa xem), `confirmed` (xác nhận sai: the report must be
 * corrected), `accepted` (chấp nhận: acceptable as printed), `dismissed` (bỏ qua).
 */
export type DecisionStatus = 'unreviewed' | 'confirmed' | 'accepted' | 'dismissed';

export const DECISION_STATUSES: readonly DecisionStatus[] = ['unreviewed', 'confirmed', 'accepted', 'dismissed'];

/**
 * Reads a status: its code or its Vietnamese word (`xác nhận sai`); anything else is null.
 *
 * @example
 * readDecisionStatus('confirmed') // 'confirmed'
 * readDecisionStatus('bỏ qua') // 'dismissed'
 * readDecisionStatus('done') // null
 */
export function readDecisionStatus(raw: string | null | undefined): DecisionStatus | null {
  if (raw === null || raw === undefined) return null;
  const text = raw.trim().normalize('NFC').toLowerCase();
  for (const status of DECISION_STATUSES) {
    if (text === status || text === DECISION_WORDS[status].vi) return status;
  }
  return null;
}

/** How each status is named, in both languages (the Vietnamese words are the issue's). */
export const DECISION_WORDS: Readonly<Record<DecisionStatus, { readonly vi: string; readonly en: string }>> = {
  unreviewed: { vi: 'chưa xem', en: 'not reviewed' },
  confirmed: { vi: 'xác nhận sai', en: 'confirmed wrong' },
  accepted: { vi: 'chấp nhận', en: 'accepted as printed' },
  dismissed: { vi: 'bỏ qua', en: 'dismissed' },
};

/** What a decision is about: the findings of a stored dataset (the bundled one included) or of a document. */
export type SubjectKind = 'dataset' | 'document';

export interface DecisionSubject {
  readonly kind: SubjectKind;
  readonly id: string;
}

/** One decision: a status given to a finding, with its comment, its reviewer and its time. Never overwritten. */
export interface Decision {
  readonly id: number;
  readonly subject: DecisionSubject;
  /** The claim's key (`<tableId>:<line>`) or the check's id. */
  readonly target: string;
  readonly status: DecisionStatus;
  readonly comment: string;
  readonly userName: string;
  /** ISO 8601 instant. */
  readonly decidedAt: string;
  /**
   * Set when the decision was carried over from an earlier version of a document, for a finding that is
   * `còn nguyên` there: the reviewer, time and comment above are the original decision's.
   */
  readonly carriedFrom?: CarriedFrom;
}

/** Where a carried decision came from: the earlier version's document id and finding id, and when it was carried. */
export interface CarriedFrom {
  readonly subjectId: string;
  readonly target: string;
  /** ISO 8601 instant of the carry-over (when the later version was saved). */
  readonly at: string;
}

/** One line of the audit log: who did what, when. */
export interface AuditEntry {
  readonly id: number;
  /** ISO 8601 instant. */
  readonly at: string;
  /** The signed-in user's name, or null (a failed sign-in, the user CLI). */
  readonly userName: string | null;
  readonly action: AuditAction;
  /** What it was done to: a dataset id, a user name, a finding. */
  readonly target: string;
  /** A short description in plain words (names, statuses), never a password. */
  readonly detail: string;
}

/** Every kind of write the audit log records. */
export type AuditAction =
  | 'sign-in'
  | 'sign-out'
  | 'dataset.create'
  | 'dataset.rename'
  | 'dataset.delete'
  | 'dataset.recheck'
  | 'dataset.reference'
  | 'indicator.synonym'
  | 'indicator.answer'
  | 'document.save'
  | 'document.recheck'
  | 'decision'
  | 'decision.carry'
  | 'user.create'
  | 'user.disable'
  | 'user.enable'
  | 'user.role'
  | 'user.password';

export const AUDIT_ACTIONS: readonly AuditAction[] = [
  'sign-in',
  'sign-out',
  'dataset.create',
  'dataset.rename',
  'dataset.delete',
  'dataset.recheck',
  'dataset.reference',
  'indicator.synonym',
  'indicator.answer',
  'document.save',
  'document.recheck',
  'decision',
  'decision.carry',
  'user.create',
  'user.disable',
  'user.enable',
  'user.role',
  'user.password',
];
