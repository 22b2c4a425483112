import { describe, expect, it } from 'vitest';
import { foldDiacritics } from './normalize-text';
import { parseClaim } from './parse-claim';
import type { Claim, ClaimKind, Direction, Qualifier } from './types';
import type { UnitSign } from '../numbers/types';

interface Case {
  readonly text: string;
  readonly kind: ClaimKind;
  readonly direction: Direction | null;
  /** [value, decimals] or null. */
  readonly figure: readonly [number, number] | null;
  readonly unitSign?: UnitSign | null;
  readonly unitWord?: string | null;
  readonly qualifier?: Qualifier | null;
  readonly fromTo?: readonly [number, number, number, number] | null;
}

const c = (
  text: string,
  kind: ClaimKind,
  direction: Direction | null,
  figure: readonly [number, number] | null,
  extra: Partial<Pick<Case, 'unitSign' | 'unitWord' | 'qualifier' | 'fromTo'>> = {},
): Case => ({ text, kind, direction, figure, ...extra });

const CASES: readonly Case[] = [
  // ratio
  c('tăng 3,8 lần', 'ratio', 'up', [3.8, 1]),
  c('tăng gấp 4,8 lần', 'ratio', 'up', [4.8, 1]),
  c('gấp 1,7 lần', 'ratio', null, [1.7, 1]),
  c('tăng gấp 10 lần', 'ratio', 'up', [10, 0]),
  c('Tăng\n1,6 lần', 'ratio', 'up', [1.6, 1]),
  c('Tăng 102,2 lần', 'ratio', 'up', [102.2, 1]),
  c('tăng lên 3 lần', 'ratio', 'up', [3, 0]),
  c('tăng lên gấp 3 lần', 'ratio', 'up', [3, 0]),
  c('tăng 3,8lần', 'ratio', 'up', [3.8, 1]),
  c('tăng gấp 4,8 lần so với năm 2015', 'ratio', 'up', [4.8, 1]),
  c('tăng 11 lần so với năm 2015', 'ratio', 'up', [11, 0]),
  c('tăng 3,8 lần.', 'ratio', 'up', [3.8, 1]),
  // ratio-down
  c('giảm 2 lần', 'ratio-down', 'down', [2, 0]),
  c('giảm gấp 2,5 lần', 'ratio-down', 'down', [2.5, 1]),
  c('giảm đi 3 lần', 'ratio-down', 'down', [3, 0]),
  // ratio-minus-one
  c('tăng thêm 2 lần', 'ratio-minus-one', 'up', [2, 0]),
  c('tăng thêm 1,25 lần', 'ratio-minus-one', 'up', [1.25, 2]),
  // percent
  c('tăng 51,8%', 'percent', 'up', [51.8, 1], { unitSign: '%' }),
  c('giảm 20%', 'percent', 'down', [20, 0], { unitSign: '%' }),
  c('Giảm 28,75%', 'percent', 'down', [28.75, 2], { unitSign: '%' }),
  c('Giảm 0,4‰', 'percent', 'down', [0.4, 1], { unitSign: '‰' }),
  c('tăng 51,8 %', 'percent', 'up', [51.8, 1], { unitSign: '%' }),
  c('tăng 160 phần trăm', 'percent', 'up', [160, 0], { unitSign: '%' }),
  c('giảm 1,5 phần nghìn', 'percent', 'down', [1.5, 1], { unitSign: '‰' }),
  c('tăng thêm 20%', 'percent', 'up', [20, 0], { unitSign: '%' }),
  c('giảm đi 20%', 'percent', 'down', [20, 0], { unitSign: '%' }),
  c('tăng 51,8% so với năm 2015', 'percent', 'up', [51.8, 1], { unitSign: '%' }),
  // points
  c('tăng 6 điểm phần trăm', 'points', 'up', [6, 0], { unitSign: '%' }),
  c('giảm 1,2 điểm %', 'points', 'down', [1.2, 1], { unitSign: '%' }),
  c('giảm 1,2 điểm%', 'points', 'down', [1.2, 1], { unitSign: '%' }),
  c('giảm 1,2 điểm', 'points', 'down', [1.2, 1], { unitSign: null }),
  c('tăng 2 điểm phần nghìn', 'points', 'up', [2, 0], { unitSign: '‰' }),
  c('giảm 0,3 điểm ‰', 'points', 'down', [0.3, 1], { unitSign: '‰' }),
  // absolute
  c('tăng 785 doanh nghiệp', 'absolute', 'up', [785, 0], { unitWord: 'doanh nghiệp' }),
  c('tăng 104 trường', 'absolute', 'up', [104, 0], { unitWord: 'trường' }),
  c('tăng 3,5 bác sĩ', 'absolute', 'up', [3.5, 1], { unitWord: 'bác sĩ' }),
  // A unit stuck to its number (Nam Định farm reports): "giảm 1.686ha".
  c('giảm 1.686ha', 'absolute', 'down', [1686, 0], { unitWord: 'ha' }),
  c('giảm 1.042.100 người', 'absolute', 'down', [1042100, 0], { unitWord: 'người' }),
  c('tăng 785 doanh nghiệp so với năm 2015', 'absolute', 'up', [785, 0], { unitWord: 'doanh nghiệp' }),
  c('tăng 785 doanh nghiệp, chủ yếu', 'absolute', 'up', [785, 0], { unitWord: 'doanh nghiệp' }),
  c('tăng 12', 'absolute', 'up', [12, 0], { unitWord: null }),
  c('tăng thêm 785 doanh nghiệp', 'absolute', 'up', [785, 0], { unitWord: 'doanh nghiệp' }),
  // average-annual
  c('bình quân tăng 10%/năm', 'average-annual', 'up', [10, 0], { unitSign: '%' }),
  c('tăng bình quân 7%/năm', 'average-annual', 'up', [7, 0], { unitSign: '%' }),
  c('bình quân tăng trên 10%/năm', 'average-annual', 'up', [10, 0], { unitSign: '%', qualifier: 'lower' }),
  c('bình quân mỗi năm tăng 7%', 'average-annual', 'up', [7, 0], { unitSign: '%' }),
  c('tăng bình quân 7% mỗi năm', 'average-annual', 'up', [7, 0], { unitSign: '%' }),
  c('tăng trung bình 7%/năm', 'average-annual', 'up', [7, 0], { unitSign: '%' }),
  c('tăng gần 10%/năm', 'average-annual', 'up', [10, 0], { unitSign: '%', qualifier: 'about' }),
  c('tăng bình quân hơn 10%', 'average-annual', 'up', [10, 0], { unitSign: '%', qualifier: 'lower' }),
  c('hằng năm tăng 6,5%', 'average-annual', 'up', [6.5, 1], { unitSign: '%' }),
  c('giảm bình quân 2,1% / năm', 'average-annual', 'down', [2.1, 1], { unitSign: '%' }),
  c('tăng 8,2%/1 năm', 'average-annual', 'up', [8.2, 1], { unitSign: '%' }),
  // plan
  c('bằng 104% kế hoạch', 'plan', null, [104, 0], { unitSign: '%' }),
  c('đạt 110,6% kế hoạch', 'plan', null, [110.6, 1], { unitSign: '%' }),
  c('đạt 100% KH', 'plan', null, [100, 0], { unitSign: '%' }),
  // Ninh Giang district, nine months of 2023 (haiduong.gov.vn): the plan's abbreviation glued to the sign.
  c('đạt 65,9%KH', 'plan', null, [65.9, 1], { unitSign: '%' }),
  // How strongly a verb moves is no part of the claim (Quảng Trị retail, October 2024, via qrt.vn; our words).
  c('tăng cao 14,6%', 'percent', 'up', [14.6, 1], { unitSign: '%' }),
  c('tăng mạnh 20%', 'percent', 'up', [20, 0], { unitSign: '%' }),
  c('giảm nhẹ 0,5%', 'percent', 'down', [0.5, 1], { unitSign: '%' }),
  // the largest rise of a list (GSO's CPI release of October 2019, via thanhnien.vn; our words)
  c('tăng cao nhất với 1,04%', 'percent', 'up', [1.04, 2], { unitSign: '%' }),
  c('tăng mạnh nhất là 0,66%', 'percent', 'up', [0.66, 2], { unitSign: '%' }),
  c('bằng 85,1% so với kế hoạch', 'plan', null, [85.1, 1], { unitSign: '%' }),
  c('ước đạt 102% kế hoạch', 'plan', null, [102, 0], { unitSign: '%', qualifier: 'about' }),
  c('104,3% kế hoạch', 'plan', null, [104.3, 1], { unitSign: '%' }),
  c('bằng 104% dự toán', 'plan', null, [104, 0], { unitSign: '%' }),
  c('đạt 95% chỉ tiêu', 'plan', null, [95, 0], { unitSign: '%' }),
  c('đạt 53,8% mục tiêu', 'plan', null, [53.8, 1], { unitSign: '%' }),
  // "vượt N%": value / plan × 100 − 100 = N (spec §2b), the figure kept as printed
  c('vượt 4% kế hoạch', 'plan-excess', null, [4, 0], { unitSign: '%' }),
  c('vượt 2,5% dự toán', 'plan-excess', null, [2.5, 1], { unitSign: '%' }),
  // a yearly rate stated as a level
  c('bình quân đạt 12,5%/năm', 'average-annual', 'up', [12.5, 1], { unitSign: '%' }),
  c('đạt 6,8%/năm', 'average-annual', 'up', [6.8, 1], { unitSign: '%' }),
  // an upper bound
  c('tăng chưa đến 5%', 'percent', 'up', [5, 0], { unitSign: '%', qualifier: 'upper' }),
  c('tăng chưa tới 2 lần', 'ratio', 'up', [2, 0], { qualifier: 'upper' }),
  // "điểm" followed by a noun counts that noun
  c('tăng 40 điểm trường', 'absolute', 'up', [40, 0], { unitWord: 'điểm trường' }),
  // from–to with a slash unit (spec §2b: a unit, not a separator)
  c('giảm từ 259 người/km2 năm 2009 xuống 290 người/km2 năm 2019', 'direction', 'down', null, { fromTo: [259, 0, 290, 0] }),
  // direction
  c('tăng', 'direction', 'up', null),
  c('giảm', 'direction', 'down', null),
  c('Tăng', 'direction', 'up', null),
  c('tăng so với năm 2015', 'direction', 'up', null),
  c('giảm (so với 2015)', 'direction', 'down', null),
  c('tăng từ 54,06% lên 53,75%', 'direction', 'up', null, { unitSign: '%', fromTo: [54.06, 2, 53.75, 2] }),
  c('giảm từ 19,9% xuống còn 16,4%', 'direction', 'down', null, { unitSign: '%', fromTo: [19.9, 1, 16.4, 1] }),
  c('giảm từ 28,05% xuống 21,74%', 'direction', 'down', null, { unitSign: '%', fromTo: [28.05, 2, 21.74, 2] }),
  c('từ 34% lên 48,2%', 'direction', 'up', null, { unitSign: '%', fromTo: [34, 0, 48.2, 1] }),
  c('từ 5 xuống 3', 'direction', 'down', null, { unitSign: null, fromTo: [5, 0, 3, 0] }),
  c('tăng từ 17,89% (năm 2015) lên 20,76% (năm 2022)', 'direction', 'up', null, {
    unitSign: '%',
    fromTo: [17.89, 2, 20.76, 2],
  }),
  c('giảm từ 19,9% năm 2015 xuống còn 16,4% năm 2022', 'direction', 'down', null, {
    unitSign: '%',
    fromTo: [19.9, 1, 16.4, 1],
  }),
  c('tăng từ 10,6 triệu đồng lên 39,8 triệu đồng', 'direction', 'up', null, { fromTo: [10.6, 1, 39.8, 1] }),
  c('tăng từ 1.042 lên 1.100 người', 'direction', 'up', null, { fromTo: [1042, 0, 1100, 0] }),
  // qualifiers
  c('tăng trên 10%', 'percent', 'up', [10, 0], { unitSign: '%', qualifier: 'lower' }),
  c('tăng hơn 2 lần', 'ratio', 'up', [2, 0], { qualifier: 'lower' }),
  c('giảm dưới 5%', 'percent', 'down', [5, 0], { unitSign: '%', qualifier: 'upper' }),
  c('tăng khoảng 2 lần', 'ratio', 'up', [2, 0], { qualifier: 'about' }),
  c('tăng xấp xỉ 3 lần', 'ratio', 'up', [3, 0], { qualifier: 'about' }),
  c('tăng gấp gần 3 lần', 'ratio', 'up', [3, 0], { qualifier: 'about' }),
  c('ước tăng 7,5%', 'percent', 'up', [7.5, 1], { unitSign: '%', qualifier: 'about' }),
  c('tăng ước tính 7,5%', 'percent', 'up', [7.5, 1], { unitSign: '%', qualifier: 'about' }),
  c('đạt trên 100% kế hoạch', 'plan', null, [100, 0], { unitSign: '%', qualifier: 'lower' }),
];

function check(claimText: string, expected: Case, foldUnitWord: boolean): void {
  const result = parseClaim(claimText);
  expect(result.ok, `"${claimText}" should parse`).toBe(true);
  const claim = result as Claim;
  expect(claim.kind).toBe(expected.kind);
  expect(claim.direction).toBe(expected.direction);
  expect(claim.figure).toEqual(expected.figure ? { value: expected.figure[0], decimals: expected.figure[1] } : null);
  expect(claim.unitSign).toBe(expected.unitSign ?? (expected.kind === 'plan' ? '%' : null));
  const unitWord = claim.unitWord !== null && foldUnitWord ? foldDiacritics(claim.unitWord) : claim.unitWord;
  const expectedWord = expected.unitWord ?? null;
  expect(unitWord).toBe(expectedWord !== null && foldUnitWord ? foldDiacritics(expectedWord) : expectedWord);
  expect(claim.qualifier).toBe(expected.qualifier ?? null);
  const ft = expected.fromTo;
  expect(claim.fromTo).toEqual(
    ft ? { from: { value: ft[0], decimals: ft[1] }, to: { value: ft[2], decimals: ft[3] } } : null,
  );
}

const withText = CASES.map((k) => [k.text, k] as const);

describe('parseClaim: every kind as written', () => {
  it.each(withText)('%j', (text, expected) => {
    check(text, expected, false);
    expect(parseClaim(text).text).toBe(text.replace(/\s+/g, ' '));
  });
});

describe('parseClaim: typed without diacritics', () => {
  it.each(withText)('%j', (text, expected) => check(foldDiacritics(text), expected, true));
});

describe('parseClaim: upper case', () => {
  it.each(withText)('%j', (text, expected) => check(text.toUpperCase(), expected, true));
});

describe('parseClaim: NFD input', () => {
  it.each(withText)('%j', (text, expected) => {
    const nfd = text.normalize('NFD');
    check(nfd, expected, false);
    expect(parseClaim(nfd).text).toBe(text.normalize('NFC').replace(/\s+/g, ' '));
  });
});

describe('parseClaim: line breaks, tabs and no-break spaces', () => {
  it.each(withText)('%j', (text, expected) => {
    const messy = `\n ${text.replace(/ /g, () => '\u00a0\n\t\u202f ')}\r\n`;
    check(messy, expected, false);
  });
});

describe('the words a claim printed', () => {
  it.each([
    ['tăng chưa đến 5%', 'chua-den', 'upper'],
    ['tang chua toi 5%', 'chua-den', 'upper'],
    ['tăng hơn 5 lần', 'hon', 'lower'],
    ['tăng trên 10%', 'tren', 'lower'],
    ['tăng xấp xỉ 20%', 'xap-xi', 'about'],
    ['ước tính tăng 7%', 'uoc', 'about'],
    ['tăng 7%', null, null],
  ])('%s', (text, word, qualifier) => {
    const claim = parseClaim(text);
    expect(claim.ok && claim.qualifierWord).toBe(word);
    expect(claim.ok && claim.qualifier).toBe(qualifier);
  });

  it.each([
    ['bằng 104% dự toán', 'plan', 'bang'],
    ['đạt 95% chỉ tiêu', 'plan', 'dat'],
    ['thực hiện 100,7% kế hoạch', 'plan', 'dat'],
    ['vượt 4% kế hoạch', 'plan-excess', null],
    ['tăng 4%', 'percent', null],
  ])('%s', (text, kind, verb) => {
    const claim = parseClaim(text);
    expect(claim.ok && claim.kind).toBe(kind);
    expect(claim.ok && claim.planVerb).toBe(verb);
  });
});

describe('edge cases', () => {
  it.each([
    'Tăng mạnh',
    'ổn định',
    'đạt',
    '',
    '   \n\t ',
    'lần',
    'x',
    'tăng lên 20%',
    'tăng 10%/tháng',
    'bình quân tăng 2 lần',
    'tăng 2 lần/năm',
    'bình quân giảm 0,5‰/năm',
    'tăng 785 doanh nghiệp mỗi năm',
    'từ 10% đến 20%',
    'gấp 3 doanh nghiệp',
    'giảm thêm 2 lần',
    'tăng đi 5%',
    'tăng 3,8,5 lần',
    'tăng 1,234.56 lần',
    `tăng ${'9'.repeat(400)} lần`,
    'đạt 100%',
    'đạt 12,5%',
    '\ud800\u0301 tăng',
    '🙂🙂',
    'tăng \u0301 3 lần',
    // a manner word without its verb
    'mạnh 20%',
    'cao 5%',
  ])('%j is unparsed', (text) => {
    expect(parseClaim(text)).toEqual({ ok: false, reason: 'unparsed', text: text.normalize('NFC').replace(/\s+/g, ' ').trim() });
  });

  it('keeps the text of an unparsed claim normalised', () => {
    expect(parseClaim(' Tăng\n\u00a0mạnh '.normalize('NFD'))).toEqual({
      ok: false,
      reason: 'unparsed',
      text: 'Tăng mạnh',
    });
  });

  it('does not throw on a non-string at run time', () => {
    expect(parseClaim(undefined as unknown as string)).toEqual({ ok: false, reason: 'unparsed', text: '' });
    expect(parseClaim(42 as unknown as string).ok).toBe(false);
  });

  it.each<[string, number, number]>([
    ['tăng 1.5 lần', 1.5, 1],
    ['tăng 147.210 người', 147210, 0],
    ['tăng 0.400 lần', 0.4, 3],
    ['tăng 1 042 100 người', 1042100, 0],
    ['tăng 1.042,55 người', 1042.55, 2],
    ['tăng 3,35 lần', 3.35, 2],
    ['tăng 3,80 lần', 3.8, 2],
  ])('reads the figure of %j as %d with %d decimals', (text, value, decimals) => {
    const claim = parseClaim(text);
    expect(claim.ok && claim.figure).toEqual({ value, decimals });
  });

  it('keeps the unit word as written, including its case', () => {
    const claim = parseClaim('TĂNG 12 Doanh Nghiệp (năm 2022)');
    expect(claim.ok && claim.unitWord).toBe('Doanh Nghiệp');
  });

  it('takes the first qualifier when two are written', () => {
    const claim = parseClaim('tăng hơn gấp khoảng 3 lần');
    expect(claim.ok && claim.qualifier).toBe('lower');
  });

  it('lets the verb decide when it disagrees with lên/xuống', () => {
    const claim = parseClaim('tăng từ 54% xuống 50%');
    expect(claim.ok && claim.direction).toBe('up');
  });

  it('does not read a year after the figure as part of a unit', () => {
    const claim = parseClaim('tăng 785 doanh nghiệp năm 2022');
    expect(claim.ok && claim.unitWord).toBe('doanh nghiệp');
  });
});
