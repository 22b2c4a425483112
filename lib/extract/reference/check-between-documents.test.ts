import { describe, expect, it } from 'vitest';
import { checkProse } from '../check-prose';
import { checkBetweenDocuments } from './check-between-documents';

// Real figures: Nam Định GRDP 2022 at current prices was 91.965.673 million đồng (yearbook 2022, table 30);
// the sentences are ours, the second document's 91.695,7 a planted digit swap.
const first = checkProse('Năm 2022, quy mô GRDP theo giá hiện hành đạt 91.965,7 tỷ đồng.').claims;

describe('checkBetweenDocuments', () => {
  it.each([
    ['Năm 2022, GRDP theo giá hiện hành đạt 91.695,7 tỷ đồng.', 1],
    ['Năm 2022, tổng sản phẩm trên địa bàn theo giá hiện hành đạt 91.965.673 triệu đồng.', 0],
    ['Năm 2022, quy mô GRDP theo giá hiện hành đạt 92 nghìn tỷ đồng.', 0],
  ])('“%s” gives %i findings', (text, count) => {
    const findings = checkBetweenDocuments(first, [{ id: 'b', title: 'Báo cáo B', claims: checkProse(text).claims }], []);
    expect(findings).toHaveLength(count);
    if (count > 0) {
      expect(findings[0]).toMatchObject({ kind: 'differs-between-documents', severity: 'warning', year: 2022 });
      expect(findings[0]?.message.vi).toContain('Báo cáo B');
    }
  });

  describe('edge cases', () => {
    it.each([
      ['another year', 'Năm 2021, quy mô GRDP theo giá hiện hành đạt 84.096,8 tỷ đồng.'],
      ['another period', 'Sáu tháng đầu năm 2022, quy mô GRDP theo giá hiện hành đạt 42.818 tỷ đồng.'],
      ['another price base', 'Năm 2022, GRDP theo giá so sánh 2010 đạt 50.000 tỷ đồng.'],
      ['another indicator', 'Năm 2022, thu ngân sách đạt 4.135 tỷ đồng.'],
    ])('never compares %s', (_name, text) => {
      expect(checkBetweenDocuments(first, [{ id: 'b', title: 'B', claims: checkProse(text).claims }], [])).toEqual([]);
    });
  });
});
