import { describe, expect, it } from 'vitest';
import { claimReaderOf } from './row-claim';

const YEARS = { from: 2021, to: 2022 };
const PLAN = { from: 2023, to: 2023, fromPlan: true };

describe('claimReaderOf', () => {
  it.each<[string, Parameters<typeof claimReaderOf>[0], string, typeof YEARS | typeof PLAN, string | null]>([
    ['a claim in words', 'comparison', 'Tăng 3,8 lần', YEARS, 'ratio'],
    ['an index', 'index', '99,0', YEARS, 'index'],
    ['an index against the plan is a plan claim', 'index', '100,4', PLAN, 'plan'],
    ['an average rate', 'average', '-0,8', YEARS, 'average-annual'],
    ['a claim in words against the plan keeps its kind', 'comparison', 'Tăng 5%', PLAN, 'percent'],
  ])('%s', (_name, column, text, compare, kind) => {
    const claim = claimReaderOf(column)(text, compare);
    expect(claim?.ok === true ? claim.kind : null).toBe(kind);
  });
});

describe('edge cases', () => {
  // GSO yearbook marks: "-" no such case, "..." not collected, "x" confidential.
  it.each(['', '  ', '-', '–', '...', '…', 'x', 'X'])('"%s" claims nothing', (text) => {
    expect(claimReaderOf('index')(text, YEARS)).toBeNull();
  });

  it('no cell claims nothing', () => {
    expect(claimReaderOf('comparison')(null, YEARS)).toBeNull();
  });

  it('text that is no claim is unparsed, not nothing', () => {
    expect(claimReaderOf('comparison')('Tăng mạnh', YEARS)?.ok).toBe(false);
  });
});
