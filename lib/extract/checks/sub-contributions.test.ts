import { describe, expect, it } from 'vitest';
import { sentenceSpans } from './sentence-spans';
import { subContributions } from './sub-contributions';

/** The sub-contributions' sum, and whether it is a finding, for the first sentence of `text`. */
function outcome(text: string): [number | null, boolean] | null {
  const [sentence] = sentenceSpans(text);
  const found = sentence === undefined ? null : subContributions(text, sentence);
  return found === null ? null : [found.finding?.computed ?? null, found.finding !== null];
}

// Bình Định, first half of 2024 (Cục Thống kê; our words, its figures): the sector 2,93 points, the industry 2,22 and the
// construction 0,66, which add up to 2,88.
const BINH_DINH = (construction: string, join = ' trong khi') =>
  `Khu vực công nghiệp – xây dựng đóng góp 2,93 điểm phần trăm với mức tăng trưởng 10,33%; trong đó công nghiệp đóng góp 2,22 điểm phần trăm${join} xây dựng đóng góp ${construction} điểm phần trăm.`;

describe('subContributions', () => {
  it.each<[string, string, [number | null, boolean]]>([
    ['the industry and the construction below their sector', BINH_DINH('0,66'), [2.88, true]],
    ['the same with the construction printed 0,71', BINH_DINH('0,71'), [null, false]],
    ['the construction after a ";"', BINH_DINH('0,66', ';'), [2.88, true]],
  ])('%s', (_name, text, expected) => {
    const [sum, found] = outcome(text) ?? [null, false];
    expect([sum === null ? null : Math.round(sum * 100) / 100, found]).toEqual(expected);
  });

  describe('edge cases', () => {
    it.each<[string, string]>([
      ['no "trong đó"', BINH_DINH('0,66').replace('; trong đó', ';')],
      ['parts of another sector', BINH_DINH('0,66').replace('Khu vực công nghiệp – xây dựng', 'Khu vực dịch vụ')],
      ['one part only', 'Khu vực công nghiệp – xây dựng đóng góp 2,93 điểm phần trăm; trong đó công nghiệp chế biến, chế tạo đóng góp 2,22 điểm phần trăm.'],
      ['two parts that are no industry and construction', BINH_DINH('0,66').replace('xây dựng đóng góp 0,66', 'khai khoáng đóng góp 0,66')],
    ])('%s: nothing is added', (_name, text) => {
      expect(outcome(text)).toBeNull();
    });
  });
});
