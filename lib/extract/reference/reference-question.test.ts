import { describe, expect, it } from 'vitest';
import { checkProse } from '../check-prose';
import { referenceFromFiles } from '../../prose/reference-sources';
import { indicatorKey } from '../../verify/indicator-key';

/*
 * Nam Định, first half of 2022 (baonamdinh.vn, the statistics office's press release of 28 June 2022): total
 * state budget revenue estimated at 14.647 tỷ đồng, of which revenue collected in the province 4.135 tỷ đồng.
 * "Thu ngân sách" fits both series: a question, never a verdict, until the user answers.
 */
const SERIES =
  'chỉ tiêu;đơn vị tính;năm;kỳ;giá trị;trạng thái\n' +
  'Tổng thu ngân sách nhà nước;Tỷ đồng;2022;6T;14.647;ước tính\n' +
  'Thu ngân sách nhà nước trên địa bàn;Tỷ đồng;2022;6T;4.135;ước tính\n';
const read = referenceFromFiles([{ name: 'nam-dinh-6t.csv', bytes: SERIES }], 'nam-dinh-6t.csv', { vi: 'Nam Định 6 tháng', en: 'Nam Định half-year' });
if (!read.ok) throw new Error(read.message);
const TEXT = 'Sáu tháng đầu năm 2022, thu ngân sách ước đạt 4.135 tỷ đồng.';

describe('an indicator that fits several reference series', () => {
  it('is a question, never a verdict', () => {
    const report = checkProse(TEXT, [read.ok ? read.source : (undefined as never)]);
    expect(report.questions).toEqual([
      { printed: 'thu ngan sach', name: 'thu ngân sách', candidates: ['Tổng thu ngân sách nhà nước', 'Thu ngân sách nhà nước trên địa bàn'] },
    ]);
    expect(report.claims[0]?.reference).toMatchObject({ kind: 'question' });
    expect(report.checks).toEqual([]);
  });

  it.each([
    ['Thu ngân sách nhà nước trên địa bàn', 'agrees', 0],
    ['Tổng thu ngân sách nhà nước', 'differs', 1],
  ])('reuses the answer “%s”: %s', (choice, kind, findings) => {
    const rules = { synonyms: [], answers: [{ printed: 'thu ngan sach', choice: indicatorKey(choice) }] };
    const report = checkProse(TEXT, [read.ok ? read.source : (undefined as never)], rules);
    expect(report.questions).toEqual([]);
    expect(report.claims[0]?.reference).toMatchObject({ kind, reference: 'nam-dinh-6t.csv', period: 'L6', status: 'estimate' });
    expect(report.checks).toHaveLength(findings);
  });

  describe('edge cases', () => {
    it('keeps the answer “none of them”', () => {
      const report = checkProse(TEXT, [read.ok ? read.source : (undefined as never)], { synonyms: [], answers: [{ printed: 'thu ngan sach', choice: null }] });
      expect(report.claims[0]?.reference).toBeNull();
      expect(report.questions).toEqual([]);
    });
  });
});
