import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readOiLetters } from './oi-letters';

// Words as Quảng Trị's 2018 yearbook (page 93) and Lạng Sơn's PDFs print them, with "ƣ" for "ư".
describe('readOiLetters', () => {
  it.each([
    ['Kinh tế Nhà nƣớc - State', 'Kinh tế Nhà nước - State'],
    ['Khu vực có vốn đầu tƣ nƣớc ngoài', 'Khu vực có vốn đầu tư nước ngoài'],
    ['tăng trƣởng 7,6% so với năm trƣớc', 'tăng trưởng 7,6% so với năm trước'],
    ['TĂNG TRƢỞNG KINH TẾ', 'TĂNG TRƯỞNG KINH TẾ'],
    ['Dân số (ngƣời)', 'Dân số (người)'],
  ])('%s', (raw, read) => {
    expect(readOiLetters(raw)).toBe(read);
  });

  describe('edge cases', () => {
    it.each([[''], ['Thu ngân sách tăng 5%'], ['ư Ư ơ Ơ']])('leaves "%s" as it is', (text) => {
      expect(readOiLetters(text)).toBe(text);
    });

    it('keeps every offset: one letter for one letter', () => {
      fc.assert(
        fc.property(fc.string({ unit: fc.constantFrom('a', 'ƣ', 'Ƣ', 'ư', ' ', '́', '1') }), (text) => {
          const read = readOiLetters(text);
          expect(read).toHaveLength(text.length);
          expect(read).not.toMatch(/[ƢƣƢ]/u);
        }),
      );
    });
  });
});
