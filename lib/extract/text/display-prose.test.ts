import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayProse } from './display-prose';
import { extractClaims } from '../finding/extract-claims';

describe('displayProse', () => {
  it.each<[string, string, string, string]>([
    ['a wrapped line', 'Doanh thu tăng \n\n 12,4% so với năm 2020.', 'tăng \n\n 12,4%', 'tăng 12,4%'],
    ['a page number between two lines', 'Thu ngân sách đạt 3.957,9 \n\n14\n\n tỷ đồng.', '3.957,9 \n\n14\n\n tỷ đồng', '3.957,9 tỷ đồng'],
    ['no artefacts', 'Năm 2023 đạt 96,4 triệu USD.', '96,4 triệu USD', '96,4 triệu USD'],
  ])('maps a span across %s', (_name, raw, span, shown) => {
    const start = raw.indexOf(span);
    const display = displayProse(raw, [{ start, end: start + span.length }]);
    const moved = display.spans[0];
    expect(moved === null || moved === undefined ? null : display.text.slice(moved.start, moved.end)).toBe(shown);
  });

  it('keeps paragraphs apart, one per line', () => {
    expect(displayProse('Mục 1.\n\nDoanh thu đạt 5 tỷ đồng.\n\n- Ý thứ hai đạt 6 tỷ đồng.', []).text).toBe('Mục 1.\nDoanh thu đạt 5 tỷ đồng.\n- Ý thứ hai đạt 6 tỷ đồng.');
  });
});

describe('edge cases', () => {
  it('gives null for a span on dropped text and an empty span', () => {
    const raw = 'Doanh thu đạt 5 tỷ đồng.\n\n14\n\nNăm sau đạt 6 tỷ đồng.';
    const page = raw.indexOf('14');
    const display = displayProse(raw, [{ start: page, end: page + 2 }, { start: 3, end: 3 }]);
    expect(display.spans).toEqual([null, null]);
  });

  it('shows every extracted claim as its own text, wherever lines were wrapped (property)', () => {
    const words = ['Doanh thu', 'tăng', '12,4%', 'so với', 'năm 2020', 'đạt', '412,7 tỷ đồng', 'bình quân tăng', '8%/năm', '.'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', ' \n\n ', '\n', '  ')), { minLength: 3, maxLength: 40 }), (parts) => {
        const raw = parts.map(([w, sep]) => w + sep).join('');
        const claims = extractClaims(raw);
        const display = displayProse(raw, claims);
        return claims.every((c, i) => {
          const span = display.spans[i];
          return span !== null && span !== undefined && display.text.slice(span.start, span.end) === c.text;
        });
      }),
    );
  });
});
