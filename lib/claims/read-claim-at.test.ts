import { describe, expect, it } from 'vitest';
import { claimTextOf, readClaimAt, readClaimWithFigure } from './read-claim-at';

describe('readClaimAt', () => {
  it('reads the claim that starts at a position, and where it ends', () => {
    const clause = claimTextOf('Doanh thu tăng 12,4% so với năm 2020');
    expect(clause.folded).toBe('doanh thu tang 12,4% so voi nam 2020');
    const read = readClaimAt(clause, 10);
    expect(read?.claim).toMatchObject({ kind: 'percent', direction: 'up', text: 'tăng 12,4%' });
    expect(read?.end).toBe(20);
    expect(readClaimAt(clause, 0)).toBeNull();
  });

  it('leaves a closing bracket it did not open to the text around the claim', () => {
    const clause = claimTextOf('(tăng 5%) so với năm trước');
    expect(readClaimAt(clause, 1)?.claim.text).toBe('tăng 5%');
  });

  it('gives a carried direction to a figure without a verb', () => {
    const clause = claimTextOf('2 trung tâm');
    expect(readClaimAt(clause, 0)).toBeNull();
    expect(readClaimAt(clause, 0, 'down')?.claim).toMatchObject({ kind: 'absolute', direction: 'down', unitWord: 'trung tâm' });
  });
});

describe('readClaimWithFigure: each reader, in order', () => {
  it.each([
    ['tăng 3,8 lần so với', 'ratio', 12],
    ['từ 12% lên 15%', 'direction', 14],
    ['vượt 4% dự toán', 'plan-excess', 15],
    ['bằng 104% kế hoạch', 'plan', 18],
    ['bằng 104,2% so với cùng kỳ', 'index', 11],
    // Lào Cai's crops, 2022: "CK" alone for "cùng kỳ".
    ['bằng 100,5% CK', 'index', 11],
    ['đạt 6,8%/năm', 'average-annual', 12],
  ] as const)('%s → %s', (text, kind, length) => {
    const read = readClaimWithFigure(claimTextOf(text), null);
    expect(read?.claim.kind).toBe(kind);
    expect(read?.length).toBe(length);
  });

  it('reads no level: a bare "đạt 12,5%" is none', () => {
    expect(readClaimWithFigure(claimTextOf('đạt 12,5%'), null)).toBeNull();
  });
});
