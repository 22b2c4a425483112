import { describe, expect, it } from 'vitest';
import { readTable } from './read-table';
import { encodeText } from './testing/encode-text';
import { describeTableProblem } from './messages';

const REPORT = 'STT;Chỉ tiêu;Đơn vị tính;Năm 2009;Năm 2022;Năm 2022 so sánh với năm 2009\n1;GDP bình quân đầu người;Triệu đồng;10,6;39,8;Tăng 3,8 lần\n';
const SERIES = 'indicator,unit,year,value,source\nThu ngân sách trên địa bàn,Tỷ đồng,1991,"9,4",Bảng 1\n';

describe('readTable', () => {
  it.each<[string, string | Uint8Array, 'report' | 'series']>([
    ['a report table', REPORT, 'report'],
    ['a long series', SERIES, 'series'],
    ['a Vietnamese long series', 'chỉ tiêu;đơn vị tính;năm;giá trị;nguồn\nA;%;2009;1,5;x\n', 'series'],
    ['a long series below a title', `CHUỖI SỐ LIỆU\n${SERIES}`, 'series'],
    ['a UTF-16 report table', encodeText(REPORT, 'utf-16be'), 'report'],
  ])('reads %s', (_name, input, kind) => {
    const r = readTable(input, 'x.csv');
    expect(r.ok && r.value.kind).toBe(kind);
  });
});

describe('edge cases', () => {
  it('passes a report table refusal through', () => {
    const r = readTable('Chỉ tiêu;Ghi chú\nA;b\n', 'x.csv');
    expect(r.ok ? null : r.error.code).toBe('no-year-column');
  });

  it('passes a decoding refusal through', () => {
    const r = readTable(Uint8Array.from([0x25, 0x50, 0x44, 0x46]), 'x.pdf');
    expect(r.ok ? null : describeTableProblem(r.error, 'vi').startsWith('x.pdf: đây là tệp PDF')).toBe(true);
  });

  it('a table with a "Năm" column but year-named value columns is a report table', () => {
    const r = readTable('Chỉ tiêu;Năm;Năm 2009\nGDP;ghi;10,6\n', 'x.csv');
    expect(r.ok && r.value.kind).toBe('report');
  });
});
