import { describe, expect, it } from 'vitest';
import { computedText, formulaText } from './format-numerals';
import { makeClaim, m } from './test-claims';
import { messageContext } from './test-messages';

describe('computedText', () => {
  it.each<[number, number, string]>([
    [3.7547, 1, '3,75'],
    [129.3149, 1, '129,31'],
    // Bình Dương's pig herd, 2022: 2.023.746 / 1.859.634 − 1 = 8,82496%, which "8,825" would seem to round to 8,83
    [8.824962, 2, '8,82496'],
    [186.37, 1, '186,37'],
  ])('%d at %i decimals → %s', (point, decimals, shown) => expect(computedText(point, decimals)).toBe(shown));

  describe('edge cases', () => {
    it('stops at four digits beyond the claim', () => expect(computedText(0.1249999999, 2)).toBe('0,125000'));
    it('shows a whole result with two decimals', () => expect(computedText(2, 0)).toBe('2,00'));
  });
});

describe('formulaText', () => {
  it.each([
    ['ratio', makeClaim('', 'ratio', 'up', [1, 0]), m(10.6, 1), m(39.8, 1), null, '39,8 / 10,6'],
    ['ratio-down', makeClaim('', 'ratio-down', 'down', [1, 0]), m(10, 0), m(5, 0), null, '10 / 5'],
    ['ratio-minus-one', makeClaim('', 'ratio-minus-one', 'up', [1, 0]), m(10, 0), m(30, 0), null, '30 / 10 − 1'],
    ['percent up', makeClaim('', 'percent', 'up', [1, 0], { unitSign: '%' }), m(1382.08, 2), m(3957.9, 1), null, '3.957,9 / 1.382,08 − 1'],
    ['percent down', makeClaim('', 'percent', 'down', [1, 0], { unitSign: '%' }), m(62.4, 1), m(33.65, 2), null, '1 − 33,65 / 62,4'],
    ['points down', makeClaim('', 'points', 'down', [1, 0], { unitSign: '%' }), m(62.4, 1), m(33.65, 2), null, '62,4 − 33,65'],
    ['average-annual', makeClaim('', 'average-annual', 'up', [1, 0], { unitSign: '%' }), m(7600, 0), m(10607, 0), 7, '(10.607 / 7.600)^(1/7) − 1'],
    ['average-annual down', makeClaim('', 'average-annual', 'down', [1, 0], { unitSign: '%' }), m(1000, 0), m(700, 0), 5, '1 − (700 / 1.000)^(1/5)'],
    ['plan', makeClaim('', 'plan', null, [1, 0], { unitSign: '%' }), m(1000, 0), m(1106, 0), null, '1.106 / 1.000'],
  ])('%s', (_name, claim, from, to, years, expected) => {
    expect(formulaText(messageContext(claim, from, to, years))).toBe(expected);
  });
});
