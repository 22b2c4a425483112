import { describe, expect, it } from 'vitest';
import { checkProse } from '@/lib/extract/check-prose';
import { orderFindings } from './findings';
import { buildProseSheet, proseCsv } from './prose-sheet';

const RAW =
  'Năm 2015 vốn đầu tư đạt 7.600 tỷ đồng. Năm 2022 vốn đầu tư đạt 10.607 tỷ đồng, tăng 39,6% so với năm 2015. ' +
  'Cơ cấu kinh tế: công nghiệp tăng từ 20% (năm 2018) lên 25% (năm 2023); dịch vụ tăng từ 50% (năm 2018) lên 45% (năm 2023); nông nghiệp giảm từ 30% (năm 2018) xuống 25% (năm 2023).';
const report = checkProse(RAW);

describe('buildProseSheet', () => {
  it('lists the checks first, then the comparisons worst first', () => {
    const sheet = buildProseSheet(report, 'vi', 'Báo cáo');
    const codes = sheet.rows.map((r) => r.cells[3]);
    expect(codes).toEqual([
      { kind: 'text', text: 'shares-not-100' },
      { kind: 'text', text: 'direction-contradicts-values' },
      { kind: 'text', text: 'wrong_direction' },
      { kind: 'text', text: 'match' },
      { kind: 'text', text: 'match' },
      { kind: 'text', text: 'match' },
    ]);
    expect(sheet.rows.map((r) => r.tone)).toEqual(['bad', 'bad', 'bad', 'ok', 'ok', 'ok']);
  });

  it('writes the checks\' messages in the sheet\'s language', () => {
    const message = (lang: 'vi' | 'en') => buildProseSheet(report, lang, 'Báo cáo').rows[0]?.cells[9];
    expect(message('vi')).toEqual({ kind: 'text', text: expect.stringContaining('Các tỷ trọng năm 2023: 25% + 45% + 25% = 95%, không phải 100%') });
    expect(message('en')).toEqual({ kind: 'text', text: expect.stringContaining('The shares for 2023: 25% + 45% + 25% = 95%, not 100%') });
  });

  it('orders findings worst first, then by position', () => {
    expect(orderFindings(report.claims).map((c) => c.verdict)).toEqual(['wrong_direction', 'match', 'match', 'match']);
  });
});

describe('proseCsv', () => {
  it('starts with a BOM and the Vietnamese header, and writes numbers as printed', () => {
    const csv = proseCsv(report, 'vi', ';');
    expect(csv.startsWith('\uFEFFSTT;Loại phát hiện;Kết quả;Mã kết quả;Chỉ tiêu;Đoạn trích;')).toBe(true);
    expect(csv).toContain(';39,5658;');
    expect(csv).toContain('7.600 tỷ đồng (2015, trong văn bản)');
  });

  it('quotes cells holding the comma delimiter', () => {
    expect(proseCsv(report, 'en', ',')).toContain('"39,5658"');
  });
});

describe('edge cases', () => {
  it('neutralises text that starts like a formula', () => {
    const hostile = checkProse('=HYPERLINK("x") tăng từ 54% (năm 2018) lên 53% (năm 2023). @SUM doanh thu tăng 5% so với năm 2018.');
    const csv = proseCsv(hostile, 'vi', ';');
    expect(csv).toContain(';"\'=HYPERLINK(""x"")";');
    expect(csv).toContain(";'@SUM doanh thu;");
    // Grammar: ( ";" | '"' ) ( "=" | "@" ), a cell that starts with a formula sign.
    // Example: ';=HYPERLINK' or '"@SUM' would match; ";'@SUM" does not.
    expect(csv).not.toMatch(/[;"][=@]/u);
  });

  it('writes only the header for a text without findings', () => {
    const csv = proseCsv(checkProse('Năm 2022 đạt 5 tỷ đồng.'), 'vi', ';');
    expect(csv.split('\r\n').filter((l) => l !== '')).toHaveLength(1);
  });
});
