import { describe, expect, it } from 'vitest';
import { verifyClaim } from '../../verify/verify-claim';
import { extractClaims } from './extract-claims';
import { averageSpan, linkClaims, type LinkedClaim } from './link-claims';

function linked(raw: string): LinkedClaim[] {
  return linkClaims(extractClaims(raw));
}

function comparative(raw: string): LinkedClaim[] {
  return linked(raw).filter((l) => l.input !== null);
}

/** Constructed passages; each prints the values a claim needs somewhere in the same text. The last claim of the kind named is checked. */
const CASES: readonly (readonly [string, string, string, number | null, number | null, number | null, string])[] = [
  ['the base year printed in an earlier list', 'Kết quả năm 2019 như sau:\n- Doanh thu bưu chính: 300 tỷ đồng.\nNăm 2023, doanh thu bưu chính đạt 412,7 tỷ đồng, tăng 37,6% so với năm 2019.', 'comparison', 300, 412.7, 4, 'match'],
  ['a rephrased indicator', 'Năm 2019 tổng giá trị xuất khẩu nông sản qua địa bàn đạt 50,00 triệu USD. Năm 2023 tổng xuất khẩu hàng hóa nông sản đạt 65,24 triệu USD, tăng 30,4% so với năm 2019.', 'comparison', 50, 65.24, 4, 'match_truncated'],
  ['both ends printed in a from–to statement', 'Tỷ lệ hộ dùng điện tăng từ 96,4% (năm 2018) lên 95,1% (năm 2023).', 'from-to', 96.4, 95.1, 5, 'wrong_direction'],
  ['an average rate before the comparison it spans', 'Năm 2018 vốn đầu tư công đạt 5.000 tỷ đồng. Vốn đầu tư công bình quân tăng trên 9%/năm; năm 2023 đạt 6.210 tỷ đồng, tăng 24,2% so với năm 2018.', 'average-annual', 5000, 6210, 5, 'mismatch'],
  ['an average rate after the comparison it spans', 'Năm 2018 vốn đầu tư công đạt 5.000 tỷ đồng. Năm 2023 vốn đầu tư công đạt 6.210 tỷ đồng, tăng 24,2% so với năm 2018, bình quân tăng 4,4%/năm.', 'average-annual', 5000, 6210, 5, 'match'],
  ['a plan without the planned value', 'Sản lượng cá nuôi đạt 7,9 nghìn tấn, bằng 102,5% kế hoạch.', 'plan', null, 7.9, null, 'implied'],
  // Figures of TP.HCM's 2022 budget (corpus document cities-2022), in our own words: 457.500 / 386.568 gives 18,35%, not 18,4%.
  ['a plan value printed earlier in the sentence', 'Năm 2022 dự toán thu ngân sách được giao là 386.568 tỷ đồng; cả năm thu được 457.500 tỷ đồng, vượt 18,4% dự toán.', 'plan', 386568, 457500, 0, 'mismatch'],
  // Hậu Giang's budget, September 2018 (our words, its figures): an amount "ngoài dự toán" (outside the plan) is no plan.
  ['an amount outside the plan is no plan', 'Nếu trừ thu chuyển nguồn mang sang ngoài dự toán là 1.753.925 triệu đồng, thì tổng thu được 5.322.929 triệu đồng, đạt 82,74% dự toán.', 'plan', null, 5322929, null, 'implied'],
  // Tiền Giang's review of 2019 (thtg.vn; our words, its figures): a growth rate printed under "vượt so với kế hoạch"
  // is no plan of a revenue in tỷ đồng.
  ['a rate named by "kế hoạch" is no plan of an amount', 'Năm 2019 có 5 chỉ tiêu vượt so với kế hoạch là tăng trưởng GRDP đạt 7,26%; thu ngân sách 11.260 tỷ đồng, đạt 121% dự toán năm.', 'plan', null, 11260, null, 'implied'],
  // Nghệ An's budget, first half of 2021 (baonghean.vn; our words, its figures): who set each plan is part of its name,
  // so the second plan is still of the revenue.
  ['a second plan after one set by the Prime Minister', 'Sáu tháng đầu năm 2021, thu ngân sách đạt 10.042 tỷ đồng, bằng 76,3% dự toán Thủ tướng Chính phủ giao, bằng 71,6% dự toán HĐND tỉnh giao.', 'plan', null, 10042, null, 'implied'],
  // Hòa Bình's budget, first quarter of 2019 (our words, its figures): a resolution's target is a plan, no year's level
  // ("bằng 24% năm gốc" before).
  ['a plan set by a resolution', 'Quý I/2019 thu ngân sách địa phương ước đạt 2.551,8 tỷ đồng, bằng 24% so với Nghị quyết HĐND tỉnh.', 'plan', null, 2551.8, null, 'implied'],
  // Cao Bằng's grain, eight months of 2022 (our words, its figures): "tăng … so với kế hoạch" is the excess over the plan,
  // no year's change ("Không tìm thấy giá trị năm gốc" before).
  ['a rise over the plan', 'Sản lượng lương thực vụ đông xuân năm 2022 đạt 124.966 tấn, tăng 4,71% so với kế hoạch.', 'plan', null, 124966, null, 'implied'],
  ['a plan value named by "kế hoạch"', 'Kế hoạch giao sản lượng cá nuôi 8,0 nghìn tấn, thực hiện đạt 8,2 nghìn tấn, bằng 102,5% kế hoạch.', 'plan', 8, 8.2, null, 'match'],
  // Lào Cai 2016–2020 poverty reduction (corpus document laocai-2020-poverty), in our own words: 5,02%/năm is 125,5% of a 4%/năm plan.
  ['a plan after the yearly rate it measures', 'Giai đoạn 2016 - 2020 tỷ lệ hộ nghèo của tỉnh giảm bình quân đạt 5,02%/năm, bằng 125,5% kế hoạch.', 'plan', null, 5.02, null, 'implied'],
  ['a plan after a yearly rate, the plan printed first', 'Kế hoạch giao giảm tỷ lệ hộ nghèo 4%/năm; tỷ lệ hộ nghèo giảm bình quân đạt 5,02%/năm, bằng 125,5% kế hoạch.', 'plan', 4, 5.02, null, 'match'],
  // Bắc Giang 2022 (corpus document provinces-2022): a growth rate 2,5 times the national one, which is not printed.
  ['a "gấp" ratio of the growth rate before it', 'Năm 2022 GRDP của tỉnh tăng 19,8%, gấp gần 2,5 lần mức bình quân cả nước.', 'comparison', null, 19.8, null, 'implied'],
  // GSO 6 months of 2021 (corpus document gso-2021-h1): the level's object phrase runs on past "và".
  ['a change after a level whose object goes on past "và"', 'Sáu tháng đầu năm 2021 có 93.200 doanh nghiệp thành lập mới và quay lại hoạt động, tăng 6,9% so với cùng kỳ năm 2020.', 'comparison', null, 93200, null, 'implied'],
  ['a comparison without its base', 'Năm 2024 toàn huyện có 412 hợp tác xã tăng 57 hợp tác xã so với năm 2019.', 'comparison', null, 412, null, 'implied'],
  // GSO 2023 (corpus document gso-2023-annual): a change in dollars is of the amount said again in dollars.
  ['a change in the currency the level is said again in', 'GDP bình quân đầu người năm 2023 ước đạt 101,9 triệu đồng/người, tương đương 4.284 USD, tăng 160 USD so với năm 2022.', 'comparison', null, 4284, null, 'implied'],
  // Bắc Giang 2022 (corpus document provinces-2022): any other change is of the amount printed first.
  ['a plan after an amount said again in dollars', 'Năm 2022 quy mô GRDP ước 155,6 nghìn tỷ đồng, khoảng 6,5 tỷ USD, vượt 2,5% kế hoạch.', 'plan', null, 155.6, null, 'implied'],
  // TP.HCM 2020 (corpus document hcm-2020-draft): the second ratio measures 2020's level, not the first one's bracketed base.
  ['a second ratio after a bracketed base', 'Năm 2020 GRDP bình quân đầu người đạt 6.799 USD, gấp 1,3 lần năm 2015 (5.104 USD) và gấp 2,3 lần bình quân cả nước.', 'comparison', null, 6799, null, 'implied'],
  // Ninh Thuận, 9 months of 2023 (corpus document ninhthuan-2023-9m); the 2022 levels worked back by us from the rates.
  // The imports' base is the imports' level, never the exports' printed first.
  [
    'the base of the same name, not of a similar one',
    'Chín tháng năm 2023, kim ngạch xuất khẩu đạt 81,5 triệu USD. Kim ngạch nhập khẩu đạt 50,1 triệu USD, giảm 12,5% so với cùng kỳ năm 2022. Cùng kỳ năm 2022, kim ngạch xuất khẩu đạt 98,5 triệu USD và kim ngạch nhập khẩu đạt 57,3 triệu USD.',
    // The second sentence goes on with the first's nine months of 2023: one year after the base.
    'comparison', 57.3, 50.1, 1, 'match',
  ],
];

describe('linkClaims', () => {
  it.each(CASES)('%s', (_name, raw, kind, from, to, years, verdict) => {
    const claim = comparative(raw).filter((l) => l.claim.kind === kind).at(-1);
    expect(claim?.from?.value ?? null).toBe(from);
    expect(claim?.to?.value ?? null).toBe(to);
    expect(claim?.input?.years ?? null).toBe(years);
    expect(claim?.input === null || claim?.input === undefined ? null : verifyClaim(claim.input).verdict).toBe(verdict);
  });

  // Bình Dương 2022 (corpus document cities-2022) and Quảng Ngãi, first half of 2025 (our words): a GRDP growth rate is
  // real; the level beside it is nominal unless the sentence named constant prices before the rate.
  it.each([
    ['a GRDP growth beside a nominal level takes no level', 'Năm 2022 GRDP Bình Dương ước tăng 8,01%, đạt 459 nghìn tỷ đồng.', null],
    ['…nor with its level first', 'Năm 2022 GRDP Bình Dương ước đạt 459 nghìn tỷ đồng, tăng 8,01%.', null],
    ['a GRDP growth after a level at constant prices takes it', 'Sáu tháng năm 2025 GRDP ước đạt 41.690,8 tỷ đồng (theo giá so sánh 2010), tăng 11,51% so với cùng kỳ năm 2024.', 41690.8],
    ['GRDP per head is nominal like its level', 'Năm 2023 GRDP bình quân đầu người đạt 71 triệu đồng, tăng 9,06%.', 71],
  ])('%s', (_name, raw, to) => {
    const change = linked(raw).find((l) => l.claim.kind === 'comparison');
    expect(change?.to?.value ?? null).toBe(to);
  });

  it('a carried year finds no level of another sentence: the claim keeps the verdict it had without it', () => {
    const raw = 'Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng.\n\nNăm 2023 sản lượng bưu chính đạt 50 tấn. Doanh thu bưu chính tăng 37,6%.';
    const change = linked(raw).find((l) => l.claim.kind === 'comparison');
    expect([change?.claim.years, change?.claim.timeCarried, change?.to]).toEqual([[2023], true, null]);
  });

  it('links the average rate of the same sentence to the same two levels', () => {
    const raw = CASES[3]?.[1] ?? '';
    const average = comparative(raw).find((l) => l.claim.kind === 'average-annual');
    expect(average?.from?.value).toBe(5000);
    expect(average?.to?.value).toBe(6210);
    expect(average?.input?.years).toBe(5);
  });

  it('reads table rows from their own two values', () => {
    const raw = 'Chỉ tiêu Đơn vị Năm 2012 Năm 2023 Năm 2023 so sánh với năm 2012 \n1 Sản lượng chè Nghìn tấn 12,5 30,1 \nTăng \n\n2,4 lần';
    const [row] = comparative(raw);
    expect(row?.input).toMatchObject({ from: { value: 12.5, year: 2012 }, to: { value: 30.1, year: 2023 }, years: 11, unit: 'nghìn tấn' });
    expect(row?.input === null || row?.input === undefined ? null : verifyClaim(row.input).verdict).toBe('match');
  });
});

describe('averageSpan', () => {
  it.each<[string, string, { from: number; to: number } | null]>([
    ['a rate after a comparison runs from the year compared with', 'Năm 2023 vốn đầu tư công đạt 6.210 tỷ đồng, tăng 24,2% so với năm 2018, bình quân tăng 4,4%/năm.', { from: 2018, to: 2023 }],
    ['a rate before a later comparison', 'Vốn đầu tư công bình quân tăng trên 9%/năm; năm 2023 đạt 6.210 tỷ đồng, tăng 24,2% so với năm 2018.', { from: 2018, to: 2023 }],
    ['a written period runs from the year before it', 'Giai đoạn 2016 - 2020 doanh thu du lịch bình quân tăng 36%/năm.', { from: 2015, to: 2020 }],
    ['a rate without years', 'Tổng mức bán lẻ hàng hóa bình quân tăng 11,2%/năm.', null],
  ])('%s', (_name, raw, span) => {
    const average = extractClaims(raw).find((c) => c.kind === 'average-annual');
    expect(average === undefined ? undefined : averageSpan(average)).toEqual(span);
  });

  it('gives the rate beside a comparison that comparison’s base year', () => {
    const average = extractClaims('Năm 2023 vốn đầu tư công đạt 6.210 tỷ đồng, tăng 24,2% so với năm 2018, bình quân tăng 4,4%/năm.').find((c) => c.kind === 'average-annual');
    expect(average?.compareTo).toEqual({ year: 2018 });
  });
});

describe('edge cases', () => {
  // Bình Dương's retail of May 2017 (our words, its figure): a base read as the claim's own time compares it with itself.
  it('a base of the claim\'s own year and part gives no base', () => {
    const [, change] = linked('Tháng 5/2017 doanh thu bán lẻ đạt 13.642,5 tỷ đồng, tăng 20% so với tháng 5/2017.');
    expect([change?.from, change?.to?.value]).toEqual([null, 13642.5]);
  });

  // Traffic accidents, 9 months of 2019 (Ủy ban An toàn giao thông quốc gia; our words, its figures): the bracketed
  // rates are no levels of the changes in people after them.
  it('a change in people takes no level in "%"', () => {
    const all = linked('Chín tháng năm 2019, so với cùng kỳ năm trước giảm 554 vụ (-4,2%), giảm 356 người chết (-6%), giảm 694 người bị thương (-6,7%).');
    const changes = all.filter((l) => l.claim.claim?.ok === true && l.claim.claim.kind === 'absolute');
    expect(changes.map((l) => l.to?.unit ?? null)).not.toContain('%');
    expect(changes.length).toBeGreaterThan(1);
  });

  it('values, shares and part–whole counts have no verification input', () => {
    const all = linked('Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng. Người cao tuổi chiếm 12,45% dân số. Toàn huyện có 73/95 xã đạt chuẩn.');
    expect(all.map((l) => [l.claim.kind, l.input])).toEqual([['value', null], ['share', null], ['part-whole', null]]);
  });

  // Đà Nẵng, first half of 2013 (Cục Thống kê; our words, its figures): a sector's growth, then the structure with the
  // shares of both years. 59,03 / 55,81 is no growth of 11,56%: the shares are not the sector's value.
  it('a relative change takes no share of a structure printed in another sentence', () => {
    const [, services] = comparative(
      'Sáu tháng đầu năm 2013, GRDP ước đạt 17.211 tỷ đồng, tăng 7,12% so cùng kỳ năm 2012; khu vực dịch vụ tăng 11,56% so với cùng kỳ năm 2012.\n' +
        'Cơ cấu kinh tế sáu tháng đầu năm 2013: khu vực công nghiệp chiếm 37,88% (sáu tháng đầu năm 2012 là 40,88%), khu vực dịch vụ chiếm 59,03% (sáu tháng đầu năm 2012 là 55,81%).',
    );
    expect([services?.claim.text, services?.from, services?.to]).toEqual(['tăng 11,56% so với cùng kỳ năm 2012', null, null]);
  });

  it('does not take a base of another unit', () => {
    const [claim] = comparative('Năm 2019 doanh thu bưu chính đạt 0,3 nghìn tỷ đồng. Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng, tăng 37,6% so với năm 2019.');
    expect(claim?.from).toBeNull();
    expect(claim?.to?.value).toBe(412.7);
  });

  // Hồ Chí Minh City's plan for 2021–2025 (our words, its figures): the base year's level names no "/người", the later
  // one does, and the subject "tiếp tục tăng …" was part of the first name. The ratio stayed implied.
  it('a level per head ("USD/người") is one of the same indicator printed without it', () => {
    const [claim] = comparative(
      'GRDP bình quân đầu người tiếp tục tăng liên tục qua các năm, đến năm 2020 ước đạt 6.799 USD. GRDP bình quân đầu người đến năm 2025 đạt 8.500 USD/người, gấp 1,3 lần năm 2020.',
    );
    expect([claim?.from?.value, claim?.to?.value]).toEqual([6799, 8500]);
  });

  it('a level per head per month is no level per head', () => {
    const [claim] = comparative('Năm 2019 thu nhập bình quân đạt 4 triệu đồng. Năm 2023 thu nhập bình quân đạt 5 triệu đồng/người/tháng, tăng 25% so với năm 2019.');
    expect(claim?.from).toBeNull();
  });

  it('does not take a base from another indicator', () => {
    const [claim] = comparative('Năm 2019 doanh thu lữ hành đạt 300 tỷ đồng. Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng, tăng 37,6% so với năm 2019.');
    expect(claim?.from).toBeNull();
  });

  it('does not take a plan value from another sentence', () => {
    const plan = comparative('Dự toán thu ngân sách là 386.568 tỷ đồng. Cả năm thu được 457.500 tỷ đồng, vượt 18,4% dự toán.').find((l) => l.claim.kind === 'plan');
    expect(plan?.from ?? null).toBeNull();
    expect(plan?.to?.value).toBe(457500);
  });

  it.each([
    ['a rate with a qualifier is a bound, not the achieved value', 'Tỷ lệ hộ nghèo giảm bình quân đạt trên 5%/năm, bằng 125,5% kế hoạch.'],
    ['a rate of another sentence', 'Tỷ lệ hộ nghèo giảm bình quân đạt 5,02%/năm. Sản lượng bằng 125,5% kế hoạch.'],
  ])('a plan takes no yearly rate: %s', (_why, raw) => {
    const plan = linked(raw).find((l) => l.claim.kind === 'plan');
    expect(plan?.to).toBeNull();
  });

  it.each([
    ['a ratio with a base year compares levels, not the rate', 'Năm 2022 GRDP của tỉnh tăng 19,8%, gấp 2,5 lần năm 2015.'],
    ['a ratio with its own verb', 'Năm 2022 GRDP của tỉnh tăng 19,8%, tăng gấp 2,5 lần.'],
    ['a ratio after a rate of another clause', 'Năm 2022 GRDP của tỉnh tăng 19,8% so với năm trước; xuất khẩu gấp 2,5 lần.'],
    ['a ratio after a rank', 'Năm 2022 tỉnh đứng thứ 4 cả nước, gấp 2,5 lần.'],
  ])('a ratio takes no rate: %s', (_why, raw) => {
    const ratio = linked(raw).find((l) => l.claim.claim?.ok === true && l.claim.claim.kind === 'ratio');
    expect(ratio?.to?.unit).not.toBe('%');
  });

  it('a change after two levels joined by "và" and a digit keeps its own subject', () => {
    const change = linked('Năm 2021 có 93.200 doanh nghiệp thành lập mới và 3 hợp tác xã, tăng 6,9% so với năm 2020.').find((l) => l.claim.kind === 'comparison');
    expect(change?.to?.value).not.toBe(93200);
  });

  // Lào Cai, 2022 (Cục Thống kê, via the provincial press; our words, its figures): a growth rate "cao hơn 3,57%" than the
  // year before's is a difference of rates, 9,02 − 3,57 = 5,45, said to be points; "(GRDP)" in its name made it a real
  // growth rate of GRDP, not computable ("Thiếu cả hai giá trị").
  it.each<[string, string, number, 'rate' | undefined]>([
    ['a growth rate higher "3,57%" than the year before’s', 'Tốc độ tăng trưởng kinh tế (GRDP) của tỉnh năm 2022 đạt 9,02%, cao hơn 3,57% so với năm 2021.', 5.45, 'rate'],
    ['the same in points', 'Tốc độ tăng trưởng kinh tế năm 2022 đạt 9,02%, cao hơn 3,57 điểm phần trăm so với năm 2021.', 5.45, undefined],
  ])('%s', (_name, raw, base, read) => {
    const [claim] = comparative(raw);
    const verified = claim?.input ? verifyClaim(claim.input) : null;
    expect([verified?.verdict, Math.round((verified?.implied?.value ?? 0) * 100) / 100, claim?.claim.readAsPoints]).toEqual(['implied', base, read]);
  });

  it('keeps a growth rate’s change in % relative when both rates are printed', () => {
    const [claim] = comparative('Năm 2021 tốc độ tăng trưởng kinh tế đạt 8,71%. Năm 2022 tốc độ tăng trưởng kinh tế đạt 9,02%, cao hơn 3,57% so với năm 2021.');
    expect([claim?.from?.value, claim?.claim.readAsPoints]).toEqual([8.71, undefined]);
  });

  // GSO 2022 (corpus document gso-2022-annual, our words): the productivity's 188,1 is at current prices, its 4,8% at
  // constant prices. With "thì" no longer read as the subject's name, the rise had measured the current-price level.
  it('a change at constant prices measures no level its sentence put at current prices', () => {
    const linked = comparative('Theo giá hiện hành, năng suất lao động năm 2022 đạt 188,1 triệu đồng/lao động, tăng 622 USD, còn theo giá so sánh thì tăng 4,8%.');
    const rise = linked.find((l) => l.claim.text.startsWith('tăng 4,8%'));
    expect([rise?.from, rise?.to]).toEqual([null, null]);
  });

  it('an empty list links nothing', () => {
    expect(linkClaims([])).toEqual([]);
  });

  // Thái Nguyên, investment to the end of September (thainguyentv.vn): state capital 7,2 nghìn tỷ đồng, 18% of all
  // investment, up nearly 28,5% on the same period; our sentences.
  it.each([
    ['a % change after an amount and its share is of the amount', 'vốn Nhà nước đạt 7,2 nghìn tỷ đồng, chiếm 18% tổng vốn đầu tư và tăng gần 28,5% so với cùng kỳ.', 7.2],
    ['a change in points after them is of the share', 'vốn Nhà nước đạt 7,2 nghìn tỷ đồng, chiếm 18%, tăng 1,5 điểm phần trăm so với cùng kỳ.', 18],
    ['a change after a share alone is of the share', 'Năm 2020 công nghiệp - xây dựng chiếm 58,66%, tăng 3,73% so với năm 2015.', 58.66],
  ])('%s', (_why, raw, value) => {
    const change = linked(raw).find((l) => l.claim.kind === 'comparison');
    expect(change?.to?.value).toBe(value);
  });
});

/**
 * A change whose subject is a shorter name of a level printed earlier in its sentence: implied from that level.
 * Figures from the 2009 census results (census-2009: 85.789.573 people, 9,47 million more than in 1999); our words.
 */
describe('a level by a longer name', () => {
  it('implies the base of the change (census-2009)', () => {
    const change = linked('Ngày 1/4/2009 dân số cả nước là 85.789.573 người; so với năm 1999 dân số tăng 9,47 triệu người.').find((l) => l.claim.kind === 'comparison');
    expect(change?.to?.value).toBe(85789573);
    expect(change?.from).toBeNull();
    expect(change?.loose).toBe(true);
    expect(change?.input === null || change?.input === undefined ? null : verifyClaim(change.input).verdict).toBe('implied');
  });

  it.each([
    ['two levels that fit', 'Dân số thành thị là 33.059.735 người và dân số nông thôn là 52.729.838 người; so với năm 1999 dân số tăng 9,47 triệu người.'],
    ['a level in another unit', 'Dân số cả nước là 85,8 triệu hộ; so với năm 1999 dân số tăng 9,47 triệu người.'],
    ['a level of another sentence', 'Dân số cả nước là 85.789.573 người. So với năm 1999 dân số tăng 9,47 triệu người.'],
    ['a name glued into a longer word', 'Mật độ dân sốx là 85.789.573 người; so với năm 1999 dân số tăng 9,47 triệu người.'],
  ])('takes no level: %s', (_why, raw) => {
    const change = linked(raw).find((l) => l.claim.kind === 'comparison');
    expect(change?.to).toBeNull();
  });
});
