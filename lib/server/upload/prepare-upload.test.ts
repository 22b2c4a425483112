import { describe, expect, it } from 'vitest';
import { generateReportTable } from '../../../bench/generate-table';
import { ANSWER_FINDINGS, ANSWER_ROWS } from '../../upload/types';
import { compareVerdicts } from '../../verify/labels';
import { readLimits } from '../config';
import { partsOf } from '../store/dataset-parts';
import { SAMPLE_CSV, sampleDataset } from '../testing/sample-tables';
import { answerOf, prepareUpload, resultsOf } from './prepare-upload';

const ID = '0123456789abcdef0123456789abcdef';
const target = { id: ID, name: 'Bảng 1', createdAt: '2026-12-04T10:00:00.000Z' };

describe('answerOf', () => {
  it.each([
    // [rows in the table, listed in full]
    [3, true],
    [ANSWER_ROWS, true],
  ])('a dataset of %i rows lists every row and indicator: %s', (rows, full) => {
    const dataset = rows === 3 ? sampleDataset(ID) : sampleDataset(ID, new TextDecoder().decode(generateReportTable(rows)));
    const answer = answerOf(dataset);
    expect(answer.results !== undefined).toBe(full);
    expect(answer.results).toEqual(resultsOf(dataset));
    expect(answer.indicators?.length).toBe(dataset.indicators.length);
  });

  describe('edge cases', () => {
    it('past ANSWER_ROWS rows it lists no rows, only the worst findings in the order the pages use', () => {
      const dataset = sampleDataset(ID, new TextDecoder().decode(generateReportTable(ANSWER_ROWS + 1)));
      const answer = answerOf(dataset);
      expect(answer.results).toBeUndefined();
      expect(answer.indicators).toBeUndefined();
      const worst = resultsOf(dataset)
        .filter((r) => r.verdict !== 'none')
        .sort((a, b) => compareVerdicts(a.verdict, b.verdict))
        .slice(0, ANSWER_FINDINGS);
      expect(answer.findings).toEqual(worst);
      expect(answer.findings).toHaveLength(ANSWER_FINDINGS);
      expect(answer.tables).toEqual([{ id: dataset.tables[0]?.id, title: dataset.tables[0]?.title }]);
    });

    it('a dataset without claims has no findings', () => {
      const dataset = sampleDataset(ID, 'Chỉ tiêu;Đơn vị tính;2020;2021\r\nDân số;Người;100;110\r\n');
      expect(answerOf(dataset).findings).toEqual([]);
    });
  });
});

describe('prepareUpload', () => {
  it('builds the dataset under the target id and name and cuts it as the store writes it', async () => {
    const upload = await prepareUpload([{ name: 'bang.csv', bytes: new TextEncoder().encode(SAMPLE_CSV) }], readLimits(), target);
    if (!upload.ok) throw new Error('the sample did not read');
    const expected = sampleDataset(ID);
    expect(JSON.parse(upload.value.prepared.head)).toEqual({ document: expect.objectContaining({ id: ID, title: 'Bảng 1', date: '2026-12-04' }) });
    expect(upload.value.prepared.parts).toEqual(partsOf(expected));
    expect(upload.value.prepared.counts).toEqual(expected.counts);
    expect(upload.value.answer.results).toEqual(resultsOf(expected));
    expect(upload.value.tables[0]?.table.file).toBe('bang.csv');
  });

  // Vĩnh Phúc's 2022 yearbook, biểu 151.1 (spring paddy by district, ha), the first three districts; the total of 2019
  // is ours, 10 ha too large.
  it('counts the data-quality warnings and notes of the review in its answer', async () => {
    const csv = [';2018;2019', 'TỔNG SỐ - TOTAL;7.412,40;7.424,80', '1. Thành phố Vĩnh Yên;1.350,60;1.302,40', '2. Thành phố Phúc Yên;2.006,00;2.101,00', '3. Huyện Lập Thạch;4.055,80;4.011,40'].join('\n');
    const upload = await prepareUpload([{ name: 'bieu-151.csv', bytes: new TextEncoder().encode(csv) }], readLimits(), target);
    if (!upload.ok) throw new Error('the table did not read');
    expect(upload.value.answer.quality).toEqual({ warnings: 1, notes: 0 });
    const clean = await prepareUpload([{ name: 'bang.csv', bytes: new TextEncoder().encode(SAMPLE_CSV) }], readLimits(), target);
    expect(clean.ok && clean.value.answer.quality).toEqual({ warnings: 0, notes: 0 });
  });

  it('refuses what the reader refuses, with its message', async () => {
    const upload = await prepareUpload([{ name: 'bang.csv', bytes: new Uint8Array() }], readLimits(), target);
    expect(upload.ok).toBe(false);
  });
});

describe('a table with two comparison columns', () => {
  // Quảng Ngãi, Niên giám 2016, biểu 41 (GRDP bình quân đầu người, nghìn đồng); the plan 46.000 is ours.
  const CSV = [
    'STT;Chỉ tiêu;Đơn vị tính;Thực hiện năm 2015;Kế hoạch năm 2016;Ước thực hiện năm 2016;So sánh (%) - TH 2016/KH 2016;So sánh (%) - TH 2016/TH 2015',
    '1;GRDP bình quân đầu người;Nghìn đồng;47.684;46.000;44.908;97,6;94,2',
    '2;GRDP bình quân đầu người (USD);USD;2.218;2.200;2.060;93,6;92,9',
  ].join('\n');

  it('counts its rows once in the dataset, but every table\'s rows against the row limit (each is checked and stored)', async () => {
    const refused = await prepareUpload([{ name: 'ke-hoach.csv', bytes: new TextEncoder().encode(CSV) }], { ...readLimits(), maxRows: 3 }, target);
    expect(refused.ok ? null : refused.error.status).toBe(413);
    const upload = await prepareUpload([{ name: 'ke-hoach.csv', bytes: new TextEncoder().encode(CSV) }], { ...readLimits(), maxRows: 4 }, target);
    expect(upload.ok).toBe(true);
    if (!upload.ok) return;
    expect(upload.value.recognised.map((r) => [r.table, r.rowCount])).toEqual([['ke-hoach.csv', 2], ['ke-hoach.csv #2', 0]]);
    expect(upload.value.answer.findings.map((r) => r.verdict)).toEqual(['match', 'match', 'match', 'match']);
  });
});
