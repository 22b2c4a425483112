import { describe, expect, it } from 'vitest';
import { parseClaim, type ClaimColumn } from './parse-claim';
import { scaleOfUnit } from './scale-words';
import type { ClaimKind, Comparative, Direction, Qualifier } from './types';

/**
 * The forms of spec §2b, written in our own words with the real figures of the issue-12 corpus documents
 * (lib/corpus/documents.ts names them); the source is given beside each case.
 */
interface FormCase {
  readonly text: string;
  readonly column?: ClaimColumn;
  readonly kind: ClaimKind;
  readonly direction: Direction | null;
  readonly figure: readonly [number, number];
  readonly upper?: readonly [number, number];
  readonly unitWord?: string;
  readonly scale?: number;
  readonly qualifier?: Qualifier;
  readonly comparative?: Comparative;
}

const FORMS: readonly FormCase[] = [
  // index in prose (thainguyen-2022-h1 budget 9.528,3 against 7.369,1 tỷ đồng)
  { text: 'bằng 129,3% so với cùng kỳ năm trước', kind: 'index', direction: null, figure: [129.3, 1] },
  { text: 'đạt 104,8% so với quý trước', kind: 'index', direction: null, figure: [104.8, 1] },
  { text: 'tốc độ phát triển 109,48%', kind: 'index', direction: null, figure: [109.48, 2] },
  { text: 'toc do phat trien dat 104,8%', kind: 'index', direction: null, figure: [104.8, 1] },
  // index in a yearbook column (quangngai-yearbook-2016, biểu 41: 94,18; hungyen-yearbook-2022: 99,39)
  { text: '94,18', column: 'index', kind: 'index', direction: null, figure: [94.18, 2] },
  { text: '99,39%', column: 'index', kind: 'index', direction: null, figure: [99.39, 2] },
  // an average annual rate in a column headed "Tốc độ tăng bình quân … (%)" (Quảng Ngãi yearbook 2016: 0,60 %/năm)
  { text: '0,6', column: 'average', kind: 'average-annual', direction: 'up', figure: [0.6, 1] },
  { text: '-0,75', column: 'average', kind: 'average-annual', direction: 'down', figure: [0.75, 2] },
  { text: '− 0,8%', column: 'average', kind: 'average-annual', direction: 'down', figure: [0.8, 1] },
  // bare ratio in a comparison column (bacgiang-ktxh-db: 3,30 lần; phuyen-2007-2010: 1,8 lần)
  { text: '3,30 lần', kind: 'ratio', direction: null, figure: [3.3, 2] },
  { text: '1,8 lần', column: 'index', kind: 'ratio', direction: null, figure: [1.8, 1] },
  // comparative differences (census-2019: 3,6 người/hộ, 0,2 lower; lfs-2023-q1: 0,3 points higher)
  { text: 'Thấp hơn 0,2 người/hộ', kind: 'absolute', direction: 'down', figure: [0.2, 1], unitWord: 'người/hộ', comparative: 'thap' },
  { text: 'cao hơn 0,3 điểm phần trăm so với cùng kỳ', kind: 'points', direction: 'up', figure: [0.3, 1], comparative: 'cao' },
  { text: 'ít hơn 120 hộ', kind: 'absolute', direction: 'down', figure: [120, 0], unitWord: 'hộ', comparative: 'it' },
  // Tây Ninh, 9 tháng 2023 (kinhdoanhso.vn): 5,35% against the country's 4,24%, 1,11 points higher
  { text: 'cao hơn 1,11 điểm phần trăm', kind: 'points', direction: 'up', figure: [1.11, 2], comparative: 'cao' },
  { text: 'lớn hơn 5%', kind: 'percent', direction: 'up', figure: [5, 0], comparative: 'lon' },
  // a rate's change in points a year (Cao Bằng report, seed: the poverty rate 62,4% → 33,65% over 1991–2008)
  { text: 'bình quân mỗi năm giảm 1,69 điểm phần trăm', kind: 'average-points', direction: 'down', figure: [1.69, 2] },
  { text: 'giảm bình quân 1,7 điểm %/năm', kind: 'average-points', direction: 'down', figure: [1.7, 1] },
  { text: 'tăng 0,5 điểm phần trăm mỗi năm', kind: 'average-points', direction: 'up', figure: [0.5, 1] },
  { text: 'cao gấp hơn 1,2 lần', kind: 'ratio', direction: null, figure: [1.2, 1], qualifier: 'lower' },
  // scale words (census-2019: tăng thêm 10,4 triệu người; lfs-2023-q1: 640.000 đồng)
  { text: 'Tăng thêm 10,4 triệu người', kind: 'absolute', direction: 'up', figure: [10.4, 1], unitWord: 'triệu người', scale: 1e6 },
  { text: 'tăng 1,2 nghìn tỷ đồng', kind: 'absolute', direction: 'up', figure: [1.2, 1], unitWord: 'nghìn tỷ đồng', scale: 1e12 },
  // slash units (census-2019 density 259 → 290 người/km2)
  { text: 'Tăng 31 người/km2', kind: 'absolute', direction: 'up', figure: [31, 0], unitWord: 'người/km2' },
  // a sign in brackets repeats the verb (gso-2022-retail: lữ hành −29,4 % on the quarter)
  { text: 'giảm (-29,4%) so với quý trước', kind: 'percent', direction: 'down', figure: [29.4, 1] },
  { text: 'giảm −9,28%', kind: 'percent', direction: 'down', figure: [9.28, 2] },
  { text: 'tăng (+5,2%)', kind: 'percent', direction: 'up', figure: [5.2, 1] },
  // ranges (laocai-2020: 3-4 %/năm target; constructed 7-8 %)
  { text: 'tăng 7-8% so với cùng kỳ', kind: 'percent', direction: 'up', figure: [7, 0], upper: [8, 0] },
  { text: 'tăng 7,5–8,0%', kind: 'percent', direction: 'up', figure: [7.5, 1], upper: [8, 1] },
  { text: 'bình quân giảm 3-4%/năm', kind: 'average-annual', direction: 'down', figure: [3, 0], upper: [4, 0] },
];

describe('parseClaim: the forms of spec §2b', () => {
  it.each(FORMS)('$text', (f) => {
    const c = parseClaim(f.text, f.column);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.kind).toBe(f.kind);
    expect(c.direction).toBe(f.direction);
    expect([c.figure?.value, c.figure?.decimals]).toEqual([...f.figure]);
    expect(c.upper ? [c.upper.value, c.upper.decimals] : undefined).toEqual(f.upper ? [...f.upper] : undefined);
    if (f.unitWord !== undefined) expect(c.unitWord).toBe(f.unitWord);
    expect(c.scale ?? 1).toBe(f.scale ?? 1);
    expect(c.qualifier).toBe(f.qualifier ?? null);
    expect(c.comparative).toBe(f.comparative);
  });
});

describe('parseClaim: direction-only cells, verbs and comparatives', () => {
  it.each([
    ['Tăng', 'up', undefined],
    ['giảm so với năm 2015', 'down', undefined],
    ['Cao hơn', 'up', 'cao'],
    ['thấp hơn so với cả nước', 'down', 'thap'],
    ['Nhiều hơn (so với 2019)', 'up', 'nhieu'],
    ['nho hon', 'down', 'nho'],
  ] as const)('%s → %s', (text, direction, comparative) => {
    const c = parseClaim(text);
    expect(c.ok && [c.kind, c.direction, c.figure, c.comparative]).toEqual(['direction', direction, null, comparative]);
  });

  it.each([
    ['a verb with an adverb', 'Tăng mạnh'],
    ['a comparative with an adverb', 'Cao hơn nhiều'],
    ['"hơn" alone', 'hơn'],
  ] as const)('edge case, %s: %s stays unparsed', (_why, text) => {
    expect(parseClaim(text).ok).toBe(false);
  });
});

describe('parseClaim: §2b edge cases', () => {
  it.each([
    ['a bare figure in a comparison column', '99,72', undefined],
    ['a sign that contradicts the verb', 'giảm (+3%)', undefined],
    ['a bracket never closed', 'giảm (9,28%', undefined],
    ['a range that runs backwards', 'tăng 8-7%', undefined],
    ['two years are a period, not a range', 'tăng 2016-2020 doanh nghiệp', undefined],
    ['a comparative with lần alone', 'cao hơn 2 lần', undefined],
    ['a bare figure with a word', '99,72 điểm', 'index'],
    ['a minus in an index column', '-0,5', 'index'],
    ['"lần" in an average column', '1,2 lần', 'average'],
    ['a plus in an index column', '+8,37', 'index'],
    ['a plus in a comparison column', '+8,37', undefined],
  ] as const)('%s: %s is not a claim with a figure', (_why, text, column) => {
    const c = parseClaim(text, column);
    expect(c.ok && c.figure !== null).toBe(false);
  });

  // Lâm Đồng's key indicators, first half of 2015 (its figures): a column headed "% tăng/ giảm so cùng kỳ" signs each rise.
  it.each([
    ['+8,37', 'up', 8.37],
    ['+ 21,8', 'up', 21.8],
    ['-4,13', 'down', 4.13],
  ] as const)('reads %s in a growth column as a rise or fall', (text, direction, value) => {
    const c = parseClaim(text, 'growth');
    expect(c.ok && [c.kind, c.direction, c.figure?.value]).toEqual(['percent', direction, value]);
  });

  it('reads a plan before an index: "so với kế hoạch" is a plan', () => {
    const c = parseClaim('bằng 85,1% so với kế hoạch');
    expect(c.ok && c.kind).toBe('plan');
  });
});

describe('scaleOfUnit', () => {
  it.each([
    ['triệu người', 1e6],
    ['nghìn tỷ đồng', 1e12],
    ['triệu tỉ đồng', 1e15],
    ['Tỷ đồng', 1e9],
    ['Người/km2', 1],
    ['tiêu', 1],
    ['', 1],
  ] as const)('%s → %d', (unit, scale) => {
    expect(scaleOfUnit(unit)).toBe(scale);
  });
});
