import { findReference, type MatchQuestion, type ReferenceHit } from '../../verify/reference-lookup';
import { isProvisional } from '../../verify/reference-status';
import type { MatchRules, PeriodKey } from '../../verify/reference-types';
import type { KnownSource } from '../finding/known-values';
import { averageSpan, inputFor } from '../finding/link-claims';
import { isGrowthRateName } from '../finding/growth-rate-name';
import type { Basis, ResolvedClaim } from '../finding/resolve-claims';
import { claimContext, type ClaimContext } from './claim-context';
import { referenceBasis } from './reference-basis';
import type { Period } from '../types';

/** A claim after the references were asked for the values its text does not print. */
export interface ReferenceResolved {
  readonly resolved: ResolvedClaim;
  /** A question when the indicator fits several reference series and nobody has answered. */
  readonly question: MatchQuestion | null;
  /** True when a value taken from a reference is preliminary or an estimate: a difference is a warning. */
  readonly provisional: boolean;
}

interface Needed {
  readonly from: number | null;
  readonly to: number | null;
  readonly period: PeriodKey;
  readonly span: Period | null;
}

/** The years (and period) a comparison or an average rate needs, or `null` for claims that compare nothing. */
function needed(resolved: ResolvedClaim, context: ClaimContext): Needed | null {
  const { claim } = resolved;
  if (claim.kind === 'average-annual') {
    const span = averageSpan(claim);
    return span === null || isGrowthRateName(claim.indicator) ? null : { from: span.from, to: span.to, period: '', span };
  }
  if (claim.kind !== 'comparison' && claim.kind !== 'index') return null;
  const to = resolved.to?.year ?? context.year;
  const base = claim.compareTo !== null && 'year' in claim.compareTo ? claim.compareTo.year : null;
  const from = base ?? (context.samePeriod && to !== null ? to - 1 : null);
  return { from, to, period: context.period, span: null };
}

function ask(sources: readonly KnownSource[], resolved: ResolvedClaim, context: ClaimContext, year: number | null, period: PeriodKey, unit: string | null, rules: MatchRules): ReferenceHit {
  const name = resolved.claim.indicator;
  if (year === null || name === null) return { kind: 'none' };
  return findReference(sources, { name, unit, priceBase: context.priceBase, year, period }, rules);
}

function resolveOne(resolved: ResolvedClaim, text: string, references: readonly KnownSource[], rules: MatchRules): ReferenceResolved {
  const plain: ReferenceResolved = { resolved, question: null, provisional: false };
  const { claim } = resolved;
  if (resolved.input === null || resolved.loose === true || claim.endpoints !== null || claim.indicator === null) return plain;
  if (resolved.from !== null && resolved.to !== null) return plain;
  const context = claimContext(claim, text);
  const years = needed(resolved, context);
  if (years === null) return plain;
  let provisional = false;
  const take = (hit: ReferenceHit): Basis | null | MatchQuestion => {
    if (hit.kind === 'ambiguous') return hit.question;
    if (hit.kind !== 'found') return null;
    if (hit.value.status !== undefined && isProvisional(hit.value.status)) provisional = true;
    return referenceBasis(hit.source, hit.value);
  };
  const isQuestion = (x: Basis | MatchQuestion | null): x is MatchQuestion => x !== null && 'candidates' in x;
  const toHit = resolved.to ?? take(ask(references, resolved, context, years.to, years.period, resolved.from?.unit ?? null, rules));
  if (isQuestion(toHit)) return { ...plain, question: toHit };
  const fromHit = resolved.from ?? take(ask(references, resolved, context, years.from, years.period, toHit?.unit ?? null, rules));
  if (isQuestion(fromHit)) return { ...plain, question: fromHit };
  if (fromHit === resolved.from && toHit === resolved.to) return plain;
  const input = inputFor(claim, fromHit, toHit, years.span);
  return { resolved: { claim, from: fromHit, to: toHit, input }, question: null, provisional };
}

/**
 * Takes the values a claim's text does not print from the reference series (verification.md §6): the base of
 * `tăng 7,3% so với năm 2019`, the same period a year earlier for `so với cùng kỳ`, both ends of an average
 * rate. A value the text (or a non-reference dataset) gave is never replaced. An indicator that fits several
 * reference series gets a question and keeps its values.
 *
 * @example
 * resolveFromReferences(resolveClaims(extractClaims(t)), t, [yearbook], NO_RULES)[0]?.resolved.from?.origin; // 'reference'
 */
export function resolveFromReferences(
  resolved: readonly ResolvedClaim[],
  text: string,
  references: readonly KnownSource[],
  rules: MatchRules,
): ReferenceResolved[] {
  if (references.length === 0) return resolved.map((r) => ({ resolved: r, question: null, provisional: false }));
  return resolved.map((r) => resolveOne(r, text, references, rules));
}
