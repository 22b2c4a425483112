import { describe, expect, it } from 'vitest';
import { POST as recheck } from '@/app/api/datasets/[id]/recheck/route';
import { POST as create } from '@/app/api/datasets/route';
import { POST as recognise } from '@/app/api/recognise/route';
import type { DatasetDetail, RecognisePreview } from '../../upload/types';
import { multipartRequest, routeContext } from '../testing/api-client';
import { useTempDataDir } from '../testing/temp-data-dir';
import { testSessionHeaders, useSignedInUser } from '../testing/test-session';

useTempDataDir('soatso-header-rows-');
useSignedInUser('reviewer');

/*
 * A form whose header sits on two rows, the second starting with a subtitle under "Chỉ tiêu": read
 * alone, the header stops at row 2 and only 2019 is a year. Figures made up for the test; the
 * claim "Tăng 7,4%" is 130,0 against 121,0 (7,44 %).
 */
const FORM = [
  'Biểu 05. Sản lượng lương thực;;;;;;',
  'Chỉ tiêu;Đơn vị tính;Năm 2019;Thực hiện;;Ước thực hiện;So sánh',
  '(Theo giá hiện hành);;;Năm 2020;Năm 2022;năm 2023;2023 so với 2022',
  'Lúa;nghìn tấn;100,0;110,0;121,0;130,0;Tăng 7,4%',
  'Ngô;nghìn tấn;50,0;55,0;60,5;66,0;Tăng 9,1%',
].join('\n');
const encode = (text: string) => new TextEncoder().encode(text);
const rows = (table: string, from: number, to: number) => JSON.stringify([{ table, from, to }]);

async function preview(name: string, fields: Record<string, string> = {}, text = FORM): Promise<RecognisePreview> {
  const response = await recognise(multipartRequest('/api/recognise', name, encode(text), fields));
  expect(response.status).toBe(200);
  return (await response.json()) as RecognisePreview;
}

async function save(name: string, fields: Record<string, string> = {}, text = FORM): Promise<DatasetDetail> {
  const response = await create(multipartRequest('/api/datasets', name, encode(text), fields));
  expect(response.status).toBe(201);
  return (await response.json()) as DatasetDetail;
}

describe('header rows corrected in the preview', () => {
  it('POST /api/recognise reads the header from the rows given, and lists the rows to choose from', async () => {
    const alone = (await preview('bieu-05.csv')).tables[0];
    expect(alone?.headerRows).toEqual([2]);
    expect(alone?.years).toEqual([2019]);
    expect(alone?.headerLines.map((l) => l.line)).toEqual([1, 2, 3, 4, 5]);
    expect(alone?.headerForced).toBeNull();

    const fixed = (await preview('bieu-05.csv', { headerRows: rows('bieu-05.csv', 2, 3) })).tables[0];
    expect(fixed?.headerRows).toEqual([2, 3]);
    expect(fixed?.years).toEqual([2019, 2020, 2022, 2023]);
    expect(fixed?.estimateYears).toEqual([2023]);
    expect(fixed?.headerForced).toEqual({ from: 2, to: 3 });
    expect(fixed?.rows.map((r) => r.verdict)).toEqual(['match', 'match']);
  });

  it('is saved with the dataset, reused for the same rows in a later file (title changed), kept by a recheck', async () => {
    const first = await save('bieu-05.csv', { headerRows: rows('bieu-05.csv', 2, 3), name: 'Biểu 05 năm 2023' });
    expect(first.recognised[0]?.headerForced).toEqual({ from: 2, to: 3 });
    expect(first.results.map((r) => r.verdict)).toEqual(['match', 'match']);

    // Another year's title, the header typed in capitals, one more title row: the rows chosen read the same.
    const later = ['BIỂU 05 (BẢN 2024)', 'Cập nhật tháng 3', FORM.split('\n').slice(1, 3).join('\n').toUpperCase(), ...FORM.split('\n').slice(3)].join('\n');
    const reused = (await preview('bieu-05-2024.csv', {}, later)).tables[0];
    expect(reused?.reused).toEqual({ dataset: first.id, name: 'Biểu 05 năm 2023', columns: 0, headerRows: { from: 3, to: 4 } });
    expect(reused?.headerRows).toEqual([3, 4]);
    expect(reused?.years).toEqual([2019, 2020, 2022, 2023]);

    const declined = (await preview('bieu-05-2024.csv', { declined: JSON.stringify(['bieu-05-2024.csv']) }, later)).tables[0];
    expect(declined?.reused).toBeNull();
    expect(declined?.years).toEqual([2019]);

    const second = await save('bieu-05-2024.csv', {}, later);
    expect(second.recognised[0]?.reused?.headerRows).toEqual({ from: 3, to: 4 });
    const response = await recheck(new Request('http://localhost', { method: 'POST', headers: testSessionHeaders() }), routeContext(second.id));
    const rechecked = (await response.json()) as DatasetDetail;
    expect(rechecked.recognised[0]?.headerForced).toEqual({ from: 3, to: 4 });
    expect(rechecked.results.map((r) => r.verdict)).toEqual(['match', 'match']);
  });

  it('a role corrected with the header rows is saved and reused with them', async () => {
    const roles = JSON.stringify([{ table: 'a.csv', column: 5, role: 'year' }]);
    const first = await save('a.csv', { headerRows: rows('a.csv', 2, 3), roles });
    const again = (await preview('b.csv')).tables[0];
    expect(again?.reused).toEqual({ dataset: first.id, name: 'a', columns: 1, headerRows: { from: 2, to: 3 } });
    expect(again?.columns[5]?.role).toBe('year');
    expect(again?.estimateYears).toEqual([]);
  });
});

describe('edge cases', () => {
  it.each<[string, string, string, RegExp]>([
    ['not JSON', 'vi', '[{', /^Trường "headerRows" không hợp lệ/],
    ['from after to', 'vi', rows('a.csv', 3, 2), /"from" không lớn hơn "to"/],
    ['line 0', 'en', rows('a.csv', 0, 2), /^The "headerRows" field is not valid/],
    ['seven rows', 'en', rows('a.csv', 1, 7), /at most 6 rows/],
    ['an unknown key', 'vi', JSON.stringify([{ table: 'a.csv', from: 1, to: 2, cot: 1 }]), /"headerRows"/],
  ])('a headerRows field %s is refused with a 400 (%s)', async (_name, lang, field, message) => {
    const response = await recognise(multipartRequest(`/api/recognise?lang=${lang}`, 'a.csv', encode(FORM), { headerRows: field }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
  });

  it.each<[string, string, string]>([
    ['vi', 'a.csv: dòng 9: dòng tiêu đề đã chọn nằm ngoài bảng (sau dòng cuối của tệp).', '/api/recognise'],
    ['en', 'a.csv: row 9: the chosen header rows lie outside the table (past the last line of the file).', '/api/datasets'],
  ])('rows past the end are refused with a 400 naming the file and row (%s), nothing stored', async (lang, error, path) => {
    const route = path === '/api/recognise' ? recognise : create;
    const response = await route(multipartRequest(`${path}?lang=${lang}`, 'a.csv', encode(FORM), { headerRows: rows('a.csv', 8, 9) }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBe(error);
  });

  it('saved header rows are not reused when a chosen row reads otherwise', async () => {
    await save('c.csv', { headerRows: rows('c.csv', 2, 3) });
    const other = FORM.replace('(Theo giá hiện hành)', '(Theo giá so sánh 2010)');
    const table = (await preview('d.csv', {}, other)).tables[0];
    expect(table?.reused).toBeNull();
    expect(table?.headerForced).toBeNull();
    expect(table?.years).toEqual([2019]);
  });
});

describe('a workbook', () => {
  it('takes the header rows as sheet rows, merged cells spread over the columns under them; found from a CSV’s correction', async () => {
    await save('bieu-05-csv.csv', { headerRows: rows('bieu-05-csv.csv', 2, 3) });
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Biểu 05');
    FORM.split('\n').forEach((line, r) => line.split(';').forEach((value, c) => {
      if (value !== '') sheet.getCell(r + 1, c + 1).value = /^\d+,\d$/.test(value) ? Number(value.replace(',', '.')) : value;
    }));
    for (const range of ['B2:B3', 'C2:C3', 'D2:E2']) sheet.mergeCells(range);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const read = async (fields: Record<string, string>) => {
      const response = await recognise(multipartRequest('/api/recognise', 'bieu-05.xlsx', bytes, fields));
      expect(response.status).toBe(200);
      return ((await response.json()) as RecognisePreview).tables[0];
    };
    // The CSV saved with its header rows has the same raw rows: the correction is found for the workbook too.
    const reused = await read({});
    expect(reused?.reused?.headerRows).toEqual({ from: 2, to: 3 });
    const table = reused?.table ?? '';
    const alone = await read({ declined: JSON.stringify([table]) });
    expect(alone?.years).toEqual([2019]);
    const fixed = await read({ headerRows: rows(table, 2, 3), declined: JSON.stringify([table]) });
    expect(fixed?.years).toEqual([2019, 2020, 2022, 2023]);
    expect(fixed?.columns.map((c) => c.header).slice(3, 5)).toEqual(['Thực hiện Năm 2020', 'Thực hiện Năm 2022']);
    expect(fixed?.rows.map((r) => r.verdict)).toEqual(['match', 'match']);
  });
});
