import { describe, expect, it } from 'vitest';
import { PROSE_CASES } from '../corpus';
import { checkProse, type ProseClaimResult } from './check-prose';

/*
 * The part of the year each corpus claim speaks of (lib/corpus: our sentences with the real figures of GSO releases
 * and provincial reports): the engine's `period` must be the one the case names (`Q3/2023` → Q3, `9T/2023` → L9,
 * `T9/2023` → T9, `2023` → the whole year). Quarter one is written L3 and twelve months are the whole year, as
 * reference-types.ts keys them.
 */

// Grammar: label := ( "Q" digit | "T" digit+ | digit+ "T" ) "/" YEAR | YEAR ( "-" YEAR )?
// Example: "Q1/2023" → L3, "T9/2023" → T9, "6T/2022" → L6, "2016-2020" → the whole year.
const PART_LABEL = /^(?:Q(?<q>[1-4])|T(?<t>\d{1,2})|(?<l>\d{1,2})T)\//u;

function partOfLabel(label: string): string {
  const g = PART_LABEL.exec(label)?.groups;
  if (g === undefined) return '';
  if (g['q'] !== undefined) return g['q'] === '1' ? 'L3' : `Q${g['q']}`;
  if (g['t'] !== undefined) return g['t'] === '1' ? 'L1' : `T${g['t']}`;
  return g['l'] === '12' ? '' : `L${g['l']}`;
}

/**
 * Cases whose part of the year the sentence does not say where the claim is read: it is named in another sentence
 * of the document ("So với cùng kỳ năm 2021, thu nhập tăng 30,1%" after a sentence on quý III), only after the claim
 * ("Mức tăng 4,24% của 9 tháng năm 2023"), or in words that also write a duration ("tăng thêm 9 tháng,").
 */
const NAMED_ELSEWHERE = new Set([
  'gso23q3-respectively-years',
  'gso23q3-contributions',
  'gso23q3-services',
  'gso05h1-earlier-years',
  'gso05h1-same-period-brackets',
  'lfs22q3-income-interval',
  'thainguyen22h1-budget',
]);

function claimAt(claims: readonly ProseClaimResult[], text: string, span: string, kind: string): ProseClaimResult | undefined {
  const start = text.indexOf(span.normalize('NFC'));
  const over = claims.filter((c) => c.start < start + span.length && start < c.end);
  return over.find((c) => c.kind === kind) ?? over[0];
}

const READ_HERE = PROSE_CASES.filter((c) => !NAMED_ELSEWHERE.has(c.id));

describe('the part of the year of corpus claims', () => {
  it.each(READ_HERE.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const text = c.text.normalize('NFC');
    const { claims } = checkProse(text);
    for (const expected of c.claims) {
      const claim = claimAt(claims, text, expected.span, expected.kind);
      if (claim === undefined) continue; // a claim the reader misses is scored by scripts/corpus-report.ts
      expect(claim.period, `${expected.span} (${expected.period})`).toBe(partOfLabel(expected.period));
    }
  });

  it('the cases read here name parts of a year, not only whole years', () => {
    const parts = READ_HERE.flatMap((c) => c.claims.map((e) => partOfLabel(e.period))).filter((p) => p !== '');
    expect(new Set(parts)).toEqual(new Set(['L1', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8', 'L9', 'L10', 'Q2', 'Q3', 'Q4', 'T2', 'T6', 'T7', 'T8', 'T9', 'T10']));
  });
});
