import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract-claims';

/** Each claim's text and kind, and the direction and kind of the claim lib/claims read (or null). */
function summary(raw: string): [string, string, string | null][] {
  return extractClaims(raw).map((c) => [c.text, c.kind, c.claim?.ok === true ? `${c.claim.direction} ${c.claim.kind}` : null]);
}

describe('carryListDirection (through extractClaims)', () => {
  it.each<[string, string, [string, string, string | null][]]>([
    ['a decrease listed in a parenthesis', 'Toàn huyện có 210 trường (giảm 12 trường học, 3 trung tâm trực thuộc, 40 điểm trường).', [
      ['210 trường', 'value', null],
      ['giảm 12 trường học', 'comparison', 'down absolute'],
      ['3 trung tâm', 'comparison', 'down absolute'],
      ['40 điểm trường', 'comparison', 'down absolute'],
    ]],
    ['an increase, wrapped across lines', 'Có 95 trạm y tế (tăng 6 trạm, \n\n 2 phòng khám).', [
      ['95 trạm', 'value', null],
      ['tăng 6 trạm', 'comparison', 'up absolute'],
      ['2 phòng', 'comparison', 'up absolute'],
    ]],
    ['a list outside a parenthesis keeps its levels', 'Số trạm y tế đạt 210 trạm, tăng 6 trạm, 3 phòng khám.', [
      ['210 trạm', 'value', null],
      ['tăng 6 trạm', 'comparison', 'up absolute'],
      ['3 phòng', 'value', null],
    ]],
    ['a percentage in the list is not a count', 'Có 95 trạm (tăng 6 trạm, 88% đạt chuẩn).', [
      ['95 trạm', 'value', null],
      ['tăng 6 trạm', 'comparison', 'up absolute'],
      ['88%', 'value', null],
    ]],
  ])('%s', (_name, raw, expected) => {
    expect(summary(raw)).toEqual(expected);
  });

  it('gives carried items the direction, years and base of the change that heads the list', () => {
    const [, , item] = extractClaims('Năm 2023 có 210 trường (giảm 12 trường học so với năm 2018, 3 trung tâm).');
    expect(item).toMatchObject({ kind: 'comparison', direction: 'down', indicator: 'trung tâm', inherited: true });
  });
});

describe('edge cases', () => {
  it.each([
    ['a parenthesis closed before the next count', 'Có 95 trạm (tăng 6 trạm), 2 phòng khám.'],
    ['a qualifier on the next count', 'Có 95 trạm (tăng 6 trạm, trên 2 phòng khám).'],
  ])('%s stops the list', (_name, raw) => {
    expect(extractClaims(raw).filter((c) => c.kind === 'comparison')).toHaveLength(1);
  });
});
