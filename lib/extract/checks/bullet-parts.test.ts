import { describe, expect, it } from 'vitest';
import { extractClaims } from '../finding/extract-claims';
import { bulletLists } from './bullet-parts';
import { claimsBySentence, sentenceSpans } from './sentence-spans';

/** Every list opened over bullet lines, as [total, ...parts, whole?]. */
function listsOf(text: string): (number | boolean)[][] {
  const claims = extractClaims(text);
  const sentences = sentenceSpans(text);
  const bySentence = claimsBySentence(sentences, claims);
  return sentences.flatMap((_s, at) => bulletLists(text, sentences, at, bySentence)).map((l) => [l.total.value, ...l.parts.map((p) => p.value), l.exhaustive]);
}

// Lines written for these tests, with the figures of Hậu Giang's budget of March 2023 (MPI portal, "Tình hình kinh tế -
// xã hội tháng 3 và quý I năm 2023 tỉnh Hậu Giang"): 555,50 tỷ đồng in March and 1.636,18 since January, of which domestic
// 500 and 1.498,51, imports and exports 55,50 and 137,67.
const HAUGIANG = (domestic: string) =>
  [
    '- Thu ngân sách nhà nước trên địa bàn tháng 3 được 555,50 tỷ đồng, lũy kế được 1.636,18 tỷ đồng, bao gồm:',
    `+ Thu nội địa: 500 tỷ đồng, lũy kế được ${domestic} tỷ đồng, bằng 27,08% dự toán.`,
    '+ Thu từ hoạt động xuất nhập khẩu: 55,50 tỷ đồng, lũy kế được 137,67 tỷ đồng.',
  ].join('\n');

describe('bulletLists', () => {
  it.each<[string, string, (number | boolean)[][]]>([
    ['two columns of levels, the month and the year so far', HAUGIANG('1.498,51'), [[555.5, 500, 55.5, true], [1636.18, 1498.51, 137.67, true]]],
    [
      'a line "Trong đó:" alone, its total on the line before, past a bullet of another kind',
      [
        'Tổng vốn đầu tư thực hiện năm 2023 ước đạt 12.000 tỷ đồng.',
        'Trong đó:',
        '- Vốn nhà nước 4.000 tỷ đồng;',
        '+ Vốn trung ương 1.500 tỷ đồng;',
        '- Vốn ngoài nhà nước 7.000 tỷ đồng.',
      ].join('\n'),
      [[12000, 4000, 7000, false]],
    ],
  ])('%s', (_name, text, expected) => {
    expect(listsOf(text)).toEqual(expected);
  });
});

describe('edge cases', () => {
  it.each([
    ['a marker with no colon', HAUGIANG('1.498,51').replace('bao gồm:', 'bao gồm')],
    ['one bullet line only', HAUGIANG('1.498,51').split('\n').slice(0, 2).join('\n')],
    ['bullet lines with fewer levels than the total line', HAUGIANG('1.498,51').replace(', lũy kế được 137,67 tỷ đồng', '')],
    ['bullet lines in another unit', 'Năm 2023 toàn tỉnh có 120 dự án, gồm:\n+ Dự án mới: 2.000 tỷ đồng;\n+ Dự án mở rộng: 1.000 tỷ đồng.'],
    ['lines that are no bullets', 'Vốn đầu tư đạt 12.000 tỷ đồng, bao gồm:\nVốn nhà nước 4.000 tỷ đồng.\nVốn ngoài nhà nước 7.000 tỷ đồng.'],
  ])('%s: no list', (_name, text) => {
    expect(listsOf(text)).toEqual([]);
  });
});
