import { describe, expect, it } from 'vitest';
import { verifyClaim } from '../../verify/verify-claim';
import { extractClaims } from './extract-claims';
import type { KnownSource, KnownValue } from './known-values';
import { resolveClaims, type ResolvedClaim } from './resolve-claims';

function known(names: string[], year: number, value: number, decimals: number, unit = 'Tỷ đồng'): KnownValue {
  return { indicatorId: null, names, unit, year, value, decimals, source: 'Mục 2, bảng 1' };
}

const TABLES: KnownSource = {
  origin: 'tables',
  label: 'Dữ liệu kèm theo',
  labelEn: 'Bundled data',
  values: [
    known(['Thu ngân sách trên địa bàn'], 2009, 393.6, 1),
    known(['Thu ngân sách trên địa bàn'], 2022, 3957.9, 1),
    known(['Tổng vốn đầu tư toàn xã hội'], 2015, 7600, 0),
    known(['Tổng vốn đầu tư toàn xã hội'], 2022, 10607, 0),
    known(['Tốc độ tăng trưởng kinh tế'], 2015, 4.3, 1, '%'),
    known(['Doanh thu du lịch'], 2015, 111, 0),
    known(['Sản lượng chè'], 2018, 20, 0, 'Nghìn tấn'),
  ],
};

const UPLOAD: KnownSource = {
  origin: 'upload',
  label: 'Bảng tải lên',
  labelEn: 'Uploaded table',
  values: [known(['Số lượt khách du lịch'], 2015, 400, 0, 'Nghìn lượt'), known(['Thu ngân sách trên địa bàn'], 2009, 390, 0)],
};

function comparative(raw: string, sources: KnownSource[] = [TABLES, UPLOAD]): ResolvedClaim[] {
  return resolveClaims(extractClaims(raw), sources).filter((r) => r.input !== null);
}

function verdictOf(r: ResolvedClaim | undefined): string | null {
  return r?.input ? verifyClaim(r.input).verdict : null;
}

/** [name, constructed text, from value, from origin, to value, to origin, verdict] — the last comparative claim is checked. */
const CASES: readonly (readonly [string, string, number | null, string | null, number | null, string | null, string])[] = [
  ['a base only the tables print', 'Năm 2022 thu ngân sách trên địa bàn đạt 3.957,9 tỷ đồng, tăng 10,1 lần so với năm 2009.', 393.6, 'tables', 3957.9, 'text', 'match'],
  ['both values from the tables', 'Thu ngân sách trên địa bàn năm 2022 tăng 11 lần so với năm 2009.', 393.6, 'tables', 3957.9, 'tables', 'mismatch'],
  ['the text wins over the tables', 'Năm 2009 thu ngân sách trên địa bàn đạt 400 tỷ đồng. Năm 2022 thu ngân sách trên địa bàn đạt 3.957,9 tỷ đồng, tăng 9,9 lần so với năm 2009.', 400, 'text', 3957.9, 'text', 'match'],
  ['the upload after the tables', 'Năm 2022 số lượt khách du lịch đạt 1.042 nghìn lượt, tăng 160% so với năm 2015.', 400, 'upload', 1042, 'text', 'match'],
  ['an average rate over a comparison, from the tables', 'Năm 2022 tổng vốn đầu tư toàn xã hội tăng 39% so với năm 2015, bình quân tăng trên 10%/năm.', 7600, 'tables', 10607, 'tables', 'mismatch'],
  ['no base anywhere gives implied', 'Năm 2022 doanh thu bưu chính đạt 412,7 tỷ đồng, tăng 37,6% so với năm 2019.', null, null, 412.7, 'text', 'implied'],
  ['a base in another unit is not taken', 'Năm 2023 sản lượng chè đạt 30.000 tấn, tăng 50% so với năm 2018.', null, null, 30000, 'text', 'implied'],
];

describe('resolveClaims: the text, then the tables, then an upload', () => {
  it.each(CASES)('%s', (_name, raw, from, fromOrigin, to, toOrigin, verdict) => {
    const claim = comparative(raw).at(-1);
    expect(claim?.from?.value ?? null).toBe(from);
    expect(claim?.from?.origin ?? null).toBe(fromOrigin);
    expect(claim?.to?.value ?? null).toBe(to);
    expect(claim?.to?.origin ?? null).toBe(toOrigin);
    expect(verdictOf(claim)).toBe(verdict);
  });

  it('names the dataset and its source on a value it took', () => {
    const [claim] = comparative('Năm 2022 thu ngân sách trên địa bàn đạt 3.957,9 tỷ đồng, tăng 10,1 lần so với năm 2009.');
    expect(claim?.from).toMatchObject({ year: 2009, unit: 'Tỷ đồng', source: 'Dữ liệu kèm theo — Mục 2, bảng 1' });
    expect(claim?.input?.years).toBe(13);
  });

  it('runs a written period from the year before it (five-year plan convention)', () => {
    const [claim] = comparative('Giai đoạn 2016 - 2020 doanh thu du lịch bình quân tăng 36%/năm.');
    expect(claim?.from).toMatchObject({ year: 2015, value: 111, origin: 'tables' });
    expect(claim?.to).toBeNull();
    expect(claim?.input?.years).toBe(5);
    expect(verdictOf(claim)).toBe('implied');
  });
});

describe('edge cases', () => {
  it('never takes a growth rate as the level of an average rate', () => {
    const [claim] = comparative('Giai đoạn 2016 - 2020 tốc độ tăng trưởng kinh tế bình quân tăng 7%/năm.');
    expect(claim?.from).toBeNull();
    expect(verdictOf(claim)).toBe('not_computable');
  });

  it('keeps values a from–to statement prints, whatever the tables say', () => {
    const [claim] = comparative('Thu ngân sách trên địa bàn tăng từ 390 tỷ đồng (năm 2009) lên 3.957,9 tỷ đồng (năm 2022).');
    expect(claim?.from).toMatchObject({ value: 390, origin: 'text' });
  });

  it('looks nothing up without sources', () => {
    const [claim] = comparative('Thu ngân sách trên địa bàn năm 2022 tăng 10 lần so với năm 2009.', []);
    expect(claim?.from).toBeNull();
    expect(claim?.to).toBeNull();
    expect(verdictOf(claim)).toBe('not_computable');
  });

  it('looks nothing up for a claim without an indicator or a year', () => {
    expect(comparative('Tăng 10 lần so với năm 2009.')[0]?.from ?? null).toBeNull();
    expect(comparative('Thu ngân sách trên địa bàn tăng 10 lần.')[0]?.from ?? null).toBeNull();
  });

  it('gives values, shares and counts no input', () => {
    expect(resolveClaims(extractClaims('Năm 2022 thu ngân sách trên địa bàn đạt 3.957,9 tỷ đồng.'), [TABLES])[0]?.input).toBeNull();
  });
});
