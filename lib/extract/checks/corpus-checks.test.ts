import { describe, expect, it } from 'vitest';
import { PROSE_CASES, TRAP_CASES, type ExpectedFinding } from '../../corpus';
import { checkConsistency } from './check-consistency';
import type { ConsistencyFinding } from './consistency-types';
import { extractClaims } from '../finding/extract-claims';

/*
 * The consistency checks on the issue-12 corpus (lib/corpus: sentences in our own words with the real figures of
 * published documents, plus planted inconsistencies and false-alarm traps). Every inconsistency the corpus expects
 * from a check must be found at its severity, naming one of its places, and no check may report anything else.
 * Claim verdicts (a `mismatch` the corpus expects of a single claim) are the claim reader's and verifier's, not
 * these checks', and are scored by `npx tsx scripts/corpus-report.ts`.
 */

interface Place {
  readonly start: number;
  readonly end: number;
}

function placesOf(finding: ConsistencyFinding, claims: readonly { start: number; end: number }[]): Place[] {
  return [...finding.claims.map((i) => claims[i]).filter((c) => c !== undefined), ...finding.places];
}

function names(text: string, expected: ExpectedFinding, places: readonly Place[]): boolean {
  return expected.spans.some((span) => {
    const start = text.indexOf(span.normalize('NFC'));
    return start >= 0 && places.some((p) => p.start < start + span.length && start < p.end);
  });
}

function run(raw: string) {
  const text = raw.normalize('NFC');
  const claims = extractClaims(text);
  return { text, claims, findings: checkConsistency(claims, [], text).findings };
}

const WITH_FINDINGS = PROSE_CASES.filter((c) => c.findings.length > 0);

describe('consistency checks on the corpus', () => {
  it.each(WITH_FINDINGS.map((c) => [c.id, c] as const))('%s: every expected inconsistency at its severity', (_id, c) => {
    const { text, claims, findings } = run(c.text);
    for (const expected of c.findings) {
      const hit = findings.find((f) => f.severity === expected.severity && names(text, expected, placesOf(f, claims)));
      expect(hit, `${expected.situation}: ${expected.why}`).toBeDefined();
    }
  });

  it.each(PROSE_CASES.map((c) => [c.id, c] as const))('%s: nothing the case does not expect', (_id, c) => {
    const { text, claims, findings } = run(c.text);
    const unexpected = findings.filter((f) => !c.findings.some((e) => names(text, e, placesOf(f, claims))));
    expect(unexpected.map((f) => f.message.vi)).toEqual([]);
  });

  it.each(TRAP_CASES.map((t) => [t.id, t.text] as const))('trap %s: no finding at all', (_id, raw) => {
    expect(run(raw).findings.map((f) => f.message.vi)).toEqual([]);
  });
});
