import { describe, expect, it } from 'vitest';
import { claimsBySentence, sentenceAt, sentenceSpans } from './sentence-spans';

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

describe('claimsBySentence', () => {
  it('groups places by the sentence that holds them, and drops a place across two sentences', () => {
    const text = 'Thu đạt 2.310,5 tỷ đồng. Chi đạt 6.210,4 tỷ đồng.';
    const spans = sentenceSpans(text);
    const places = [
      { start: 8, end: 23 },
      { start: 33, end: 48 },
      { start: 20, end: 30 },
    ];
    const grouped = claimsBySentence(spans, places);
    expect(spans.map((s) => (grouped.get(s) ?? []).map((c) => c.index))).toEqual([[0], [1]]);
  });
});
