import { describe, expect, it } from 'vitest';
import { DIRECTION_CLAIM, FIGURE_CLAIM, FROM_TO_CLAIM, HAS_DIGIT, PLAN_CLAIM } from './claim-grammar';

describe('FIGURE_CLAIM captures the parts of a folded claim', () => {
  it.each<[string, Record<string, string>]>([
    ['tang 3,8 lan', { verb: 'tang', num: '3,8', lan: 'lan' }],
    ['binh quan tang tren 10%/nam so voi 2015', { avg0: 'binh quan', verb: 'tang', q1: 'tren', num: '10', sign: '%', per: '/nam' }],
    ['tang gap gan 1.042.100 lan', { verb: 'tang', gap: 'gap', q2: 'gan', num: '1.042.100', lan: 'lan' }],
    ['giam 1,2 diem phan tram', { verb: 'giam', num: '1,2', diem: 'diem', diemWords: 'phan tram' }],
    ['tang 785 doanh nghiep so voi nam 2015', { verb: 'tang', num: '785', words: 'doanh nghiep' }],
    ['moi nam tang 7% ', { each: 'moi', verb: 'tang', num: '7', sign: '%' }],
  ])('%j', (folded, expected) => {
    const groups = FIGURE_CLAIM.exec(folded)?.groups ?? {};
    const defined = Object.fromEntries(Object.entries(groups).filter(([, v]) => v !== undefined));
    expect(defined).toEqual(expected);
  });
});

describe('edge cases', () => {
  it.each(['tang manh', 'tang 10%/thang', 'tang 3,8,5 lan', 'tang 5%x', 'tang lan'])(
    'FIGURE_CLAIM rejects %j',
    (folded) => {
      expect(FIGURE_CLAIM.test(folded)).toBe(false);
    },
  );

  it.each<[RegExp, string, boolean]>([
    [FROM_TO_CLAIM, 'tang tu 17,89% (nam 2015) len 20,76% (nam 2022)', true],
    [FROM_TO_CLAIM, 'tu 10,6 trieu dong len 39,8 trieu dong', true],
    [FROM_TO_CLAIM, 'tang tu 10%', false],
    [PLAN_CLAIM, 'bang 85,1% so voi ke hoach', true],
    [PLAN_CLAIM, 'dat 100% kho', false],
    [DIRECTION_CLAIM, 'giam so voi nam 2015', true],
    [DIRECTION_CLAIM, 'tang manh', false],
    [HAS_DIGIT, 'tang', false],
  ])('%s on %j → %s', (re, folded, expected) => {
    expect(re.test(folded)).toBe(expected);
  });
});
