import { describe, expect, it } from 'vitest';
import { readTableRow } from './read-table-row';

const HEADER = 'STT Chỉ tiêu Đơn vị tính Năm 2012 Năm 2023 Năm 2023 so sánh với năm 2012 ';

describe('readTableRow', () => {
  it.each<[string, string, string | null, number, number, string | null]>([
    ['first row after the header', `${HEADER}1 Sản lượng chè Nghìn tấn 12,5 30,1 `, 'Sản lượng chè', 12.5, 30.1, 'nghìn tấn'],
    ['a row without its number', `${HEADER}Doanh thu dịch vụ Tỷ đồng 1.204 6.210,4 `, 'Doanh thu dịch vụ', 1204, 6210.4, 'tỷ đồng'],
    ['a percent unit column', `${HEADER}4 Tỷ lệ hộ dùng điện % 71,5 99,2 `, 'Tỷ lệ hộ dùng điện', 71.5, 99.2, '%'],
    ['a per-hectare unit column', `${HEADER}Giá trị trên 1 ha đất Triệu đồng/ha 25 61 `, 'Giá trị trên 1 ha đất', 25, 61, 'triệu đồng/ha'],
    ['a bare currency column', `${HEADER}Thu nhập bình quân USD 310 1.150 `, 'Thu nhập bình quân', 310, 1150, 'USD'],
    ['no unit column', `${HEADER}Số xã đạt chuẩn 12 40 `, 'Số xã đạt chuẩn', 12, 40, null],
  ])('%s', (_name, context, indicator, from, to, unit) => {
    const row = readTableRow(context, 0);
    expect(row?.indicator).toBe(indicator);
    expect(row?.years).toEqual([2023]);
    expect(row?.compareTo).toEqual({ year: 2012 });
    expect(row?.endpoints.from).toMatchObject({ value: from, year: 2012, unit });
    expect(row?.endpoints.to).toMatchObject({ value: to, year: 2023, unit });
  });

  it('reads a later row from where the previous claim ended', () => {
    const context = `${HEADER}1 Sản lượng chè Nghìn tấn 12,5 30,1 Tăng 2,4 lần 2 Số trang trại Trang trại 40 95 `;
    const start = context.indexOf(' 2 Số');
    const row = readTableRow(context, start);
    expect(row?.indicator).toBe('Số trang trại Trang trại');
    expect(context.slice(row?.valuesStart)).toBe('40 95 ');
  });
});

describe('edge cases', () => {
  it.each([
    ['no header', '1 Sản lượng chè Nghìn tấn 12,5 30,1 '],
    ['one value only', `${HEADER}Sản lượng chè Nghìn tấn 30,1 `],
    ['words after the values', `${HEADER}Sản lượng chè 12,5 30,1 nghìn tấn `],
    ['empty text', ''],
  ])('%s is not a table row', (_name, context) => {
    expect(readTableRow(context, 0)).toBeNull();
  });
});
