import { describe, expect, it } from 'vitest';
import { checkProse } from '../extract/check-prose';
import { displayProse } from '../extract/text/display-prose';
import { compareVersions } from './compare-versions';
import { toDocumentResult } from './document-result';
import type { DocumentCheckResult } from './types';

// Figures in the style of the Cao Bằng 2022 report (data/), sentences in our own words.
const INVESTMENT = 'Năm 2015 vốn đầu tư đạt 7.600 tỷ đồng. Năm 2022 vốn đầu tư đạt 10.607 tỷ đồng, tăng 39,6% so với năm 2015.';
const BUDGET_WRONG = 'Năm 2015 thu ngân sách đạt 1.042,5 tỷ đồng. Năm 2020 thu ngân sách đạt 1.563,7 tỷ đồng, tăng 60% so với năm 2015.';
const BUDGET_FIXED = BUDGET_WRONG.replace('tăng 60%', 'tăng 50%');
const FIRMS_WRONG = 'Năm 2018 số doanh nghiệp đạt 1.000 doanh nghiệp. Năm 2022 số doanh nghiệp đạt 1.500 doanh nghiệp, tăng 40% so với năm 2018.';

function version(...paragraphs: string[]): DocumentCheckResult {
  const report = checkProse(paragraphs.join('\n\n'));
  return toDocumentResult({ ...report, tables: [], display: displayProse(report.text, report.claims), pageBreaks: [], sources: [] });
}

const states = (earlier: DocumentCheckResult, later: DocumentCheckResult) =>
  compareVersions(earlier, later).entries.map((e) => [e.state, e.before?.indicator ?? e.after?.indicator, e.figureChanged]);

describe('compareVersions', () => {
  it('one fix, one planted error: one fixed, the rest unchanged, one new', () => {
    const v1 = version(INVESTMENT, BUDGET_WRONG);
    const v2 = version(INVESTMENT, BUDGET_FIXED, FIRMS_WRONG);
    expect(states(v1, v2)).toEqual([
      ['unchanged', 'vốn đầu tư', false],
      ['fixed', 'thu ngân sách', true],
      ['new', 'số doanh nghiệp', false],
    ]);
    expect(compareVersions(v1, v2).counts).toEqual({ fixed: 1, unchanged: 1, new: 1 });
  });

  it('matches by what a finding says, not where it is: moved paragraphs stay unchanged', () => {
    expect(states(version(INVESTMENT, BUDGET_WRONG), version(BUDGET_WRONG, INVESTMENT))).toEqual([
      ['unchanged', 'thu ngân sách', false],
      ['unchanged', 'vốn đầu tư', false],
    ]);
  });

  it('gives the same ids to the same findings when checked again', () => {
    expect(version(INVESTMENT, BUDGET_WRONG).claims.map((c) => c.id)).toEqual(version(INVESTMENT, BUDGET_WRONG).claims.map((c) => c.id));
  });
});

describe('edge cases', () => {
  it('a wrong finding that is gone is fixed', () => {
    expect(states(version(INVESTMENT, BUDGET_WRONG), version(INVESTMENT))).toEqual([
      ['unchanged', 'vốn đầu tư', false],
      ['fixed', 'thu ngân sách', false],
    ]);
  });

  it('twice the same claim: the same figure pairs first, then the rest in order of appearance', () => {
    const v1 = version(BUDGET_WRONG, BUDGET_WRONG);
    const v2 = version(BUDGET_FIXED, BUDGET_WRONG);
    const compared = compareVersions(v1, v2).entries;
    expect(compared.map((e) => [e.state, e.figureChanged])).toEqual([
      ['fixed', true],
      ['unchanged', false],
    ]);
    expect(compared.map((e) => e.before?.id)).toEqual([v1.claims.at(-1)?.id, v1.claims.find((c) => c.verdict !== 'none')?.id]);
  });

  it('a consistency check keeps its message in both languages, so each page shows its own', () => {
    // Shares in the pattern of a provincial report (a 2022 list that misses 100), our own words and figures.
    const shares =
      'Cơ cấu kinh tế chuyển dịch: tỷ trọng khu vực nông, lâm nghiệp và thủy sản giảm từ 30,0% năm 2015 xuống 20,0% năm 2022; khu vực công nghiệp và xây dựng tăng từ 30,0% lên 35,0%; khu vực dịch vụ tăng từ 40,0% lên 40,5%.';
    const entry = compareVersions(version(INVESTMENT), version(INVESTMENT, shares)).entries.find((e) => e.after?.source === 'check');
    expect(entry?.state).toBe('new');
    expect(entry?.after?.message?.vi).toContain('95,5%');
    expect(entry?.after?.message?.en).toContain('not 100%');
    expect(entry?.after?.text).toBe(entry?.after?.message?.vi);
  });

  it('identical versions are all unchanged', () => {
    const v = version(INVESTMENT, BUDGET_WRONG);
    expect(compareVersions(v, v).counts).toEqual({ fixed: 0, unchanged: 2, new: 0 });
  });
});
