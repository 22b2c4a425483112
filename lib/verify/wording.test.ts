import { describe, expect, it } from 'vitest';
import type { ClaimKind } from '../claims/types';
import { makeClaim } from './test-claims';
import {
  claimSuffix,
  displayDecimals,
  formatValue,
  leadWord,
  phraseFigure,
  quoteClaimFigure,
  qualifierWord,
  resultSuffix,
} from './wording';

const worded = (kind: ClaimKind, claim = makeClaim('', kind, 'up', [1, 0])) => ({ kind, claim });

describe('phraseFigure', () => {
  it.each([
    ['ratio up', worded('ratio'), 3.113, 1, 'tăng 3,1 lần'],
    ['ratio without direction', worded('ratio', makeClaim('gấp 1,7 lần', 'ratio', null, [1.7, 1])), 2.5, 1, 'gấp 2,5 lần'],
    ['ratio-down', worded('ratio-down', makeClaim('giảm 2 lần', 'ratio-down', 'down', [2, 0])), 4, 0, 'giảm 4 lần'],
    ['ratio-minus-one', worded('ratio-minus-one'), 2, 0, 'tăng thêm 2 lần'],
    ['percent', worded('percent', makeClaim('tăng 186,3%', 'percent', 'up', [186.3, 1], { unitSign: '%' })), 186.3727, 1, 'tăng 186,4%'],
    ['per mille', worded('percent', makeClaim('giảm 0,4‰', 'percent', 'down', [0.4, 1], { unitSign: '‰' })), 571.43, 1, 'giảm 571,4‰'],
    ['points', worded('points', makeClaim('tăng 6 điểm %', 'points', 'up', [6, 0], { unitSign: '%' })), 6.04, 0, 'tăng 6 điểm phần trăm'],
    ['absolute with a unit word', worded('absolute', makeClaim('giảm 800 doanh nghiệp', 'absolute', 'down', [800, 0], { unitWord: 'doanh nghiệp' })), 785, 0, 'giảm 785 doanh nghiệp'],
    ['average-annual', worded('average-annual', makeClaim('bình quân tăng trên 10%/năm', 'average-annual', 'up', [10, 0], { unitSign: '%' })), 4.8776, 0, 'tăng 5%/năm'],
    ['plan with đạt', worded('plan', makeClaim('đạt 110,6% kế hoạch', 'plan', null, [110.6, 1], { unitSign: '%' })), 110.6, 1, 'đạt 110,6% kế hoạch'],
    ['plan with bằng', worded('plan', makeClaim('bằng 104% kế hoạch', 'plan', null, [104, 0], { unitSign: '%', planVerb: 'bang' })), 110.6, 0, 'bằng 111% kế hoạch'],
  ])('%s', (_name, w, value, decimals, expected) => {
    expect(phraseFigure(w, value, decimals, 1, null, 'vi')).toBe(expected);
  });
});

describe('qualifierWord and quoteClaimFigure', () => {
  it.each([
    [makeClaim('bình quân tăng trên 10%/năm', 'average-annual', 'up', [10, 0], { unitSign: '%', qualifier: 'lower' }), 'trên', 'trên 10%/năm'],
    [makeClaim('tăng hơn 5 lần', 'ratio', 'up', [5, 0], { qualifier: 'lower', qualifierWord: 'hon' }), 'hơn', 'hơn 5 lần'],
    [makeClaim('tăng dưới 4 lần', 'ratio', 'up', [4, 0], { qualifier: 'upper' }), 'dưới', 'dưới 4 lần'],
    [makeClaim('tăng xấp xỉ 20%', 'percent', 'up', [20, 0], { unitSign: '%', qualifier: 'about', qualifierWord: 'xap-xi' }), 'xấp xỉ', 'xấp xỉ 20%'],
    [makeClaim('tăng gần 4,2 lần', 'ratio', 'up', [4.2, 1], { qualifier: 'about', qualifierWord: 'gan' }), 'gần', 'gần 4,2 lần'],
    [makeClaim('tăng chưa đến 5%', 'percent', 'up', [5, 0], { unitSign: '%', qualifier: 'upper', qualifierWord: 'chua-den' }), 'chưa đến', 'chưa đến 5%'],
    [makeClaim('tăng 3,8 lần', 'ratio', 'up', [3.8, 1]), null, '3,8 lần'],
  ])('%o', (claim, word, quote) => {
    expect(qualifierWord(claim, 'vi')).toBe(word);
    expect(quoteClaimFigure({ kind: claim.kind, claim }, 'vi')).toBe(quote);
  });
});

describe('edge cases', () => {
  it('quotes the qualifier word the claim printed, in English by its meaning', () => {
    const claim = makeClaim('tang hon 3 lan', 'ratio', 'up', [3, 0], { qualifier: 'lower', qualifierWord: 'hon' });
    expect(qualifierWord(claim, 'en')).toBe('more than');
    expect(quoteClaimFigure({ kind: 'ratio', claim }, 'en')).toBe('more than 3 times');
  });

  it('words a plan claim by the verb it printed, and "vượt" as the part over the plan', () => {
    const reached = makeClaim('bằng 104% dự toán', 'plan', null, [104, 0], { unitSign: '%', planVerb: 'bang' });
    expect(phraseFigure({ kind: 'plan', claim: reached }, 104, 0, 1, null, 'vi')).toBe('bằng 104% kế hoạch');
    expect(phraseFigure({ kind: 'plan', claim: reached }, 104, 0, 1, null, 'en')).toBe('equal to 104% of plan');
    const over = makeClaim('vượt 4% kế hoạch', 'plan-excess', null, [4, 0], { unitSign: '%' });
    expect(phraseFigure({ kind: 'plan-excess', claim: over }, 4.2, 0, 1, null, 'vi')).toBe('vượt 4% kế hoạch');
    expect(phraseFigure({ kind: 'plan-excess', claim: over }, 4.2, 0, 1, null, 'en')).toBe('over plan by 4%');
  });

  it('a ratio without direction has no lead word in English', () => {
    expect(phraseFigure(worded('ratio', makeClaim('gấp 1,7 lần', 'ratio', null, [1.7, 1])), 2.5, 1, 1, null, 'en')).toBe('2,5 times');
  });

  it('a percent claim without direction takes the direction of the change', () => {
    const w = worded('percent', makeClaim('20%', 'percent', null, [20, 0], { unitSign: '%' }));
    expect(leadWord(w, -1, 'vi')).toBe('giảm');
    expect(leadWord(w, 1, 'vi')).toBe('tăng');
    expect(leadWord(w, -1, 'en')).toBe('down');
  });

  it('result and claim suffixes differ only where the claim has words', () => {
    expect(resultSuffix(worded('ratio'), 'vi')).toBe('');
    expect(claimSuffix(worded('ratio'), 'vi')).toBe(' lần');
    expect(resultSuffix(worded('plan'), 'vi')).toBe('%');
    expect(claimSuffix(worded('plan'), 'vi')).toBe('% kế hoạch');
    expect(claimSuffix(worded('plan'), 'en')).toBe('% of plan');
    expect(resultSuffix(worded('points', makeClaim('', 'points', 'up', [1, 0], { unitSign: '‰' })), 'vi')).toBe(' điểm phần nghìn');
    expect(resultSuffix(worded('average-annual'), 'en')).toBe('%/year');
  });

  it('shows one decimal more than the claim, at least two', () => {
    expect(displayDecimals(0)).toBe(2);
    expect(displayDecimals(1)).toBe(2);
    expect(displayDecimals(2)).toBe(3);
  });

  it('formats values with their unit sign when the unit is % or ‰', () => {
    expect(formatValue(54.06, 2, '%')).toBe('54,06%');
    expect(formatValue(1042100, 0, null)).toBe('1.042.100');
  });
});
