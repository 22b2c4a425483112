import { describe, expect, it } from 'vitest';
import { POST as recheck } from '@/app/api/datasets/[id]/recheck/route';
import { DELETE as remove } from '@/app/api/datasets/[id]/route';
import { POST as create } from '@/app/api/datasets/route';
import { POST as recognise } from '@/app/api/recognise/route';
import type { DatasetDetail, RecognisePreview } from '../../upload/types';
import { multipartRequest, routeContext } from '../testing/api-client';
import { useTempDataDir } from '../testing/temp-data-dir';
import { testSessionHeaders, useSignedInUser } from '../testing/test-session';

useTempDataDir('soatso-reuse-');
useSignedInUser('reviewer');

/*
 * Figures: Cục Thống kê tỉnh Quảng Ngãi, Niên giám thống kê 2016, biểu 41 (GRDP bình quân đầu người). The header
 * "Số liệu 2016", which names no year role, is ours: the reader sees one year until the user corrects it.
 */
const HEADER = 'Chỉ tiêu;Năm 2015;Số liệu 2016;So sánh';
const ROW = 'GRDP bình quân đầu người;47.684;44.908;Giảm 5,8%';
const encode = (text: string) => new TextEncoder().encode(text);

async function preview(name: string, csv: string, fields: Record<string, string> = {}): Promise<RecognisePreview> {
  const response = await recognise(multipartRequest('/api/recognise', name, encode(csv), fields));
  expect(response.status).toBe(200);
  return (await response.json()) as RecognisePreview;
}

async function save(name: string, csv: string, fields: Record<string, string> = {}): Promise<DatasetDetail> {
  const response = await create(multipartRequest('/api/datasets', name, encode(csv), fields));
  expect(response.status).toBe(201);
  return (await response.json()) as DatasetDetail;
}

describe('a saved role correction', () => {
  it('is reused for a later file whose header reads the same after folding, names its dataset, and can be declined', async () => {
    const roles = JSON.stringify([{ table: 'quy-1.csv', column: 2, role: 'year' }]);
    const first = await save('quy-1.csv', `${HEADER}\n${ROW}`, { roles, name: 'Quý 1' });
    expect(first.results[0]?.verdict).toBe('match');

    // The same header typed without diacritics, in capitals and with extra spaces.
    const later = `CHI TIEU;Nam  2015;So lieu 2016;So sanh\n${ROW}`;
    const reused = (await preview('quy-2.csv', later)).tables[0];
    expect(reused?.reused).toEqual({ dataset: first.id, name: 'Quý 1', columns: 1 });
    expect(reused?.columns[2]?.role).toBe('year');
    expect(reused?.rows[0]?.verdict).toBe('match');

    const declined = (await preview('quy-2.csv', later, { declined: JSON.stringify(['quy-2.csv']) })).tables[0];
    expect(declined?.reused).toBeNull();
    expect(declined?.columns[2]?.role).toBe('other');

    const second = await save('quy-2.csv', later);
    expect(second.recognised[0]?.reused).toEqual({ dataset: first.id, name: 'Quý 1', columns: 1 });
    expect(second.recognised[0]?.roles).toEqual([{ table: 'quy-2.csv', column: 2, role: 'year' }]);
    expect(second.results[0]?.verdict).toBe('match');
    const rechecked = (await (await recheck(new Request('http://localhost', { method: 'POST', headers: testSessionHeaders() }), routeContext(second.id))).json()) as DatasetDetail;
    expect(rechecked.recognised[0]?.reused).toEqual({ dataset: first.id, name: 'Quý 1', columns: 1 });
    expect(rechecked.results[0]?.verdict).toBe('match');

    // The second dataset saved the correction with itself: it outlives the first.
    const gone = await remove(new Request('http://localhost', { method: 'DELETE', headers: testSessionHeaders() }), routeContext(first.id));
    expect(gone.status).toBe(204);
    expect((await preview('quy-3.csv', later)).tables[0]?.reused).toEqual({ dataset: second.id, name: 'quy-2', columns: 1 });
  });

  it.each<[string, string]>([
    ['another word in a header', 'Chỉ tiêu;Năm 2015;Số liệu ước 2016;So sánh'],
    ['another year', 'Chỉ tiêu;Năm 2014;Số liệu 2016;So sánh'],
    ['one column more', 'Chỉ tiêu;Đơn vị;Năm 2015;Số liệu 2016;So sánh'],
  ])('is not reused for a header with %s', async (_name, header) => {
    await save('goc.csv', `${HEADER}\n${ROW}`, { roles: JSON.stringify([{ table: 'goc.csv', column: 2, role: 'year' }]) });
    const row = header.split(';').length === 5 ? 'GRDP bình quân đầu người;Nghìn đồng;47.684;44.908;Giảm 5,8%' : ROW;
    expect((await preview('khac.csv', `${header}\n${row}`)).tables[0]?.reused).toBeNull();
  });
});

describe('edge cases', () => {
  it('the user’s own correction of a column wins over the saved one', async () => {
    await save('a.csv', `${HEADER}\n${ROW}`, { roles: JSON.stringify([{ table: 'a.csv', column: 2, role: 'year' }]) });
    const mine = JSON.stringify([{ table: 'b.csv', column: 2, role: 'estimate' }]);
    const table = (await preview('b.csv', `${HEADER}\n${ROW}`, { roles: mine })).tables[0];
    expect(table?.columns[2]?.role).toBe('estimate');
    expect(table?.roles).toEqual([{ table: 'b.csv', column: 2, role: 'estimate' }]);
  });

  it('a file whose header nobody corrected reads as recognised', async () => {
    const table = (await preview('moi.csv', `Chỉ tiêu;Năm 2015;Năm 2016;So sánh\n${ROW}`)).tables[0];
    expect(table?.reused).toBeNull();
    expect(table?.roles).toEqual([]);
  });

  it('a bad declined field is refused with a 400 naming it', async () => {
    const response = await recognise(multipartRequest('/api/recognise', 'a.csv', encode(`${HEADER}\n${ROW}`), { declined: '{"a":1}' }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/"declined"/);
  });
});
