import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract-claims';

/* Which words name a level: the subject, or the noun phrase after its figure, with who has it. */
describe('chooseIndicator (through extractClaims)', () => {
  it.each([
    // tourism-2023-q1: two cities' visitors in one quarter
    ['Quý I/2023, Hà Nội đón 5,88 triệu lượt khách du lịch.', 'lượt khách du lịch (Hà Nội)'],
    ['Quý I/2023, tỉnh Quảng Ninh đón 4,85 triệu lượt khách.', 'lượt khách (tỉnh Quảng Ninh)'],
    // mpi-2024-01-enterprises: a group's count
    ['Tháng 1/2024, nhóm ngành dịch vụ có 10.177 doanh nghiệp.', 'doanh nghiệp (nhóm ngành dịch vụ)'],
    // no one in particular: the count alone
    ['Năm 2023, toàn tỉnh có 1.894 doanh nghiệp.', 'doanh nghiệp'],
    ['Năm 2023, công tác xây dựng Đảng được chú trọng, có 123 chi bộ.', 'chi bộ'],
    // a classifier counts without naming: the herd is the subject (Hà Giang, 6 months of 2018; our words)
    ['Năm 2018, đàn trâu, bò có trên 283.000 con.', 'đàn trâu, bò'],
    ['Năm 2018, toàn tỉnh có 4,3 triệu con gia cầm.', 'gia cầm'],
    // GSO's enterprises of 2019 writes "DN" for doanh nghiệp (our words, its figure)
    ['Năm 2019, cả nước có 138.139 DN thành lập mới, tăng 5,2% so với năm 2018.', 'DN thành lập mới'],
  ])('names a count by who has it: %s', (text, indicator) => {
    expect(extractClaims(text)[0]?.indicator).toBe(indicator);
  });

  describe('edge cases', () => {
    it('a level with no words around it names nothing', () => expect(extractClaims('1.894.')[0]?.indicator ?? null).toBeNull());

    // Bình Định, July 2023 (our words): freight through the ports in "nghìn TTQ" (tấn thông qua), a mass, names nothing
    it("a port's freight unit is the figure's unit, never its name", () => {
      const [level] = extractClaims('Lũy kế 7 tháng năm 2023 ước đạt 6.461 nghìn TTQ, giảm 23,3% so với cùng kỳ năm trước.');
      expect([level?.figures[0]?.unit, level?.indicator ?? null]).toEqual(['nghìn TTQ', null]);
    });

    it('"DN" and "HTX" are the units of their counts, kept in capitals', () => {
      const [level, change] = extractClaims('Toàn tỉnh có 1.200 HTX, tăng 50 HTX so với năm 2022.');
      expect([level?.figures[0]?.unit, change?.figures[0]?.unit]).toEqual(['HTX', 'HTX']);
    });
  });
});
