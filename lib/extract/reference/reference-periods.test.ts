import { describe, expect, it } from 'vitest';
import { checkProse, proseFails } from '../check-prose';
import { referenceFromFiles } from '../../prose/reference-sources';
import { mergeProvinces } from '../../prose/reference-values';

/*
 * Periods and statuses. Thái Nguyên's budget revenue for the first half of 2022 was estimated at 9.528,3 tỷ đồng,
 * up 29,3% on the same period of 2021 (thainguyen-2022-h1, as in lib/corpus/prose-cases-forms.ts); the 2021 base
 * 7.369,1 is derived by us from those two real figures. The report sentences are ours.
 */
const SERIES =
  'chỉ tiêu;đơn vị tính;năm;kỳ;giá trị;trạng thái;nguồn\n' +
  'Thu ngân sách trên địa bàn;Tỷ đồng;2021;6T;7.369,1;chính thức;Báo cáo 6 tháng 2022\n' +
  'Thu ngân sách trên địa bàn;Tỷ đồng;2022;6T;9.528,3;ước tính;Báo cáo 6 tháng 2022\n';
const reference = referenceFromFiles([{ name: 'thai-nguyen-6t.csv', bytes: SERIES }], 'thai-nguyen-6t.csv', { vi: 'Thái Nguyên 6 tháng', en: 'Thái Nguyên half-year' });
if (!reference.ok) throw new Error(reference.message);

function only(text: string) {
  return checkProse(text, [reference.ok ? reference.source : (undefined as never)]);
}

describe('periods and statuses of reference values', () => {
  it.each([
    ['Sáu tháng đầu năm 2022, thu ngân sách trên địa bàn tăng 29,3% so với cùng kỳ năm trước.', 'match'],
    ['6 tháng đầu năm 2022, thu ngân sách trên địa bàn bằng 129,3% so với cùng kỳ.', 'match'],
    ['Sáu tháng đầu năm 2022, thu ngân sách trên địa bàn tăng 31,3% so với cùng kỳ năm trước.', 'mismatch'],
  ])('“%s” compares the same half-years: %s', (text, verdict) => {
    const report = only(text);
    const claim = report.claims.find((c) => c.kind === 'comparison' || c.kind === 'index');
    expect(claim?.verdict).toBe(verdict);
    expect(claim?.basis).toEqual({ reference: 'thai-nguyen-6t.csv' });
    expect(claim?.message).toContain('6 tháng');
    expect(claim?.message).toContain('ước tính');
    // The later value is an estimate: a difference from it is a warning, never a failure.
    expect(claim?.provisional).toBe(true);
    expect(proseFails(report)).toBe(false);
  });

  it('holds no level against the reference whose year only the sentence before gave', () => {
    const report = only('Sáu tháng đầu năm 2022, GRDP của tỉnh tăng 6,5%. Thu ngân sách trên địa bàn ước đạt 9.582,3 tỷ đồng.');
    expect(report.claims.map((c) => [c.years, c.period])).toEqual([[[2022], 'L6'], [[2022], 'L6']]);
    expect(report.checks).toEqual([]);
    // …while the same sentence with its own time is held against it
    expect(only('Sáu tháng đầu năm 2022, thu ngân sách trên địa bàn ước đạt 9.582,3 tỷ đồng.').checks).toHaveLength(1);
  });

  it('gives a printed level that differs from an estimate as a warning', () => {
    const report = only('Sáu tháng đầu năm 2022, thu ngân sách trên địa bàn ước đạt 9.582,3 tỷ đồng.');
    expect(report.checks).toMatchObject([{ kind: 'differs-from-reference', severity: 'warning' }]);
    expect(report.checks[0]?.message.vi).toContain('ước tính');
    expect(proseFails(report)).toBe(false);
  });

  describe('edge cases', () => {
    it('never compares a whole year with a half-year value', () => {
      const report = only('Năm 2022, thu ngân sách trên địa bàn tăng 29,3% so với năm 2021.');
      const claim = report.claims.find((c) => c.kind === 'comparison');
      expect(claim?.basis).toBe('document');
      expect(claim?.verdict).toBe('not_computable');
    });

    it.each([
      ['kỳ', 'mùa khô', 'dòng 2, cột “kỳ”'],
      ['trạng thái', 'tạm', 'dòng 2, cột “trạng thái”'],
    ])('refuses a bad %s cell, naming file, row and column', (_column, cell, where) => {
      const bad = SERIES.replace(_column === 'kỳ' ? ';6T;7.369,1' : ';chính thức;', _column === 'kỳ' ? `;${cell};7.369,1` : `;${cell};`);
      const read = referenceFromFiles([{ name: 'xau.csv', bytes: bad }], 'xau.csv', { vi: 'x', en: 'x' });
      expect(read.ok).toBe(false);
      expect(!read.ok && read.message).toContain(`xau.csv, ${where}`);
    });
  });
});

describe('mergeProvinces', () => {
  // Invented, consistent figures: two old provinces and the sum the merged province is compared with.
  const base = { indicatorId: 'thu', names: ['Thu ngân sách'], source: '', period: '', status: 'final' as const };
  it('sums additive series of all old provinces, keeping the least final status', () => {
    const merged = mergeProvinces([
      { ...base, unit: 'Tỷ đồng', year: 2024, value: 1200.5, decimals: 1, province: 'Tỉnh A' },
      { ...base, unit: 'Tỷ đồng', year: 2024, value: 800, decimals: 0, province: 'Tỉnh B', status: 'preliminary' },
    ]);
    expect(merged).toMatchObject([{ value: 2000.5, decimals: 0, status: 'preliminary', parts: ['Tỉnh A', 'Tỉnh B'] }]);
  });

  describe('edge cases', () => {
    it.each([
      ['a rate', '%', 2],
      ['a per-head figure', 'Triệu đồng/người', 2],
    ])('never sums %s', (_name, unit, provinces) => {
      const values = Array.from({ length: provinces }, (_, i) => ({ ...base, unit, year: 2024, value: 5, decimals: 0, province: `Tỉnh ${i}` }));
      expect(mergeProvinces(values)).toEqual([]);
    });
    it('needs every old province for a year', () => {
      expect(
        mergeProvinces([
          { ...base, unit: 'Tỷ đồng', year: 2023, value: 1, decimals: 0, province: 'Tỉnh A' },
          { ...base, unit: 'Tỷ đồng', year: 2024, value: 1, decimals: 0, province: 'Tỉnh A' },
          { ...base, unit: 'Tỷ đồng', year: 2024, value: 2, decimals: 0, province: 'Tỉnh B' },
        ]),
      ).toMatchObject([{ year: 2024, value: 3 }]);
    });
    it('leaves a one-province file as it is', () => {
      expect(mergeProvinces([{ ...base, unit: 'Tỷ đồng', year: 2024, value: 1, decimals: 0, province: null }])).toHaveLength(1);
    });
  });
});
