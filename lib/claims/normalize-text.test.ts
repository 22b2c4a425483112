import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldDiacritics, foldDiacriticsAligned, normalizeText } from './normalize-text';

describe('normalizeText', () => {
  it.each<[string, string]>([
    ['Tăng 3,8 lần', 'Tăng 3,8 lần'],
    ['  Tăng\n1,6 lần  ', 'Tăng 1,6 lần'],
    ['Tăng\r\n\r\n38,5\tlần', 'Tăng 38,5 lần'],
    ['1\u00a0042\u202f100', '1 042 100'],
    ['a \u2028 b\u3000c', 'a b c'],
    ['Tăng'.normalize('NFD'), 'Tăng'],
    ['Giảm tỷ suất sinh'.normalize('NFD'), 'Giảm tỷ suất sinh'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('foldDiacritics', () => {
  it.each<[string, string]>([
    ['Tăng 3,8 lần', 'tang 3,8 lan'],
    ['Đạt 110,6% Kế hoạch', 'dat 110,6% ke hoach'],
    ['đường', 'duong'],
    ['ĐIỂM PHẦN TRĂM', 'diem phan tram'],
    ['Bình quân'.normalize('NFD'), 'binh quan'],
    ['xấp xỉ, ước, dưới, hơn, gấp, giảm', 'xap xi, uoc, duoi, hon, gap, giam'],
    ['ỳ ỷ ỹ ỵ ý ữ ự ở ợ', 'y y y y y u u o o'],
    ['Giảm 0,4‰', 'giam 0,4‰'],
    ['ASCII only', 'ascii only'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(foldDiacritics(input)).toBe(expected);
  });
});

describe('foldDiacriticsAligned', () => {
  it.each<[string, string]>([
    ['Tăng 785 Doanh nghiệp', 'tang 785 doanh nghiep'],
    ['Đạt 100% KH', 'dat 100% kh'],
    ['ĐƯỜNG', 'duong'],
  ])('%j → %j', (input, expected) => {
    expect(foldDiacriticsAligned(input)).toBe(expected);
  });

  it('equals foldDiacritics on NFC Vietnamese text', () => {
    const letters = fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐÂĂÊÔƠƯ 0123456789,.%');
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 40 }), (chars) => {
        const s = chars.join('');
        expect(foldDiacriticsAligned(s)).toBe(foldDiacritics(s));
      }),
    );
  });

  describe('edge cases', () => {
    it('keeps the length of any string, so indices carry over', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
          expect(foldDiacriticsAligned(s)).toHaveLength(s.length);
        }),
      );
    });

    it('keeps a combining mark that NFC could not compose', () => {
      expect(foldDiacriticsAligned(' \u0301x')).toBe(' \u0301x');
    });

    it('folds a letter whose lower case has two units to one unit', () => {
      expect('İ'.toLowerCase()).toHaveLength(2);
      expect(foldDiacriticsAligned('İ')).toBe('i');
    });

    it('keeps lone surrogates and astral characters as they are', () => {
      expect(foldDiacriticsAligned('\ud800a🙂')).toBe('\ud800a🙂');
    });
  });
});

describe('edge cases', () => {
  it('normalizeText of whitespace only is empty', () => {
    expect(normalizeText(' \n\t\u00a0\u202f ')).toBe('');
  });

  it('normalizeText is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
      }),
    );
  });

  it('foldDiacritics leaves no combining marks and no đ', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
        expect(foldDiacritics(s)).not.toMatch(/[\u0300-\u036f\u0111]/);
      }),
    );
  });
});
