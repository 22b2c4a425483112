import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentSentences } from './segment-sentences';

function shape(text: string): [string, number][] {
  return segmentSentences(text).map((s) => [s.text, s.sentence]);
}

describe('segmentSentences', () => {
  it.each<[string, string, [string, number][]]>([
    ['two sentences', 'Số hộ nghèo giảm. Số trường tăng.', [['Số hộ nghèo giảm', 0], ['Số trường tăng', 1]]],
    ['a grouped number is not a boundary', 'Dân số đạt 2.310.500 người. Tiếp theo', [['Dân số đạt 2.310.500 người', 0], ['Tiếp theo', 1]]],
    ['a decimal comma after grouping is not a boundary', 'thu 6.210,4 tỷ đồng.', [['thu 6.210,4 tỷ đồng', 0]]],
    ['a semicolon splits clauses of one sentence', 'đạt 6%/năm; giai đoạn sau đạt 5%/năm.', [['đạt 6%/năm', 0], ['giai đoạn sau đạt 5%/năm', 0]]],
    ['a paragraph break ends a sentence', 'Mục một\nMục hai', [['Mục một', 0], ['Mục hai', 1]]],
    ['an abbreviation does not end a sentence', 'Tại TP. Hải Phòng có 12 chợ.', [['Tại TP. Hải Phòng có 12 chợ', 0]]],
    ['a period before lowercase is not a boundary', 'dài 3 km. và rộng 2 km.', [['dài 3 km. và rộng 2 km', 0]]],
    ['an inline numbered item starts a clause', 'gồm: (1) Đề án một; (2) Đề án hai.', [['gồm:', 0], ['(1) Đề án một', 0], ['(2) Đề án hai', 0]]],
    ['a list item after a period starts a sentence', 'như sau. - Lúa đạt 5 tấn.', [['như sau', 0], ['- Lúa đạt 5 tấn', 1]]],
    ['an ellipsis before an uppercase word ends a sentence', 'các điểm: chợ, bến... Hạ tầng tốt', [['các điểm: chợ, bến', 0], ['Hạ tầng tốt', 1]]],
    ['a colon does not split', 'trong đó: học sinh đạt 98%', [['trong đó: học sinh đạt 98%', 0]]],
    // TP Hồ Chí Minh's services, Q1 2022 (our words, its figures): a sentence that opens with a count
    ['a sentence that opens with a count', 'tài chính (8,9%). 4 ngành này chiếm 64,4%.', [['tài chính (8,9%)', 0], ['4 ngành này chiếm 64,4%', 1]]],
    // Chương Mỹ's growth, 2018 (our words): a sentence typed against the last, with no space after the dot
    ['a dot between a word and a capitalised word, no space', 'của Thành phố.Thu nhập tăng.', [['của Thành phố', 0], ['Thu nhập tăng', 1]]],
    ['"Tp.Hồ Chí Minh" and "ThS.Nguyễn" are abbreviations', 'tại Tp.Hồ Chí Minh, ThS.Nguyễn nói.', [['tại Tp.Hồ Chí Minh, ThS.Nguyễn nói', 0]]],
    ['a period before a number and an uppercase word is no start of a count', 'đạt 5,2 km. 3 Km nữa', [['đạt 5,2 km. 3 Km nữa', 0]]],
  ])('%s', (_name, text, expected) => {
    expect(shape(text)).toEqual(expected);
  });

  it('gives offsets into the text', () => {
    const text = 'Năm 2021 đạt 5%; năm 2022 đạt 6%.';
    for (const s of segmentSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('edge cases', () => {
  it('reads a long run of dots once, as one sentence end', () => {
    const text = `Mục lục ${'.'.repeat(50_000)} Phần một`;
    expect(segmentSentences(text).map((s) => [s.text, s.sentence])).toEqual([
      ['Mục lục', 0],
      ['Phần một', 1],
    ]);
  });

  it.each([
    ['empty text', ''],
    ['only punctuation', ' ; . ; \n '],
    ['only dashes and brackets', '- ( ) …'],
  ])('%s gives no segments', (_name, text) => {
    expect(segmentSentences(text)).toEqual([]);
  });

  it('segments are trimmed, non-empty, ordered and sentence indices never decrease, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        const segments = segmentSentences(text);
        let lastEnd = 0;
        let lastSentence = 0;
        for (const s of segments) {
          expect(s.text.length).toBeGreaterThan(0);
          expect(s.text).toBe(s.text.trim());
          expect(s.start).toBeGreaterThanOrEqual(lastEnd);
          expect(s.sentence).toBeGreaterThanOrEqual(lastSentence);
          expect(text.slice(s.start, s.end)).toBe(s.text);
          lastEnd = s.end;
          lastSentence = s.sentence;
        }
      }),
    );
  });
});
