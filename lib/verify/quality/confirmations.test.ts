import { describe, expect, it } from 'vitest';
import type { Claim } from '../../claims/types';
import { buildReviewedDataset } from '../../dataset/build-dataset';
import { checkFiles } from '../check-files';
import type { RowResult } from '../result';
import { comparisonConfirmations } from './confirmations';

/*
 * Figures from Nghệ An's statistical yearbook 2020, telephone subscribers (total, mobile, fixed), 2015–2020, with the
 * yearbook's index block (previous year = 100). Fixed lines fell from 723.244 (2015) to 60.864 (2016): a real drop,
 * which the printed index 8,42 and the 2015 total 1.778.489 = 1.055.245 + 723.244 both confirm.
 */
const TITLE = 'Số thuê bao điện thoại;;;';
const HEADER = ';Tổng số - Total;Di động - Mobi-phone;Cố định - Telephone';
const VALUES = [
  'Thuê bao - Subcribers;;;',
  '2015;1.778.489;1.055.245;723.244',
  '2016;2.547.107;2.486.243;60.864',
  '2017;2.671.489;2.607.016;64.473',
  '2018;2.504.854;2.447.373;57.481',
  '2019;2.878.034;2.821.873;56.161',
];
const INDEX = [
  'Chỉ số phát triển (Năm trước = 100) - % - Index (Previous year = 100) - %;;;',
  '2016;143,22;235,61;8,42',
  '2017;104,88;104,86;105,93',
  '2018;93,76;93,88;89,16',
  '2019;114,90;115,30;97,70',
];
/** The table without its total column: the parts only. */
const withoutTotal = (lines: readonly string[]): string[] => lines.map((l) => l.split(';').filter((_c, i) => i !== 1).join(';'));

function slipsOf(lines: readonly string[]): string[] {
  const out = checkFiles([{ name: 'thue-bao.csv', bytes: lines.join('\n') }]);
  if (!out.ok) throw new Error(out.error.code);
  const { quality } = buildReviewedDataset('t', { id: 't', title: 'T', issuer: '', date: '', sections: [] }, out.tables, out.series);
  return quality.filter((w) => w.code === 'scale-slip').map((w) => `${w.indicatorIds.join('+')}@${w.years.join('-')}`);
}

describe('a value the table itself confirms is no slip', () => {
  it.each([
    ['values, total and index block (the yearbook as printed)', [TITLE, HEADER, ...VALUES, ...INDEX]],
    ['values and total only: 2015 closes the total', [TITLE, HEADER, ...VALUES]],
    ['parts and index only: the 2016 index 8,42 matched 723.244', withoutTotal([TITLE, HEADER, ...VALUES, ...INDEX])],
  ])('%s', (_name, lines) => {
    expect(slipsOf(lines)).toEqual([]);
  });
});

describe('edge cases', () => {
  it.each([
    // Nothing vouches for 723.244: the slip is still said.
    ['parts only, no index', withoutTotal([TITLE, HEADER, ...VALUES])],
    // An index of 84,15 fits the slip's likely 72.324,4, not 723.244: a mismatch confirms nothing.
    ['an index that does not match', withoutTotal([TITLE, HEADER, ...VALUES, INDEX[0] ?? '', '2016;143,22;235,61;84,15', ...INDEX.slice(2)])],
    // 1.055.245 + 723.244 ≠ 1.878.489: a total that does not add up confirms nothing.
    ['a total that does not add up', [TITLE, HEADER, VALUES[0] ?? '', '2015;1.878.489;1.055.245;723.244', ...VALUES.slice(2)]],
  ])('%s: the slip stays', (_name, lines) => {
    expect(slipsOf(lines)).toEqual(['co-dinh-telephone@2015']);
  });

  const claim = (kind: Claim['kind'], qualifier: Claim['qualifier'] = null): Claim => ({
    ok: true, kind, direction: null, figure: { value: 8.42, decimals: 2 }, unitSign: null, unitWord: null, qualifier, qualifierWord: null,
    planVerb: null, fromTo: null, text: '8,42',
  });
  const result = (verdict: RowResult['verdict'], parsed: Claim | null): Pick<RowResult, 'verdict' | 'parsed' | 'from' | 'to'> => ({
    verdict, parsed, from: { year: 2015, value: 723244 }, to: { year: 2016, value: 60864 },
  });
  it.each([
    ['a matched index', result('match', claim('index')), 2],
    ['a truncated match', result('match_truncated', claim('ratio')), 2],
    ['"khoảng" keeps its figure', result('match', claim('percent', 'about')), 2],
    ['a mismatch', result('mismatch', claim('index')), 0],
    ['a bound ("hơn")', result('match', claim('ratio', 'lower')), 0],
    ['a direction only', result('match', { ...claim('direction'), figure: null }), 0],
    ['a plan claim', result('match', claim('plan')), 0],
    ['a match read as points', result('match_points', claim('percent')), 0],
  ])('comparisonConfirmations: %s', (_name, r, n) => {
    expect(comparisonConfirmations([r], () => 'co-dinh')).toHaveLength(n);
  });
});
