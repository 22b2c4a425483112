import { describe, expect, it } from 'vitest';
import type { TableCase } from '../../lib/corpus';
import type { EngineRow } from './engine-adapter';
import { scoreTable } from './score-table';

// The Thừa Thiên Huế October 2023 row (hue-2023-10): 113,0 on a base the table does not print implies 4.134,0.
const CASE: TableCase = {
  id: 'score-table-implied',
  doc: 'hue-2023-10',
  file: 'hue.csv',
  csv: '',
  rows: [{ indicator: 'Tổng số', claim: '113,0', forms: ['index'], verdict: 'implied', computed: 4133.98, why: '4.671,4 / 1,13' }],
  rowWarnings: [],
};

function engineRow(over: Partial<EngineRow>): EngineRow {
  return { indicator: 'Tổng số', claim: '113,0', verdict: 'implied', computed: null, implied: 4133.98, warnings: [], message: '', ...over };
}

describe('scoreTable', () => {
  it.each<[string, Partial<EngineRow>, boolean, boolean]>([
    ['an implied row is scored by the value it implies', {}, true, true],
    ['a wrong implied value', { implied: 4000 }, false, true],
    ['another verdict', { verdict: 'match', computed: 113, implied: null }, false, false],
  ])('%s', (_name, over, figureOk, verdictOk) => {
    const [score] = scoreTable(CASE, [engineRow(over)]).rows;
    expect(score?.figureOk).toBe(figureOk);
    expect(score?.verdictOk).toBe(verdictOk);
  });

  describe('edge cases', () => {
    it('a missing row is neither read nor right', () => {
      const [score] = scoreTable(CASE, []).rows;
      expect([score?.read, score?.figureOk, score?.verdictOk]).toEqual([false, false, false]);
    });
  });
});
