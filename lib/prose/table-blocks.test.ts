import { describe, expect, it } from 'vitest';
import { findTableBlocks } from './table-blocks';

describe('findTableBlocks', () => {
  it('reads two or more tab-separated lines as one block of rows, with its page', () => {
    const text = 'Trang một.\n\nBảng 1\nChỉ tiêu\tNăm 2022\nSố doanh nghiệp\t1.894\nHết.';
    const start = text.indexOf('Chỉ tiêu');
    expect(findTableBlocks(text, [0, 12])).toEqual([
      { start, end: text.indexOf('\nHết'), rows: [['Chỉ tiêu', 'Năm 2022'], ['Số doanh nghiệp', '1.894']], page: 2 },
    ]);
  });

  it('finds two blocks apart', () => {
    const text = 'a\tb\nc\td\nchữ\ne\tf\ng\th';
    expect(findTableBlocks(text, [0]).map((b) => b.rows.length)).toEqual([2, 2]);
  });
});

describe('edge cases', () => {
  it.each([
    ['no tabs', 'Năm 2022 đạt 845,5 triệu USD.'],
    ['a single tab line', 'chữ\na\tb\nchữ'],
    ['an empty text', ''],
  ])('%s has no block', (_label, text) => {
    expect(findTableBlocks(text, [0])).toEqual([]);
  });

  it('a block at the very end of the text is kept', () => {
    expect(findTableBlocks('x\na\tb\nc\td', [0])).toHaveLength(1);
  });
});
