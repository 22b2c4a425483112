import { describe, expect, it } from 'vitest';
import { sentenceAt, sentenceSpans } from './sentence-spans';

describe('sentenceSpans', () => {
  it.each<[string, string[]]>([
    ['Dân số 96 triệu người; trong đó nam 47 triệu người. Hộ tăng.', ['Dân số 96 triệu người; trong đó nam 47 triệu người', 'Hộ tăng']],
    ['Thu đạt 2.310,5 tỷ đồng. Chi đạt 6.210,4 tỷ đồng.', ['Thu đạt 2.310,5 tỷ đồng', 'Chi đạt 6.210,4 tỷ đồng']],
  ])('%s', (text, expected) => {
    expect(sentenceSpans(text).map((s) => s.text)).toEqual(expected);
  });
});

describe('edge cases', () => {
  it('finds the sentence of an offset, and none between sentences', () => {
    const spans = sentenceSpans('Một câu. Câu hai.');
    expect(sentenceAt(spans, 10)?.text).toBe('Câu hai');
    expect(sentenceAt(spans, 8)).toBeNull();
    expect(sentenceAt([], 0)).toBeNull();
  });
});
