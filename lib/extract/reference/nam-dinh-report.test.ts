import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkProse, proseFails, type ProseClaimResult } from '../check-prose';
import { referenceFromFiles } from '../../prose/reference-sources';

/*
 * The done-when test of issue 15. The reference is the real Nam Định yearbook 2022, table 30 (GRDP at current
 * prices by sector, page 43: https://namdinh.gso.gov.vn/uploads/An-pham/NG2022/files/basic-html/page43.html),
 * reshaped into a long series in million đồng. The report (testing/bao-cao-nam-dinh.txt) is written for the test
 * in our own words; it prints levels in tỷ đồng, and the bases of its claims are only in the yearbook. The bundled
 * Cao Bằng series (data/, real) is a second reference, for "thu nội địa" against "thu ngân sách trên địa bàn".
 */
const DIR = 'lib/extract/reference/testing';
const yearbook = referenceFromFiles(
  [{ name: 'nien-giam-nam-dinh-2022.csv', bytes: new Uint8Array(readFileSync(`${DIR}/nien-giam-nam-dinh-2022.csv`)) }],
  'nien-giam-nam-dinh-2022.csv',
  { vi: 'Niên giám thống kê Nam Định 2022', en: 'Nam Định statistical yearbook 2022' },
);
const caoBang = referenceFromFiles(
  [{ name: 'bang-2-2009-2022.csv', bytes: new Uint8Array(readFileSync('data/bang-2-2009-2022.csv')) }],
  'cao-bang',
  { vi: 'Dữ liệu Cao Bằng', en: 'Cao Bằng data' },
);
if (!yearbook.ok || !caoBang.ok) throw new Error('the reference files must read');
const text = readFileSync(`${DIR}/bao-cao-nam-dinh.txt`, 'utf8');
const report = checkProse(text, [yearbook.source, caoBang.source]);

function claim(fragment: string, near: string): ProseClaimResult {
  const at = report.text.indexOf(near);
  const found = report.claims.find((c) => c.text.includes(fragment) && c.start >= at && c.start < at + near.length + 80);
  if (found === undefined) throw new Error(`no claim “${fragment}” near “${near}”`);
  return found;
}

describe('a report checked against a provincial yearbook', () => {
  const correct: readonly (readonly [string, string])[] = [
    ['tăng 8,5%', 'Năm 2016, quy mô GRDP'],
    ['tăng 8,8%', 'Năm 2017, quy mô GRDP'],
    ['tăng 12,8%', 'Năm 2018, quy mô GRDP'],
    ['tăng 12,7%', 'Năm 2019, quy mô GRDP'],
    ['tăng 9,6%', 'Năm 2020, quy mô GRDP'],
    ['tăng 9,3%', 'Năm 2021, quy mô GRDP'],
    ['tăng bình quân 10,5%/năm', 'Giai đoạn 2016 - 2020, quy mô GRDP'],
    ['tăng 5,1%', 'Năm 2016, giá trị tăng thêm khu vực nông'],
    ['giảm 2,3%', 'Năm 2017, giá trị tăng thêm khu vực nông'],
    ['tăng 18,4%', 'Năm 2020, giá trị tăng thêm khu vực nông'],
    ['tăng 17,2%', 'Năm 2018, giá trị tăng thêm khu vực công nghiệp và xây dựng'],
    ['tăng 15,9%', 'Năm 2021, giá trị tăng thêm khu vực công nghiệp và xây dựng'],
    ['tăng bình quân 13,2%/năm', 'Giai đoạn 2016 - 2022, giá trị tăng thêm khu vực công nghiệp'],
    ['tăng 18,3%', 'Năm 2019, giá trị tăng thêm ngành công nghiệp'],
    ['gấp 2,5 lần', 'Năm 2022, giá trị tăng thêm ngành công nghiệp'],
    ['tăng 5,2%', 'Năm 2020, giá trị tăng thêm khu vực dịch vụ'],
    ['tăng 11,0%', 'Năm 2022, giá trị tăng thêm khu vực dịch vụ'],
    ['tăng 15,5%', 'Năm 2017, thuế sản phẩm'],
    ['tăng 7,4%', 'Năm 2021, thuế sản phẩm'],
  ];

  it.each(correct)('“%s” (%s…) gets a real verdict from the yearbook', (fragment, near) => {
    const c = claim(fragment, near);
    expect(c.verdict).toBe('match');
    expect(c.basis).toEqual({ reference: 'nien-giam-nam-dinh-2022.csv' });
    expect(c.message).toContain('Niên giám thống kê Nam Định 2022 — Biểu 30, trang 43');
  });

  it('has at least 20 claims whose base is only in the yearbook', () => {
    const fromYearbook = report.claims.filter((c) => typeof c.basis === 'object' && c.basis.reference === 'nien-giam-nam-dinh-2022.csv');
    expect(fromYearbook.length).toBeGreaterThanOrEqual(20);
    expect(fromYearbook.every((c) => c.verdict !== 'implied' && c.verdict !== 'not_computable')).toBe(true);
  });

  it('matches a claim at the rounding edge (18,345… % printed as 18,3 %)', () => {
    const c = claim('tăng 18,3%', 'Năm 2019, giá trị tăng thêm ngành công nghiệp');
    expect(c.verdict).toBe('match');
    expect(Math.abs((c.computed ?? 0) - 18.35)).toBeLessThan(0.006);
  });

  it('finds a truncated percentage (9,357 % printed as 9,3 %)', () => {
    expect(claim('tăng 9,3%', 'Năm 2022, quy mô GRDP').verdict).toBe('match_truncated');
  });

  it('finds a wrong average rate (9,42 %/năm printed as 10,4 %/năm)', () => {
    const c = claim('tăng bình quân 10,4%/năm', 'Giai đoạn 2016 - 2020, giá trị tăng thêm khu vực dịch vụ');
    expect(c.verdict).toBe('mismatch');
    expect(c.expected).toContain('9,4');
  });

  it.each([
    ['digit swap', '13.461,0', 'Có thể đảo hai chữ số', 45],
    ['value for the wrong year', '27.214,8', 'năm 2021', 3983.1],
    ['tỷ/triệu slip', '2.914,7', 'nhầm đơn vị', -2911764.3],
  ])('finds the planted %s in a printed level as differs-from-reference', (_name, printed, hint, gap) => {
    const finding = report.checks.find((k) => k.kind === 'differs-from-reference' && k.message.vi.includes(printed));
    expect(finding?.severity).toBe('error');
    expect(finding?.message.vi).toContain(hint);
    expect(finding?.message.vi).toContain('Biểu 30, trang 43');
    expect(finding?.computed).toBeCloseTo(gap, 0);
  });

  it('agrees with the correct printed levels', () => {
    expect(claim('91.965,7', 'Năm 2022, quy mô GRDP').reference).toMatchObject({ kind: 'agrees', reference: 'nien-giam-nam-dinh-2022.csv' });
    expect(claim('14.592,6', 'Năm 2019, giá trị tăng thêm khu vực nông').reference).toMatchObject({ kind: 'agrees' });
    expect(report.checks.filter((k) => k.kind === 'differs-from-reference')).toHaveLength(3);
  });

  it.each([
    ['a constant-price growth beside current-price levels', 'tăng 6,6%', 'Theo giá so sánh 2010'],
    ['an indicator with no reference series', 'tăng 12,1%', 'Năm 2022, số doanh nghiệp'],
    ['thu nội địa against thu ngân sách', 'tăng 9,1 lần', 'Năm 2022, thu nội địa'],
  ])('gives %s no reference verdict', (_name, fragment, near) => {
    const c = claim(fragment, near);
    expect(c.basis).toBe('document');
    expect(['match', 'mismatch', 'match_truncated', 'wrong_direction']).not.toContain(c.verdict);
  });

  it('fails the report', () => {
    expect(proseFails(report)).toBe(true);
  });
});
