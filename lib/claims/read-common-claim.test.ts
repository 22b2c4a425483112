import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNormalizedClaim } from './parse-claim';
import { readCommonClaim } from './read-common-claim';

describe('readCommonClaim', () => {
  it.each([
    ['Tăng 3,8 lần', 'ratio', 'up', 3.8, 1, null],
    ['tăng 11 lần', 'ratio', 'up', 11, 0, null],
    ['Giảm 2 lần', 'ratio-down', 'down', 2, 0, null],
    ['Tăng 51,8%', 'percent', 'up', 51.8, 1, '%'],
    ['Giảm 20%', 'percent', 'down', 20, 0, '%'],
    ['giảm 0,45%', 'percent', 'down', 0.45, 2, '%'],
    ['Tăng 007,50%', 'percent', 'up', 7.5, 2, '%'],
  ] as const)('%j', (text, kind, direction, value, decimals, unitSign) => {
    const claim = readCommonClaim(text);
    expect(claim).toStrictEqual({
      ok: true,
      kind,
      direction,
      figure: { value, decimals },
      unitSign,
      unitWord: null,
      qualifier: null,
      fromTo: null,
      text,
    });
    expect(claim).toStrictEqual(parseNormalizedClaim(text));
  });

  it('agrees with the full grammar on generated near-common texts', () => {
    const digits = fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: 0, maxLength: 17 });
    const text = fc
      .record({
        verb: fc.constantFrom('Tăng', 'tăng', 'Giảm', 'giảm', 'TĂNG', 'tang', 'Tăng gấp', 'gấp', 'tăng thêm', 'Giảm đi', ''),
        space: fc.constantFrom(' ', '', '  '),
        int: digits,
        fraction: fc.option(digits),
        mark: fc.constantFrom(',', '.', ', '),
        suffix: fc.constantFrom(' lần', '%', 'lần', ' %', ' lần.', '% so với năm 2015', '', ' lần ', '‰', ' điểm', ' lần/năm', '%%'),
      })
      .map((p) => `${p.verb}${p.space}${p.int}${p.fraction === null ? '' : p.mark + p.fraction}${p.suffix}`);
    fc.assert(
      fc.property(text, (t) => {
        const quick = readCommonClaim(t);
        if (quick !== null) expect(quick).toStrictEqual(parseNormalizedClaim(t));
      }),
      { numRuns: 20000 },
    );
  });
});

describe('edge cases', () => {
  it.each([
    'Tăng 3,8 lần.',
    'Tăng 3,8 lần so với năm 2015',
    'Tăng 1.042,5%',
    'tăng 3,8lần',
    'Tăng 3,8 %',
    'TĂNG 3,8 LẦN',
    'Tăng 1234567890123456%',
    'Tăng 3, lần',
    'Tăng ,8%',
    'Tăng mạnh',
    'Tăng',
    '',
  ])('%j is left to the full grammar', (text) => {
    expect(readCommonClaim(text)).toBeNull();
  });
});
