import type { AuditAction, AuditEntry, Decision, DecisionStatus, DecisionSubject, Role, SubjectKind, User } from '../../team/types';

/** A user with the password hash: only the sign-in and the password change read it. */
export interface UserWithHash extends User {
  readonly passwordHash: string;
}

export interface NewUser {
  readonly name: string;
  readonly role: Role;
  readonly passwordHash: string;
}

/** What an admin may change about a user; a new hash or disabling ends the user's sessions. */
export interface UserChange {
  readonly role?: Role;
  readonly disabled?: boolean;
  readonly passwordHash?: string;
}

/** Consecutive failed sign-ins under one key (a user name or a client address). */
export interface FailureCount {
  readonly failures: number;
  /** ms since the epoch. */
  readonly lastFailedAt: number;
}

export type CreateUserResult = { readonly ok: true; readonly user: User } | { readonly ok: false; readonly reason: 'name-taken' };

/**
 * Accounts and server-side sessions. Promises throughout, so a PostgreSQL store can implement it.
 * A session is known by the SHA-256 of its token: the database never holds a usable cookie.
 */
export interface AccountStore {
  createUser(input: NewUser): Promise<CreateUserResult>;
  /** Case-insensitive; null when unknown. */
  userByName(name: string): Promise<UserWithHash | null>;
  userById(id: string): Promise<UserWithHash | null>;
  /** Every user, by name. */
  users(): Promise<User[]>;
  /** Null for an unknown id. */
  updateUser(id: string, change: UserChange): Promise<User | null>;
  createSession(tokenHash: string, userId: string, expiresAt: number): Promise<void>;
  /** The session's user when the session exists, has not expired and the user is not disabled. */
  sessionUser(tokenHash: string, now: number): Promise<User | null>;
  deleteSession(tokenHash: string): Promise<void>;
  failures(key: string): Promise<FailureCount | null>;
  recordFailure(key: string, now: number): Promise<FailureCount>;
  clearFailures(key: string): Promise<void>;
}

export interface NewDecision {
  readonly subject: DecisionSubject;
  readonly target: string;
  readonly status: DecisionStatus;
  readonly comment: string;
  readonly userId: string;
  readonly userName: string;
}

/** One stored decision copied onto a finding of a later version (see `DecisionStore.carryDecisions`). */
export interface DecisionCarry {
  /** The id of the decision to copy. */
  readonly decisionId: number;
  /** The finding of the later version it now applies to. */
  readonly target: string;
}

/** Decisions on findings: every decision is a new row; the current status is the latest. */
export interface DecisionStore {
  addDecision(input: NewDecision): Promise<Decision>;
  /**
   * Copies decisions onto another subject (a later version of a document), in the order given and in
   * one transaction: each copy keeps its reviewer, time, status and comment, and records where it came
   * from and when it was carried. Answers how many were copied (an unknown decision id copies nothing).
   */
  carryDecisions(to: DecisionSubject, carries: readonly DecisionCarry[]): Promise<number>;
  /** The latest decision per target. */
  currentDecisions(subject: DecisionSubject): Promise<ReadonlyMap<string, Decision>>;
  /** Every decision on the subject's findings, oldest first. */
  decisionHistory(subject: DecisionSubject): Promise<Decision[]>;
  /** Per subject id of this kind: how many targets have a current status other than `unreviewed`. */
  decidedCounts(kind: SubjectKind): Promise<ReadonlyMap<string, number>>;
}

export interface NewAuditEntry {
  readonly userName: string | null;
  readonly action: AuditAction;
  readonly target: string;
  readonly detail: string;
}

/** A page of the audit log, newest first, and how many entries there are in all. */
export interface AuditPage {
  readonly entries: readonly AuditEntry[];
  readonly total: number;
  readonly offset: number;
}

export interface AuditStore {
  appendAudit(entry: NewAuditEntry): Promise<void>;
  auditLog(range: { readonly offset: number; readonly limit: number }): Promise<AuditPage>;
}

/** Everything the team review keeps. */
export interface TeamStore extends AccountStore, DecisionStore, AuditStore {}
