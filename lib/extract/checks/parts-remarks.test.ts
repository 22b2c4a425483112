import { describe, expect, it } from 'vitest';
import { extractClaims } from '../finding/extract-claims';
import { checkPartsTotal } from './check-parts-total';
import { REMARKS } from './parts-remarks';

/** Each finding of the parts check: its severity and whether it gives a remark's reason. */
function judged(text: string): [string, string | null][] {
  return checkPartsTotal(extractClaims(text), text).findings.map((f) => {
    const remark = (Object.keys(REMARKS) as (keyof typeof REMARKS)[]).find((r) => f.message.vi.includes(REMARKS[r].vi)) ?? null;
    return [f.severity, remark];
  });
}

// Sentences written for these tests; the figures are real where a source is named:
// - Quảng Nam, budget of the first half of 2024 (baoquangnam.vn): 12.221 tỷ đồng in all, 10.152 domestic, 3.224 from trade;
// - Yên Bái, GRDP of the first half of 2023 (baoyenbai.com.vn): quarters of 4.773.484 and 5.764.166 triệu đồng.
const QUANGNAM = (what: string, trade: string) => `Sáu tháng đầu năm 2024, tổng ${what} ngân sách nhà nước đạt 12.221 tỷ đồng; trong đó ${what} nội địa 10.152 tỷ đồng, ${trade} 3.224 tỷ đồng.`;
const YENBAI = (total: string) => `Sáu tháng đầu năm 2023, GRDP đạt ${total} tỷ đồng, trong đó quý I đạt 4.773.484 triệu đồng và quý II đạt 5.764.166 triệu đồng.`;

describe('remarkOn (through checkPartsTotal)', () => {
  it.each<[string, string, [string, string | null][]]>([
    ['a budget revenue below its domestic and trade parts', QUANGNAM('thu', 'thu xuất nhập khẩu'), [['warning', 'refunds']]],
    ['a total cut after its last digit', YENBAI('10.537'), [['warning', 'truncated']]],
  ])('%s', (_name, text, expected) => {
    expect(judged(text)).toEqual(expected);
  });
});

describe('edge cases', () => {
  it.each<[string, string, [string, string | null][]]>([
    ['a budget spending above its parts is an error', QUANGNAM('chi', 'chi đầu tư phát triển'), [['error', null]]],
    ['a revenue above its parts with no trade part is an error', QUANGNAM('thu', 'thu từ đất'), [['error', null]]],
    ['a total one unit above the cut sum is an error', YENBAI('10.536'), [['error', null]]],
    ['a total printed as a bound is no cut figure', YENBAI('trên 10.537'), []],
  ])('%s', (_name, text, expected) => {
    expect(judged(text)).toEqual(expected);
  });
});
