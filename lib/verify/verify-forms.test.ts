import { describe, expect, it } from 'vitest';
import { parseClaim, type ClaimColumn } from '../claims/parse-claim';
import type { Verdict } from './types';
import { verifyClaim } from './verify-claim';
import { claimColumnOf } from './claim-column';

/**
 * Verdicts on the forms of spec §2b, with the real figures of the issue-12 corpus documents (named per case).
 */
interface Row {
  readonly name: string;
  readonly claim: string;
  readonly column?: ClaimColumn;
  readonly from: readonly [number, number] | null;
  readonly to: readonly [number, number] | null;
  readonly unit: string;
  readonly verdict: Verdict;
  readonly computed?: number;
}

const ROWS: readonly Row[] = [
  // quangngai-yearbook-2016 biểu 41: 47.684 → 44.908 nghìn đồng, index 94,18 (a fall, not a wrong direction)
  { name: 'index below 100', claim: '94,18', column: 'index', from: [47684, 0], to: [44908, 0], unit: 'Nghìn đồng', verdict: 'match', computed: 94.1783 },
  // same yearbook, 2011 on 2010 in USD: the point gives 111,55, only the interval rule holds 111,59
  { name: 'index by the interval rule', claim: '111,59', column: 'index', from: [1299, 0], to: [1449, 0], unit: 'USD', verdict: 'match' },
  // thainguyen-2022-h1: 9.528,3 against 7.369,1 tỷ đồng is 129,3 %; a planted 104,2 is a mismatch
  { name: 'index in prose', claim: 'bằng 129,3% so với cùng kỳ', from: [7369.1, 1], to: [9528.3, 1], unit: 'tỷ đồng', verdict: 'match', computed: 129.3007 },
  { name: 'index mismatch', claim: 'bằng 104,2% so với cùng kỳ', from: [7369.1, 1], to: [9528.3, 1], unit: 'tỷ đồng', verdict: 'mismatch' },
  { name: 'index implied', claim: 'tốc độ phát triển 104,8%', from: null, to: [1514.6, 1], unit: 'nghìn tỷ đồng', verdict: 'implied' },
  // bacgiang-ktxh-db: 21.922,6 → 72.384,8 tỷ đồng, "3,30 lần"
  { name: 'bare ratio', claim: '3,30 lần', from: [21922.6, 1], to: [72384.8, 1], unit: 'Tỷ đồng', verdict: 'match', computed: 3.3018 },
  // census-2019 against census-2009: 85.789.573 → 96.208.984 người, "tăng thêm 10,4 triệu người"
  { name: 'scale words against a plain unit', claim: 'Tăng thêm 10,4 triệu người', from: [85789573, 0], to: [96208984, 0], unit: 'Người', verdict: 'match', computed: 10.4194 },
  { name: 'scale words, wrong figure', claim: 'Tăng thêm 11,4 triệu người', from: [85789573, 0], to: [96208984, 0], unit: 'Người', verdict: 'mismatch' },
  // lfs-2023-q1-income (our pair): 6,36 → 7 triệu đồng is a rise of 640.000 đồng; the values' ±0,5 triệu holds it
  { name: 'a finer claim unit than the values', claim: 'tăng 640.000 đồng', from: [6.36, 2], to: [7, 0], unit: 'triệu đồng', verdict: 'match' },
  { name: 'a finer claim unit, implied', claim: 'tăng 640.000 đồng', from: null, to: [7, 0], unit: 'triệu đồng', verdict: 'implied' },
  // census-2019: 3,6 người/hộ in 2019, "thấp hơn 0,2 người/hộ" than 2009 (3,8)
  { name: 'comparative down', claim: 'Thấp hơn 0,2 người/hộ', from: [3.8, 1], to: [3.6, 1], unit: 'Người/hộ', verdict: 'match', computed: 0.2 },
  { name: 'comparative the wrong way', claim: 'Thấp hơn 0,2 người/hộ', from: [3.4, 1], to: [3.6, 1], unit: 'Người/hộ', verdict: 'wrong_direction' },
  // constructed from the form-range cases: 15,6 → 16,8 tỷ USD is +7,69 %, inside 7-8 %; from 15,1 it is +11,26 %
  { name: 'range holds', claim: 'tăng 7-8%', from: [15.6, 1], to: [16.8, 1], unit: 'tỷ USD', verdict: 'match' },
  { name: 'range missed', claim: 'tăng 7-8%', from: [15.1, 1], to: [16.8, 1], unit: 'tỷ USD', verdict: 'mismatch' },
  // form-signed-bracket-values: 1.153 → 1.046 doanh nghiệp, "giảm (-9,28%)"
  { name: 'signed bracket', claim: 'giảm (-9,28%)', from: [1153, 0], to: [1046, 0], unit: 'doanh nghiệp', verdict: 'match', computed: 9.2801 },
];

describe('verifyClaim on the forms of spec §2b', () => {
  it.each(ROWS)('$name', (row) => {
    const m = (p: readonly [number, number] | null) => (p === null ? null : { value: p[0], decimals: p[1] });
    const v = verifyClaim({ from: m(row.from), to: m(row.to), unit: row.unit, years: null, claim: parseClaim(row.claim, row.column) });
    expect(v.verdict).toBe(row.verdict);
    if (row.computed !== undefined) expect(v.computed).toBeCloseTo(row.computed, 3);
  });

  it('says a range in its message as printed', () => {
    const v = verifyClaim({ from: { value: 15.1, decimals: 1 }, to: { value: 16.8, decimals: 1 }, unit: 'tỷ USD', years: null, claim: parseClaim('tăng 7-8%') });
    expect(v.message.vi).toContain('7–8%');
    expect(v.message.en).toContain('7–8%');
  });
});

describe('claimColumnOf', () => {
  const YEARS = [{ index: 2, header: '2018', role: 'year' as const, year: 2018 }, { index: 3, header: '2019', role: 'year' as const, year: 2019 }];
  const table = (header: string, title: string | null = null, sections: string[] = [], notes: string[] = [], claims: string[] = ['101,2', '98,7']) => ({
    columns: [{ index: 0, header: 'Chỉ tiêu', role: 'indicator' as const }, ...YEARS, { index: 1, header, role: 'claim' as const }],
    title,
    sections: sections.map((s, i) => ({ line: i + 1, title: s })),
    notes,
    rows: claims.map((claim) => ({ claim })),
  });
  it.each([
    ['Năm 2013 so với năm 2012 (%)', null, [], 'index'],
    ['Năm 2016 so với năm 2015', 'Chỉ số phát triển (Năm trước = 100)', [], 'index'],
    ['Năm 2016 so với năm 2015', null, ['Năm trước = 100'], 'index'],
    ['Năm 2022 so sánh với năm 2009', null, [], 'comparison'],
    ['Tỷ lệ (%) so với 2009', null, [], 'comparison'],
    ['So sánh (=1000 người)', null, [], 'comparison'],
    ['Tốc độ tăng bình quân 2016-2020 (%)', null, [], 'average'],
    ['Tăng trưởng bình quân năm (%)', 'Chỉ số phát triển (Năm trước = 100)', [], 'average'],
  ] as const)('%s / %s / %j → %s', (header, title, sections, expected) => {
    expect(claimColumnOf(table(header, title, [...sections]))).toBe(expected);
  });
  it('a "Năm trước = 100" note kept by the reader, or a column read as index, makes an index column', () => {
    expect(claimColumnOf(table('Năm 2016 so với năm 2015', null, [], ['Năm trước = 100']))).toBe('index');
    expect(claimColumnOf(table('Năm 2016 so với năm 2015', null, [], ['Nguồn: Niên giám thống kê 2016']))).toBe('comparison');
    const indexRole = { ...table('Chỉ số'), columns: [{ index: 0, header: 'Chỉ tiêu', role: 'indicator' as const }, ...YEARS, { index: 1, header: 'Chỉ số', role: 'index' as const }] };
    expect(claimColumnOf(indexRole)).toBe('index');
  });

  // The tra fish of the Mekong delta, 8 months of 2019 against 2018 (Bộ NN&PTNT's table): rates of growth under "(%)".
  it.each([
    ['a header that names a rise or fall', 'Tăng, giảm năm 2019 so với năm 2018 (%)', ['28,33', '2,68'], 'growth'],
    ['"tăng (+), giảm (-)"', 'Tăng (+), giảm (-) so với năm trước (%)', ['28,33', '2,68'], 'growth'],
    ['a "(%)" column with a negative figure', '% 2019 so với 2018 (%)', ['-7,57', '28,33', '2,68'], 'growth'],
    ['a "(%)" column of figures all under 50', 'Năm 2019 so với năm 2018 (%)', ['28,33', '2,68', '17,19'], 'growth'],
    ['a "(%)" column of indices', 'Năm 2019 so với năm 2018 (%)', ['128,33', '102,68', '92,43'], 'index'],
    ['"Năm trước = 100" keeps an index column even under 50', 'Năm 2019 so với năm 2018 (Năm trước = 100)', ['45,1', '48,2'], 'index'],
  ] as const)('%s', (_name, header, claims, expected) => {
    expect(claimColumnOf(table(header, null, [], [], [...claims]))).toBe(expected);
  });

  it('a table that prints no values reads its bare figures as indices (a provincial IIP of June 2015)', () => {
    const alone = { ...table('Ước tính tháng 6 năm 2015 so với cùng kỳ năm 2014', null, [], [], ['99,93', '96,57']), columns: [{ index: 0, header: '', role: 'indicator' as const }, { index: 1, header: 'Ước tính tháng 6 năm 2015 so với cùng kỳ năm 2014', role: 'claim' as const }] };
    expect(claimColumnOf(alone)).toBe('index');
  });
});

describe('scale words in the result', () => {
  it('keeps the claim as printed while the arithmetic runs in the values’ unit', () => {
    // lfs-2023-q1 (our pair): "tăng 640.000 đồng" against values in triệu đồng
    const claim = parseClaim('tăng 640.000 đồng');
    const v = verifyClaim({ from: { value: 6.36, decimals: 2 }, to: { value: 7, decimals: 0 }, unit: 'triệu đồng', years: null, claim });
    expect(v.claim?.figure).toEqual({ value: 640000, decimals: 0 });
  });

  it.each<[string, string, number, string]>([
    // invented figures: a change in thousands against levels in millions, and one in đồng against triệu đồng
    ['tăng 8,3 nghìn người', 'triệu người', 8.3, '1.530 − 1.521,7 = 8,30 nghìn người → làm tròn 8,3 nghìn người'],
    ['tăng 197.000 đồng', 'triệu đồng', 197000, '4.350.000 − 4.153.000 = 197.000,00 đồng → làm tròn 197.000 đồng'],
  ])('writes the arithmetic of "%s" against values in %s in the claim\'s unit', (text, unit, computed, message) => {
    const from = unit === 'triệu người' ? { value: 1.5217, decimals: 4 } : { value: 4.153, decimals: 3 };
    const to = unit === 'triệu người' ? { value: 1.53, decimals: 2 } : { value: 4.35, decimals: 2 };
    const v = verifyClaim({ from, to, unit, years: null, claim: parseClaim(text) });
    expect(v.verdict).toBe('match');
    expect(v.computed).toBeCloseTo(computed, 4);
    expect(v.message.vi).toBe(message);
  });
});
