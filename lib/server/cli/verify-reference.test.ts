import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runClaimsCli } from './claims-cli';
import { runVerifyCli } from './verify-cli';

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runVerifyCli(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

// A report table in tỷ đồng against the real Nam Định yearbook 2022, table 30 (million đồng; see
// lib/extract/reference/testing/README.md). Row 2 leaves the 2015 value empty; row 3 has a planted digit swap.
const TABLE =
  'STT;Chỉ tiêu;Đơn vị tính;Năm 2015;Năm 2022;Năm 2022 so với năm 2015\n' +
  '1;Tổng sản phẩm trên địa bàn theo giá hiện hành;Tỷ đồng;46.811,2;91.965,7;Gấp 2,0 lần\n' +
  '2;Giá trị tăng thêm khu vực dịch vụ;Tỷ đồng;;31.989,4;Gấp 1,9 lần\n' +
  '3;Giá trị tăng thêm ngành công nghiệp;Tỷ đồng;12.173,3;30.414,3;Gấp 2,5 lần\n';
const dir = mkdtempSync(join(tmpdir(), 'verify-ref-'));
writeFileSync(join(dir, 'bang.csv'), TABLE);
const YEARBOOK = 'lib/extract/reference/testing/nien-giam-nam-dinh-2022.csv';

interface Output {
  results: { row: number; verdict: string; basis: unknown; message: string }[];
  checks: { kind: string; severity: string; row: number; year: number; message: string }[];
}

describe('verify --reference', () => {
  const run1 = run([join(dir, 'bang.csv'), '--reference', YEARBOOK, '--json']);
  const output = JSON.parse(run1.out) as Output;

  it.each([
    [2, 'match', 'document'],
    [3, 'match', { reference: 'nien-giam-nam-dinh-2022.csv' }],
    [4, 'match', 'document'],
  ])('row on line %i: %s with basis %j', (row, verdict, basis) => {
    expect(output.results.find((r) => r.row === row)).toMatchObject({ verdict, basis });
  });

  it('reports the printed value that differs from the yearbook, and exits 1', () => {
    expect(output.checks).toEqual([expect.objectContaining({ kind: 'differs-from-reference', severity: 'error', row: 4, year: 2022 })]);
    expect(output.checks[0]?.message).toContain('trang 43');
    expect(run1.code).toBe(1);
  });

  describe('edge cases', () => {
    it('without --reference, every result is on the document and there are no checks', () => {
      const plain = JSON.parse(run([join(dir, 'bang.csv'), '--json']).out) as Output;
      expect(plain.results.every((r) => r.basis === 'document')).toBe(true);
      expect(plain.results.find((r) => r.row === 3)?.verdict).toBe('implied');
      expect(plain.checks).toEqual([]);
    });
    it.each([
      [['--reference'], 'Thiếu đường dẫn sau --reference'],
      [['--reference', 'khong-co.csv'], 'khong-co.csv'],
    ])('refuses %j with exit 2', (extra, message) => {
      const r = run([join(dir, 'bang.csv'), ...extra]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(message);
    });
  });
});

describe('claims --reference', () => {
  it('prints basis on each claim and the reference findings in checks', async () => {
    let out = '';
    const code = await runClaimsCli(['lib/extract/reference/testing/bao-cao-nam-dinh.txt', '--reference', YEARBOOK, '--json'], { stdout: (s) => (out += s), stderr: () => undefined });
    const json = JSON.parse(out) as { claims: { basis: unknown }[]; checks: { kind: string }[]; questions: unknown[] };
    expect(code).toBe(1);
    expect(json.claims.every((c) => c.basis === 'document' || typeof c.basis === 'object')).toBe(true);
    expect(json.claims.filter((c) => typeof c.basis === 'object').length).toBeGreaterThanOrEqual(20);
    expect(json.checks.filter((c) => c.kind === 'differs-from-reference')).toHaveLength(3);
    expect(json.questions).toEqual([]);
  });

  describe('edge cases', () => {
    it('refuses a reference that cannot be read, naming it', async () => {
      let err = '';
      const code = await runClaimsCli(['lib/extract/reference/testing/bao-cao-nam-dinh.txt', '--reference=khong-co.csv'], { stdout: () => undefined, stderr: (s) => (err += s) });
      expect(code).toBe(2);
      expect(err).toContain('khong-co.csv');
    });
  });
});
