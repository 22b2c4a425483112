import { VERDICTS, type Verdict } from '../verify/types';
import { checkConsistency } from './checks/check-consistency';
import type { ConsistencyExplanation, ConsistencyFinding, TextPlace } from './checks/consistency-types';
import { extractProse } from './finding/extract-claims';
import type { KnownSource } from './finding/known-values';
import { resolveClaims } from './finding/resolve-claims';
import type { MatchQuestion } from '../verify/reference-lookup';
import { NO_RULES, type MatchRules } from '../verify/reference-types';
import { claimContext } from './reference/claim-context';
import { checkReferenceLevels } from './reference/check-reference-levels';
import { resolveFromReferences } from './reference/resolve-reference';
import { sourcesForPlace, type SetAsideSource } from './reference/document-place';
import { proseClaimResult, type ProseClaimResult } from './prose-result';

export type { ProseClaimResult, ResultBasis } from './prose-result';

/** A consistency finding with every place it involves (its claims' and the figures it read itself) as spans, in text order. */
export interface ProseCheck extends ConsistencyFinding {
  /** Where each place involved sits (its claims' and the figures the check read itself); `page` for a text read from a PDF. */
  readonly spans: readonly (TextPlace & { readonly page?: number })[];
}

/** A figure group checked and found consistent (or not comparable), with its spans: shown under `--explain`. */
export interface ProseExplanation extends ConsistencyExplanation {
  readonly spans: readonly (TextPlace & { readonly page?: number })[];
}

export interface ProseReport {
  /** The text the offsets point into: the input, NFC-normalised. */
  readonly text: string;
  readonly claims: readonly ProseClaimResult[];
  readonly checks: readonly ProseCheck[];
  /** What the consistency checks examined and did not report, and why (CLI `--explain`). */
  readonly explanations: readonly ProseExplanation[];
  readonly counts: Readonly<Record<Verdict, number>>;
  /** Indicators that fit several reference series: the user's answer decides (never a verdict). */
  readonly questions: readonly MatchQuestion[];
  /** The sets of known values not used because they hold another place's figures (document-place.ts). */
  readonly setAside: readonly SetAsideSource[];
}

/**
 * Checks the numeric claims of a report text: extracts every claim, resolves the values each comparison needs
 * (the text first, then each known source in the order given), verifies them by the rules of spec §3, and runs
 * the consistency checks. The text is NFC-normalised first; every offset points into the `text` returned.
 *
 * @example
 * const report = checkProse('Năm 2015 vốn đầu tư đạt 7.600 tỷ đồng. Năm 2022 vốn đầu tư đạt 10.607 tỷ đồng, tăng 39,6% so với năm 2015.');
 * report.claims[2]?.verdict; // 'match'
 * report.claims[2]?.message; // '10.607 / 7.600 − 1 = 39,57% → làm tròn 39,6%'
 */
export function checkProse(raw: string, given: readonly KnownSource[] = [], rules: MatchRules = NO_RULES): ProseReport {
  const text = typeof raw === 'string' ? raw.normalize('NFC') : '';
  // The checks read the words around each claim in `joined`: the text with a PDF's wrapped lines joined, offset for offset.
  const { claims: extracted, joined } = extractProse(text);
  // One province's figures never check another's report, nor the whole country's.
  const { used: sources, setAside } = sourcesForPlace(joined, given);
  const known = sources.filter((s) => s.origin !== 'reference');
  const references = sources.filter((s) => s.origin === 'reference');
  const fromReferences = resolveFromReferences(resolveClaims(extracted, known), joined, references, rules);
  const levels = checkReferenceLevels(extracted, joined, references, rules);
  const claims = fromReferences.map((r, i) => {
    const question = r.question === null ? null : ({ kind: 'question', question: r.question } as const);
    const context = claimContext(r.resolved.claim, joined);
    return proseClaimResult(r.resolved, i, sources.length > 0, {
      reference: levels.checks[i] ?? question,
      provisional: r.provisional,
      period: context.period,
      priceBase: context.priceBase,
    });
  });
  const outcome = checkConsistency(extracted, known, joined);
  const spansOf = (item: { readonly claims: readonly number[]; readonly places: readonly TextPlace[] }): TextPlace[] =>
    [
      ...item.claims.map((i) => extracted[i]).filter((c) => c !== undefined).map((c) => ({ start: c.start, end: c.end })),
      ...item.places,
    ].sort((a, b) => a.start - b.start);
  const findings = [...outcome.findings, ...levels.findings];
  const checks: ProseCheck[] = findings.map((finding) => ({ ...finding, spans: spansOf(finding) }));
  const explanations: ProseExplanation[] = outcome.explanations.map((explanation) => ({ ...explanation, spans: spansOf(explanation) }));
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const c of claims) counts[c.verdict] += 1;
  const questions = new Map<string, MatchQuestion>();
  for (const c of claims) if (c.reference?.kind === 'question') questions.set(c.reference.question.printed, c.reference.question);
  return { text, claims, checks, explanations, counts, questions: [...questions.values()], setAside };
}

/**
 * Whether a checked text fails, as the `verify` exit status counts it: a claim is `mismatch` or
 * `wrong_direction`, or a consistency check of severity `error` failed.
 *
 * @example
 * proseFails(checkProse('Tỷ trọng dịch vụ tăng từ 54,06% (năm 2015) lên 53,75% (năm 2022).')); // true
 */
export function proseFails(report: {
  readonly claims: readonly { readonly verdict: Verdict; readonly provisional?: boolean }[];
  readonly checks: readonly ProseCheck[];
}): boolean {
  return (
    report.claims.some((c) => (c.verdict === 'mismatch' || c.verdict === 'wrong_direction') && c.provisional !== true) ||
    report.checks.some((c) => c.severity === 'error')
  );
}
