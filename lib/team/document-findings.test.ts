import { describe, expect, it } from 'vitest';
import { toDocumentResult } from '../documents/document-result';
import { checkProse } from '../extract/check-prose';
import { displayProse } from '../extract/text/display-prose';
import { documentFindings } from './document-findings';

// Figures in the style of the Cao Bằng 2022 report (data/), sentences in our own words.
const INVESTMENT = 'Năm 2015 vốn đầu tư đạt 7.600 tỷ đồng. Năm 2022 vốn đầu tư đạt 10.607 tỷ đồng, tăng 39,6% so với năm 2015.';
const BUDGET_WRONG = 'Năm 2015 thu ngân sách đạt 1.042,5 tỷ đồng. Năm 2020 thu ngân sách đạt 1.563,7 tỷ đồng, tăng 60% so với năm 2015.';
// The 2022 economic structure of the Cao Bằng report (data/so-sanh-2015-2022.csv): the three sectors leave out taxes.
const STRUCTURE = 'Năm 2022 cơ cấu kinh tế: công nghiệp, xây dựng chiếm 20,76%; dịch vụ chiếm 53,75%; nông, lâm, ngư nghiệp chiếm 21,74%.';

function stored(...paragraphs: string[]) {
  const report = checkProse(paragraphs.join('\n\n'));
  return { ...toDocumentResult({ ...report, tables: [], display: displayProse(report.text, report.claims), pageBreaks: [], sources: [] }), text: report.text };
}

describe('documentFindings', () => {
  it.each([
    ['a match is no finding', [INVESTMENT], []],
    ['a wrong claim is one, on its own line, with what should be printed', [INVESTMENT, BUDGET_WRONG], [['claim', 'thu ngân sách', 3, "tăng 50%"]]],
  ])('%s', (_label, paragraphs, expected) => {
    const found = documentFindings(stored(...paragraphs)).map((f) => [f.source, f.indicator, f.line, f.expected]);
    expect(found).toEqual(expected);
  });

  it('a wrong claim gives the printed words, the values compared and the arithmetic in both languages', () => {
    const [finding] = documentFindings(stored(BUDGET_WRONG));
    expect(finding?.printed).toBe('tăng 60% so với năm 2015');
    expect(finding?.values).toBe('2015: 1.042,5 → 2020: 1.563,7');
    expect(finding?.message.vi).toContain('1.563,7 / 1.042,5 − 1 = 50,00%');
    expect(finding?.message.en).not.toBe(finding?.message.vi);
    expect(finding?.page).toBeNull();
  });

  describe('edge cases', () => {
    it('an empty text has no findings', () => {
      expect(documentFindings(stored(''))).toEqual([]);
    });
    it('a consistency check is a finding with its name, severity and the figures it read', () => {
      const checks = documentFindings(stored(STRUCTURE)).filter((f) => f.source === 'check');
      expect(checks.map((c) => [c.severity, c.checkName?.vi])).toEqual([['warning', 'Tỷ trọng không cộng đủ 100%']]);
      for (const check of checks) {
        expect(check.verdict).toBeNull();
        expect(check.severity).not.toBeNull();
        expect(check.checkName?.vi).toBeTruthy();
        expect(check.printed).not.toBe('');
        expect(check.line).toBe(1);
      }
    });
  });
});
