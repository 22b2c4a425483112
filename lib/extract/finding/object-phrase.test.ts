import { describe, expect, it } from 'vitest';
import { readObjectPhrase } from './object-phrase';

describe('readObjectPhrase', () => {
  it.each<[string, string | null]>([
    [' trạm y tế đạt chuẩn quốc gia tăng 11 trạm', 'trạm y tế đạt chuẩn quốc gia'],
    [' hộ gia đình, 80% thôn', 'hộ gia đình'],
    [' thôn có nhà văn hóa; tiếp', 'thôn có nhà văn hóa'],
    [' xã thuộc vùng khó khăn', 'xã'],
    [', tăng 5%', null],
    [' so với năm 2019', null],
    ['', null],
  ])('"%s"', (text, expected) => {
    expect(readObjectPhrase(text)?.text ?? null).toBe(expected);
  });

  describe('edge cases', () => {
    it.each(['(', '   ', '2023'])('"%s" has no phrase', (text) => expect(readObjectPhrase(text)).toBeNull());
  });

  it('reports where the phrase ends and reads at most eight words', () => {
    const text = ' a b c d e f g h i k';
    expect(readObjectPhrase(text)).toEqual({ text: 'a b c d e f g h', end: 16 });
  });
});
