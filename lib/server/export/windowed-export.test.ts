import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { generateReportTable } from '../../../bench/generate-table';
import { buildDataset } from '../../dataset/build-dataset';
import type { Dataset, RowView } from '../../dataset/types';
import { toCsv } from '../../export/csv';
import { buildRowsSheet } from '../../export/rows-sheet';
import { describeTableProblem } from '../../tables/messages';
import { compareVerdicts } from '../../verify/labels';
import { checkFiles } from '../../verify/check-files';
import { newDatasetId } from '../store/dataset-id';
import { getStore } from '../store/default-store';
import type { RowWindow } from '../store/types';
import { useTempDataDir } from '../testing/temp-data-dir';
import { handleExport, type ExportFormat } from './handle-export';
import { EXPORT_WINDOW_ROWS, readWindows } from './read-windows';
import { prepareDataset } from '../store/prepare-dataset';

/*
 * An uploaded dataset of several windows of rows (bench/generate-table.ts, synthetic) exported
 * through the store's windowed reads: every row arrives once, in order, with the same bytes the
 * whole-sheet writer gives.
 */

useTempDataDir('soatso-export-');

const ROWS = 2 * EXPORT_WINDOW_ROWS + 345;
const NOW = new Date('2024-05-01T03:00:00Z');

function generated(rows: number): Dataset {
  const id = newDatasetId();
  const outcome = checkFiles([{ name: 'lon.csv', bytes: generateReportTable(rows, 3) }]);
  if (!outcome.ok) throw new Error(describeTableProblem(outcome.error, 'vi'));
  return buildDataset(id, { id, title: 'Bảng lớn', issuer: '', date: '2024-01-01', sections: [] }, outcome.tables, outcome.series);
}

async function stored(rows: number): Promise<Dataset> {
  const dataset = generated(rows);
  await getStore().create({ id: dataset.id, name: 'Bảng lớn', files: [], prepared: prepareDataset(dataset), recognised: [] });
  return dataset;
}

async function exported(body: unknown, format: ExportFormat): Promise<Response> {
  const request = new Request('http://localhost/api/export/x', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return handleExport(request, format, NOW);
}

const text = async (response: Response) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());

function worstFirst(dataset: Dataset): RowView[] {
  return dataset.claims
    .map((row, index) => ({ row, index }))
    .sort((a, b) => compareVerdicts(a.row.verdict, b.row.verdict) || a.index - b.index)
    .map((x) => x.row);
}

describe('an export read window by window from the store', () => {
  it('CSV of a large table: every row once, in order, the same bytes as the whole-sheet writer', async () => {
    const dataset = await stored(ROWS);
    const table = dataset.tables[0];
    if (!table) throw new Error('no table');
    const response = await exported({ dataset: dataset.id, source: { kind: 'table', id: table.id } }, 'csv');
    expect(response.status).toBe(200);
    expect(response.body).toBeInstanceOf(ReadableStream);
    expect(response.headers.get('x-export-rows')).toBe(String(ROWS));
    const csv = await text(response);
    const whole = toCsv(buildRowsSheet(table.rows, { title: table.title, lang: 'vi', years: table.years }), { delimiter: ';', numberStyle: 'vi', bom: true });
    expect(csv.trimEnd().split('\r\n')).toHaveLength(ROWS + 1);
    expect(csv).toBe(whole);
  });

  it('CSV of the findings: every claim, worst first, comma-delimited plain numbers', async () => {
    const dataset = await stored(ROWS);
    const response = await exported({ dataset: dataset.id, source: { kind: 'findings' }, lang: 'en', delimiter: ',', numberStyle: 'plain' }, 'csv');
    const tableTitles = new Map(dataset.tables.map((t) => [t.id, t.title]));
    const sheet = buildRowsSheet(worstFirst(dataset), { title: 'Verification results', lang: 'en', years: null, tableTitles });
    expect(response.headers.get('x-export-rows')).toBe(String(dataset.claims.length));
    expect(await text(response)).toBe(toCsv(sheet, { delimiter: ',', numberStyle: 'plain', bom: true }));
  });

  it('XLSX of a large table holds every row', async () => {
    const dataset = await stored(ROWS);
    const table = dataset.tables[0];
    if (!table) throw new Error('no table');
    const response = await exported({ dataset: dataset.id, source: { kind: 'table', id: table.id } }, 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const ws = workbook.getWorksheet('Dữ liệu');
    expect(ws?.rowCount).toBe(ROWS + 1);
    const last = table.rows.at(-1);
    expect(ws?.getRow(ROWS + 1).getCell(2).value).toBe(last?.indicator);
  });

  it('listed keys spread over several windows come back in the order asked', async () => {
    const dataset = await stored(ROWS);
    const table = dataset.tables[0];
    if (!table) throw new Error('no table');
    const picked = [table.rows[ROWS - 1], table.rows[5], table.rows[EXPORT_WINDOW_ROWS + 7]].filter((r) => r !== undefined);
    const response = await exported({ dataset: dataset.id, source: { kind: 'table', id: table.id }, keys: [...picked.map((r) => r.key), 'khong-co'] }, 'csv');
    expect(response.headers.get('x-export-rows')).toBe('3');
    const expected = toCsv(buildRowsSheet(picked, { title: table.title, lang: 'vi', years: table.years }), { delimiter: ';', numberStyle: 'vi', bom: true });
    expect(await text(response)).toBe(expected);
  });
});

describe('readWindows', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `k:${i}` }) as RowView);
  const over = (all: readonly RowView[]) => async (range: { offset: number; limit: number }): Promise<RowWindow> => ({
    rows: all.slice(range.offset, range.offset + range.limit),
    total: all.length,
    offset: range.offset,
  });

  it.each([
    [0, 10, []],
    [10, 10, [10]],
    [25, 10, [10, 10, 5]],
    [30, 10, [10, 10, 10]],
  ])('%d rows in windows of %d → windows of %j', async (count, size, sizes) => {
    const all = rows(count);
    const seen: number[] = [];
    const keys: string[] = [];
    for await (const window of readWindows(over(all), size)) {
      seen.push(window.length);
      keys.push(...window.map((r) => r.key));
    }
    expect(seen).toEqual(sizes);
    expect(keys).toEqual(all.map((r) => r.key));
  });

  describe('edge cases', () => {
    it('an unknown table (null) gives no window', async () => {
      const windows: unknown[] = [];
      for await (const window of readWindows(async () => null)) windows.push(window);
      expect(windows).toEqual([]);
    });
  });
});
