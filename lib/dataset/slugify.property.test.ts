import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldDiacritics } from '../claims/normalize-text';
import { slugify } from './slugify';

const RUNS = Number(process.env.SOATSO_PROPERTY_RUNS ?? 500);

/** The definition slugify implements in one pass: fold, runs of other characters → '-', none at the ends. */
function slugByDefinition(text: string): string {
  // Grammar: one or more characters that are not ASCII letters or digits. Example: " (2009–" → "-".
  // Then hyphens at the start or end. Example: "-abc-" → "abc".
  return foldDiacritics(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'chi-tieu';
}

describe('slugify', () => {
  it.each([
    ['GDP bình quân đầu người 2009–2022', 'gdp-binh-quan-dau-nguoi-2009-2022'],
    ['Thu ngân sách trên địa bàn', 'thu-ngan-sach-tren-dia-ban'],
    ['Đường giao thông (km)', 'duong-giao-thong-km'],
    ['Bảng 2. Một số chỉ tiêu', 'bang-2-mot-so-chi-tieu'],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  describe('edge cases', () => {
    it.each([
      ['', 'chi-tieu'],
      ['—', 'chi-tieu'],
      ['  (a)  ', 'a'],
      // Decomposed marks (typed on some keyboards) are dropped, not cut into words.
      ['Tie\u0302\u0301n', 'tien'],
      ['İstanbul', 'istanbul'],
      // A letter that does not fold to ASCII parts words.
      ['xǆy', 'x-y'],
      ['a😀b', 'a-b'],
    ])('%j → %s', (text, slug) => {
      expect(slugify(text)).toBe(slug);
    });

    it('any text gives what the definition gives (property)', () => {
      fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => slugify(text) === slugByDefinition(text)), { numRuns: RUNS });
      fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'aăâbdđeêioôơuưyAĂĐ ()-–,.0123456789\u0300\u0301\u0303\u0309\u0323ạảãáàệ') }), (text) => slugify(text) === slugByDefinition(text)), { numRuns: RUNS });
    });
  });
});
