import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseText, startsLikeFormula } from './neutralise';

describe('neutraliseText', () => {
  it.each([
    ['=HYPERLINK("x")', `'=HYPERLINK("x")`],
    ['=1+1', `'=1+1`],
    ['+84 912', `'+84 912`],
    ['-12,5', `'-12,5`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    ['Tăng 3,8 lần', 'Tăng 3,8 lần'],
    ['GDP bình quân đầu người', 'GDP bình quân đầu người'],
    ['3.957,9', '3.957,9'],
    ['a=b', 'a=b'],
  ])('%j → %j', (input, expected) => {
    expect(neutraliseText(input)).toBe(expected);
  });
});

describe('edge cases', () => {
  it('leaves the empty string alone', () => {
    expect(neutraliseText('')).toBe('');
    expect(startsLikeFormula('')).toBe(false);
  });

  it('looks only at the first character (a leading space makes Excel read text)', () => {
    expect(neutraliseText(' =1+1')).toBe(' =1+1');
    expect(neutraliseText('x\t=1')).toBe('x\t=1');
  });

  it('does not stack apostrophes on text that is already neutralised', () => {
    expect(neutraliseText(neutraliseText('=1'))).toBe(`'=1`);
  });

  it('property: the result never starts like a formula and always ends with the original text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const out = neutraliseText(text);
        expect(startsLikeFormula(out)).toBe(false);
        expect(out.endsWith(text)).toBe(true);
        expect(out.length - text.length).toBeLessThanOrEqual(1);
      }),
    );
  });
});
