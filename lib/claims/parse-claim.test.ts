import { describe, expect, it } from 'vitest';
import { foldDiacritics } from './normalize-text';
import { parseClaim } from './parse-claim';
import { CASES, type Case } from './parse-claim.cases';
import type { Claim } from './types';


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
    ['tương đương 39,3% kế hoạch', 'plan', 'bang'],
    ['vượt 4% kế hoạch', 'plan-excess', null],
    // Yên Bái's industry, eleven months (its figure): a growth scenario set as the target is a plan
    ['bằng 100,3% kịch bản', 'plan', 'bang'],
    // Đức Trọng's budget, first half of 2020 (its figure): the plan named before its share
    ['so dự toán giao đạt 42%', 'plan', 'dat'],
    ['so với kế hoạch đạt 95,2%', 'plan', 'dat'],
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
    // a share of a count, not an index: a word follows the "%"
    'bằng 58,33% số xã',
    'từ 10% đến 20%',
    'gấp 3 doanh nghiệp',
    'giảm thêm 2 lần',
    'tăng đi 5%',
    'tăng 3,8,5 lần',
    'tăng 1,234.56 lần',
    `tăng ${'9'.repeat(400)} lần`,
    'đạt 100%',
    'đạt 12,5%',
    // a plan named before the share needs its verb; "so cùng kỳ" names no plan
    'so dự toán 42%',
    'so cùng kỳ đạt 42%',
    '\ud800\u0301 tăng',
    '🙂🙂',
    'tăng \u0301 3 lần',
    // growth is a rate: in times, points or units it is no claim
    'tăng trưởng 1,5 lần',
    'tăng trưởng 0,5 điểm phần trăm',
    'tăng trưởng 2 con số',
    'tăng trưởng thêm 2%',
    // a manner word without its verb
    'mạnh 20%',
    'cao 5%',
    // a degree with no manner, a stress before no figure
    'tăng khá 5%',
    'tăng đến năm 2025',
    'khá mạnh 20%',
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
