import { describe, expect, it } from 'vitest';
import type { Claim } from '../claims/types';
import type { Measured, UnitSign } from '../numbers/types';
import { computeFigure, effectiveKind } from './compute';
import {
  directionMatchMessage,
  formulaText,
  impliedMessage,
  matchMessage,
  mismatchMessage,
  notComputableMessage,
  numeralsOf,
  pointsMessage,
  truncatedMessage,
  unparsedMessage,
  wrongDirectionMessage,
  type MessageContext,
  type NotComputableReason,
} from './message';
import { makeClaim, m } from './test-claims';

function context(claim: Claim, from: Measured, to: Measured, years: number | null = null, valueSign: UnitSign | null = null): MessageContext {
  const facts = { worded: { kind: effectiveKind(claim), claim }, from, to, years, valueSign };
  const computation = computeFigure({ kind: facts.worded.kind, direction: claim.direction, unitSign: claim.unitSign, years }, from, to);
  return { ...facts, numerals: numeralsOf(facts, computation), lang: 'vi' };
}

function computed(ctx: MessageContext) {
  const c = ctx.worded.claim;
  const result = computeFigure({ kind: ctx.worded.kind, direction: c.direction, unitSign: c.unitSign, years: ctx.years }, ctx.from, ctx.to);
  if (result === null) throw new Error('test setup: not computable');
  return result;
}

describe('formulaText', () => {
  it.each([
    ['ratio', makeClaim('', 'ratio', 'up', [1, 0]), m(10.6, 1), m(39.8, 1), null, '39,8 / 10,6'],
    ['ratio-down', makeClaim('', 'ratio-down', 'down', [1, 0]), m(10, 0), m(5, 0), null, '10 / 5'],
    ['ratio-minus-one', makeClaim('', 'ratio-minus-one', 'up', [1, 0]), m(10, 0), m(30, 0), null, '30 / 10 − 1'],
    ['percent up', makeClaim('', 'percent', 'up', [1, 0], { unitSign: '%' }), m(1382.08, 2), m(3957.9, 1), null, '3.957,9 / 1.382,08 − 1'],
    ['percent down', makeClaim('', 'percent', 'down', [1, 0], { unitSign: '%' }), m(62.4, 1), m(33.65, 2), null, '1 − 33,65 / 62,4'],
    ['points down', makeClaim('', 'points', 'down', [1, 0], { unitSign: '%' }), m(62.4, 1), m(33.65, 2), null, '62,4 − 33,65'],
    ['average-annual', makeClaim('', 'average-annual', 'up', [1, 0], { unitSign: '%' }), m(7600, 0), m(10607, 0), 7, '(10.607 / 7.600)^(1/7) − 1'],
    ['average-annual down', makeClaim('', 'average-annual', 'down', [1, 0], { unitSign: '%' }), m(1000, 0), m(700, 0), 5, '1 − (700 / 1.000)^(1/5)'],
    ['plan', makeClaim('', 'plan', null, [1, 0], { unitSign: '%' }), m(1000, 0), m(1106, 0), null, '1.106 / 1.000'],
  ])('%s', (_name, claim, from, to, years, expected) => {
    expect(formulaText(context(claim, from, to, years))).toBe(expected);
  });
});

describe('verdict messages', () => {
  it('match: ratio', () => {
    const ctx = context(makeClaim('Tăng 3,8 lần', 'ratio', 'up', [3.8, 1]), m(10.6, 1), m(39.8, 1));
    expect(matchMessage(ctx, computed(ctx))).toBe('39,8 / 10,6 = 3,75 → làm tròn 3,8');
  });

  it('match: percent with a lower bound', () => {
    const ctx = context(makeClaim('tăng trên 50%', 'percent', 'up', [50, 0], { unitSign: '%', qualifier: 'lower' }), m(556.94, 2), m(845.5, 1));
    expect(matchMessage(ctx, computed(ctx))).toBe("845,5 / 556,94 − 1 = 51,81%; đạt 'trên 50%'");
  });

  it('match_truncated', () => {
    const ctx = context(makeClaim('tăng 186,3%', 'percent', 'up', [186.3, 1], { unitSign: '%' }), m(1382.08, 2), m(3957.9, 1));
    expect(truncatedMessage(ctx)).toBe(
      '3.957,9 / 1.382,08 − 1 = 186,37% → làm tròn 186,4%, không phải 186,3% (số bị cắt bớt chữ số)',
    );
  });

  it('mismatch: average-annual with a lower bound', () => {
    const ctx = context(makeClaim('bình quân tăng trên 10%/năm', 'average-annual', 'up', [10, 0], { unitSign: '%', qualifier: 'lower' }), m(7600, 0), m(10607, 0), 7);
    expect(mismatchMessage(ctx, 'tăng 5%/năm')).toBe(
      "(10.607 / 7.600)^(1/7) − 1 = 4,88%/năm; không đạt 'trên 10%/năm'; nên ghi 'tăng 5%/năm'",
    );
  });

  it('mismatch: plain ratio', () => {
    const ctx = context(makeClaim('tăng 4,1 lần', 'ratio', 'up', [4.1, 1]), m(10.6, 1), m(39.8, 1));
    expect(mismatchMessage(ctx, 'tăng 3,8 lần')).toBe("39,8 / 10,6 = 3,75 → làm tròn 3,8, không phải 4,1; nên ghi 'tăng 3,8 lần'");
  });

  it('match_points', () => {
    const ctx = context(makeClaim('Giảm 28,75%', 'percent', 'down', [28.75, 2], { unitSign: '%' }), m(62.4, 1), m(33.65, 2), 17, '%');
    expect(pointsMessage(ctx, 28.75, 'giảm 28,75 điểm phần trăm')).toBe(
      "62,4% → 33,65% là giảm 28,75 điểm phần trăm (tương đương giảm 46,1%); nên ghi 'giảm 28,75 điểm phần trăm'",
    );
  });

  it('wrong_direction', () => {
    const ctx = context(makeClaim('tăng', 'direction', 'up', null), m(54.06, 2), m(53.75, 2), 7, '%');
    expect(wrongDirectionMessage(ctx)).toBe('54,06% → 53,75% là giảm, không phải tăng');
  });

  it('direction match', () => {
    const ctx = context(makeClaim('giảm', 'direction', 'down', null), m(54.06, 2), m(53.75, 2), 7, '%');
    expect(directionMatchMessage(ctx)).toBe('54,06% → 53,75% là giảm');
  });

  it('implied', () => {
    const claim = makeClaim('tăng 160%', 'percent', 'up', [160, 0], { unitSign: '%' });
    expect(
      impliedMessage({ worded: { kind: 'percent', claim }, present: m(1042100, 0), missing: 'from', value: 400807.69, bound: 'about', valueSign: null, lang: 'vi' }),
    ).toBe('tăng 160% đến 1.042.100 ⇒ giá trị năm gốc khoảng 400.808');
  });

  it('implied for a plan names the plan', () => {
    const claim = makeClaim('bằng 104% kế hoạch', 'plan', null, [104, 0], { unitSign: '%', planVerb: 'bang' });
    const facts = { worded: { kind: 'plan' as const, claim }, present: m(1000, 0), missing: 'to' as const, value: 1040, bound: 'about' as const, valueSign: null };
    expect(impliedMessage({ ...facts, lang: 'vi' })).toBe('bằng 104% kế hoạch, kế hoạch 1.000 ⇒ giá trị thực hiện khoảng 1.040');
    expect(impliedMessage({ ...facts, lang: 'en' })).toBe('equal to 104% of plan, plan 1.000 ⇒ the achieved value about 1.040');
  });
});

describe('edge cases', () => {
  it('an edge match says the claim fits within the rounding of the values', () => {
    const ctx = context(makeClaim('tăng 3,5 lần', 'ratio', 'up', [3.5, 1]), m(10.0, 1), m(34.4, 1));
    expect(matchMessage(ctx, computed(ctx))).toBe(
      '34,4 / 10,0 = 3,44 → làm tròn 3,4; vẫn khớp 3,5 khi tính sai số làm tròn của số liệu (3,42–3,46)',
    );
  });

  it('an about-qualified mismatch says it is more than 5% off', () => {
    const ctx = context(makeClaim('tăng khoảng 4,2 lần', 'ratio', 'up', [4.2, 1], { qualifier: 'about' }), m(10.6, 1), m(39.8, 1));
    expect(mismatchMessage(ctx, 'tăng 3,8 lần')).toBe(
      "39,8 / 10,6 = 3,75; không khớp 'khoảng 4,2 lần' (lệch quá ±5%); nên ghi 'tăng 3,8 lần'",
    );
  });

  it('equal values are reported as unchanged', () => {
    const ctx = context(makeClaim('tăng', 'direction', 'up', null), m(50, 0), m(50, 0));
    expect(directionMatchMessage(ctx)).toBe('50 → 50 là không đổi (trong độ chính xác của số liệu)');
  });

  it('match_points on per-mille values speaks of "điểm phần nghìn"', () => {
    const ctx = context(makeClaim('Giảm 0,4‰', 'absolute', 'down', [0.4, 1], { unitSign: '‰' }), m(0.7, 1), m(0.3, 1), 17, '‰');
    expect(pointsMessage(ctx, 0.4, 'giảm 0,4 điểm phần nghìn')).toBe(
      "0,7‰ → 0,3‰ là giảm 0,4 điểm phần nghìn (tương đương giảm 57,1%); nên ghi 'giảm 0,4 điểm phần nghìn'",
    );
  });

  it.each(['vi', 'en'] as const)('every not-computable reason has a distinct message (%s)', (lang) => {
    const reasons: NotComputableReason[] = ['both-missing', 'no-figure', 'zero-base', 'negative-value', 'no-years', 'direction-needs-both', 'no-direction', 'not-implied'];
    const messages = reasons.map((reason) => notComputableMessage(reason, lang));
    expect(new Set(messages).size).toBe(reasons.length);
    for (const message of messages) expect(message.length).toBeGreaterThan(10);
  });

  it('the unparsed message quotes the phrase in Vietnamese and leaves it to its column in English', () => {
    expect(unparsedMessage('Tăng mạnh', 'vi')).toMatch(/^'Tăng mạnh' không phải dạng nhận định đã biết/u);
    expect(unparsedMessage('Tăng mạnh', 'en')).not.toContain('Tăng');
  });
});
