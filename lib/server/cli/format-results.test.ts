import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../verify/check-files';
import { formatResultsText } from './format-results';

/* The terminal report of `npm run verify`; our figures in a province's monthly report form. */
function report(csv: string): string {
  const out = checkFiles([{ name: 'bieu.csv', bytes: csv }]);
  if (!out.ok) throw new Error(out.error.code);
  return formatResultsText(out.results);
}

describe('formatResultsText', () => {
  it.each([
    ['a match', 'Chỉ tiêu;Năm 2022;Năm 2023;So sánh\nThu ngân sách;3200;3600;Tăng 12,5%\n', ['bieu.csv:2  Thu ngân sách', '3.200 → 3.600 (2022→2023)', '✓ Khớp', 'Tổng cộng 1 khẳng định: 1 khớp.']],
    ['a mismatch', 'Chỉ tiêu;Năm 2022;Năm 2023;So sánh\nThu ngân sách;3200;3600;Tăng 15,5%\n', ['Tổng cộng 1 khẳng định: 1 không khớp.']],
  ])('%s', (_name, csv, lines) => {
    const text = report(csv);
    for (const line of lines) expect(text).toContain(line);
  });
});

describe('edge cases', () => {
  it('prints a warning as its Vietnamese text, never as an object', () => {
    const text = report('Chỉ tiêu;Năm 2022;Năm 2023;So sánh\nThu ngân sách;3200;3.600;Tăng 12,5%\n');
    expect(text).toContain('⚠ Năm 2023: "3.600" có thể đọc hai cách');
    expect(text).not.toContain('[object Object]');
  });

  it('says so when nothing is claimed', () => {
    expect(report('Chỉ tiêu;Năm 2022;Năm 2023\nThu ngân sách;3200;3600\n')).toContain('Tổng cộng 0 khẳng định: không có.');
  });
});
