import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClaim } from '../claims/parse-claim';
import type { Claim, Direction, PlanVerb, Qualifier, QualifierWord } from '../claims/types';
import type { Measured, UnitSign } from '../numbers/types';
import { makeClaim, m } from './test-claims';
import { CLAIM_KINDS } from './kind-rules';
import { VERDICTS, type ClaimInput, type Verdict } from './types';
import { verifyClaim } from './verify-claim';

/** A claim of the grammar, read from its text (a test that gives unparsable text fails here). */
function parsed(text: string): Claim {
  const claim = parseClaim(text);
  if (!claim.ok) throw new Error(`not a claim: ${text}`);
  return claim;
}

interface Case {
  readonly name: string;
  readonly from: Measured | null;
  readonly to: Measured | null;
  readonly unit: string;
  readonly years: number | null;
  readonly claim: Claim;
  readonly verdict: Verdict;
  /** Expected point estimate (checked to 3 decimals). */
  readonly computed?: number;
  readonly expected?: string;
  readonly message?: string;
  /** The same message in English. */
  readonly messageEn?: string;
  /** Expected implied value and tolerance. */
  readonly implied?: { readonly side: 'from' | 'to'; readonly value: number; readonly within: number };
}

function check(row: Case): void {
  const result = verifyClaim({ from: row.from, to: row.to, unit: row.unit, years: row.years, claim: row.claim });
  expect(result.verdict).toBe(row.verdict);
  if (row.computed !== undefined) expect(result.computed).toBeCloseTo(row.computed, 3);
  if (row.expected !== undefined) expect(result.expected).toBe(row.expected);
  if (row.message !== undefined) expect(result.message.vi).toBe(row.message);
  if (row.messageEn !== undefined) expect(result.message.en).toBe(row.messageEn);
  if (row.implied !== undefined) {
    expect(result.implied?.side).toBe(row.implied.side);
    expect(Math.abs((result.implied?.value ?? NaN) - row.implied.value)).toBeLessThanOrEqual(row.implied.within);
  }
}

const ratioUp = (text: string, value: number, decimals: number): Claim =>
  makeClaim(text, 'ratio', 'up', [value, decimals]);

/** Seed table 1: 1991 → 2008. */
const seed1991: Case[] = [
  { name: 'grain, thousands reading', from: m(147210, 0), to: m(236625, 0), unit: 'Nghìn tấn', years: 17, claim: ratioUp('Tăng 1,6 lần', 1.6, 1), verdict: 'match', computed: 1.6074 },
  { name: 'grain, decimal reading', from: m(147.21, 3), to: m(236.625, 3), unit: 'Nghìn tấn', years: 17, claim: ratioUp('Tăng 1,6 lần', 1.6, 1), verdict: 'match', computed: 1.6074 },
  { name: 'income', from: m(95.8, 1), to: m(460, 0), unit: 'USD', years: 17, claim: ratioUp('Tăng 4,8 lần', 4.8, 1), verdict: 'match', computed: 4.8017 },
  { name: 'budget revenue', from: m(9.4, 1), to: m(361.828, 3), unit: 'Tỷ đồng', years: 17, claim: ratioUp('Tăng 38,5 lần', 38.5, 1), verdict: 'match', computed: 38.4923 },
  { name: 'industrial output', from: m(26.8, 1), to: m(482.32, 2), unit: 'Tỷ đồng', years: 17, claim: ratioUp('Tăng 18 lần', 18, 0), verdict: 'match', computed: 17.997 },
  { name: 'imports and exports', from: m(1.307, 3), to: m(133.6, 1), unit: 'Triệu USD', years: 17, claim: ratioUp('Tăng 102,2 lần', 102.2, 1), verdict: 'match', computed: 102.2188 },
  {
    name: 'birth-rate reduction, ‰ written as absolute',
    from: m(0.7, 1), to: m(0.3, 1), unit: '‰', years: 17,
    claim: makeClaim('Giảm 0,4‰', 'absolute', 'down', [0.4, 1], { unitSign: '‰' }),
    verdict: 'match_points', expected: 'giảm 0,4 điểm phần nghìn',
    message: "0,7‰ → 0,3‰ là giảm 0,4 điểm phần nghìn (tương đương giảm 57,1%); nên ghi 'giảm 0,4 điểm phần nghìn'",
  },
  {
    name: 'birth-rate reduction, ‰ written as percent kind',
    from: m(0.7, 1), to: m(0.3, 1), unit: '‰', years: 17,
    claim: makeClaim('Giảm 0,4‰', 'percent', 'down', [0.4, 1], { unitSign: '‰' }),
    verdict: 'match_points', computed: 571.4286, expected: 'giảm 0,4 điểm phần nghìn',
  },
  {
    name: 'poverty rate',
    from: m(62.4, 1), to: m(33.65, 2), unit: '%', years: 17,
    claim: makeClaim('Giảm 28,75%', 'percent', 'down', [28.75, 2], { unitSign: '%' }),
    verdict: 'match_points', computed: 46.0737, expected: 'giảm 28,75 điểm phần trăm',
    message: "62,4% → 33,65% là giảm 28,75 điểm phần trăm (tương đương giảm 46,1%); nên ghi 'giảm 28,75 điểm phần trăm'",
  },
];

/** Seed table 2: 2009 → 2022. */
const seed2009: Case[] = [
  { name: 'GDP per head', from: m(10.6, 1), to: m(39.8, 1), unit: 'Triệu đồng', years: 13, claim: ratioUp('Tăng 3,8 lần', 3.8, 1), verdict: 'match', computed: 3.7547, message: '39,8 / 10,6 = 3,75 → làm tròn 3,8', messageEn: '39,8 / 10,6 = 3,75 → rounds to 3,8' },
  { name: 'grain', from: m(228.59, 2), to: m(296.3, 1), unit: 'Nghìn tấn', years: 13, claim: ratioUp('Tăng 1,3 lần', 1.3, 1), verdict: 'match', computed: 1.2962 },
  { name: 'farm output per ha', from: m(18, 0), to: m(44, 0), unit: 'Triệu đồng/ha', years: 13, claim: ratioUp('Tăng 2,4 lần', 2.4, 1), verdict: 'match', computed: 2.4444 },
  { name: 'budget revenue', from: m(393.6, 1), to: m(3957.9, 1), unit: 'Tỷ đồng', years: 13, claim: ratioUp('Tăng 10,1 lần', 10.1, 1), verdict: 'match', computed: 10.0556 },
  { name: 'investment', from: m(3407, 0), to: m(10607, 0), unit: 'Tỷ đồng', years: 13, claim: ratioUp('Tăng 3,1 lần', 3.1, 1), verdict: 'match', computed: 3.1133 },
  { name: 'imports and exports', from: m(163.9, 1), to: m(845.5, 1), unit: 'Triệu USD', years: 13, claim: ratioUp('Tăng 5,2 lần', 5.2, 1), verdict: 'match', computed: 5.1586 },
  { name: 'forest cover', from: m(51, 0), to: m(57, 0), unit: '%', years: 13, claim: ratioUp('Tăng 1,1 lần', 1.1, 1), verdict: 'match', computed: 1.1176 },
  { name: 'clean water', from: m(78.2, 1), to: m(92, 0), unit: '%', years: 13, claim: ratioUp('Tăng 1,2 lần', 1.2, 1), verdict: 'match', computed: 1.1765 },
];

/** Figures from the prose, 2015 → 2022. */
const seedProse: Case[] = [
  {
    name: 'exports +51,8%', from: m(556.94, 2), to: m(845.5, 1), unit: 'Triệu USD', years: 7,
    claim: makeClaim('tăng 51,8%', 'percent', 'up', [51.8, 1], { unitSign: '%' }), verdict: 'match', computed: 51.8117,
  },
  {
    name: 'budget +186,3% (truncated)', from: m(1382.08, 2), to: m(3957.9, 1), unit: 'Tỷ đồng', years: 7,
    claim: makeClaim('tăng 186,3%', 'percent', 'up', [186.3, 1], { unitSign: '%' }),
    verdict: 'match_truncated', computed: 186.3727, expected: 'tăng 186,4%',
    message: '3.957,9 / 1.382,08 − 1 = 186,37% → làm tròn 186,4%, không phải 186,3% (số bị cắt bớt chữ số)',
  },
  {
    name: 'investment +39% (truncated)', from: m(7600, 0), to: m(10607, 0), unit: 'Tỷ đồng', years: 7,
    claim: makeClaim('tăng 39%', 'percent', 'up', [39, 0], { unitSign: '%' }),
    verdict: 'match_truncated', computed: 39.5658, expected: 'tăng 40%',
  },
  {
    name: 'investment, average above 10%/year', from: m(7600, 0), to: m(10607, 0), unit: 'Tỷ đồng', years: 7,
    claim: makeClaim('bình quân tăng trên 10%/năm', 'average-annual', 'up', [10, 0], { unitSign: '%', qualifier: 'lower' }),
    verdict: 'mismatch', computed: 4.8776, expected: 'tăng 5%/năm',
    message: "(10.607 / 7.600)^(1/7) − 1 = 4,88%/năm; không đạt 'trên 10%/năm'; nên ghi 'tăng 5%/năm'",
  },
  {
    name: 'services share said to rise', from: m(54.06, 2), to: m(53.75, 2), unit: '%', years: 7,
    claim: makeClaim('tăng từ 54,06% lên 53,75%', 'direction', 'up', null, { fromTo: { from: m(54.06, 2), to: m(53.75, 2) } }),
    verdict: 'wrong_direction', message: '54,06% → 53,75% là giảm, không phải tăng', messageEn: '54,06% → 53,75% is down, not up',
  },
  {
    name: 'tourism revenue +160%, base year missing', from: null, to: m(1042100, 0), unit: 'Triệu đồng', years: 7,
    claim: makeClaim('tăng 160%', 'percent', 'up', [160, 0], { unitSign: '%' }),
    verdict: 'implied', implied: { side: 'from', value: 400808, within: 1 },
    message: 'tăng 160% đến 1.042.100 ⇒ giá trị năm gốc khoảng 400.808',
    messageEn: 'up 160% to 1.042.100 ⇒ the base-year value about 400.808',
  },
  {
    name: 'ratio 4,8, base year missing', from: null, to: m(547.6, 1), unit: 'Tỷ đồng', years: 7,
    claim: ratioUp('tăng 4,8 lần', 4.8, 1),
    verdict: 'implied', implied: { side: 'from', value: 114.08, within: 0.01 },
    message: 'tăng 4,8 lần đến 547,6 ⇒ giá trị năm gốc khoảng 114,1',
  },
];

describe('verifyClaim on the seed document', () => {
  it.each(seed1991)('1991→2008 $name → $verdict', check);
  it.each(seed2009)('2009→2022 $name → $verdict', check);
  it.each(seedProse)('2015→2022 $name → $verdict', check);
});

const percent = (text: string, direction: Direction | null, value: number, decimals: number, sign: UnitSign = '%', qualifier: Qualifier | null = null): Claim =>
  makeClaim(text, 'percent', direction, [value, decimals], { unitSign: sign, qualifier });

describe('verifyClaim by kind', () => {
  const rows: Case[] = [
    { name: 'ratio-down match', from: m(10, 0), to: m(5, 0), unit: 'Người', years: 5, claim: makeClaim('giảm 2 lần', 'ratio-down', 'down', [2, 0]), verdict: 'match', computed: 2 },
    { name: 'ratio-down mismatch', from: m(100, 0), to: m(25, 0), unit: 'Người', years: 5, claim: makeClaim('giảm 2 lần', 'ratio-down', 'down', [2, 0]), verdict: 'mismatch', computed: 4, expected: 'giảm 4 lần' },
    { name: 'ratio-down but values rose', from: m(5, 0), to: m(10, 0), unit: 'Người', years: 5, claim: makeClaim('giảm 2 lần', 'ratio-down', 'down', [2, 0]), verdict: 'wrong_direction' },
    { name: 'ratio-minus-one match', from: m(10, 0), to: m(30, 0), unit: 'Tỷ đồng', years: 5, claim: makeClaim('tăng thêm 2 lần', 'ratio-minus-one', 'up', [2, 0]), verdict: 'match', computed: 2 },
    { name: 'ratio-minus-one mismatch', from: m(10.0, 1), to: m(30.0, 1), unit: 'Tỷ đồng', years: 5, claim: makeClaim('tăng thêm 3 lần', 'ratio-minus-one', 'up', [3, 0]), verdict: 'mismatch', expected: 'tăng thêm 2 lần' },
    { name: 'ratio without direction (gấp) below 1', from: m(10, 0), to: m(5, 0), unit: 'Người', years: 5, claim: makeClaim('gấp 0,5 lần', 'ratio', null, [0.5, 1]), verdict: 'match' },
    { name: 'ratio without direction mismatch says gấp', from: m(10.0, 1), to: m(25.0, 1), unit: 'Người', years: 5, claim: makeClaim('gấp 1,7 lần', 'ratio', null, [1.7, 1]), verdict: 'mismatch', expected: 'gấp 2,5 lần' },
    { name: 'percent down on a non-% unit', from: m(200, 0), to: m(150, 0), unit: 'Tỷ đồng', years: 5, claim: percent('giảm 25%', 'down', 25, 0), verdict: 'match', computed: 25 },
    { name: 'per-mille relative change on a count', from: m(10000, 0), to: m(10004, 0), unit: 'Người', years: 1, claim: percent('tăng 0,4‰', 'up', 0.4, 1, '‰'), verdict: 'match', computed: 0.4 },
    { name: 'percent on % values that matches relatively is match, not match_points', from: m(51, 0), to: m(57, 0), unit: '%', years: 13, claim: percent('tăng 11,8%', 'up', 11.8, 1), verdict: 'match' },
    { name: 'points claim on a % unit is not match_points when unit is money', from: m(62.4, 1), to: m(33.65, 2), unit: 'Tỷ đồng', years: 17, claim: percent('Giảm 28,75%', 'down', 28.75, 2), verdict: 'mismatch', expected: 'giảm 46,07%' },
    { name: 'match_points with the unit written as words', from: m(62.4, 1), to: m(33.65, 2), unit: 'Phần trăm', years: 17, claim: percent('Giảm 28,75%', 'down', 28.75, 2), verdict: 'match_points' },
    { name: 'points match', from: m(45.5, 1), to: m(51.5, 1), unit: '%', years: 5, claim: makeClaim('tăng 6 điểm phần trăm', 'points', 'up', [6, 0], { unitSign: '%' }), verdict: 'match', computed: 6 },
    { name: 'points mismatch', from: m(45.5, 1), to: m(51.5, 1), unit: '%', years: 5, claim: makeClaim('tăng 7 điểm phần trăm', 'points', 'up', [7, 0], { unitSign: '%' }), verdict: 'mismatch', expected: 'tăng 6 điểm phần trăm' },
    { name: 'absolute down match', from: m(1200, 0), to: m(415, 0), unit: 'Doanh nghiệp', years: 5, claim: makeClaim('giảm 785 doanh nghiệp', 'absolute', 'down', [785, 0], { unitWord: 'doanh nghiệp' }), verdict: 'match', computed: 785 },
    { name: 'absolute down mismatch', from: m(1200, 0), to: m(415, 0), unit: 'Doanh nghiệp', years: 5, claim: makeClaim('giảm 800 doanh nghiệp', 'absolute', 'down', [800, 0], { unitWord: 'doanh nghiệp' }), verdict: 'mismatch', expected: 'giảm 785 doanh nghiệp' },
    { name: 'absolute across zero', from: m(-5, 0), to: m(3, 0), unit: 'Tỷ đồng', years: 1, claim: makeClaim('tăng 8', 'absolute', 'up', [8, 0]), verdict: 'match', computed: 8 },
    { name: 'average-annual down match', from: m(1000, 0), to: m(700, 0), unit: 'Ha', years: 5, claim: makeClaim('bình quân giảm 6,9%/năm', 'average-annual', 'down', [6.9, 1], { unitSign: '%' }), verdict: 'match', computed: 6.885 },
    { name: 'average-annual down mismatch', from: m(1000, 0), to: m(700, 0), unit: 'Ha', years: 5, claim: makeClaim('bình quân giảm 5%/năm', 'average-annual', 'down', [5, 0], { unitSign: '%' }), verdict: 'mismatch', expected: 'giảm 7%/năm' },
    { name: 'average-annual up match', from: m(100, 0), to: m(121, 0), unit: 'Ha', years: 2, claim: makeClaim('bình quân tăng 10%/năm', 'average-annual', 'up', [10, 0], { unitSign: '%' }), verdict: 'match', computed: 10 },
    { name: 'plan match', from: m(1000, 0), to: m(1106, 0), unit: 'Tỷ đồng', years: null, claim: makeClaim('đạt 110,6% kế hoạch', 'plan', null, [110.6, 1], { unitSign: '%' }), verdict: 'match', computed: 110.6 },
    { name: 'plan mismatch keeps "bằng"', from: m(1000, 0), to: m(1106, 0), unit: 'Tỷ đồng', years: null, claim: makeClaim('bằng 104% kế hoạch', 'plan', null, [104, 0], { unitSign: '%', planVerb: 'bang' }), verdict: 'mismatch', expected: 'bằng 111% kế hoạch' },
    // "vượt N% kế hoạch" keeps the printed N: value / plan × 100 − 100.
    { name: 'plan excess matches as printed', from: m(1000, 0), to: m(1041, 0), unit: 'Tỷ đồng', years: null, claim: makeClaim('vượt 4% kế hoạch', 'plan-excess', null, [4, 0], { unitSign: '%' }), verdict: 'match', computed: 4.1, message: '1.041 / 1.000 − 1 = 4,10% → làm tròn 4%', messageEn: '1.041 / 1.000 − 1 = 4,10% → rounds to 4%' },
    { name: 'plan excess mismatch advises the excess', from: m(1000, 0), to: m(1106, 0), unit: 'Tỷ đồng', years: null, claim: makeClaim('vượt 4% kế hoạch', 'plan-excess', null, [4, 0], { unitSign: '%' }), verdict: 'mismatch', computed: 10.6, expected: 'vượt 11% kế hoạch', messageEn: "1.106 / 1.000 − 1 = 10,60% → rounds to 11%, not 4%; should read 'over plan by 11%'" },
    { name: 'direction-only rise', from: m(54.06, 2), to: m(56.1, 1), unit: '%', years: 7, claim: makeClaim('tăng', 'direction', 'up', null), verdict: 'match', computed: 2.04, message: '54,06% → 56,1% là tăng' },
    { name: 'direction-only fall said giảm', from: m(10, 0), to: m(8, 0), unit: 'Tỷ đồng', years: 7, claim: makeClaim('giảm', 'direction', 'down', null), verdict: 'match', message: '10 → 8 là giảm' },
    { name: 'direction-only rise said giảm', from: m(8, 0), to: m(10, 0), unit: 'Tỷ đồng', years: 7, claim: makeClaim('giảm', 'direction', 'down', null), verdict: 'wrong_direction', message: '8 → 10 là tăng, không phải giảm' },
    // A rate's yearly change (Cao Bằng report, seed: the poverty rate 62,4% in 1991 → 33,65% in 2008, 17 years).
    { name: 'average points a year match', from: m(62.4, 1), to: m(33.65, 2), unit: '%', years: 17, claim: parsed('bình quân mỗi năm giảm 1,69 điểm phần trăm'), verdict: 'match', computed: 1.6912, message: '(62,4 − 33,65) / 17 = 1,691 điểm phần trăm/năm → làm tròn 1,69 điểm phần trăm/năm' },
    { name: 'average points a year mismatch', from: m(62.4, 1), to: m(33.65, 2), unit: '%', years: 17, claim: parsed('bình quân mỗi năm giảm 1,96 điểm phần trăm'), verdict: 'mismatch', expected: 'giảm 1,69 điểm phần trăm/năm' },
    { name: 'average rate in % of a rate read as points a year', from: m(62.4, 1), to: m(33.65, 2), unit: '%', years: 17, claim: parsed('bình quân mỗi năm giảm 1,69%'), verdict: 'match_points', expected: 'giảm 1,69 điểm phần trăm/năm', message: "62,4% → 33,65% là giảm 1,69 điểm phần trăm/năm (tương đương giảm 3,57%/năm); nên ghi 'giảm 1,69 điểm phần trăm/năm'", messageEn: "62,4% → 33,65% is down 1,69 percentage points/year (equivalent to down 3,57%/year); should read 'down 1,69 percentage points/year'" },
    { name: 'average rate in % of a money series is never points', from: m(62.4, 1), to: m(33.65, 2), unit: 'Tỷ đồng', years: 17, claim: parsed('bình quân mỗi năm giảm 1,69%'), verdict: 'mismatch' },
    // Comparatives keep the document's word (Tây Ninh, 9 tháng 2023: 5,35% against the country's 4,24%).
    { name: 'comparative points mismatch advises in its word', from: m(4.24, 2), to: m(5.35, 2), unit: '%', years: null, claim: parsed('cao hơn 1,21 điểm phần trăm'), verdict: 'mismatch', expected: 'cao hơn 1,11 điểm phần trăm', messageEn: "5,35 − 4,24 = 1,110 percentage points → rounds to 1,11 percentage points, not 1,21 percentage points; should read 'higher by 1,11 percentage points'" },
    { name: 'direction-only comparative said the wrong way', from: m(4.24, 2), to: m(5.35, 2), unit: '%', years: null, claim: parsed('thấp hơn'), verdict: 'wrong_direction', message: '4,24% → 5,35% là cao hơn, không phải thấp hơn', messageEn: '4,24% → 5,35% is higher, not lower' },
    { name: 'direction-only comparative that holds', from: m(4.24, 2), to: m(5.35, 2), unit: '%', years: null, claim: parsed('cao hơn'), verdict: 'match', message: '4,24% → 5,35% là cao hơn' },
  ];
  it.each(rows)('$name → $verdict', check);
});

describe('verifyClaim implied values', () => {
  const rows: Case[] = [
    { name: 'percent up, later value missing', from: m(100, 0), to: null, unit: 'Tỷ đồng', years: 5, claim: percent('tăng 20%', 'up', 20, 0), verdict: 'implied', implied: { side: 'to', value: 120, within: 1e-9 }, message: 'tăng 20% từ 100 ⇒ giá trị năm sau khoảng 120' },
    { name: 'percent down, base missing', from: null, to: m(80, 0), unit: 'Tỷ đồng', years: 5, claim: percent('giảm 20%', 'down', 20, 0), verdict: 'implied', implied: { side: 'from', value: 100, within: 1e-9 } },
    { name: 'ratio up, later value missing', from: m(10.6, 1), to: null, unit: 'Tỷ đồng', years: 5, claim: ratioUp('tăng 3,8 lần', 3.8, 1), verdict: 'implied', implied: { side: 'to', value: 40.28, within: 1e-9 } },
    { name: 'absolute up, base missing', from: null, to: m(105, 0), unit: 'Người', years: 5, claim: makeClaim('tăng 5 người', 'absolute', 'up', [5, 0], { unitWord: 'người' }), verdict: 'implied', implied: { side: 'from', value: 100, within: 1e-9 } },
    { name: 'absolute down, later value missing', from: m(100, 0), to: null, unit: 'Người', years: 5, claim: makeClaim('giảm 5 người', 'absolute', 'down', [5, 0], { unitWord: 'người' }), verdict: 'implied', implied: { side: 'to', value: 95, within: 1e-9 } },
    { name: 'average-annual, base missing', from: null, to: m(121, 0), unit: 'Ha', years: 2, claim: makeClaim('bình quân tăng 10%/năm', 'average-annual', 'up', [10, 0], { unitSign: '%' }), verdict: 'implied', implied: { side: 'from', value: 100, within: 1e-9 } },
    { name: 'plan, plan missing', from: null, to: m(1106, 0), unit: 'Tỷ đồng', years: null, claim: makeClaim('đạt 110,6% kế hoạch', 'plan', null, [110.6, 1], { unitSign: '%' }), verdict: 'implied', implied: { side: 'from', value: 1000, within: 1e-9 }, message: 'đạt 110,6% kế hoạch, thực hiện 1.106 ⇒ kế hoạch khoảng 1.000' },
    { name: 'ratio-down, later value missing', from: m(10, 0), to: null, unit: 'Người', years: 5, claim: makeClaim('giảm 2 lần', 'ratio-down', 'down', [2, 0]), verdict: 'implied', implied: { side: 'to', value: 5, within: 1e-9 } },
    { name: 'lower bound makes the base an upper bound', from: null, to: m(110, 0), unit: 'Tỷ đồng', years: 5, claim: percent('tăng trên 10%', 'up', 10, 0, '%', 'lower'), verdict: 'implied', implied: { side: 'from', value: 100, within: 1e-9 }, message: 'tăng trên 10% đến 110 ⇒ giá trị năm gốc dưới 100' },
    { name: 'upper bound on the later value', from: m(100, 0), to: null, unit: 'Tỷ đồng', years: 5, claim: percent('tăng dưới 10%', 'up', 10, 0, '%', 'upper'), verdict: 'implied', message: 'tăng dưới 10% từ 100 ⇒ giá trị năm sau dưới 110' },
  ];
  it.each(rows)('$name', check);
});

describe('edge cases', () => {
  const tenSix = m(10.6, 1);
  const thirtyNineEight = m(39.8, 1);
  const rows: Case[] = [
    // Interval rule vs rounding the point estimate.
    { name: 'point 3,44 rounds to 3,4 but the interval meets 3,5', from: m(10.0, 1), to: m(34.4, 1), unit: 'Tỷ đồng', years: 5, claim: ratioUp('tăng 3,5 lần', 3.5, 1), verdict: 'match', computed: 3.44, message: '34,4 / 10,0 = 3,44 → làm tròn 3,4; vẫn khớp 3,5 khi tính sai số làm tròn của số liệu (3,42–3,46)' },
    { name: 'same values, 3,6 is out of reach', from: m(10.0, 1), to: m(34.4, 1), unit: 'Tỷ đồng', years: 5, claim: ratioUp('tăng 3,6 lần', 3.6, 1), verdict: 'mismatch', expected: 'tăng 3,4 lần' },
    { name: 'whole-number values widen the interval: 24/7 meets 3,8', from: m(7, 0), to: m(24, 0), unit: 'Tỷ đồng', years: 5, claim: ratioUp('tăng 3,8 lần', 3.8, 1), verdict: 'match', computed: 3.4286 },
    { name: 'whole-number values: 24/7 does not meet 3,9', from: m(7, 0), to: m(24, 0), unit: 'Tỷ đồng', years: 5, claim: ratioUp('tăng 3,9 lần', 3.9, 1), verdict: 'mismatch', expected: 'tăng 3,4 lần' },
    { name: 'touching interval ends match within epsilon', from: m(10.0, 1), to: m(11.4, 1), unit: '%', years: 5, claim: makeClaim('tăng 2 điểm phần trăm', 'points', 'up', [2, 0], { unitSign: '%' }), verdict: 'match', computed: 1.4 },
    { name: '40,6% printed as 39%: beyond the truncation interval', from: m(100.0, 1), to: m(140.6, 1), unit: 'Tỷ đồng', years: 5, claim: percent('tăng 39%', 'up', 39, 0), verdict: 'mismatch', expected: 'tăng 41%' },
    { name: '40% printed as 39%: the interval reaches below 40, so truncation', from: m(100.0, 1), to: m(140.0, 1), unit: 'Tỷ đồng', years: 5, claim: percent('tăng 39%', 'up', 39, 0), verdict: 'match_truncated', expected: 'tăng 40%' },
    { name: 'expected rounds half away from zero', from: m(100.0, 2), to: m(124.5, 2), unit: 'Tỷ đồng', years: 5, claim: percent('tăng 30%', 'up', 30, 0), verdict: 'mismatch', computed: 24.5, expected: 'tăng 25%' },
    // Qualifiers.
    { name: 'trên 3 lần', from: tenSix, to: thirtyNineEight, unit: 'Triệu đồng', years: 13, claim: makeClaim('tăng trên 3 lần', 'ratio', 'up', [3, 0], { qualifier: 'lower' }), verdict: 'match', message: "39,8 / 10,6 = 3,75; đạt 'trên 3 lần'" },
    { name: 'hơn 5 lần', from: tenSix, to: thirtyNineEight, unit: 'Triệu đồng', years: 13, claim: makeClaim('tăng hơn 5 lần', 'ratio', 'up', [5, 0], { qualifier: 'lower', qualifierWord: 'hon' }), verdict: 'mismatch', expected: 'tăng 4 lần', message: "39,8 / 10,6 = 3,75; không đạt 'hơn 5 lần'; nên ghi 'tăng 4 lần'", messageEn: "39,8 / 10,6 = 3,75; does not meet 'more than 5 times'; should read 'up 4 times'" },
    { name: 'dưới 4 lần', from: tenSix, to: thirtyNineEight, unit: 'Triệu đồng', years: 13, claim: makeClaim('tăng dưới 4 lần', 'ratio', 'up', [4, 0], { qualifier: 'upper' }), verdict: 'match' },
    { name: 'dưới 3,6 lần (no truncation for a bound)', from: tenSix, to: thirtyNineEight, unit: 'Triệu đồng', years: 13, claim: makeClaim('tăng dưới 3,6 lần', 'ratio', 'up', [3.6, 1], { qualifier: 'upper' }), verdict: 'mismatch', expected: 'tăng 3,8 lần' },
    { name: 'khoảng 3,6 lần is within 5%', from: tenSix, to: thirtyNineEight, unit: 'Triệu đồng', years: 13, claim: makeClaim('tăng khoảng 3,6 lần', 'ratio', 'up', [3.6, 1], { qualifier: 'about' }), verdict: 'match', message: "39,8 / 10,6 = 3,75; khớp 'khoảng 3,6 lần' (sai lệch trong ±5%)" },
    { name: 'gần 4,2 lần is more than 5% off', from: tenSix, to: thirtyNineEight, unit: 'Triệu đồng', years: 13, claim: makeClaim('tăng gần 4,2 lần', 'ratio', 'up', [4.2, 1], { qualifier: 'about' }), verdict: 'mismatch', expected: 'tăng 3,8 lần' },
    { name: 'bình quân trên 4%/năm', from: m(7600, 0), to: m(10607, 0), unit: 'Tỷ đồng', years: 7, claim: makeClaim('bình quân tăng trên 4%/năm', 'average-annual', 'up', [4, 0], { unitSign: '%', qualifier: 'lower' }), verdict: 'match' },
    // Not computable.
    { name: 'zero base', from: m(0, 0), to: m(5, 0), unit: 'Tỷ đồng', years: 5, claim: ratioUp('tăng 5 lần', 5, 0), verdict: 'not_computable', computed: undefined },
    { name: 'negative base for percent', from: m(-5, 0), to: m(5, 0), unit: 'Tỷ đồng', years: 5, claim: percent('tăng 200%', 'up', 200, 0), verdict: 'not_computable' },
    { name: 'negative base for plan', from: m(-5, 0), to: m(5, 0), unit: 'Tỷ đồng', years: null, claim: makeClaim('đạt 100% kế hoạch', 'plan', null, [100, 0], { unitSign: '%' }), verdict: 'not_computable' },
    { name: 'zero later value for ratio-down', from: m(5, 0), to: m(0, 0), unit: 'Tỷ đồng', years: 5, claim: makeClaim('giảm 2 lần', 'ratio-down', 'down', [2, 0]), verdict: 'not_computable' },
    { name: 'zero base with the later value missing', from: m(0, 0), to: null, unit: 'Tỷ đồng', years: 5, claim: ratioUp('tăng 5 lần', 5, 0), verdict: 'not_computable' },
    { name: 'both values missing', from: null, to: null, unit: 'Tỷ đồng', years: 5, claim: ratioUp('tăng 5 lần', 5, 0), verdict: 'not_computable', message: 'Thiếu cả hai giá trị so sánh, không tính được.' },
    { name: 'average-annual without years', from: m(100, 0), to: m(121, 0), unit: 'Ha', years: null, claim: makeClaim('bình quân tăng 10%/năm', 'average-annual', 'up', [10, 0], { unitSign: '%' }), verdict: 'not_computable' },
    { name: 'average-annual without years, one value missing', from: null, to: m(121, 0), unit: 'Ha', years: null, claim: makeClaim('bình quân tăng 10%/năm', 'average-annual', 'up', [10, 0], { unitSign: '%' }), verdict: 'not_computable' },
    { name: 'average-annual with a negative later value', from: m(100, 0), to: m(-5, 0), unit: 'Tỷ đồng', years: 3, claim: makeClaim('bình quân giảm 10%/năm', 'average-annual', 'down', [10, 0], { unitSign: '%' }), verdict: 'not_computable' },
    { name: 'direction-only with one value missing', from: m(54.06, 2), to: null, unit: '%', years: 7, claim: makeClaim('tăng', 'direction', 'up', null), verdict: 'not_computable' },
    { name: 'points without a direction cannot imply', from: m(10, 0), to: null, unit: '%', years: 7, claim: makeClaim('6 điểm phần trăm', 'points', null, [6, 0], { unitSign: '%' }), verdict: 'not_computable' },
    { name: 'implied base from a zero value', from: null, to: m(0, 0), unit: 'Tỷ đồng', years: 7, claim: ratioUp('tăng 4 lần', 4, 0), verdict: 'not_computable' },
    { name: 'a figure-less ratio claim', from: m(1, 0), to: m(2, 0), unit: 'Tỷ đồng', years: 7, claim: makeClaim('tăng lần', 'ratio', 'up', null), verdict: 'not_computable' },
    // Direction.
    { name: 'wrong direction is checked before mismatch', from: m(100, 0), to: m(90, 0), unit: 'Tỷ đồng', years: 5, claim: percent('tăng 50%', 'up', 50, 0), verdict: 'wrong_direction', computed: 10, message: '100 → 90 là giảm, không phải tăng' },
    { name: 'equal values are not a wrong direction', from: m(50, 0), to: m(50, 0), unit: '%', years: 5, claim: makeClaim('tăng', 'direction', 'up', null), verdict: 'match', message: '50% → 50% là không đổi (trong độ chính xác của số liệu)' },
    { name: 'equal values with "tăng 0%"', from: m(50, 0), to: m(50, 0), unit: 'Tỷ đồng', years: 5, claim: percent('tăng 0%', 'up', 0, 0), verdict: 'match', computed: 0 },
    { name: 'the claim\'s own figures stand in for missing values', from: null, to: null, unit: '%', years: 7, claim: makeClaim('tăng từ 54,06% lên 53,75%', 'direction', 'up', null, { fromTo: { from: m(54.06, 2), to: m(53.75, 2) } }), verdict: 'wrong_direction' },
    { name: 'non-finite values count as missing', from: m(Number.NaN, 1), to: m(Infinity, 0), unit: 'Tỷ đồng', years: 5, claim: ratioUp('tăng 3 lần', 3, 0), verdict: 'not_computable' },
  ];
  it.each(rows)('$name → $verdict', check);

  it('a row without a claim is none, with nothing computed and no message', () => {
    const result = verifyClaim({ from: tenSix, to: thirtyNineEight, unit: 'Tỷ đồng', years: 13, claim: null });
    expect(result).toEqual({ verdict: 'none', computed: null, computedInterval: null, expected: null, implied: null, message: { vi: '', en: '' }, claim: null });
  });

  it('an unparsed claim shows its text and says it is not a known form', () => {
    const result = verifyClaim({ from: tenSix, to: thirtyNineEight, unit: 'Tỷ đồng', years: 13, claim: { ok: false, reason: 'unparsed', text: 'Tăng mạnh' } });
    expect(result.verdict).toBe('unparsed');
    expect(result.message.vi).toContain("'Tăng mạnh'");
    expect(result.message.vi).toContain('không phải dạng nhận định đã biết');
    expect(result.message.en).toContain('not a known form of claim');
    expect(result.computed).toBeNull();
  });

  it('computed is rounded to 4 decimals and the interval is kept unrounded', () => {
    const result = verifyClaim({ from: tenSix, to: thirtyNineEight, unit: 'Tỷ đồng', years: 13, claim: ratioUp('Tăng 3,8 lần', 3.8, 1) });
    expect(result.computed).toBe(3.7547);
    expect(result.computedInterval?.lo).toBeCloseTo(39.75 / 10.65, 12);
    expect(result.computedInterval?.hi).toBeCloseTo(39.85 / 10.55, 12);
    expect(result.claim?.text).toBe('Tăng 3,8 lần');
  });
});

describe('properties', () => {
  const mantissa = fc.integer({ min: 1, max: 2_000_000 });
  const decimals = fc.integer({ min: 0, max: 3 });

  it('scaling both values by 10^k (shifting their decimals) leaves a ratio verdict unchanged', () => {
    fc.assert(
      fc.property(mantissa, decimals, mantissa, decimals, fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: -3, max: 3 }),
        (mf, df, mt, dt, claimMantissa, claimDecimals, k) => {
          fc.pre(k <= Math.min(df, dt));
          const claim = ratioUp('tăng … lần', claimMantissa / 10 ** claimDecimals, claimDecimals);
          const base: ClaimInput = { from: m(mf / 10 ** df, df), to: m(mt / 10 ** dt, dt), unit: 'Tỷ đồng', years: 5, claim };
          const scaled: ClaimInput = { ...base, from: m(mf / 10 ** (df - k), df - k), to: m(mt / 10 ** (dt - k), dt - k) };
          expect(verifyClaim(scaled).verdict).toBe(verifyClaim(base).verdict);
        }),
      { numRuns: 500 },
    );
  });

  const kinds = CLAIM_KINDS;
  const anyNumber = fc.oneof(fc.double(), fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.constantFrom(0, -0, Number.NaN, Infinity, -Infinity));
  const anyMeasured = fc.option(fc.record({ value: anyNumber, decimals: fc.oneof(fc.integer({ min: -5, max: 40 }), anyNumber) }), { nil: null });
  const anyMeasuredSure = fc.record({ value: anyNumber, decimals: fc.integer({ min: -5, max: 40 }) });
  const anyClaim = fc.oneof(
    fc.constant(null),
    fc.string().map((text) => ({ ok: false as const, reason: 'unparsed' as const, text })),
    fc.record({
      ok: fc.constant(true as const),
      kind: fc.constantFrom(...kinds),
      direction: fc.constantFrom<Direction | null>('up', 'down', null),
      figure: fc.option(anyMeasuredSure, { nil: null }),
      unitSign: fc.constantFrom<UnitSign | null>('%', '‰', null),
      unitWord: fc.option(fc.string(), { nil: null }),
      qualifier: fc.constantFrom<Qualifier | null>('lower', 'upper', 'about', null),
      qualifierWord: fc.constantFrom<QualifierWord | null>('tren', 'hon', 'duoi', 'chua-den', 'gan', 'khoang', 'xap-xi', 'uoc', null),
      planVerb: fc.constantFrom<PlanVerb | null>('bang', 'dat', null),
      fromTo: fc.option(fc.record({ from: anyMeasuredSure, to: anyMeasuredSure }), { nil: null }),
      text: fc.string(),
    }),
  );

  it('never throws and always returns a known verdict with a finite or null computed figure', () => {
    fc.assert(
      fc.property(anyMeasured, anyMeasured, fc.constantFrom('%', '‰', 'Phần trăm', 'Tỷ đồng', ''), fc.option(anyNumber, { nil: null }), anyClaim,
        (from, to, unit, years, claim) => {
          const result = verifyClaim({ from, to, unit, years, claim });
          expect(VERDICTS).toContain(result.verdict);
          expect(typeof result.message.vi).toBe('string');
          expect(typeof result.message.en).toBe('string');
          if (result.computed !== null) expect(Number.isFinite(result.computed)).toBe(true);
          if (result.implied !== null) expect(Number.isFinite(result.implied.value)).toBe(true);
          expect(result.message).not.toContain('NaN');
        }),
      { numRuns: 2000 },
    );
  });
});
