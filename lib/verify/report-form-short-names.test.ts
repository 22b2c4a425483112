import { describe, expect, it } from 'vitest';
import { checkFiles } from './check-files';

/*
 * A province's monthly report form names its columns short: "KH" the plan, "TH" what was done, "ƯTH" the estimate,
 * "So CK (%)" against the same time a year earlier, "So KH (%)" or "TH/KH (%)" against the plan. Before, such
 * comparison columns were read as plain text and their figures went unchecked. Our headers and figures.
 */
function verdicts(csv: string): string[] {
  const out = checkFiles([{ name: 'bieu.csv', bytes: csv }]);
  if (!out.ok) throw new Error(out.error.code);
  return out.results.filter((r) => r.verdict !== 'none').map((r) => `${r.indicator} ${r.from?.year}→${r.to?.year} ${r.claim}: ${r.verdict}`);
}

const ROWS = ['1;Thu ngân sách;Tỷ đồng;5000;3200;3600;112,5;72,0', '2;Vốn đầu tư;Tỷ đồng;10000;6000;6600;110,0;68,0'];

describe('short names of a report form', () => {
  it.each<[string, string, string[]]>([
    [
      '"So CK (%)" and "So KH (%)"',
      'STT;Chỉ tiêu;ĐVT;KH năm 2023;TH 9 tháng 2022;ƯTH 9 tháng 2023;So CK (%);So KH (%)',
      [
        'Thu ngân sách 2022→2023 112,5: match',
        'Vốn đầu tư 2022→2023 110,0: match',
        'Thu ngân sách 2023→2023 72,0: match',
        // 6.600 of 10.000 is 66 %, not 68 %
        'Vốn đầu tư 2023→2023 68,0: mismatch',
      ],
    ],
    [
      '"% so CK" and "TH/KH (%)"',
      'STT;Chỉ tiêu;ĐVT;KH 2023;TH 9 tháng 2022;TH 9 tháng 2023;% so CK;TH/KH (%)',
      ['Thu ngân sách 2022→2023 112,5: match', 'Vốn đầu tư 2022→2023 110,0: match', 'Thu ngân sách 2023→2023 72,0: match', 'Vốn đầu tư 2023→2023 68,0: mismatch'],
    ],
  ])('%s', (_name, header, expected) => {
    expect(verdicts([header, ...ROWS].join('\n') + '\n')).toEqual(expected);
  });
});

describe('edge cases', () => {
  it('"So CK (%)" beside this year alone: the base is not printed, so the claims are implied', () => {
    const csv = 'Chỉ tiêu;ĐVT;TH 9 tháng 2023;So CK (%)\nThu ngân sách;Tỷ đồng;3600;112,5\n';
    expect(verdicts(csv)).toEqual(['Thu ngân sách 2022→2023 112,5: implied']);
  });

  it('"Số kế hoạch" (the figure of the plan) is no comparison', () => {
    const csv = 'Chỉ tiêu;ĐVT;Số kế hoạch năm 2023;TH 2022;TH 2023\nThu ngân sách;Tỷ đồng;5000;3200;3600\n';
    expect(verdicts(csv)).toEqual([]);
  });
});
