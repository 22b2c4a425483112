import { describe, expect, it } from 'vitest';
import { isThousandsShaped, isValidGrouping, scanNumber, type ScannedNumber } from './scan-number';

function scanned(text: string): ScannedNumber {
  const scan = scanNumber(text);
  if (typeof scan === 'string') throw new Error(`expected a scan for ${text}, got ${scan}`);
  return scan;
}

describe('scanNumber', () => {
  it.each<[string, Partial<ScannedNumber>]>([
    ['44', { negative: false, unit: undefined, runs: ['44'], separators: [], dotCount: 0, commaCount: 0 }],
    ['3.957,9', { runs: ['3', '957', '9'], separators: ['dot', 'comma'], dotCount: 1, commaCount: 1 }],
    ['−1 042,5 %', { negative: true, unit: '%', runs: ['1', '042', '5'], separators: ['space', 'comma'] }],
    ['1\u00a0042\u202f100', { runs: ['1', '042', '100'], separators: ['space', 'space'] }],
    ['+0,3‰', { negative: false, unit: '‰', runs: ['0', '3'] }],
    ['-7', { negative: true, runs: ['7'] }],
  ])('%j', (text, expected) => {
    expect(scanned(text)).toMatchObject(expected);
  });

  it.each<[string, 'missing' | 'not-a-number']>([
    ['', 'missing'],
    ['…', 'missing'],
    ['N/A', 'missing'],
    ['%', 'not-a-number'],
    ['1..2', 'not-a-number'],
    ['1. 2', 'not-a-number'],
    ['a1', 'not-a-number'],
    ['1_000', 'not-a-number'],
  ])('fails on %j with %s', (text, reason) => {
    expect(scanNumber(text)).toBe(reason);
  });
});

describe('isValidGrouping', () => {
  it.each<[string[], boolean]>([
    [['1234567'], true],
    [['1', '042', '100'], true],
    [['147', '210'], true],
    [['1471', '210'], false],
    [['0', '125'], false],
    [['1', '42'], false],
    [['1', '0420'], false],
  ])('%j → %s', (runs, expected) => {
    expect(isValidGrouping(runs, 0, runs.length)).toBe(expected);
  });
});

describe('edge cases', () => {
  it('checks only the requested slice of runs', () => {
    expect(isValidGrouping(['1', '042', '5'], 0, 2)).toBe(true);
    expect(isValidGrouping(['1', '042', '5'], 0, 3)).toBe(false);
  });

  it.each<[string, boolean]>([
    ['147.210', true],
    ['1 234.567', true],
    ['28.27', false],
    ['0.125', false],
    ['1234.567', false],
    ['44', false],
  ])('isThousandsShaped(%j) is %s', (text, expected) => {
    expect(isThousandsShaped(scanned(text))).toBe(expected);
  });
});
