import 'server-only';
import { readDecisionStatus, readRole, type AuditAction, type AuditEntry, type Decision, type User } from '../../team/types';
import type { UserWithHash } from './team-types';

/*
 * The rows of accounts, decisions and the audit log, the same for SQLite and PostgreSQL (where
 * BIGINT and identity columns may arrive as text, hence the Number()s).
 */

/** The user columns, in this order. */
export const USER_COLUMNS = 'id, name, role, password_hash, disabled, created_at, updated_at';
/** The decision columns, in this order. */
export const DECISION_COLUMNS = 'id, subject_kind, subject_id, target, status, comment, user_name, decided_at, carried_from_subject, carried_from_target, carried_at';
/** The latest decision of each target (alias `d`): no later row for the same subject and target. */
export const LATEST_DECISION = `NOT EXISTS (SELECT 1 FROM decisions later WHERE later.subject_kind = d.subject_kind
  AND later.subject_id = d.subject_id AND later.target = d.target AND later.id > d.id)`;

export interface UserRow {
  id: string;
  name: string;
  role: string;
  password_hash: string;
  disabled: number | boolean;
  created_at: string;
  updated_at: string;
}

export interface DecisionRow {
  id: number | string;
  subject_kind: string;
  subject_id: string;
  target: string;
  status: string;
  comment: string;
  user_name: string;
  decided_at: string;
  carried_from_subject: string | null;
  carried_from_target: string | null;
  carried_at: string | null;
}

export interface AuditRow {
  id: number | string;
  at: string;
  user_name: string | null;
  action: string;
  target: string;
  detail: string;
}

/**
 * The key a user name is unique under: NFC, trimmed, lower case.
 *
 * @example
 * nameKey(' Lan ') // 'lan'
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().toLowerCase();
}

/**
 * A user from its row.
 * @example userOf(row).role // 'reviewer'
 */
export function userOf(row: UserRow): UserWithHash {
  return {
    id: row.id,
    name: row.name,
    // The CHECK constraint admits only the three roles.
    role: readRole(row.role) ?? 'viewer',
    disabled: row.disabled === true || Number(row.disabled) !== 0,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    passwordHash: row.password_hash,
  };
}

/**
 * The user without the password hash.
 * @example withoutHash(user) // { id, name, role, … }
 */
export function withoutHash({ passwordHash: _hash, ...user }: UserWithHash): User {
  return user;
}

/**
 * A decision from its row.
 * @example decisionOf(row).status // 'confirmed'
 */
export function decisionOf(row: DecisionRow): Decision {
  const decision: Decision = {
    id: Number(row.id),
    subject: { kind: row.subject_kind === 'document' ? 'document' : 'dataset', id: row.subject_id },
    target: row.target,
    status: readDecisionStatus(row.status) ?? 'unreviewed',
    comment: row.comment,
    userName: row.user_name,
    decidedAt: row.decided_at,
  };
  if (row.carried_from_subject === null || row.carried_from_target === null || row.carried_at === null) return decision;
  return { ...decision, carriedFrom: { subjectId: row.carried_from_subject, target: row.carried_from_target, at: row.carried_at } };
}

/**
 * An audit entry from its row.
 * @example auditOf(row).action // 'upload'
 */
export function auditOf(row: AuditRow): AuditEntry {
  return { id: Number(row.id), at: row.at, userName: row.user_name, action: row.action as AuditAction, target: row.target, detail: row.detail };
}

