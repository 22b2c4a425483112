import { describe, expect, it } from 'vitest';
import { decideNumberStyle, detectNumberStyle, styleSignOf, voteNumberStyle, type NumberStyleDecision } from './detect-number-style';

describe('detectNumberStyle', () => {
  it.each<[string, string[], NumberStyleDecision]>([
    ['decimal commas', ['10,6', '39,8', '44'], { style: 'vi', mixed: false, votes: { vi: 2, en: 0 } }],
    ['dot grouping', ['1.042.100', '400.808'], { style: 'vi', mixed: false, votes: { vi: 1, en: 0 } }],
    ['both marks, comma last', ['1.234,5'], { style: 'vi', mixed: false, votes: { vi: 1, en: 0 } }],
    ['decimal points', ['28.27', '13558.00', '7'], { style: 'en', mixed: false, votes: { vi: 0, en: 2 } }],
    ['both marks, dot last', ['1,234.5'], { style: 'en', mixed: false, votes: { vi: 0, en: 1 } }],
    ['comma grouping', ['1,042,100'], { style: 'en', mixed: false, votes: { vi: 0, en: 1 } }],
    ['space then dot groups', ['1.234 567'], { style: 'vi', mixed: false, votes: { vi: 1, en: 0 } }],
    ['ambiguous cells alone', ['147.210', '236.625', '1,234'], { style: 'vi', mixed: false, votes: { vi: 0, en: 0 } }],
    ['dot groups alone', ['147.210', '236.625'], { style: 'vi', mixed: false, votes: { vi: 0, en: 0 } }],
    ['integers alone', ['44', '1 042 100', '2009'], { style: 'vi', mixed: false, votes: { vi: 0, en: 0 } }],
    ['nothing', [], { style: 'vi', mixed: false, votes: { vi: 0, en: 0 } }],
    ['vi majority, mixed', ['10,6', '3,8', '28.27'], { style: 'vi', mixed: true, votes: { vi: 2, en: 1 } }],
    ['en majority, mixed', ['28.27', '1,234.5', '10,6'], { style: 'en', mixed: true, votes: { vi: 1, en: 2 } }],
    ['tie goes to vi', ['10,6', '28.27'], { style: 'vi', mixed: true, votes: { vi: 1, en: 1 } }],
    ['seed grain row', ['147.210', '236.625', '228,59', '262,6'], { style: 'vi', mixed: false, votes: { vi: 2, en: 0 } }],
    // Kon Tum's yearbook (population 2010–2017): its people in Vietnamese groups, its rates with decimal points
    ['dot groups beside decimal points', ['442.113', '451.611', '2.39', '100.00'], { style: 'en', mixed: true, votes: { vi: 0, en: 2 } }],
    ['dot groups beside decimal commas', ['442.113', '2,39'], { style: 'vi', mixed: false, votes: { vi: 1, en: 0 } }],
    // A coastal province's enterprises 2008–2011 (a thesis table): commas before three digits only, no cell that votes.
    ['comma groups alone are thousands', ['19,186', '22,579', '898', '1,100', '679'], { style: 'en', mixed: false, votes: { vi: 0, en: 0 } }],
    ['comma groups beside a decimal comma', ['19,186', '10,6'], { style: 'vi', mixed: false, votes: { vi: 1, en: 0 } }],
    ['comma groups beside dot groups', ['19,186', '147.210'], { style: 'vi', mixed: false, votes: { vi: 0, en: 0 } }],
  ])('%s', (_name, cells, expected) => {
    expect(detectNumberStyle(cells)).toEqual(expected);
  });
});

describe('edge cases', () => {
  it('ignores missing markers, text and malformed numbers', () => {
    expect(detectNumberStyle(['-', '…', 'Tăng 3,8 lần', '1,5,3', '1.234.56', '12,5%'])).toEqual({
      style: 'vi',
      mixed: false,
      votes: { vi: 1, en: 0 },
    });
  });

  it('does not let a cell vote when it cannot be read in the style it points to', () => {
    // Both marks but the integer groups are wrong: unreadable either way.
    expect(detectNumberStyle(['12,34.5', '1.2345,6'])).toEqual({ style: 'vi', mixed: false, votes: { vi: 0, en: 0 } });
  });

  it('counts percent and signed cells', () => {
    expect(detectNumberStyle(['−12.5%', '+3.25'])).toMatchObject({ style: 'en', votes: { vi: 0, en: 2 } });
  });
});

describe('voteNumberStyle and decideNumberStyle', () => {
  it.each([
    ['10,6', 'vi'],
    ['1.042.100', 'vi'],
    ['1,234.5', 'en'],
    ['28.27', 'en'],
    ['147.210', null],
    ['1 042,5', 'vi'],
    ['42', null],
    ['…', null],
    ['1.23.456', null],
  ] as const)('%j votes %s', (cell, vote) => {
    expect(voteNumberStyle(cell)).toBe(vote);
  });

  it.each([
    [3, 1, { style: 'vi', mixed: true, votes: { vi: 3, en: 1 } }],
    [1, 2, { style: 'en', mixed: true, votes: { vi: 1, en: 2 } }],
    [0, 0, { style: 'vi', mixed: false, votes: { vi: 0, en: 0 } }],
    [2, 2, { style: 'vi', mixed: true, votes: { vi: 2, en: 2 } }],
  ] as const)('%i vi and %i en votes decide %j', (vi, en, decision) => {
    expect(decideNumberStyle(vi, en)).toEqual(decision);
  });

  it.each([
    ['10,6', 'vi'],
    ['28.27', 'en'],
    ['442.113', 'dot-group'],
    ['1,234', 'comma-group'],
    ['0,125', 'vi'],
    ['2009', null],
    ['…', null],
  ] as const)('%j signs %s', (cell, sign) => {
    expect(styleSignOf(cell)).toBe(sign);
  });

  it.each([
    [0, 7, 8, true],
    [0, 7, 0, false],
    [3, 1, 8, true],
    [3, 0, 8, false],
  ] as const)('%i vi and %i en votes beside %i cells like "442.113": mixed %s', (vi, en, dotGroups, mixed) => {
    expect(decideNumberStyle(vi, en, dotGroups).mixed).toBe(mixed);
  });

  it.each([
    [0, 0, 0, 3, 'en'],
    [0, 0, 2, 3, 'vi'],
    [1, 0, 0, 3, 'vi'],
    [0, 1, 0, 3, 'en'],
    [0, 0, 0, 0, 'vi'],
  ] as const)('%i vi, %i en, %i cells like "442.113" and %i like "1,234" decide %s', (vi, en, dotGroups, commaGroups, style) => {
    expect(decideNumberStyle(vi, en, dotGroups, commaGroups).style).toBe(style);
  });

  it('detectNumberStyle is the decision over every cell’s vote', () => {
    const cells = ['10,6', '28.27', '147.210', '1,234.5', 'x', '3.957,9'];
    const votes = cells.map(voteNumberStyle);
    const decision = decideNumberStyle(votes.filter((v) => v === 'vi').length, votes.filter((v) => v === 'en').length);
    expect(detectNumberStyle(cells)).toEqual(decision);
  });
});
