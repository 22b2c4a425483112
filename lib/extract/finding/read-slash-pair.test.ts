import { describe, expect, it } from 'vitest';
import { checkProse } from '../check-prose';
import { readSlashPair } from './read-slash-pair';

/*
 * Lương Sơn district's review of 2016–2020 (our words, its figures): "(24.013/9.278 tỷ đồng)" after "tăng gấp 2,58 lần"
 * (24.013 / 9.278 = 2,588: cut, not rounded), "(83,5/64 triệu đồng)" after "gấp 1,3 lần của tỉnh" (1,305).
 */
describe('readSlashPair', () => {
  it.each<[string, number, number, string | null]>([
    [' (24.013/9.278 tỷ đồng).', 24013, 9278, 'tỷ đồng'],
    [' (83,5/64 triệu đồng)', 83.5, 64, 'triệu đồng'],
    [' ( 13,86 / 9,15% ), cao', 13.86, 9.15, '%'],
    [' (120/100)', 120, 100, null],
  ])('"%s"', (text, to, from, unit) => {
    const pair = readSlashPair(text, 2020, 2015);
    expect([pair?.to.value, pair?.from.value, pair?.to.unit, pair?.from.year, pair?.to.year]).toEqual([to, from, unit, 2015, 2020]);
  });

  describe('edge cases', () => {
    it.each([' (5.104 USD)', ' 24.013/9.278 tỷ đồng', ' (24.013 / tỷ đồng)', ' (năm 2020/2015)', ''])('no pair in "%s"', (text) => {
      expect(readSlashPair(text, null, null)).toBeNull();
    });
  });
});

describe('a change checked against the pair after it (through checkProse)', () => {
  it.each<[string, string, string]>([
    ['a ratio cut instead of rounded', 'Năm 2020 quy mô các ngành kinh tế tăng gấp 2,58 lần so năm 2015 (24.013/9.278 tỷ đồng).', 'match_truncated'],
    ['a ratio against another place', 'Năm 2020 GRDP bình quân đầu người của huyện gấp 1,3 lần của tỉnh (83,5/64 triệu đồng).', 'match'],
    ['a planted ratio', 'Năm 2020 quy mô các ngành kinh tế tăng gấp 2,85 lần so năm 2015 (24.013/9.278 tỷ đồng).', 'mismatch'],
    ['a percent change', 'Năm 2020 thu ngân sách tăng 29,4% so năm 2015 (380/293,7 tỷ đồng).', 'match'],
  ])('%s', (_name, text, verdict) => {
    expect(checkProse(text).claims.filter((c) => c.kind === 'comparison').map((c) => c.verdict)).toEqual([verdict]);
  });
});
