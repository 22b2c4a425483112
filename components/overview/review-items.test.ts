import { describe, expect, it } from 'vitest';
import { makeExportRow } from '@/lib/export/test-rows';
import { reviewItems } from './review-items';

// Rows shaped like the bundled Cao Bằng tables (data/so-sanh-2015-2022.csv, data/bang-1-1991-2008.csv).
const services = makeExportRow({
  row: 3, indicator: 'Cơ cấu kinh tế: dịch vụ', unit: '%', claim: 'tăng từ 54,06% lên 53,75%', kind: 'direction',
  verdict: 'wrong_direction', computed: -0.31, from: { year: 2015, value: 54.06 }, to: { year: 2022, value: 53.75 }, tableId: 'so-sanh', key: 'so-sanh:3',
  cells: [
    { year: 2015, raw: '54,06', value: 54.06, decimals: 2, warning: null },
    { year: 2022, raw: '53,75', value: 53.75, decimals: 2, warning: null },
  ],
});
const investment = makeExportRow({
  row: 12, indicator: 'Tổng vốn đầu tư toàn xã hội', claim: 'bình quân tăng trên 10%/năm', kind: 'average-annual',
  verdict: 'mismatch', computed: 4.8776, expected: 'tăng 5%/năm', key: 'so-sanh:12', tableId: 'so-sanh',
});
const poverty = makeExportRow({
  row: 8, indicator: 'Tỷ lệ hộ nghèo', unit: '%', claim: 'Giảm 28,75%', kind: 'percent', verdict: 'match_points', computed: 46.0737,
  expected: 'giảm 28,75 điểm phần trăm', from: { year: 1991, value: 62.4 }, to: { year: 2008, value: 33.65 }, key: 'bang-1:8', tableId: 'bang-1',
});
const tourists = makeExportRow({
  row: 5, indicator: 'Lượt khách du lịch', claim: 'tăng 160%', kind: 'percent', verdict: 'implied', computed: null,
  implied: { side: 'from', value: 400807.6923 }, from: { year: 2015, value: null }, to: { year: 2022, value: 1042100 }, key: 'so-sanh:5',
  cells: [
    { year: 2015, raw: '', value: null, decimals: 0, warning: null },
    { year: 2022, raw: '1.042.100', value: 1042100, decimals: 0, warning: null },
  ],
});

describe('reviewItems', () => {
  const items = reviewItems([makeExportRow(), tourists, poverty, investment, services], 'vi');

  it('lists every claim but the matching ones, worst first', () => {
    expect(items.map((i) => i.verdict)).toEqual(['wrong_direction', 'mismatch', 'match_points', 'implied']);
    expect(items.map((i) => i.urgent)).toEqual([true, true, true, false]);
  });

  it.each([
    [0, 'Số liệu 54,06 → 53,75 (2015–2022) giảm, ngược chiều nhận định.'],
    [1, 'Tính lại được 4,9%/năm; lẽ ra in “tăng 5%/năm”.'],
    [2, 'Chỉ đúng nếu hiểu là hiệu số (-28,750 điểm %); nên in “giảm 28,75 điểm phần trăm”.'],
    [3, 'Tài liệu không in giá trị năm 2015; nhận định ngụ ý ≈ 400.808.'],
  ])('item %d says why: %s', (index, reason) => {
    expect(items[index]?.reason).toBe(reason);
  });

  it('links each item to its table row', () => {
    expect(items[0]?.href).toBe('/bang/so-sanh#row-3');
  });

  describe('edge cases', () => {
    it('gives nothing to review when every claim matches', () => {
      expect(reviewItems([makeExportRow()], 'en')).toEqual([]);
    });
    it('keeps the English language in the row link and the reason', () => {
      const [item] = reviewItems([services], 'en');
      expect(item?.href).toBe('/bang/so-sanh?lang=en#row-3');
      expect(item?.reason).toBe('The values 54,06 → 53,75 (2015–2022) fall: the opposite of the claim.');
    });
  });
});
