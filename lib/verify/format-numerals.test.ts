import { describe, expect, it } from 'vitest';
import { formulaText } from './format-numerals';
import { makeClaim, m } from './test-claims';
import { messageContext } from './test-messages';

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
