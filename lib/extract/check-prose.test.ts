import { describe, expect, it } from 'vitest';
import { checkProse, proseFails } from './check-prose';
import type { KnownSource } from './finding/known-values';

const TABLES: KnownSource = {
  origin: 'tables',
  label: 'Dữ liệu kèm theo',
  labelEn: 'Bundled data',
  values: [{ indicatorId: 'thu-ngan-sach', names: ['Thu ngân sách trên địa bàn'], unit: 'Tỷ đồng', year: 2009, value: 393.6, decimals: 1, source: 'Mục II.6, bảng 2' }],
};

describe('checkProse', () => {
  it('verifies a comparison from the values the text prints', () => {
    const report = checkProse('Năm 2015 vốn đầu tư đạt 7.600 tỷ đồng. Năm 2022 vốn đầu tư đạt 10.607 tỷ đồng, tăng 39,6% so với năm 2015.');
    expect(report.claims.map((c) => [c.kind, c.verdict])).toEqual([
      ['value', 'none'],
      ['value', 'none'],
      ['comparison', 'match'],
    ]);
    expect(report.claims[2]).toMatchObject({
      id: 2,
      text: 'tăng 39,6% so với năm 2015',
      indicator: 'vốn đầu tư',
      years: [2022],
      figure: { value: 39.6, decimals: 1, unit: '%' },
      claim: 'tăng 39,6%',
      computed: 39.5658,
      message: '10.607 / 7.600 − 1 = 39,57% → làm tròn 39,6%',
      from: { value: 7600, year: 2015, origin: 'text' },
    });
    expect(report.counts.match).toBe(1);
    expect(report.counts.none).toBe(2);
    expect(proseFails(report)).toBe(false);
  });

  it.each<[string, string, string, string, string]>([
    ['a base from the tables', 'Năm 2022 thu ngân sách trên địa bàn đạt 3.957,9 tỷ đồng, tăng 10,1 lần so với năm 2009.', 'match',
      '3.957,9 / 393,6 = 10,06 → làm tròn 10,1. Giá trị năm 2009 (393,6 Tỷ đồng) lấy từ Dữ liệu kèm theo — Mục II.6, bảng 2.',
      '3.957,9 / 393,6 = 10,06 → rounds to 10,1. The 2009 value (393,6 “Tỷ đồng”) is taken from Bundled data — “Mục II.6, bảng 2”.'],
    ['no base anywhere', 'Năm 2022 doanh thu du lịch đạt 547,6 tỷ đồng, tăng gấp 4,8 lần so với năm 2015.', 'implied',
      'tăng 4,8 lần đến 547,6 ⇒ giá trị năm gốc khoảng 114,1. Không tìm thấy giá trị năm 2015 trong văn bản và các bộ dữ liệu đối chiếu.',
      'up 4,8 times to 547,6 ⇒ the base-year value about 114,1. No 2015 value was found in the text or the reference data.'],
    ['a count out of a total', 'Toàn tỉnh có 161/199 xã đạt chuẩn nông thôn mới.', 'none', '161 / 199 = 80,9%; không có phép so sánh để kiểm tra.',
      '161 / 199 = 80,9%; there is no comparison to check.'],
  ])('%s', (_name, raw, verdict, message, messageEn) => {
    const claim = checkProse(raw, [TABLES]).claims.at(-1);
    expect(claim?.verdict).toBe(verdict);
    expect(claim?.message).toBe(message);
    expect(claim?.messageEn).toBe(messageEn);
  });

  it('fails a text with a wrong direction, and lists its consistency checks with their spans', () => {
    const raw = 'Cơ cấu kinh tế: công nghiệp tăng từ 20% (năm 2018) lên 25% (năm 2023); dịch vụ tăng từ 50% (năm 2018) lên 45% (năm 2023); nông nghiệp giảm từ 30% (năm 2018) xuống 25% (năm 2023).';
    const report = checkProse(raw);
    expect(report.claims[1]?.verdict).toBe('wrong_direction');
    expect(report.checks.map((c) => c.kind)).toEqual(['shares-not-100', 'direction-contradicts-values']);
    const direction = report.checks[1];
    expect(direction?.spans.map((s) => raw.slice(s.start, s.end))).toEqual(['tăng từ 50% (năm 2018) lên 45% (năm 2023)']);
    expect(proseFails(report)).toBe(true);
  });

  it('fails a text whose only problem is a consistency error', () => {
    const report = checkProse('Cơ cấu: nông nghiệp giảm từ 40% (năm 2018) xuống 35% (năm 2023); dịch vụ tăng từ 60% (năm 2018) lên 61% (năm 2023).');
    expect(report.claims.every((c) => c.verdict === 'match')).toBe(true);
    expect(proseFails(report)).toBe(true);
  });
});

// Cần Thơ's retail of January 2023 and a year's budget (our words): a month's base is "kỳ gốc", a year's "năm gốc".
describe('the words of an implied base', () => {
  it.each<[string, string, string]>([
    ['a month before', 'Doanh thu bán lẻ hàng hóa tháng 1/2023 ước đạt 8.642,53 tỉ đồng, tăng 2,68% so với tháng trước.', 'kỳ gốc'],
    ['a week before', 'Trong tuần có 422 doanh nghiệp quay trở lại hoạt động, giảm 0,7% so với tuần trước.', 'kỳ gốc'],
    ['a year', 'Thu ngân sách năm 2023 đạt 2.480,5 tỷ đồng, tăng 8% so với năm trước.', 'năm gốc'],
  ])('%s', (_name, text, words) => {
    const change = checkProse(text).claims.find((c) => c.kind === 'comparison');
    expect([change?.verdict, change?.message.includes(`giá trị ${words}`), change?.message.includes(words === 'kỳ gốc' ? 'năm gốc' : 'kỳ gốc')]).toEqual(['implied', true, false]);
  });
});

// Quảng Nam, October 2023 (our words, its figures): a level printed as a bound implies a bound.
it('an implied base from a level printed as a bound is a bound', () => {
  const change = checkProse('Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tháng 10 ước đạt hơn 6.000 tỷ đồng, giảm 2,3% so với tháng trước.').claims.find((c) => c.kind === 'comparison');
  // Over the rounding of "2,3%" (2,25 to 2,35) the base is above 6.000 / 0,9775 = 6.138,1, so "trên 6.138" (the point
  // figure's 6.141 said more than the text does).
  expect(change?.message).toContain('giảm 2,3% đến trên 6.000 ⇒ giá trị kỳ gốc trên 6.138');
});

// Bà Rịa - Vũng Tàu's FDI to 20 May 2024 (Báo Gia Lai; our words, its figures): a level and a ratio both printed with
// "hơn" bound the base on neither side, so no value is given (it said "khoảng 0,13"); the ratio's "hơn" alone still
// bounds it from above.
it.each([
  ['Bà Rịa - Vũng Tàu dẫn đầu với tổng vốn đầu tư đăng ký hơn 1,52 tỉ USD, gấp hơn 12 lần cùng kỳ.', 'not_computable', 'không bị chặn phía nào', 'bounded on neither side'],
  ['Bà Rịa - Vũng Tàu dẫn đầu với tổng vốn đầu tư đăng ký 1,52 tỉ USD, gấp hơn 12 lần cùng kỳ.', 'implied', 'dưới 0,13', 'below 0,13'],
])('a base implied from two bounds: %s', (text, verdict, vi, en) => {
  const change = checkProse(text).claims.find((c) => c.kind === 'comparison');
  expect([change?.verdict, change?.message.includes(vi), change?.messageEn.includes(en)]).toEqual([verdict, true, true]);
});

describe('consistency checks in the report', () => {
  // GSO Q1/2022 growth of 5,03% with the services contribution written 2,71 instead of 2,17 points.
  const raw = 'Quý I/2022 GDP tăng 5,03%, trong đó nông nghiệp đóng góp 0,29 điểm phần trăm, công nghiệp đóng góp 2,57 điểm phần trăm, dịch vụ đóng góp 2,71 điểm phần trăm.';

  it('names the claims and the figures a check read itself, in text order', () => {
    const report = checkProse(raw);
    const [check] = report.checks;
    expect(check?.kind).toBe('contributions-not-total');
    expect(check?.spans.map((s) => report.text.slice(s.start, s.end))).toEqual([
      'tăng 5,03%',
      'đóng góp 0,29 điểm phần trăm',
      'đóng góp 2,57 điểm phần trăm',
      'đóng góp 2,71 điểm phần trăm',
    ]);
    expect(proseFails(report)).toBe(true);
  });

  it('keeps what was checked and not reported apart, with its spans', () => {
    const report = checkProse(raw.replace('2,71', '2,17'));
    expect(report.checks).toEqual([]);
    expect(report.explanations.map((e) => [e.kind, e.spans.length])).toEqual([['contributions-not-total', 4]]);
  });
});

describe('edge cases', () => {
  it('normalises decomposed text and points its offsets into the text it returns', () => {
    const raw = 'Năm 2022 doanh thu tăng 12,4% so với năm 2020.'.normalize('NFD');
    const report = checkProse(raw);
    expect(report.text).toBe(raw.normalize('NFC'));
    const [claim] = report.claims;
    expect(claim === undefined ? '' : report.text.slice(claim.start, claim.end)).toBe('tăng 12,4% so với năm 2020');
  });

  it.each([
    ['empty text', ''],
    ['text without figures', 'Tỉnh đã đạt nhiều thành tựu.'],
  ])('%s gives an empty report that passes', (_name, raw) => {
    const report = checkProse(raw);
    expect(report.claims).toEqual([]);
    expect(report.checks).toEqual([]);
    expect(proseFails(report)).toBe(false);
  });

  it('a warning alone does not fail the text', () => {
    expect(proseFails({ claims: [], checks: [{ kind: 'conflicting-values', severity: 'warning', claims: [], spans: [], places: [], message: { vi: '', en: '' }, indicator: null, year: null, computed: null }] })).toBe(false);
  });
});
