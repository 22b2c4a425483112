import { describe, expect, it } from 'vitest';
import { selectRows } from './select-rows';

const ROWS = [{ key: 'a' }, { key: 'b' }, { key: 'c' }];
const keyOf = (r: { key: string }) => r.key;

describe('selectRows', () => {
  it.each<[readonly string[] | null, string[]]>([
    [null, ['a', 'b', 'c']],
    [['b'], ['b']],
    [['c', 'a'], ['c', 'a']],
    [['c', 'x', 'a'], ['c', 'a']],
    [['a', 'a', 'b'], ['a', 'b']],
    [[], []],
  ])('keys %j → %j', (keys, expected) => {
    expect(selectRows(ROWS, keyOf, keys).map(keyOf)).toEqual(expected);
  });
});

describe('edge cases', () => {
  it('returns a new array (callers may sort it)', () => {
    const out = selectRows(ROWS, keyOf, null);
    expect(out).not.toBe(ROWS);
    expect(out).toEqual(ROWS);
  });

  it('no rows, some keys → nothing', () => {
    expect(selectRows([], keyOf, ['a'])).toEqual([]);
  });
});
