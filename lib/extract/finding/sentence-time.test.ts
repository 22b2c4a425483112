import { describe, expect, it } from 'vitest';
import { breaksDownSentenceBefore, headingPeriod } from './sentence-time';

describe('breaksDownSentenceBefore', () => {
  it.each<[string, boolean]>([
    // thanhhoa-2021-07-investment: the budget levels of July 2021, our words
    ['Trong đó, vốn ngân sách cấp tỉnh 372,6 tỷ đồng', true],
    ['Bao gồm, vốn ngân sách cấp tỉnh 2.417 tỷ đồng', true],
    ['Bao gồm: vốn cấp tỉnh 2.417 tỷ đồng', true],
    ['Cụ thể, khách quốc tế đạt 978,7 nghìn lượt', true],
    ['trong đó , vốn cấp xã 233,1 tỷ đồng', true],
    ['Vốn ngân sách cấp tỉnh 372,6 tỷ đồng', false],
  ])('%s → %s', (sentence, expected) => {
    expect(breaksDownSentenceBefore(sentence)).toBe(expected);
  });

  describe('edge cases', () => {
    it.each(['', 'Trong đó vốn cấp tỉnh 372,6 tỷ đồng', 'Trong đóng góp 81%, công nghiệp', 'Cụ thể hóa kế hoạch năm 2023'])(
      '"%s" breaks nothing down (no comma or colon after the words)',
      (sentence) => expect(breaksDownSentenceBefore(sentence)).toBe(false),
    );
  });
});

describe('headingPeriod', () => {
  it.each<[string, { from: number; to: number } | null]>([
    ['Giai đoạn 2015 - 2020', { from: 2015, to: 2020 }],
    ['II. Thời kỳ 2011 – 2015:', { from: 2011, to: 2015 }],
    ['  Nhiệm kỳ 2020 - 2025  ', { from: 2020, to: 2025 }],
    ['Trải qua 525 năm (1499 - 2024), văn miếu vẫn còn', null],
  ])('%s → %j', (line, expected) => {
    expect(headingPeriod(line)).toEqual(expected);
  });

  describe('edge cases', () => {
    it.each(['', 'Giai đoạn', 'Giai đoạn 2015 - 2020 tăng trưởng bình quân 6%'])('"%s" is no heading', (line) => {
      expect(headingPeriod(line)).toBeNull();
    });
  });
});
