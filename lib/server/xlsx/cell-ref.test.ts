import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnName, parseCellRef, parseRange } from './cell-ref';

describe('parseCellRef', () => {
  it.each([
    ['A1', { row: 1, col: 1 }],
    ['AB3', { row: 3, col: 28 }],
    ['$C$12', { row: 12, col: 3 }],
    ['xfd1048576', { row: 1_048_576, col: 16_384 }],
  ])('%s is %j', (ref, cell) => {
    expect(parseCellRef(ref)).toEqual(cell);
  });

  it('reads back every column name it writes', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 16_384 }), fc.integer({ min: 1, max: 1_048_576 }), (col, row) => {
      expect(parseCellRef(`${columnName(col)}${row}`)).toEqual({ row, col });
    }));
  });
});

describe('edge cases', () => {
  it.each(['', '3', 'A', 'A0', 'XFE1', 'A1048577', 'A1B', '1A'])('%j is not a cell', (ref) => {
    expect(parseCellRef(ref)).toBeNull();
  });

  it.each([
    ['D1:E1', { top: 1, left: 4, bottom: 1, right: 5 }],
    ['E2:D1', { top: 1, left: 4, bottom: 2, right: 5 }],
    ['A1', null],
    ['A1:B2:C3', null],
    ['A1:?', null],
  ])('range %s is %j', (ref, range) => {
    expect(parseRange(ref)).toEqual(range);
  });
});
