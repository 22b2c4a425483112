import { describe, expect, it } from 'vitest';
import { POST as recheck } from '@/app/api/datasets/[id]/recheck/route';
import { POST as create } from '@/app/api/datasets/route';
import { POST as recognise } from '@/app/api/recognise/route';
import { GET as template } from '@/app/api/template/route';
import { readReportTables } from '../tables/read-report-table';
import type { DatasetAnswer, DatasetDetail, RecognisePreview } from '../upload/types';
import { multipartRequest, routeContext } from './testing/api-client';
import { makeWorkbook } from './testing/make-workbook';
import { useTempDataDir } from './testing/temp-data-dir';
import { testSessionHeaders, useSignedInUser } from './testing/test-session';

useTempDataDir('soatso-recognise-');
useSignedInUser('reviewer');

/*
 * Figures: Cục Thống kê tỉnh Quảng Ngãi, Niên giám thống kê 2016, biểu 41 (GRDP bình quân đầu người). The form
 * layout, the "Ước" label on 2016, the header "Số 2016" that names no year role and the planted "Giảm 9,5%" are ours.
 */
async function form(): Promise<Uint8Array> {
  return makeWorkbook([
    {
      name: 'Biểu 02',
      rows: [
        ['Biểu 02. Một số chỉ tiêu chủ yếu'],
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Thực hiện', null, 'Ước năm 2016', 'Ước 2016 so với năm 2015'],
        [null, null, null, 'Năm 2014', 'Năm 2015', null, null],
        ['A', 'B', 'C', 1, 2, 3, '4=3/2'],
        ['I', 'Kinh tế', null, null, null, null, null],
        [1, 'GRDP bình quân đầu người', 'Nghìn đồng', 47731, 47684, 44908, 'Giảm 5,8%'],
        [2, 'GRDP bình quân đầu người (USD)', 'USD', 2241, 2218, 2060, 'Giảm 9,5%'],
        [],
        ['Nguồn: Cục Thống kê tỉnh Quảng Ngãi.'],
      ],
      merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:F3', 'G2:G3'],
    },
    { name: 'Ghi chú', rows: [['Biểu này lập theo số liệu niên giám.']] },
  ]);
}

/** The form of {@link form} on sheet "Biểu 02", a one-row table of the same figures on "Biểu 03", and a notes sheet. */
async function twoSheets(): Promise<Uint8Array> {
  return makeWorkbook([
    {
      name: 'Biểu 02',
      rows: [
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2014', 'Năm 2015', 'Năm 2015 so với năm 2014'],
        [1, 'GRDP bình quân đầu người', 'Nghìn đồng', 47731, 47684, 'Giảm 0,1%'],
      ],
    },
    { name: 'Ghi chú', rows: [['Biểu này lập theo số liệu niên giám.']] },
    {
      name: 'Biểu 03',
      rows: [
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2015', 'Năm 2016', 'Năm 2016 so với năm 2015'],
        [1, 'GRDP bình quân đầu người (USD)', 'USD', 2218, 2060, 'Giảm 7,1%'],
      ],
    },
  ]);
}

describe('POST /api/recognise', () => {
  it('shows what was read without storing it: header rows, every year, roles, first rows, notes', async () => {
    const response = await recognise(multipartRequest('/api/recognise', 'bieu-02.xlsx', await form()));
    expect(response.status).toBe(200);
    const body = (await response.json()) as RecognisePreview;
    const table = body.tables[0];
    expect(table?.table).toBe('bieu-02.xlsx (Biểu 02)');
    expect(table?.headerRows).toEqual([2, 3]);
    expect(table?.years).toEqual([2014, 2015, 2016]);
    expect(table?.estimateYears).toEqual([2016]);
    expect(table?.columns.map((c) => c.role)).toEqual(['stt', 'indicator', 'unit', 'year', 'year', 'estimate', 'claim']);
    expect(table?.rows.map((r) => [r.indicator, r.values, r.verdict])).toEqual([
      ['GRDP bình quân đầu người', ['47731', '47684', '44908'], 'match'],
      ['GRDP bình quân đầu người (USD)', ['2241', '2218', '2060'], 'mismatch'],
    ]);
    expect(table?.notes).toEqual(['Nguồn: Cục Thống kê tỉnh Quảng Ngãi.']);
  });

  it.each<[string, Record<string, string>, string[], string[]]>([
    ['every sheet with a table, named by sheet; a notes sheet skipped', {}, ['hai-bieu.xlsx (Biểu 02)', 'hai-bieu.xlsx (Biểu 03)'], ['hai-bieu.xlsx (Ghi chú)']],
    ['only the sheet chosen', { sheet: 'Biểu 03' }, ['hai-bieu.xlsx (Biểu 03)'], []],
  ])('a workbook of several sheets: %s', async (_name, fields, tables, skipped) => {
    const response = await recognise(multipartRequest('/api/recognise', 'hai-bieu.xlsx', await twoSheets(), fields));
    expect(response.status).toBe(200);
    const body = (await response.json()) as RecognisePreview;
    expect(body.tables.map((t) => t.table)).toEqual(tables);
    expect(body.tables.map((t) => t.sheet)).toEqual(tables.map((t) => /\((.+)\)/.exec(t)?.[1]));
    expect(body.skipped.map((s) => [s.name, s.error.code])).toEqual(skipped.map((name) => [name, 'no-indicator-column']));
  });

  it('refuses a bad roles field with a 400 naming it', async () => {
    const response = await recognise(multipartRequest('/api/recognise', 'bang.csv', new TextEncoder().encode('Chỉ tiêu;2015\nA;1'), { roles: '[{"table":1}]' }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/"roles"/);
  });
});

describe('POST /api/datasets with roles', () => {
  it('uses a corrected role for the verdicts, keeps it with the dataset and applies it again on recheck', async () => {
    // "Số 2016" is not a year header: without the correction 2016 is not read and the claim compares nothing.
    const csv = 'Chỉ tiêu;Năm 2015;Số 2016;So sánh\nGRDP bình quân đầu người;47.684;44.908;Giảm 5,8%';
    const bytes = new TextEncoder().encode(csv);
    const plain = (await (await create(multipartRequest('/api/datasets', 'bang.csv', bytes))).json()) as DatasetDetail;
    expect(plain.results[0]?.verdict).not.toBe('match');
    const roles = JSON.stringify([{ table: 'bang.csv', column: 2, role: 'estimate' }]);
    const response = await create(multipartRequest('/api/datasets', 'bang.csv', bytes, { roles }));
    expect(response.status).toBe(201);
    const corrected = (await response.json()) as DatasetDetail;
    expect(corrected.results[0]?.verdict).toBe('match');
    expect(corrected.recognised[0]?.roles).toEqual([{ table: 'bang.csv', column: 2, role: 'estimate' }]);
    const again = await recheck(new Request('http://localhost', { method: 'POST', headers: testSessionHeaders() }), routeContext(corrected.id));
    expect(((await again.json()) as DatasetDetail).results[0]?.verdict).toBe('match');
  });
});

describe('POST /api/datasets with a workbook of several sheets', () => {
  it('stores every sheet’s table under its own id and checks each', async () => {
    const response = await create(multipartRequest('/api/datasets', 'hai-bieu.xlsx', await twoSheets()));
    expect(response.status).toBe(201);
    const detail = (await response.json()) as DatasetDetail & DatasetAnswer;
    expect(detail.tables.map((t) => t.id)).toEqual(['hai-bieu', 'hai-bieu-bieu-03']);
    expect(detail.results.map((r) => [r.indicator, r.verdict])).toEqual([
      ['GRDP bình quân đầu người', 'match'],
      ['GRDP bình quân đầu người (USD)', 'match'],
    ]);
    expect(detail.files.map((f) => [f.name, f.sheet])).toEqual([['hai-bieu.xlsx', null]]);
    expect(detail.skipped?.map((k) => k.name)).toEqual(['hai-bieu.xlsx (Ghi chú)']);
    const again = await recheck(new Request('http://localhost', { method: 'POST', headers: testSessionHeaders() }), routeContext(detail.id));
    expect(((await again.json()) as DatasetDetail).tables.map((t) => t.id)).toEqual(['hai-bieu', 'hai-bieu-bieu-03']);
  });
});

describe('GET /api/template', () => {
  it.each([
    ['vi', [2022, 2023, 2024], 'Ước năm 2024'],
    ['en', [2022, 2023, 2024], 'Estimate 2024'],
  ] as const)('the %s template reads back as a report form with its years and estimate column', async (lang, years, estimate) => {
    const response = await template(new Request(`http://localhost/api/template?lang=${lang}`));
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const read = readReportTables(new Uint8Array(await response.arrayBuffer()), 'mau-bang.csv');
    if (!read.ok) throw new Error(read.error.code);
    expect(read.value[0]?.years).toEqual(years);
    expect(read.value[0]?.columns.find((c) => c.role === 'estimate')?.header).toBe(estimate);
    expect(read.value[0]?.notes.length).toBe(1);
  });
});
