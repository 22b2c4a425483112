import { describe, expect, it } from 'vitest';
import { checkDocumentTables } from './document-tables';
import type { TableBlock } from './table-blocks';

// Figures in the style of the Cao Bằng 2022 report tables (data/), rows written for this test.
const ROWS = [
  ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2015', 'Năm 2020', 'Năm 2020 so với năm 2015'],
  ['1', 'GDP bình quân đầu người', 'Triệu đồng', '10,6', '39,8', 'Tăng 3,8 lần'],
  ['2', 'Thu ngân sách', 'Tỷ đồng', '1.042,5', '1.563,7', 'Tăng 60%'],
];

function withBlock(before: string, rows: readonly (readonly string[])[], after: string, page?: number): { text: string; block: TableBlock } {
  const body = rows.map((r) => r.join('\t')).join('\n');
  const text = `${before}\n${body}\n${after}`;
  return { text, block: { start: before.length + 1, end: before.length + 1 + body.length, rows, ...(page === undefined ? {} : { page }) } };
}

describe('checkDocumentTables', () => {
  it('checks a report table with its indicator names and blanks it out of the text', () => {
    const { text, block } = withBlock('Mở đầu.', ROWS, 'Kết luận.', 3);
    const checked = checkDocumentTables('bao-cao.pdf', text, [block]);
    expect(checked.tables).toHaveLength(1);
    expect(checked.tables[0]).toMatchObject({ index: 1, page: 3 });
    expect(checked.tables[0]?.results.map((r) => [r.indicator, r.verdict])).toEqual([
      ['GDP bình quân đầu người', 'match'],
      ['Thu ngân sách', 'mismatch'],
    ]);
    expect(checked.text.length).toBe(text.length);
    expect(checked.text.trim().split(/\s+/u)).toEqual(['Mở', 'đầu.', 'Kết', 'luận.']);
  });
});

describe('edge cases', () => {
  it('a block that is no report table stays in the text', () => {
    const { text, block } = withBlock('Ký tên', [['Người lập', 'Thủ trưởng'], ['Nguyễn Văn A', 'Trần Thị B']], '');
    expect(checkDocumentTables('bao-cao.docx', text, [block])).toEqual({ text, tables: [], source: null });
  });

  it('no blocks leaves the text as it is', () => {
    expect(checkDocumentTables('a.docx', 'Năm 2022 đạt 5%.', [])).toEqual({ text: 'Năm 2022 đạt 5%.', tables: [], source: null });
  });

  it('a cell holding a quote is read whole', () => {
    const rows = [ROWS[0]!, ['1', 'Sản phẩm "OCOP"', 'Sản phẩm', '10', '20', 'Gấp 2 lần']];
    const { text, block } = withBlock('', rows, '');
    expect(checkDocumentTables('a.docx', text, [block]).tables[0]?.results[0]).toMatchObject({ indicator: 'Sản phẩm "OCOP"', verdict: 'match' });
  });
});
