import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RowResult } from '../verify/result';
import type { QualityWarning } from '../verify/quality/types';
import { runVerifyCli } from './verify-cli';

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runVerifyCli(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

const seed = run(['data', '--json']);
const parsed = JSON.parse(seed.out) as { results: RowResult[]; quality: QualityWarning[] };
const results = parsed.results;
const byFile = (file: string) => results.filter((r) => r.file.endsWith(file));

describe('verify data --json (the bundled Cao Bằng tables)', () => {
  it('exits 1 because the data hold a mismatch and a wrong direction', () => {
    expect(seed.code).toBe(1);
    expect(seed.err).toBe('');
  });

  it.each([
    ['bang-1-1991-2008.csv', 'Sản lượng lương thực', 'Tăng 1,6 lần', 'match'],
    ['bang-1-1991-2008.csv', 'Thu nhập bình quân', 'Tăng 4,8 lần', 'match'],
    ['bang-1-1991-2008.csv', 'Thu ngân sách trên địa bàn', 'Tăng 38,5 lần', 'match'],
    ['bang-1-1991-2008.csv', 'Tổng giá trị sản xuất công nghiệp', 'Tăng 18 lần', 'match'],
    ['bang-1-1991-2008.csv', 'Kim ngạch xuất, nhập khẩu', 'Tăng 102,2 lần', 'match'],
    ['bang-1-1991-2008.csv', 'Giảm tỷ suất sinh', 'Giảm 0,4‰', 'match_points'],
    ['bang-1-1991-2008.csv', 'Tỷ lệ hộ nghèo', 'Giảm 28,75%', 'match_points'],
    ['bang-2-2009-2022.csv', 'GDP bình quân đầu người', 'Tăng 3,8 lần', 'match'],
    ['bang-2-2009-2022.csv', 'Tổng sản lượng lương thực có hạt', 'Tăng 1,3 lần', 'match'],
    ['bang-2-2009-2022.csv', 'Giá trị sản xuất nông nghiệp', 'Tăng 2,4 lần', 'match'],
    ['bang-2-2009-2022.csv', 'Thu ngân sách trên địa bàn', 'Tăng 10,1 lần', 'match'],
    ['bang-2-2009-2022.csv', 'Tổng vốn đầu tư toàn xã hội', 'Tăng 3,1 lần', 'match'],
    ['bang-2-2009-2022.csv', 'Tổng giá trị kim ngạch xuất nhập khẩu', 'Tăng 5,2 lần', 'match'],
    ['bang-2-2009-2022.csv', 'Tỷ lệ che phủ rừng', 'Tăng 1,1 lần', 'match'],
    ['bang-2-2009-2022.csv', 'Tỷ lệ dân cư nông thôn sử dụng nước sạch', 'Tăng 1,2 lần', 'match'],
  ])('%s: %s "%s" is %s', (file, indicator, claim, verdict) => {
    const row = byFile(file).find((r) => r.indicator === indicator);
    expect(row?.claim).toBe(claim);
    expect(row?.verdict).toBe(verdict);
  });

  it('gives the two seed tables 13 match and 2 match_points', () => {
    const seedRows = [...byFile('bang-1-1991-2008.csv'), ...byFile('bang-2-2009-2022.csv')];
    expect(seedRows).toHaveLength(15);
    expect(seedRows.filter((r) => r.verdict === 'match')).toHaveLength(13);
    expect(seedRows.filter((r) => r.verdict === 'match_points').map((r) => r.indicator)).toEqual([
      'Giảm tỷ suất sinh',
      'Tỷ lệ hộ nghèo',
    ]);
  });

  it.each([
    ['tăng 51,8%', 'match', 51.8117],
    ['tăng 186,3%', 'match_truncated', 186.3727],
    ['tăng 39%', 'match_truncated', 39.5658],
    ['bình quân tăng trên 10%/năm', 'mismatch', 4.8776],
    ['tăng từ 54,06% lên 53,75%', 'wrong_direction', -0.31],
  ])('the 2015→2022 prose claim "%s" is %s (computed %d)', (claim, verdict, computed) => {
    const row = byFile('so-sanh-2015-2022.csv').find((r) => r.claim === claim);
    expect(row?.verdict).toBe(verdict);
    expect(row?.computed).toBeCloseTo(computed, 4);
  });

  it('reports the implied 2015 value for a claim without a printed base', () => {
    const tourists = byFile('so-sanh-2015-2022.csv').find((r) => r.claim === 'tăng 160%');
    expect(tourists?.verdict).toBe('implied');
    expect(tourists?.implied?.side).toBe('from');
    expect(Math.round(tourists?.implied?.value ?? 0)).toBe(400808);
  });

  it('reads the ambiguous grain row as decimals by series continuity and says so', () => {
    const grain = byFile('bang-1-1991-2008.csv').find((r) => r.indicator === 'Sản lượng lương thực');
    expect(grain?.from).toEqual({ year: 1991, value: 147.21 });
    expect(grain?.to).toEqual({ year: 2008, value: 236.625 });
    expect(grain?.warnings).toHaveLength(2);
    expect(grain?.warnings[0]).toMatchObject({ code: 'read-as-decimal', year: 1991, raw: '147.210' });
    expect(grain?.warnings[0]?.message.vi).toContain('147.210');
    expect(grain?.warnings[0]?.message.en).toContain('can be read two ways');
  });

  it('keeps the spec §4 field names on every result', () => {
    for (const r of results) {
      expect(Object.keys(r)).toEqual(
        expect.arrayContaining(['row', 'indicator', 'unit', 'from', 'to', 'claim', 'verdict', 'computed', 'message']),
      );
    }
  });
});

describe('verify --json: the data-quality review of the bundled data', () => {
  it('raises no false alarm: the only note is the documented 2022 structure summing to 96,25', () => {
    expect(parsed.quality.map((w) => [w.code, w.severity, w.years])).toEqual([['shares-gap', 'warning', [2022]]]);
    const [gap] = parsed.quality;
    expect(gap?.code === 'shares-gap' ? [gap.sum, gap.low, gap.high] : null).toEqual([96.25, 96.235, 96.265]);
    expect(gap?.message.vi).toContain('thiếu 3,75 điểm phần trăm');
  });

  it('gives each warning its code, severity, indicators, years, values and message in both languages', () => {
    for (const w of parsed.quality) {
      expect(Object.keys(w)).toEqual(expect.arrayContaining(['id', 'code', 'severity', 'indicatorIds', 'indicators', 'years', 'values', 'tableId', 'message']));
      expect(Object.keys(w.message).sort()).toEqual(['en', 'vi']);
    }
  });

  it('finds a planted 10× slip in a table and prints it without --json, leaving the exit status to the claims', () => {
    const dir = mkdtempSync(join(tmpdir(), 'soatso-cli-'));
    // Vĩnh Phúc GRDP at current prices (Niên giám thống kê 2017, biểu 35), 2016 planted 10× too large.
    writeFileSync(join(dir, 'grdp.csv'), 'STT;Chỉ tiêu;Đơn vị tính;Năm 2014;Năm 2015;Năm 2016;Năm 2017\n1;GRDP giá hiện hành;Triệu đồng;65.432.814;73.048.284;796.645.730;85.338.110\n');
    const text = run([join(dir, 'grdp.csv')]);
    expect(text.code).toBe(0);
    expect(text.out).toContain('Chất lượng dữ liệu: 1 lưu ý.');
    expect(text.out).toContain('796.645.730 (2016) lớn gấp khoảng 10 lần các năm lân cận');
    expect(text.out).toContain('Giá trị đúng có lẽ là 79.664.573');
    const json = JSON.parse(run([join(dir, 'grdp.csv'), '--json']).out) as { quality: QualityWarning[] };
    expect(json.quality.map((w) => w.code)).toEqual(['scale-slip']);
  });
});

describe('verify exit codes and messages', () => {
  it.each([
    [['data/bang-2-2009-2022.csv'], 0],
    [['data/so-sanh-2015-2022.csv'], 1],
    [['khong-co-tep.csv'], 2],
    [[], 2],
    [['data', '--bogus'], 2],
  ])('%j exits %i', (args, code) => {
    expect(run(args).code).toBe(code);
  });

  it('prints a readable Vietnamese report without --json', () => {
    const { out } = run(['data/bang-2-2009-2022.csv']);
    expect(out).toContain('GDP bình quân đầu người');
    expect(out).toContain('✓ Khớp: 39,8 / 10,6 = 3,75 → làm tròn 3,8');
    expect(out).toContain('Tổng cộng 8 khẳng định: 8 khớp.');
    expect(out).toContain('Chất lượng dữ liệu: không thấy vấn đề nào.');
  });

  describe('edge cases', () => {
    it.each([
      ['rong.csv', ''],
      ['khong-co-nam.csv', 'STT;Chỉ tiêu;Đơn vị tính;Ghi chú\n1;GDP;Tỷ đồng;x\n'],
      ['ngoac-kep.csv', 'STT;Chỉ tiêu;Năm 2009;Năm 2022\n1;"GDP;10,6;39,8\n'],
    ])('refuses %s with exit 2 and one line naming the file', (name, content) => {
      const dir = mkdtempSync(join(tmpdir(), 'soatso-cli-'));
      writeFileSync(join(dir, name), content);
      const { code, err, out } = run([join(dir, name), '--json']);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).toContain(name);
    });

    it('names a missing file on one line, without a stack trace', () => {
      const { err } = run(['khong-co-tep.csv']);
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).toContain('khong-co-tep.csv');
      // Grammar: "at " any* ".ts:" digit+, a stack-trace frame. Example: "at run (verify.ts:12" matches.
      expect(err).not.toMatch(/at .*\.ts:\d+/);
    });
  });
});
