import type { CellView } from '@/lib/dataset/types';
import { makeExportRow } from '@/lib/export/test-rows';
import type { ReportRow } from './types';

/**
 * A report row for tests: the export test row in table "bang" (no source), with the parsed figure
 * of its "Tăng 3,8 lần" claim; override what the case needs.
 * @example makeRow({ verdict: 'mismatch', computed: 4.2 })
 */
export function makeRow(overrides: Partial<ReportRow> & { cells?: readonly CellView[] } = {}): ReportRow {
  const row = overrides.row ?? 2;
  return {
    ...makeExportRow({ row, file: 'bang.csv', source: null, key: `bang:${row}`, tableId: 'bang' }),
    figure: { kind: 'ratio', direction: 'up', value: 3.8, decimals: 1, qualifier: null, unitSign: null, unitWord: null },
    indicatorPage: null,
    ...overrides,
  };
}
