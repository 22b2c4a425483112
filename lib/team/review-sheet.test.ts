import { describe, expect, it } from 'vitest';
import type { RowView } from '../dataset/types';
import { buildReviewSheet, officialDate, sheetEntry } from './review-sheet';
import type { Decision } from './types';

// Figures of the Cao Bằng 525-year report's table 2 (GDP per head, 2015 and 2020), written as a test row.
const row: RowView = {
  key: 'bang-2:3',
  tableId: 'bang-2',
  file: 'bang-2.csv',
  row: 3,
  stt: null,
  indicatorId: null,
  indicator: 'GDP bình quân đầu người',
  unit: 'Triệu đồng',
  section: null,
  from: { year: 2015, value: 10.6 },
  to: { year: 2020, value: 39.8 },
  claim: 'Tăng 4,8 lần',
  kind: 'ratio',
  parsed: null,
  verdict: 'mismatch',
  computed: 3.7547,
  message: '39,8 / 10,6 = 3,75',
  expected: 'Tăng 3,8 lần',
  implied: null,
  source: null,
  warnings: [],
  cells: [
    { year: 2015, raw: '10,6', value: 10.6, decimals: 1, warning: null },
    { year: 2020, raw: '39,8', value: 39.8, decimals: 1, warning: null },
  ],
} as unknown as RowView;

const decision: Decision = {
  id: 1,
  subject: { kind: 'dataset', id: 'cao-bang' },
  target: 'bang-2:3',
  status: 'confirmed',
  comment: 'Số lần tăng in sai',
  userName: 'lan',
  decidedAt: '2026-12-04T03:00:00.000Z',
};

describe('review sheet', () => {
  it.each([
    ['2026-12-04T03:00:00Z', 'ngày 04 tháng 12 năm 2026'],
    ['2026-02-15T03:00:00Z', 'ngày 15 tháng 02 năm 2026'],
    ['2026-03-09T20:00:00Z', 'ngày 10 tháng 3 năm 2026'],
  ])('dates %s as %s (Vietnam time)', (iso, text) => {
    expect(officialDate(new Date(iso))).toBe(text);
  });

  it('gives each finding its place, printed values, claim, arithmetic, suggestion and comment', () => {
    const entry = sheetEntry(row, 'Bảng 2', decision);
    expect(entry.location).toBe('Bảng 2, dòng 3');
    expect(entry.printed).toBe('GDP bình quân đầu người: 2015: 10,6 → 2020: 39,8 (Triệu đồng)');
    expect(entry.claim).toBe('Tăng 4,8 lần');
    expect(entry.recomputed).toContain('39,8 / 10,6 = 3,75');
    expect(entry.suggested).toBe('Tăng 3,8 lần');
    expect(entry.comment).toBe('Số lần tăng in sai');
  });

  it('is laid out as an official document', () => {
    const sheet = buildReviewSheet({ documentTitle: 'Báo cáo thử', org: 'Cục Thống kê tỉnh Cao Bằng', place: 'Cao Bằng', date: new Date('2026-12-04T03:00:00Z'), findings: [{ row, tableTitle: 'Bảng 2', decision }] });
    expect(sheet.issuer).toBe('CỤC THỐNG KÊ TỈNH CAO BẰNG');
    expect(sheet.placeAndDate).toBe('Cao Bằng, ngày 04 tháng 12 năm 2026');
    expect(sheet.subject).toBe('V/v rà soát số liệu trong Báo cáo thử');
    expect(sheet.signers[0]?.name).toBe('lan');
    expect(sheet.entries).toHaveLength(1);
  });

  describe('edge cases', () => {
    it('names a page when the document has pages, and fills empty fields with a dash', () => {
      const entry = sheetEntry({ ...row, expected: null } as RowView, 'Bảng 2', { ...decision, comment: '' }, 12);
      expect(entry.location).toBe('trang 12, dòng 3');
      expect(entry.suggested).toBe('—');
      expect(entry.comment).toBe('—');
    });
    it('leaves the office and place to fill in when unknown', () => {
      const sheet = buildReviewSheet({ documentTitle: 'X', org: null, place: null, date: new Date('2026-12-04T03:00:00Z'), findings: [] });
      expect(sheet.placeAndDate.startsWith('……, ')).toBe(true);
      expect(sheet.entries).toEqual([]);
    });
  });
});
