import { describe, expect, it } from 'vitest';
import { qualifierOf, qualifierWordOf, readQualifier } from './read-qualifier';

describe('qualifierWordOf', () => {
  it.each([
    [undefined, null],
    ['tren', 'tren'],
    ['chua toi', 'chua-den'],
    ['xap xi', 'xap-xi'],
    ['uoc tinh', 'uoc'],
  ] as const)('%s → %s', (word, expected) => {
    expect(qualifierWordOf(word)).toBe(expected);
  });
});

describe('qualifierOf', () => {
  it('gives each word its meaning, and none for no word', () => {
    expect(qualifierOf('hon')).toBe('lower');
    expect(qualifierOf('chua-den')).toBe('upper');
    expect(qualifierOf('khoang')).toBe('about');
    expect(qualifierOf(null)).toBeNull();
  });
});

describe('readQualifier', () => {
  it('reads printed words with diacritics and stray spaces', () => {
    expect(readQualifier('Chưa đến ')).toBe('upper');
    expect(readQualifier('trên')).toBe('lower');
    expect(readQualifier('')).toBeNull();
    expect(readQualifier(undefined)).toBeNull();
  });
});
