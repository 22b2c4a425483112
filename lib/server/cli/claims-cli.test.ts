import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePdf, textPdf } from '../testing/make-pdf';
import { makeZip } from '../testing/make-zip';
import { runClaimsCli } from './claims-cli';

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(args: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const code = await runClaimsCli(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

interface JsonClaim {
  text: string;
  start: number;
  end: number;
  kind: string;
  indicator: string | null;
  years: unknown;
  figure: { value: number; decimals: number; unit: string | null } | null;
  verdict: string;
  computed: number | null;
  message: string;
  line: number;
  page?: number;
  from: { value: number; origin: string } | null;
}

interface JsonOut {
  claims: JsonClaim[];
  checks: { kind: string; severity: string; message: string; claims: number[]; spans: { start: number; end: number }[] }[];
}

const dir = mkdtempSync(join(tmpdir(), 'soatso-claims-'));
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Constructed text: a wrapped line, a page number, a correct claim and a claim whose base only the tables print. */
const GOOD = file(
  'tot.txt',
  'Năm 2015 vốn đầu tư đạt 7.600 tỷ đồng. Năm 2022 vốn đầu tư đạt \n\n10.607 tỷ đồng, tăng 39,6% so với năm 2015.\n\n7\n\nNăm 2022 thu ngân sách trên địa bàn đạt 3.957,9 tỷ đồng, tăng 10,1 lần so với năm 2009.\n',
);
const WRONG_WAY = file('sai-chieu.txt', 'Tỷ trọng dịch vụ tăng từ 54% (năm 2018) lên 53% (năm 2023).\n');
const SHARES = file('ty-trong.txt', 'Cơ cấu: nông nghiệp giảm từ 40% (năm 2018) xuống 35% (năm 2023); dịch vụ tăng từ 60% (năm 2018) lên 61% (năm 2023).\n');
const SEED = join(process.cwd(), '..', 'shared', 'seed', '000_240dbfc099c0156e.txt');

describe('claims --json on a constructed text', () => {
  it('prints every claim with the spec fields, offsets into the text', async () => {
    const { code, out, err } = await run([GOOD, '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out) as JsonOut;
    expect(json.checks).toEqual([]);
    const text = readFileSync(GOOD, 'utf8');
    for (const c of json.claims) {
      expect(Object.keys(c).slice(0, 10)).toEqual(['text', 'start', 'end', 'kind', 'indicator', 'years', 'figure', 'verdict', 'computed', 'message']);
      // Grammar: whitespace+ (newlines included). Example: "tăng\n  39,6%" becomes "tăng 39,6%".
      expect(text.slice(c.start, c.end).replace(/\s+/gu, ' ')).toBe(c.text);
    }
    const change = json.claims.find((c) => c.text === 'tăng 39,6% so với năm 2015');
    expect(change).toMatchObject({ kind: 'comparison', indicator: 'vốn đầu tư', years: [2022], verdict: 'match', computed: 39.5658, line: 3 });
    expect(change?.figure).toEqual({ value: 39.6, decimals: 1, unit: '%' });
  });

  it('links a base to the --data tables only when asked', async () => {
    const without = JSON.parse((await run([GOOD, '--json'])).out) as JsonOut;
    const withData = JSON.parse((await run([GOOD, '--data', 'data', '--json'])).out) as JsonOut;
    const pick = (j: JsonOut) => j.claims.find((c) => c.text.startsWith('tăng 10,1 lần'));
    expect(pick(without)?.verdict).toBe('implied');
    expect(pick(withData)).toMatchObject({ verdict: 'match', from: { value: 393.6, origin: 'tables' } });
    expect(pick(withData)?.message).toContain('Giá trị năm 2009 (393,6 Tỷ đồng) lấy từ bảng số liệu data — Mục II.6, bảng 2.');
  });

  it('accepts --data=<path> and several --data', async () => {
    const { code, out } = await run(['--data=data/bang-2-2009-2022.csv', '--data', 'data/so-sanh-2015-2022.csv', GOOD, '--json']);
    expect(code).toBe(0);
    expect((JSON.parse(out) as JsonOut).claims.find((c) => c.text.startsWith('tăng 10,1 lần'))?.verdict).toBe('match');
  });
});

// Written for the test with real figures (GSO, 9 months of 2023: exports 259,67 and imports 237,99 tỷ USD; Census 2019).
const PARTS = file(
  'thanh-phan.txt',
  'Chín tháng năm 2023, kim ngạch xuất nhập khẩu đạt 494,66 tỷ USD, gồm xuất khẩu 259,67 tỷ USD và nhập khẩu 237,99 tỷ USD.\n' +
    'Dân số cả nước năm 2019 có 96.208.984 người, trong đó nam 47.881.061 người và nữ 48.327.923 người.\n',
);

describe('claims --explain', () => {
  it('adds the explanations to the JSON, the message in Vietnamese and English beside it', async () => {
    const { code, out } = await run([PARTS, '--json', '--explain']);
    expect(code).toBe(1);
    const json = JSON.parse(out) as JsonOut & { checks: { messageEn: string }[]; explanations: { kind: string; message: string; messageEn: string; lines: number[] }[] };
    expect(json.checks.map((c) => c.kind)).toEqual(['parts-not-total']);
    expect(json.checks[0]?.message).toContain('259,67 + 237,99 = 497,66 tỷ USD');
    expect(json.checks[0]?.messageEn).toContain('259,67 + 237,99 = 497,66 billion USD');
    expect(json.explanations).toEqual([
      expect.objectContaining({ kind: 'parts-not-total', lines: [2, 2, 2], message: expect.stringContaining('47.881.061 + 48.327.923 = 96.208.984 người') }),
    ]);
  });

  it('leaves explanations out without the flag, and lists them in the text output with it', async () => {
    expect(JSON.parse((await run([PARTS, '--json'])).out)).not.toHaveProperty('explanations');
    const { out } = await run([PARTS, '--explain']);
    expect(out).toContain('Đã kiểm tra, không báo lỗi:');
    expect(out).toContain('○ Các thành phần không cộng bằng tổng (dòng 2)');
    expect((await run([PARTS])).out).not.toContain('Đã kiểm tra, không báo lỗi:');
  });
});

describe('claims exit codes', () => {
  it.each<[string, string[], number]>([
    ['a text without problems', [GOOD], 0],
    ['a wrong direction', [WRONG_WAY], 1],
    ['shares that miss 100 (a consistency error alone)', [SHARES], 1],
    ['a missing file', [join(dir, 'khong-co.txt')], 2],
    ['no file', [], 2],
    ['two files', [GOOD, WRONG_WAY], 2],
    ['an unknown option', [GOOD, '--bogus'], 2],
    ['--data without a path', [GOOD, '--data'], 2],
    ['--data that does not exist', [GOOD, '--data', join(dir, 'khong-co-bang')], 2],
    ['a directory as the text', [dir], 2],
  ])('%s exits %i', async (_name, args, code) => {
    expect((await run(args)).code).toBe(code);
  });

  it('prints the usage on --help and exits 0', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('npm run --silent claims');
  });
});

describe('claims text output', () => {
  it('prints a readable Vietnamese list with file:line, verdicts, checks and a summary', async () => {
    const { out } = await run([WRONG_WAY]);
    expect(out).toContain(`${WRONG_WAY}:1  ⇅ Sai chiều  “tăng từ 54% (năm 2018) lên 53% (năm 2023)”`);
    expect(out).toContain('Kiểm tra nhất quán:');
    expect(out).toContain('✗ Lỗi — Chữ tăng/giảm ngược với số liệu (dòng 1)');
    expect(out).toContain('Tổng cộng 1 số liệu, 1 nhận định có so sánh: 1 sai chiều; kiểm tra nhất quán: 1 lỗi, 0 cảnh báo.');
  });
});

describe('PDF', () => {
  // Figures in the style of the Cao Bằng 2022 report (data/), sentences in our own words.
  const pdf = textPdf([['Năm 2015 vốn đầu tư đạt 7.600 tỷ đồng.'], ['Năm 2022 vốn đầu tư đạt 10.607 tỷ đồng, tăng 39,6% so với năm 2015.']]);

  it('prints the page of every claim in the JSON', async () => {
    const { code, out } = await run([file('bao-cao.pdf', pdf), '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as JsonOut;
    expect(json.claims.map((c) => c.page)).toEqual([1, 2, 2]);
  });

  it('names the page instead of the line in the text list', async () => {
    const { out } = await run([file('bao-cao.pdf', pdf)]);
    expect(out).toMatch(/bao-cao\.pdf trang 2 {2}✓/u);
  });

  it('checks a table-like block of a PDF like an uploaded table, and fails on its mismatch', async () => {
    const columns = [20, 60, 200, 290, 360, 430];
    const rows = [
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2015', 'Năm 2020', 'So sánh'],
      ['1', 'Thu ngân sách', 'Tỷ đồng', '1.042,5', '1.563,7', 'Tăng 60%'],
    ];
    const table = makePdf([{ lines: rows.flatMap((cells, r) => cells.map((text, i) => ({ text, x: columns[i] ?? 0, y: 700 - r * 14 }))) }]);
    const { code, out } = await run([file('bang.pdf', table)]);
    expect(code).toBe(1);
    expect(out).toContain('bang.pdf bảng 1 trang 1, dòng 2  ✗ Không khớp  Thu ngân sách: “Tăng 60%”');
  });

  it('a scanned PDF is refused with one line saying it has no text layer', async () => {
    const { code, err } = await run([file('quet.pdf', makePdf([{ image: true }]))]);
    expect(code).toBe(2);
    expect(err).toContain('quet.pdf: tệp PDF không có lớp chữ');
  });
});

describe('edge cases', () => {
  it.each<[string, string | Uint8Array]>([
    ['bao-cao.pdf', '%PDF-1.7 …'],
    ['rong.txt', ''],
    ['nhi-phan.txt', new Uint8Array([0x41, 0x00, 0x42, 0x00])],
    ['hong.docx', 'không phải docx'],
    ['bang.xlsx', makeZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }])],
  ])('refuses %s with exit 2 and one line naming the file', async (name, content) => {
    const path = file(name, content);
    const { code, out, err } = await run([path, '--json']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain(name);
  });

  it('reads UTF-16 with a BOM and UTF-8 with a BOM', async () => {
    const text = 'Tỷ trọng dịch vụ tăng từ 54% (năm 2018) lên 53% (năm 2023).';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    for (const [name, bytes] of [['le.txt', le], ['bom.txt', bom]] as const) {
      const { code, out } = await run([file(name, bytes), '--json']);
      expect(code).toBe(1);
      expect((JSON.parse(out) as JsonOut).claims[0]?.verdict).toBe('wrong_direction');
    }
  });

  it('reads a .docx', async () => {
    const body = '<w:p><w:r><w:t>Tỷ trọng dịch vụ tăng từ 54% (năm 2018) lên 53% (năm 2023).</w:t></w:r></w:p>';
    const docx = makeZip([
      { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
      { name: 'word/document.xml', data: `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>` },
    ]);
    const { code, out, err } = await run([file('bao-cao.docx', docx), '--json']);
    expect(err).toBe('');
    expect(code).toBe(1);
    expect((JSON.parse(out) as JsonOut).claims[0]).toMatchObject({ verdict: 'wrong_direction', text: 'tăng từ 54% (năm 2018) lên 53% (năm 2023)' });
  });
});

describe('claims on the seed document (../shared/seed, present in CI)', () => {
  it('finds the seed file', () => {
    expect(existsSync(SEED), `the seed text is missing at ${SEED}; CI must check out shared/ beside the repository`).toBe(true);
  });

  it('reports the four findings of issue 6 and exits 1', async () => {
    const { code, out, err } = await run([SEED, '--data', 'data', '--json']);
    expect(err).toBe('');
    expect(code).toBe(1);
    const json = JSON.parse(out) as JsonOut;
    const byClaim = (text: string) => json.claims.find((c) => c.text.startsWith(text));
    expect(byClaim('tăng 186,3%')).toMatchObject({ verdict: 'match_truncated', computed: 186.3727 });
    expect(byClaim('bình quân tăng trên 10%/năm')).toMatchObject({ verdict: 'mismatch' });
    expect(byClaim('tăng từ 54,06%')).toMatchObject({ verdict: 'wrong_direction', indicator: 'dịch vụ' });
    expect(json.checks.map((c) => `${c.kind}/${c.severity}`)).toEqual([
      'shares-not-100/error',
      'direction-contradicts-values/error',
      'average-contradicts-total/error',
    ]);
    expect(json.checks[0]?.message).toContain('20,76% + 53,75% + 21,74% = 96,25%, không phải 100%');
    expect(json.checks[2]?.message).toContain('(1 + 39%)^(1/7) − 1 = 4,82%/năm');
  });
});
