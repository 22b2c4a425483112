import { describe, expect, it } from 'vitest';
import { claimTextOf } from './read-claim-at';
import { readLevelChangeAt } from './read-level-change';

/**
 * "tăng lên N" / "giảm xuống N": a direction claim and the level it reached. Figures from the VHLSS 2018 results
 * (vhlss-2018: the share of people aged 60 and over reached 14,8% in 2018) and the GSO poverty releases; our words.
 */
const CASES: readonly (readonly [string, 'up' | 'down', number, number, '%' | '‰' | null, string])[] = [
  ['tăng lên 14,8%', 'up', 14.8, 1, '%', 'tăng lên 14,8%'],
  ['giảm xuống còn 6,05% năm 2023', 'down', 6.05, 2, '%', 'giảm xuống còn 6,05%'],
  ['giảm xuống mức 15,2‰', 'down', 15.2, 1, '‰', 'giảm xuống mức 15,2‰'],
  ['tăng lên 7,5 triệu đồng/tháng', 'up', 7.5, 1, null, 'tăng lên 7,5'],
  ['tang len 14,8%', 'up', 14.8, 1, '%', 'tang len 14,8%'],
];

describe('readLevelChangeAt', () => {
  it.each(CASES)('%s', (text, direction, value, decimals, sign, taken) => {
    const read = readLevelChangeAt(claimTextOf(text), 0);
    expect(read?.claim.kind).toBe('direction');
    expect(read?.claim.direction).toBe(direction);
    expect(read?.claim.figure).toBeNull();
    expect(read?.level).toEqual({ value, decimals, sign });
    expect(read?.claim.text).toBe(taken);
  });
});

describe('edge cases', () => {
  it.each([
    ['a ratio', 'tăng lên 3 lần'],
    ['a bound on the level', 'tăng lên trên 15%'],
    ['a change, not a level', 'tăng 14,8%'],
    ['a direction word that goes the other way', 'tăng xuống 14,8%'],
    ['a year', 'tăng lên năm 2018'],
    ['a document number', 'tăng lên theo Quyết định 12/QĐ-UBND'],
  ])('%s: %s', (_why, text) => {
    expect(readLevelChangeAt(claimTextOf(text), 0)).toBeNull();
  });
});
