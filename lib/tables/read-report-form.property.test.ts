import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readReportTables } from './read-report-table';

/*
 * Report forms: a random form (a title, "Thực hiện" merged over its year columns as a CSV export
 * leaves it, an estimate column, a column-number row, section rows, data rows, a source line)
 * reads back with every year and value; and no grid of cells, however odd, makes the reader
 * throw: it answers a table or a named refusal.
 */

const RUNS = Number(process.env.SOATSO_PROPERTY_RUNS ?? 200);
const INDICATORS = ['GRDP bình quân đầu người', 'Thu ngân sách', 'Sản lượng lúa', 'Kim ngạch xuất khẩu', 'Dân số'];

const form = fc.record({
  first: fc.integer({ min: 1990, max: 2150 }),
  actual: fc.integer({ min: 1, max: 4 }),
  rows: fc.array(fc.record({ indicator: fc.constantFrom(...INDICATORS), values: fc.array(fc.integer({ min: 1, max: 9_999_999 }), { minLength: 5, maxLength: 5 }) }), { minLength: 1, maxLength: 6 }),
  section: fc.boolean(),
});

function grouped(n: number): string {
  // Grammar: a position inside the digits (\B) followed by whole groups of three digits. Example: "1042100" → "1.042.100".
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

describe('report forms (property)', () => {
  it('a two-row header with a spanning group label and an estimate column reads back every year and value', () => {
    fc.assert(
      fc.property(form, ({ first, actual, rows, section }) => {
        const years = Array.from({ length: actual }, (_, i) => first + i);
        const estimate = first + actual;
        const top = ['STT', 'Chỉ tiêu', 'Thực hiện', ...Array<string>(actual - 1).fill(''), `Ước năm ${estimate}`];
        const below = ['', '', ...years.map((y) => `Năm ${y}`), ''];
        const numbers = ['A', 'B', ...Array.from({ length: actual + 1 }, (_, i) => String(i + 1))];
        const body = rows.map((r, i) => [String(i + 1), r.indicator, ...r.values.slice(0, actual + 1).map(grouped)]);
        const lines = ['Biểu 1. Chỉ tiêu chủ yếu', top, below, numbers, ...(section ? [['I', 'Kinh tế']] : []), ...body, ['Nguồn: Cục Thống kê']];
        const csv = lines.map((l) => (typeof l === 'string' ? l : l.join(';'))).join('\n');
        const r = readReportTables(csv, 'bieu.csv');
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const [table] = r.value;
        expect(table?.years).toEqual([...years, estimate]);
        expect(table?.rows.map((row) => [...years, estimate].map((y) => row.values[y]?.parsed))).toEqual(
          rows.map((row) => row.values.slice(0, actual + 1).map((v) => ({ ok: true, value: v, decimals: 0, ...(grouped(v).split('.').length === 2 ? { ambiguous: expect.anything() } : {}) }))),
        );
        expect(table?.notes).toEqual(['Nguồn: Cục Thống kê']);
        expect(table?.sections.length).toBe(section ? 1 : 0);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on a grid of header words, years, numbers and blanks', () => {
    const cell = fc.constantFrom('', 'Chỉ tiêu', 'Thực hiện', 'Năm 2020', '2021', 'Ước năm 2023', 'KH 2023', 'Cùng kỳ', 'So sánh (%)', 'Năm trước = 100', '1', '12,5', '1.234', 'Ghi chú: x', 'A', 'Sơ bộ 2022');
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 14 }), (grid) => {
        const r = readReportTables(grid.map((row) => row.join(';')).join('\n'), 'luoi.csv');
        if (!r.ok) expect(r.error.file.startsWith('luoi.csv')).toBe(true);
        else for (const t of r.value) expect(t.rows.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('edge cases', () => {
  // A grid the property once found: every row under the header was an index section's, which left a table of no rows.
  it('refuses a table whose rows are all read into an index section, naming the header row', () => {
    const grid = [['Chỉ tiêu', '', 'KH 2023', 'Sơ bộ 2022'], ['Năm trước = 100', 'Sơ bộ 2022'], ['Năm 2020', '', 'Năm trước = 100']];
    const r = readReportTables(grid.map((row) => row.join(';')).join('\n'), 'luoi.csv');
    expect(r.ok ? r.value.map((t) => t.rows.length) : r.error).toEqual({ code: 'no-rows', file: 'luoi.csv', row: 1 });
  });
});
