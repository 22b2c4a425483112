import { describe, expect, it } from 'vitest';
import { parseClaim } from '@/lib/claims/parse-claim';
import { claimFigureOf, toReportRows } from './report-rows';
import { makeRow } from './test-rows';

/** The figure of the claim the checker reads from `text` (as verify-table gives rows their `parsed`). */
function readClaimFigure(text: string | null): ReturnType<typeof claimFigureOf> {
  const parsed = text === null ? null : parseClaim(text);
  return claimFigureOf(parsed?.ok === true ? parsed : null);
}

describe('claimFigureOf', () => {
  it.each([
    ['Tăng 3,8 lần', { kind: 'ratio', direction: 'up', value: 3.8, decimals: 1, qualifier: null, unitSign: null }],
    ['tăng gấp 4,8 lần', { kind: 'ratio', value: 4.8, decimals: 1 }],
    ['tăng 51,8%', { kind: 'percent', value: 51.8, decimals: 1, unitSign: '%' }],
    ['Giảm 0,4‰', { kind: 'percent', direction: 'down', value: 0.4, decimals: 1, unitSign: '‰' }],
    ['bình quân tăng trên 10%/năm', { kind: 'average-annual', value: 10, decimals: 0, qualifier: 'lower' }],
    ['bằng 110,6% kế hoạch', { kind: 'plan', value: 110.6, decimals: 1 }],
    ['tăng 785 doanh nghiệp', { kind: 'absolute', value: 785, decimals: 0, unitWord: 'doanh nghiệp' }],
    ['tăng từ 54,06% lên 53,75%', { kind: 'direction', direction: 'up', value: null, decimals: null }],
    ['tang 3,35 lan', { kind: 'ratio', value: 3.35, decimals: 2 }],
  ])('%s', (text, expected) => {
    expect(readClaimFigure(text)).toMatchObject(expected);
  });

  describe('edge cases', () => {
    it.each([[null], [''], ['   '], ['Tăng mạnh']])('gives null for %j', (text) => {
      expect(readClaimFigure(text)).toBeNull();
    });
  });
});

describe('toReportRows', () => {
  it('adds the figure and the indicator page id to each row', () => {
    const claimed = parseClaim('Tăng 10,1 lần');
    const parsed = claimed.ok ? claimed : null;
    const rows = toReportRows([makeRow({ claim: 'Tăng 10,1 lần', parsed }), makeRow({ row: 3, claim: null, parsed: null })], (r) =>
      r.row === 2 ? 'thu-ngan-sach' : null,
    );
    expect(rows[0]?.figure).toMatchObject({ kind: 'ratio', value: 10.1, decimals: 1 });
    expect(rows[0]?.indicatorPage).toBe('thu-ngan-sach');
    expect(rows[1]?.figure).toBeNull();
    expect(rows[1]?.indicatorPage).toBeNull();
  });

  it('shows no figure for a row stored before rows carried their claim', () => {
    const { parsed: _parsed, ...stored } = makeRow();
    const [row] = toReportRows([stored as ReturnType<typeof makeRow>], () => null);
    expect(row?.figure).toBeNull();
  });

  it('keeps the rows plain (serialisable for client components)', () => {
    const [row] = toReportRows([makeRow()], () => null);
    expect(JSON.parse(JSON.stringify(row))).toEqual(row);
  });
});
