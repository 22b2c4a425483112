import { parseClaim } from '../claims/parse-claim';
import type { CellView, RowView } from '../dataset/types';

function readClaim(text: string): RowView['parsed'] {
  const parsed = parseClaim(text);
  return parsed.ok ? parsed : null;
}

/**
 * A checked row for export tests: sensible defaults, override what the case needs.
 * @example makeExportRow({ row: 5, verdict: 'wrong_direction' })
 */
export function makeExportRow(overrides: Partial<RowView> & { cells?: readonly CellView[] } = {}): RowView {
  const row = overrides.row ?? 2;
  return {
    file: 'bang-2.csv',
    row,
    stt: String(row - 1),
    indicatorId: null,
    indicator: 'GDP bình quân đầu người',
    unit: 'Triệu đồng',
    section: null,
    from: { year: 2009, value: 10.6 },
    to: { year: 2022, value: 39.8 },
    claim: 'Tăng 3,8 lần',
    kind: 'ratio',
    parsed: readClaim('Tăng 3,8 lần'),
    verdict: 'match',
    computed: 3.7547,
    message: '39,8 / 10,6 = 3,75 → làm tròn 3,8',
    messageEn: '39,8 / 10,6 = 3,75 → rounds to 3,8',
    expected: null,
    implied: null,
    source: 'Mục II.1',
    warnings: [],
    key: `bang-2:${row}`,
    tableId: 'bang-2',
    cells: [
      { year: 2009, raw: '10,6', value: 10.6, decimals: 1, warning: null },
      { year: 2022, raw: '39,8', value: 39.8, decimals: 1, warning: null },
    ],
    ...overrides,
  };
}
