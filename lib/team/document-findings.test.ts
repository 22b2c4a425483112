import { describe, expect, it } from 'vitest';
import { toDocumentResult } from '../documents/document-result';
import { checkProse } from '../extract/check-prose';
import { displayProse } from '../extract/text/display-prose';
import { documentFindings, documentFindingTotal, latestOpenTotal } from './document-findings';
import { documentSheetEntry, findingLocation } from './document-sheet-entry';
import type { Decision } from './types';
import { VERDICTS, type Verdict } from '../verify/types';

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

describe('open counts', () => {
  it.each([
    ['one document in two versions counts its latest only', [{ id: 'a1', seriesId: 'a1', version: 1 }, { id: 'a2', seriesId: 'a1', version: 2 }], { open: 1, documents: 1 }],
    ['two documents add up', [{ id: 'a1', seriesId: 'a1', version: 1 }, { id: 'b1', seriesId: 'b1', version: 1 }], { open: 5, documents: 2 }],
    ['a document without a count is 0', [{ id: 'c1', seriesId: 'c1', version: 1 }], { open: 0, documents: 1 }],
  ])('%s', (_label, items, expected) => {
    expect(latestOpenTotal(items, { a1: { open: 3, total: 3 }, a2: { open: 1, total: 2 }, b1: { open: 2, total: 4 } })).toEqual(expected);
  });

  it('a summary\'s findings are its claims and rows not a match, and its checks', () => {
    const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
    Object.assign(counts, { match: 3, mismatch: 2, wrong_direction: 1, none: 4 });
    expect(documentFindingTotal({ counts, checkCount: 1 })).toBe(4);
    expect(documentFindingTotal({ counts: { ...counts, mismatch: 0, wrong_direction: 0 }, checkCount: 0 })).toBe(0);
  });

  describe('edge cases', () => {
    it('no documents, nothing open', () => {
      expect(latestOpenTotal([], {})).toEqual({ open: 0, documents: 0 });
    });
  });
});

describe('the sheet entry of a document finding', () => {
  const decision: Decision = { id: 1, subject: { kind: 'document', id: 'd' }, target: 'x', status: 'confirmed', comment: 'in sai', userName: 'lan', decidedAt: '2026-12-04T03:00:00.000Z' };

  it.each([
    [{ source: 'claim', page: null, line: 3, table: null }, 'dòng 3'],
    [{ source: 'claim', page: 2, line: 40, table: null }, 'trang 2, dòng 40 của văn bản'],
    [{ source: 'row', page: null, line: 4, table: 1 }, 'bảng 1, dòng 4'],
    [{ source: 'row', page: 2, line: 4, table: 1 }, 'trang 2, bảng 1, dòng 4'],
    [{ source: 'check', page: null, line: 7, table: null }, 'dòng 7'],
  ] as const)('%o is at %s', (finding, text) => {
    expect(findingLocation(finding)).toBe(text);
  });

  it('gives the printed words, the values, the arithmetic, the suggestion and the comment', () => {
    const [finding] = documentFindings(stored(INVESTMENT, BUDGET_WRONG));
    if (!finding) throw new Error('no finding');
    expect(documentSheetEntry(finding, decision)).toEqual({
      location: 'dòng 3',
      printed: 'thu ngân sách: 2015: 1.042,5 → 2020: 1.563,7',
      claim: 'tăng 60% so với năm 2015',
      recomputed: finding.message.vi,
      suggested: 'tăng 50%',
      comment: 'in sai',
      reviewer: 'lan',
    });
  });

  describe('edge cases', () => {
    it('an empty comment and an unknown suggestion are dashes', () => {
      const [check] = documentFindings(stored(STRUCTURE));
      if (!check) throw new Error('no check');
      const entry = documentSheetEntry(check, { ...decision, comment: '' });
      expect([entry.suggested, entry.comment]).toEqual(['—', '—']);
      expect(entry.printed).toContain('Tỷ trọng không cộng đủ 100%');
    });
  });
});
