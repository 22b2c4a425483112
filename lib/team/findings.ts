import type { VerdictCounts } from '../dataset/types';
import { VERDICTS, type Verdict } from '../verify/types';
import type { Decision, DecisionStatus } from './types';

/**
 * Whether a claim with this verdict is a finding a reviewer decides on: every claim that is not
 * a match (and not a row without a claim).
 *
 * @example
 * isFinding('mismatch') // true
 * isFinding('match') // false
 */
export function isFinding(verdict: Verdict): boolean {
  return verdict !== 'match' && verdict !== 'none';
}

/**
 * How many findings verdict counts hold.
 *
 * @example
 * findingCount({ match: 3, mismatch: 2, implied: 1, none: 4, … }) // 3
 */
export function findingCount(counts: VerdictCounts): number {
  return VERDICTS.filter(isFinding).reduce((sum, v) => sum + counts[v], 0);
}

/**
 * A finding's current status: its latest decision's, else `unreviewed`.
 *
 * @example
 * currentStatus(undefined) // 'unreviewed'
 */
export function currentStatus(decision: Decision | undefined): DecisionStatus {
  return decision?.status ?? 'unreviewed';
}

/**
 * How many findings are still open (not reviewed): the findings less those decided.
 *
 * @example
 * openFindings(12, 5) // 7
 */
export function openFindings(findings: number, decided: number): number {
  return Math.max(0, findings - decided);
}

/*
 * Grammar of a claim's key: tableId ":" line, where tableId has no ":" and line is digits.
 * Example: "bang-2-2009-2022:14" → table "bang-2-2009-2022", line 14.
 */
const CLAIM_KEY = /^([^:]+):(\d{1,9})$/;

/**
 * The table and file line a claim key names, or null.
 *
 * @example
 * readClaimKey('bang-2:14') // { tableId: 'bang-2', line: 14 }
 * readClaimKey('x') // null
 */
export function readClaimKey(key: string): { readonly tableId: string; readonly line: number } | null {
  const match = CLAIM_KEY.exec(key);
  if (!match?.[1] || match[2] === undefined) return null;
  return { tableId: match[1], line: Number(match[2]) };
}
