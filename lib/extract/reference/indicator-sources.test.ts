import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkProse } from '../check-prose';
import { referenceFromFiles } from '../../prose/reference-sources';
import { NO_RULES } from '../../verify/reference-types';
import { sourcesByYear, type SeriesInput } from './indicator-sources';

// Real figures: Nam Định yearbook 2022, table 30 (see testing/README.md); the document sentences are ours, with
// 2021's value planted 100 tỷ off.
const yearbook = referenceFromFiles(
  [{ name: 'nien-giam.csv', bytes: new Uint8Array(readFileSync('lib/extract/reference/testing/nien-giam-nam-dinh-2022.csv')) }],
  'nien-giam.csv',
  { vi: 'Niên giám Nam Định 2022', en: 'Nam Định yearbook 2022' },
);
if (!yearbook.ok) throw new Error(yearbook.message);
const series: SeriesInput = {
  datasetId: 'tai-len',
  datasetLabel: 'Bảng tải lên',
  name: 'Giá trị tăng thêm khu vực dịch vụ',
  names: ['Giá trị tăng thêm khu vực dịch vụ'],
  unit: 'Tỷ đồng',
  points: [
    { year: 2020, value: 26887, decimals: 0, source: 'Bảng 1' },
    { year: 2021, value: 28814.4, decimals: 1, source: 'Bảng 1' },
  ],
};
const document = {
  id: 'doc-1',
  title: 'Báo cáo năm 2021',
  claims: checkProse('Năm 2021, giá trị tăng thêm khu vực dịch vụ đạt 28.914,4 tỷ đồng. Năm 2022, giá trị tăng thêm khu vực dịch vụ đạt 31.989,4 tỷ đồng.').claims,
};

describe('sourcesByYear', () => {
  const years = sourcesByYear(series, [document], [yearbook.ok ? yearbook.source : (undefined as never)], NO_RULES);
  it.each([
    [2020, ['dataset', 'reference'], false],
    [2021, ['dataset', 'document', 'reference'], true],
    [2022, ['document', 'reference'], false],
  ])('%i: %j, disagree %s', (year, kinds, disagree) => {
    const y = years.find((s) => s.year === year);
    expect(y?.sources.map((s) => s.kind)).toEqual(kinds);
    expect(y?.disagree).toBe(disagree);
  });

  it('marks the source that differs and names where the reference prints it', () => {
    const y = years.find((s) => s.year === 2021);
    expect(y?.sources.map((s) => s.differs)).toEqual([false, true, false]);
    expect(y?.sources[2]?.place).toBe('Niên giám Nam Định 2022 — Biểu 30, trang 43');
  });

  describe('edge cases', () => {
    it('gives only the dataset’s own values without documents or references', () => {
      expect(sourcesByYear(series, [], [], NO_RULES).map((y) => y.sources.length)).toEqual([1, 1]);
    });
  });
});
