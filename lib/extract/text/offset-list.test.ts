import { describe, expect, it } from 'vitest';
import { OffsetList } from './offset-list';

const spans = (list: OffsetList): [number | undefined, number | undefined][] =>
  Array.from({ length: list.length }, (_, i) => [list.startAt(i), list.endAt(i)]);

describe('OffsetList', () => {
  it.each([
    ['a run copied one for one', (l: OffsetList) => l.addRun(5, 8), [[5, 6], [6, 7], [7, 8]]],
    ['a unit composed from two', (l: OffsetList) => l.add(3, 5), [[3, 5]]],
    ['a run, a joining space, a run', (l: OffsetList) => (l.addRun(0, 2), l.add(4, 5), l.addRun(7, 8)), [[0, 1], [1, 2], [4, 5], [7, 8]]],
  ])('%s', (_name, fill, expected) => {
    const list = new OffsetList();
    fill(list);
    expect(spans(list)).toEqual(expected);
  });

  describe('edge cases', () => {
    it('empty: nothing at 0', () => {
      const list = new OffsetList();
      expect([list.length, list.startAt(0), list.endAt(0)]).toEqual([0, undefined, undefined]);
    });

    it('grows past its first buffer and keeps every offset (a megabyte of prose)', () => {
      const list = new OffsetList();
      list.addRun(0, 700_000);
      list.add(800_000, 800_002);
      list.addRun(900_000, 1_300_000);
      expect(list.length).toBe(1_100_001);
      expect([list.startAt(699_999), list.endAt(699_999)]).toEqual([699_999, 700_000]);
      expect([list.startAt(700_000), list.endAt(700_000)]).toEqual([800_000, 800_002]);
      expect([list.startAt(1_100_000), list.endAt(1_100_000)]).toEqual([1_299_999, 1_300_000]);
      expect(list.startAt(-1)).toBeUndefined();
    });
  });
});
