import { describe, expect, it } from 'vitest';
import type { ProseCase, TrapCase } from '../../lib/corpus';
import type { EngineClaim, EngineProse } from './engine-adapter';
import { locate, overlaps, sameFigure, scaleOf, scoreProseCase, scoreTrap } from './score-prose';

function engineClaim(text: string, full: string, over: Partial<EngineClaim> = {}): EngineClaim {
  const start = full.indexOf(text);
  return { text, start, end: start + text.length, kind: 'comparison', figure: null, verdict: 'none', computed: null, implied: null, message: '', ...over };
}

describe('scaleOf', () => {
  it.each([
    ['tỷ đồng', 1e9],
    ['triệu tỷ đồng', 1e15],
    ['nghìn tỷ đồng', 1e12],
    ['tỉ USD', 1e9],
    ['triệu người', 1e6],
    ['người/km2', 1],
    ['%', 1],
  ])('%s → %d', (unit, scale) => expect(scaleOf(unit)).toBe(scale));

  describe('edge cases', () => {
    it('a missing unit has scale 1', () => expect(scaleOf(null)).toBe(1));
    it('a scale word inside another word does not count', () => expect(scaleOf('tỷlệ')).toBe(1));
  });
});

describe('sameFigure', () => {
  const f = { printed: '1,49', value: 1.49, decimals: 2, unit: 'triệu tỷ đồng', upper: null };
  it.each([
    [{ value: 1.49, decimals: 2, unit: 'triệu tỷ đồng' }, true],
    [{ value: 1490000, decimals: 0, unit: 'tỷ đồng' }, true],
    [{ value: 1.49, decimals: 2, unit: 'tỷ đồng' }, true],
    [{ value: 1.5, decimals: 1, unit: 'triệu tỷ đồng' }, false],
  ])('%o → %s', (engine, same) => expect(sameFigure(f, engine)).toBe(same));

  describe('edge cases', () => {
    it('a range is read right only as its lower bound', () => {
      const range = { printed: '7-8', value: 7, decimals: 0, unit: '%', upper: 8 };
      expect(sameFigure(range, { value: 7, decimals: 0, unit: '%' })).toBe(true);
      expect(sameFigure(range, { value: 8, decimals: 0, unit: '%' })).toBe(false);
    });
    it('no engine figure is never the same', () => expect(sameFigure(f, null)).toBe(false));
  });
});

describe('locate and overlaps', () => {
  it('finds the first occurrence and tests half-open overlap', () => {
    expect(locate('tăng 5% và tăng 5%', 'tăng 5%')).toEqual({ start: 0, end: 7 });
    expect(locate('abc', 'x')).toBeNull();
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    expect(overlaps({ start: 0, end: 6 }, { start: 5, end: 9 })).toBe(true);
  });
});

describe('scoreProseCase', () => {
  const text = 'Giá trị xuất khẩu đạt 16,8 tỷ USD, tăng 29,9% so với cùng kỳ.';
  const c: ProseCase = {
    id: 'x',
    doc: 'constructed',
    text,
    claims: [
      {
        kind: 'comparison',
        span: 'tăng 29,9% so với cùng kỳ',
        figure: { printed: '29,9', value: 29.9, decimals: 1, unit: '%', upper: null },
        indicator: 'xuất khẩu',
        period: '6T/2022',
        forms: ['percent-change'],
        verdict: 'implied',
        computed: 12.93,
        why: 'test',
      },
    ],
    findings: [],
    quiet: [],
  };

  it('scores a claim read with the right figure and verdict', () => {
    const engine: EngineProse = { claims: [engineClaim('tăng 29,9%', text, { figure: { value: 29.9, decimals: 1, unit: '%' }, verdict: 'implied' })], checks: [] };
    const s = scoreProseCase(c, engine);
    expect(s.claims[0]).toMatchObject({ read: true, figureOk: true, verdictOk: true });
    expect(s.falseAlarms).toEqual([]);
  });

  describe('edge cases', () => {
    it('a value reading is not a claim reading', () => {
      const engine: EngineProse = { claims: [engineClaim('tăng 29,9%', text, { kind: 'value' })], checks: [] };
      expect(scoreProseCase(c, engine).claims[0]).toMatchObject({ read: false, figureOk: false });
    });
    it('an unexpected mismatch and an unexpected check are false alarms', () => {
      const engine: EngineProse = {
        claims: [engineClaim('tăng 29,9%', text, { figure: { value: 29.9, decimals: 1, unit: '%' }, verdict: 'mismatch' })],
        checks: [{ kind: 'conflicting-values', severity: 'warning', message: 'x', spans: [{ start: 0, end: 5 }] }],
      };
      expect(scoreProseCase(c, engine).falseAlarms).toHaveLength(2);
    });
  });
});

describe('scoreTrap', () => {
  const t: TrapCase = { id: 't', doc: 'constructed', text: 'Tính đến ngày 25/6/2022, 99,8% đã tiêm.', trap: 'date', span: '25/6/2022', why: 'a date' };
  it('passes a trap the engine leaves alone', () => {
    expect(scoreTrap(t, { claims: [engineClaim('99,8%', t.text, { kind: 'value' })], checks: [] })).toEqual([]);
  });
  describe('edge cases', () => {
    it('flags a comparative claim over the span', () => {
      expect(scoreTrap(t, { claims: [engineClaim('25/6', t.text, { kind: 'part-whole' })], checks: [] })).toHaveLength(1);
    });
  });
});
