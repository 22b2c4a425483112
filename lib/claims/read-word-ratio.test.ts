import { describe, expect, it } from 'vitest';
import { parseClaim } from './parse-claim';
import { readClaimAt, claimTextOf } from './read-claim-at';

/* Multiples said in words, as reports print them ("tăng gấp đôi", "gấp rưỡi"); our phrases. */
describe('a ratio said in words', () => {
  it.each<[string, 'up' | null, number, number]>([
    ['tăng gấp đôi', 'up', 2, 0],
    ['Tăng gấp đôi so với năm 2015', 'up', 2, 0],
    ['gấp rưỡi', null, 1.5, 1],
    ['cao gấp ba lần', null, 3, 0],
    ['tăng lên gấp bốn lần', 'up', 4, 0],
    ['gấp mười', null, 10, 0],
    ['tang gap doi', 'up', 2, 0],
  ])('"%s" is a ratio', (text, direction, value, decimals) => {
    const claim = parseClaim(text);
    expect(claim).toMatchObject({ ok: true, kind: 'ratio', direction, figure: { value, decimals } });
  });

  it.each<[string, number, number]>([
    ['giảm gấp đôi', 2, 0],
    ['giảm gấp ba lần', 3, 0],
    ['giam gap doi', 2, 0],
  ])('"%s" is a ratio down (from / to, as "giảm 2 lần")', (text, value, decimals) => {
    expect(parseClaim(text)).toMatchObject({ ok: true, kind: 'ratio-down', direction: 'down', figure: { value, decimals } });
  });

  it('is read in prose where it stands, with its length', () => {
    const read = readClaimAt(claimTextOf('đạt 200 tỷ đồng, tăng gấp đôi năm 2020'), 17);
    expect(read?.claim).toMatchObject({ kind: 'ratio', text: 'tăng gấp đôi' });
    expect(read?.end).toBe(17 + 'tăng gấp đôi'.length);
  });

  describe('edge cases', () => {
    it.each(['gấp đôiđ', 'tăng gấp', 'gấp năm lần', 'đôi', 'giảm gấp'])('"%s" is no ratio in words', (text) => {
      const claim = parseClaim(text);
      expect(claim.ok && claim.kind === 'ratio').toBe(false);
    });
  });
});
