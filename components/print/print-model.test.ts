import { describe, expect, it } from 'vitest';
import type { Verdict } from '@/lib/verify/types';
import { mainChartTables } from './print-model';

const row = (tableId: string, verdict: Verdict) => ({ tableId, verdict });
const ORDER = ['bang-1', 'bang-2', 'bang-3'];

describe('mainChartTables', () => {
  it.each<[ReturnType<typeof row>[], string[]]>([
    [[row('bang-2', 'mismatch'), row('bang-1', 'match')], ['bang-2']],
    [[row('bang-3', 'wrong_direction'), row('bang-1', 'mismatch')], ['bang-1', 'bang-3']],
    [[row('bang-1', 'match'), row('bang-2', 'match'), row('bang-2', 'implied')], ['bang-2']],
    [[row('bang-1', 'match_points')], ['bang-1']],
  ])('%j → %j', (rows, expected) => {
    expect(mainChartTables(rows, ORDER)).toEqual(expected);
  });
});

describe('edge cases', () => {
  it('no claims, no chart', () => {
    expect(mainChartTables([], ORDER)).toEqual([]);
    expect(mainChartTables([row('bang-1', 'none')], ORDER)).toEqual([]);
  });

  it('a tie keeps the first table in document order', () => {
    expect(mainChartTables([row('bang-2', 'match'), row('bang-1', 'match')], ORDER)).toEqual(['bang-1']);
  });

  it('a table missing from the order is left out', () => {
    expect(mainChartTables([row('bang-9', 'mismatch')], ORDER)).toEqual([]);
  });
});
