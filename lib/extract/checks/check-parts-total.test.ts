import { describe, expect, it } from 'vitest';
import { checkPartsTotal } from './check-parts-total';
import { extractClaims } from '../finding/extract-claims';

function outcome(raw: string) {
  return checkPartsTotal(extractClaims(raw), raw);
}

// Sentences written for these tests; the figures are real:
// - trade, 9 months of 2023: GSO, "Tình hình kinh tế - xã hội quý III và 9 tháng năm 2023" (exports 259,67 and
//   imports 237,99 tỷ USD; the total printed there is 497,66);
// - population by sex, 2019: Census 2019 results (96.208.984 = 47.881.061 + 48.327.923);
// - GRDP of Hưng Yên 2013 at 2010 prices by sector: Hưng Yên statistical yearbook 2022, table 39;
// - retail sales, Q4/2022: GSO annual report 2022 (1.514,6 = 1.180,4 + 147,7 + 6,5 + 180 nghìn tỷ đồng);
// - labour force, Q2/2022: Lạng Sơn statistics office LFS release (growth 0,4 = 0,3 rural + 0,1 urban);
// - labour force, Q1/2023: GSO LFS release (up 88.700: urban +121.000, rural −32.300);
// - budget revenue 2020: Nghệ An (domestic revenue 16.186, land use and lottery 5.056, the rest 11.130 tỷ đồng);
// - new enterprises 2019: GSO, Sách Trắng doanh nghiệp Việt Nam 2020: doanh nghiệp thành lập mới năm 2019 (138.139,
//   2018: 131.275, so up 5,2 %; by sector dịch vụ 99.548, công nghiệp và xây dựng 36.562, nông, lâm nghiệp và thủy
//   sản 2.029). A planted wrong part prints dịch vụ as 99.458.
// - trade, 9 months of 2025: Cục Thống kê release of 6 October 2025 (vnexpress.net/gdp-quy-iii-tang-8-23-4947650.html:
//   680,66 tỷ USD, a surplus of 16,82); exports 348,74 and imports 331,92 derived by us from those two. A planted wrong
//   part prints imports as 331,29.
const NEW_2019 = 'Năm 2019 cả nước có 138.139 doanh nghiệp thành lập mới';
// Source: dailoc-2023-q1 (257.343 triệu đồng spent in Q1 2023; of it the district 269.490 and the communes 77.650, as
// printed). Our sentences.
const DAILOC_SPENDING =
  'Tổng chi ngân sách địa phương ước thực hiện quý I/2023 là 257.343 triệu đồng, bằng 29% dự toán tỉnh giao. Trong đó, chi ngân sách huyện là 269.490 triệu đồng, chi ngân sách xã 77.650 triệu đồng.';
// Thanh Hóa, July 2021 (Cục Thống kê Thanh Hóa, via the provincial portal; our words, its figures): 372,6 + 276,3 + 233,1 = 882.
const THANHHOA_JULY = 'Tháng 7/2021, vốn đầu tư thực hiện từ nguồn ngân sách nhà nước địa phương ước đạt 882 tỷ đồng, giảm 7% so với tháng trước.';
const THANHHOA_PARTS = (province: string) =>
  `vốn ngân sách nhà nước cấp tỉnh ${province} tỷ đồng, giảm 11,9%; vốn ngân sách nhà nước cấp huyện 276,3 tỷ đồng; vốn ngân sách nhà nước cấp xã 233,1 tỷ đồng.`;
// Hà Giang, 2022 (Cục Thống kê Hà Giang, via the provincial press; our words, its figures): 4.771 + 4.128 + 6.507 + 863
// = 16.269, "hơn" on two of them, against 16.270.
const HAGIANG_GRDP = 'Năm 2022, tổng sản phẩm trên địa bàn tỉnh (GRDP) theo giá so sánh 2010 ước đạt 16.270 tỷ đồng, tăng 7,62%.';
const HAGIANG_SECTORS = (services: string) =>
  `khu vực nông, lâm nghiệp và thủy sản đạt 4.771 tỷ đồng, tăng 4,8%; khu vực công nghiệp, xây dựng đạt hơn 4.128 tỷ đồng, tăng 15%; khu vực dịch vụ đạt ${services} tỷ đồng, tăng 6,09%; thuế sản phẩm trừ trợ cấp sản phẩm đạt hơn 863 tỷ đồng.`;
const YENBAI_H1 = (rest: string) =>
  `Sáu tháng đầu năm 2023, GRDP theo giá so sánh 2010 đạt 10 nghìn ${rest} tỷ đồng, tăng 6,59% so với cùng kỳ, trong đó quý I đạt 4.773.484 triệu đồng và quý II đạt 5.764.166 triệu đồng.`;
const KONTUM_DROUGHT = (rice: string) =>
  `Vụ đông xuân 2015 - 2016 khô hạn làm thiếu nước trên diện tích 4.198,27 ha gồm: ${rice} ha lúa; 2.533,3 ha cây công nghiệp; 49,52 ha ngô, rau màu và 243,35 ha cây trồng khác bao gồm: sắn, cây lâm nghiệp.`;
const DIENBIEN_Q1 = (services: string) =>
  `Quý I/2025, GRDP của tỉnh theo giá hiện hành đạt 6.961,99 tỷ đồng, trong đó: nông, lâm nghiệp và thủy sản 638,76 tỷ đồng; công nghiệp - xây dựng 1.339,58 tỷ đồng; dịch vụ ${services} tỷ đồng; thuế sản phẩm trừ trợ cấp sản phẩm 342,06 tỷ đồng.`;
const GSO_ARRIVALS_2015 = 'Mười tháng năm 2015, lượng khách quốc tế đến nước ta ước đạt 6.338.600 lượt người, giảm 4,1% so với cùng kỳ năm trước.';
const GSO_ARRIVAL_PARTS = (road: string) =>
  `Trong đó khách đến bằng đường hàng không đạt 5.171.100 lượt người, giảm 0,7%; khách đến bằng đường bộ đạt ${road} lượt người, giảm 16,8% và khách đến bằng đường biển đạt 40.500 lượt người, giảm 11,5%.`;
const HOABINH_VISITORS = (domestic: string) =>
  `Cả năm, tổng lượt khách du lịch đến tỉnh ước đạt 2,58 triệu lượt khách, gần gấp đôi năm trước. Trong đó, khách quốc tế 100 nghìn lượt; khách nội địa ${domestic} triệu lượt.`;
const QUANGNAM_MAY_2015 = (domestic: string) =>
  `Tháng 5/2015, lượt khách tham quan và lưu trú tại tỉnh ước đạt 349.000 lượt, tăng 11,25% (khách quốc tế 210.000 lượt, tăng 7,45%; khách trong nước ${domestic} lượt, tăng 17,53%).`;
// GSO, 2012 (farm, forestry and fishery output at 1994 prices; our words, its figures): 183,6 + 8,3 + 63,3 = 255,2.
const GSO_FARM_2012 = (farming: string) =>
  `Giá trị sản xuất nông, lâm nghiệp và thủy sản năm 2012 ước đạt 255,2 nghìn tỷ đồng, tăng 3,4% so với năm 2011, bao gồm: nông nghiệp đạt ${farming} nghìn tỷ đồng, tăng 2,8%; lâm nghiệp đạt 8,3 nghìn tỷ đồng, tăng 6,4%; thủy sản đạt 63,3 nghìn tỷ đồng, tăng 4,5%.`;
// Bình Thuận, winter–spring crop 2017 (Cục Thống kê Bình Thuận, 6-month report; our words, its figures): rice 216,7 and
// maize 30,2 thousand tonnes, "Tính chung" food output 246,9.
const BINHTHUAN_FOOD = (total: string) =>
  `Sản lượng lúa vụ đông xuân ước đạt 216,7 ngàn tấn, tăng 51,43% so với vụ trước; ngô đạt 30,2 ngàn tấn, giảm 7,43%. Tính chung sản lượng lương thực đạt ${total} ngàn tấn, tăng 40,5%.`;
// Quảng Ngãi, first half of 2025 (UBND tỉnh, via the provincial statistics office; our words, its figures): GRDP at 2010
// prices 41.690,8 tỷ đồng = 6.628,4 + 15.931,1 + 13.483,5 + 5.647,9, one component a sentence.
const QUANGNGAI_H1 = (services: string, taxes = 'Thuế sản phẩm trừ trợ cấp sản phẩm đạt 5.647,9 tỷ đồng, tăng 8,88%.') =>
  `Sáu tháng đầu năm 2025, GRDP theo giá so sánh 2010 ước đạt 41.690,8 tỷ đồng, tăng 11,51%. Trong đó, khu vực nông, lâm nghiệp và thuỷ sản đạt 6.628,4 tỷ đồng, tăng 3,53%. Khu vực công nghiệp - xây dựng đạt 15.931,1 tỷ đồng, tăng 19,32% (trong đó công nghiệp đạt 12.865,2 tỷ đồng). Khu vực dịch vụ đạt ${services} tỷ đồng, tăng 8,33%. ${taxes}`;
const SECTORS_2019 = 'dịch vụ 99.548 doanh nghiệp, công nghiệp và xây dựng 36.562 doanh nghiệp, nông, lâm nghiệp và thủy sản 2.029 doanh nghiệp.';
const PLANTED_2019 = SECTORS_2019.replace('99.548', '99.458');
const NGHEAN_GRDP = (services: string) =>
  `GRDP 6 tháng/2019 theo giá so sánh 2010 ước đạt 40.651 tỷ đồng, tăng 7,09% so với 6 tháng/2018, trong đó khu vực nông, lâm nghiệp, thủy sản ước đạt 9.181,2 tỷ đồng, tăng 3,92%; khu vực công nghiệp, xây dựng 11.627,7 tỷ đồng, tăng 8,80%; khu vực dịch vụ ${services} tỷ đồng, tăng 7,48% và thuế sản phẩm 2.433,4 tỷ đồng, tăng 8,56%.`;

describe('checkPartsTotal', () => {
  it.each<[string, string, number, number]>([
    // Hà Nam, first half of 2024 (Cục Thống kê; our words, its figures): "Trong mức tăng chung …," lists the GRDP's four
    // components a paragraph after the GRDP; "riêng khu vực công nghiệp …" is a part of the part before it.
    [
      'the GRDP\'s components after "Trong mức tăng chung", one "riêng" part inside them',
      'Sáu tháng đầu năm 2024, GRDP (giá so sánh 2010) ước đạt 26.891 tỷ đồng, tăng 10,35% so với cùng kỳ.\nTrong mức tăng chung của toàn nền kinh tế, khu vực công nghiệp, xây dựng ước đạt 17.443,9 tỷ đồng, tăng 13,26% (đóng góp 81%), riêng khu vực công nghiệp ước đạt 15.491,2 tỷ đồng (đóng góp 79,3%); khu vực dịch vụ ước đạt 5.693,6 tỷ đồng (đóng góp 15,2%); khu vực nông, lâm nghiệp và thủy sản ước đạt 2.131,3 tỷ đồng (đóng góp 0,9%); thuế sản phẩm trừ trợ cấp sản phẩm ước đạt 1.622,2 tỷ đồng (đóng góp 2,9%).',
      0,
      1,
    ],
    [
      'the same with the services printed 300 higher',
      'Sáu tháng đầu năm 2024, GRDP (giá so sánh 2010) ước đạt 26.891 tỷ đồng, tăng 10,35% so với cùng kỳ.\nTrong mức tăng chung của toàn nền kinh tế, khu vực công nghiệp, xây dựng ước đạt 17.443,9 tỷ đồng, tăng 13,26% (đóng góp 81%), riêng khu vực công nghiệp ước đạt 15.491,2 tỷ đồng (đóng góp 79,3%); khu vực dịch vụ ước đạt 5.993,6 tỷ đồng (đóng góp 15,2%); khu vực nông, lâm nghiệp và thủy sản ước đạt 2.131,3 tỷ đồng (đóng góp 0,9%); thuế sản phẩm trừ trợ cấp sản phẩm ước đạt 1.622,2 tỷ đồng (đóng góp 2,9%).',
      1,
      0,
    ],
    ['"gồm" parts above the total (the total printed 3 lower)', 'Tính chung 9 tháng năm 2023, kim ngạch xuất nhập khẩu đạt 494,66 tỷ USD, gồm xuất khẩu 259,67 tỷ USD và nhập khẩu 237,99 tỷ USD.', 1, 0],
    ['"gồm" parts that add up', 'Tính chung 9 tháng năm 2023, kim ngạch xuất nhập khẩu đạt 497,66 tỷ USD, gồm xuất khẩu 259,67 tỷ USD và nhập khẩu 237,99 tỷ USD.', 0, 1],
    // Lào Cai's retail, May 2024 (Cục Thống kê; our words, its figures; the last part typed 444 for 344): the month alone,
    // no year, dates the "Trong đó" sentence after it, and "địa bàn tỉnh" after the month is no name of the total
    ['"Trong đó" parts of a total dated by its month alone, one typed wrong', 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 5 địa bàn tỉnh đạt 2.572 tỷ đồng, tăng 16,58% so với cùng kỳ năm 2023. Trong đó, doanh thu bán lẻ hàng hóa đạt 1.734 tỷ đồng, tăng 13,56%; doanh thu dịch vụ lưu trú, ăn uống đạt 469 tỷ đồng, tăng 23,56%; doanh thu du lịch lữ hành đạt 25 tỷ đồng, giảm 2,34%; doanh thu dịch vụ khác đạt 444 tỷ đồng, tăng 25,47%.', 1, 0],
    ['a split by sex with a mistyped total', 'Dân số cả nước năm 2019 có 96.280.984 người, trong đó nam 47.881.061 người và nữ 48.327.923 người.', 1, 0],
    ['a split by sex that adds up', 'Dân số cả nước năm 2019 có 96.208.984 người, trong đó nam 47.881.061 người và nữ 48.327.923 người.', 0, 1],
    ['four sectors one unit off, within the rounding of five figures', 'Năm 2013 GRDP giá so sánh 2010 đạt 33.927.875 triệu đồng, gồm nông, lâm nghiệp và thủy sản 4.897.433 triệu đồng, công nghiệp và xây dựng 17.986.819 triệu đồng, dịch vụ 8.974.665 triệu đồng và thuế sản phẩm 2.068.959 triệu đồng.', 0, 1],
    // Nghệ An, first half of 2019 (Cục Thống kê; our words, its figures): "trong đó" without a colon, the four components
    // one to a clause; the second with the services' 17.408,7 typed 17.508,7.
    ['the GRDP\'s four components after "trong đó", one to a clause', NGHEAN_GRDP('17.408,7'), 0, 1],
    ['the same, one component typed 100 higher', NGHEAN_GRDP('17.508,7'), 1, 0],
    // GSO, the 2020 autumn rice (our words, its figures): parts named in parallel, one a clause after ";".
    ['parts named in parallel past the ";"', 'Vụ lúa mùa năm 2020 cả nước gieo cấy được 1.585,2 nghìn ha, trong đó các địa phương phía Bắc đạt 1.050,8 nghìn ha; các địa phương phía Nam đạt 534,4 nghìn ha.', 0, 1],
    ['the same, the south typed 10 higher', 'Vụ lúa mùa năm 2020 cả nước gieo cấy được 1.585,2 nghìn ha, trong đó các địa phương phía Bắc đạt 1.050,8 nghìn ha; các địa phương phía Nam đạt 544,4 nghìn ha.', 1, 0],
    // Vĩnh Long, nine months of 2023 (Cục Thống kê; our words, its figures): one part after "trong đó"; 6.143,2 planted.
    ['one part after "trong đó", below its total: nothing to say', 'Chín tháng năm 2023, tổng chi ngân sách của tỉnh đạt 5.999,5 tỷ đồng, trong đó chi đầu tư phát triển 2.143,2 tỷ đồng.', 0, 0],
    ['one part after "trong đó", above its total', 'Chín tháng năm 2023, tổng chi ngân sách của tỉnh đạt 5.999,5 tỷ đồng, trong đó chi đầu tư phát triển 6.143,2 tỷ đồng.', 1, 0],
    ['four sectors against a total with two digits swapped', 'Năm 2013 GRDP giá so sánh 2010 đạt 33.972.875 triệu đồng, gồm nông, lâm nghiệp và thủy sản 4.897.433 triệu đồng, công nghiệp và xây dựng 17.986.819 triệu đồng, dịch vụ 8.974.665 triệu đồng và thuế sản phẩm 2.068.959 triệu đồng.', 1, 0],
    ['parts after a ";" and comparisons in %', 'Quý IV/2022 doanh thu bán lẻ và dịch vụ tiêu dùng đạt 1.514,6 nghìn tỷ đồng, tăng 17,1% so với cùng kỳ; trong đó bán lẻ hàng hóa 1.180,4 nghìn tỷ đồng, lưu trú và ăn uống 147,7 nghìn tỷ đồng, du lịch lữ hành 6,5 nghìn tỷ đồng và dịch vụ khác 180 nghìn tỷ đồng.', 0, 1],
    ['changes listed against the change, not the level', 'Quý II/2022 lực lượng lao động là 51,6 triệu người, tăng hơn 0,4 triệu người so với quý trước, trong đó nông thôn và thành thị tăng tương ứng 0,3 triệu người và 0,1 triệu người.', 0, 1],
    ['changes that add up, a fall counted negatively', 'Quý I/2023 lực lượng lao động là 52,2 triệu người, tăng 88.700 người so với quý trước, trong đó khu vực thành thị tăng 121.000 người và khu vực nông thôn giảm 32.300 người.', 0, 1],
    ['changes of a whole split that miss the total', 'Quý I/2023 lực lượng lao động là 52,2 triệu người, tăng 88.700 người so với quý trước, trong đó khu vực thành thị tăng 121.000 người và khu vực nông thôn giảm 23.300 người.', 1, 0],
    ['"trong đó" naming only some parts', 'Năm 2019 dân số cả nước là 96.208.984 người, trong đó Hà Nội 8.053.663 người và TP. Hồ Chí Minh 8.993.082 người.', 0, 1],
    ['a total minus an excluded part', 'Năm 2020 thu nội địa đạt 16.186 tỷ đồng. Không tính tiền sử dụng đất và xổ số (5.056 tỷ đồng), thu nội địa còn 11.130 tỷ đồng.', 0, 1],
    ['a total minus an excluded part that does not match', 'Năm 2020 thu nội địa đạt 16.186 tỷ đồng. Không tính tiền sử dụng đất và xổ số (5.056 tỷ đồng), thu nội địa còn 11.104 tỷ đồng.', 1, 0],
    ['"Chia theo" sectors against the total of the sentence before', `${NEW_2019}, tăng 5,2% so với năm 2018 (131.275 doanh nghiệp). Chia theo khu vực kinh tế, khu vực ${SECTORS_2019}`, 0, 1],
    ['"Chia theo" sectors with a planted wrong part', `${NEW_2019}, tăng 5,2% so với năm 2018 (131.275 doanh nghiệp). Chia theo khu vực kinh tế, khu vực ${PLANTED_2019}`, 1, 0],
    ['"Phân theo" sectors cut by ";", with shares between them', `${NEW_2019}. Phân theo khu vực kinh tế, khu vực dịch vụ có 99.548 doanh nghiệp, chiếm 72,1%; khu vực công nghiệp và xây dựng có 36.562 doanh nghiệp, chiếm 26,5%; khu vực nông, lâm nghiệp và thủy sản có 2.029 doanh nghiệp, chiếm 1,5%.`, 0, 1],
    ['"Theo khu vực" sectors with a planted wrong part', `${NEW_2019}. Theo khu vực, ${PLANTED_2019}`, 1, 0],
    ['"Phân theo giới tính" after the total, adding up', 'Năm 2019 dân số cả nước là 96.208.984 người. Phân theo giới tính, nam có 47.881.061 người, nữ có 48.327.923 người.', 0, 1],
    ['"Phân theo giới tính" after a mistyped total', 'Năm 2019 dân số cả nước là 96.280.984 người. Phân theo giới tính, nam có 47.881.061 người, nữ có 48.327.923 người.', 1, 0],
    ['a GRDP split into sectors and product taxes', 'Năm 2013 GRDP giá so sánh 2010 đạt 33.927.875 triệu đồng. Chia theo khu vực kinh tế, nông, lâm nghiệp và thủy sản 4.897.433 triệu đồng, công nghiệp và xây dựng 17.986.819 triệu đồng, dịch vụ 8.974.665 triệu đồng, thuế sản phẩm 2.068.959 triệu đồng.', 0, 1],
    ['a known split whose parts run past the ";" of the clause', 'Tính chung 9 tháng năm 2025, tổng kim ngạch xuất nhập khẩu hàng hóa đạt 680,66 tỷ USD, tăng 17,3% so với cùng kỳ; trong đó xuất khẩu đạt 348,74 tỷ USD, tăng 16%; nhập khẩu đạt 331,92 tỷ USD, tăng 18,8%.', 0, 1],
    ['the same split past the ";" with a planted wrong part', 'Tính chung 9 tháng năm 2025, tổng kim ngạch xuất nhập khẩu hàng hóa đạt 680,66 tỷ USD, tăng 17,3% so với cùng kỳ; trong đó xuất khẩu đạt 348,74 tỷ USD, tăng 16%; nhập khẩu đạt 331,29 tỷ USD, tăng 18,8%.', 1, 0],
    ['parts past the ";" that are no known split are not read as a list', 'Năm 2019 dân số cả nước là 96.208.984 người, trong đó Hà Nội 8.053.663 người; TP. Hồ Chí Minh 8.993.082 người.', 0, 0],
    // Đại Lộc district, Q1 2023 (thanhnien.vn): the parts opened by "Trong đó," exceed the total of the sentence before.
    [`"Trong đó," opening the sentence after the total, parts above it`, `${DAILOC_SPENDING}`, 1, 0],
    [`"Trong đó," parts below the total (invented 357.343)`, DAILOC_SPENDING.replace('257.343', '357.343'), 0, 1],
    // GSO, international arrivals of ten months of 2015 (via tieudungplus.vn; our words, its figures): 5.171.100 by air,
    // 1.127.000 by road, 40.500 by sea, 6.338.600 in all. "Trong đó" opens the sentence without its comma.
    ['"Trong đó" without a comma, parts that add up', `${GSO_ARRIVALS_2015} ${GSO_ARRIVAL_PARTS('1.127.000')}`, 0, 1],
    ['"Trong đó" without a comma, parts above the total (road 1.172.000 planted)', `${GSO_ARRIVALS_2015} ${GSO_ARRIVAL_PARTS('1.172.000')}`, 1, 0],
    // Hòa Bình, visitors of 2022 (doanhnghiephoinhap.vn; our words, its figures): 2,58 triệu lượt khách, of which 100 nghìn
    // international and 2,48 triệu domestic visits. International and domestic visitors are the whole; a total of no year.
    ['international and domestic visitors after "Trong đó,", adding up', HOABINH_VISITORS('2,48'), 0, 1],
    ['international and domestic visitors short of the total (2,38 planted): a whole split', HOABINH_VISITORS('2,38'), 1, 0],
    // Quảng Nam, May 2015 (baoquangnam.vn; our words, its figures): 349.000 visits, about 210.000 international and about
    // 139.000 domestic, printed in brackets after the total.
    ['parts in brackets after the total, adding up', QUANGNAM_MAY_2015('139.000'), 0, 1],
    ['parts in brackets above the total (149.000 planted)', QUANGNAM_MAY_2015('149.000'), 1, 0],
    // Yên Bái, GRDP of the first half of 2023 (baoyenbai.com.vn; our words, its figures): the quarters add up to 10.537,65
    // tỷ đồng, printed "10 nghìn 537": cut, not rounded (a warning: the test after this table).
    ['two quarters against the total rounded', YENBAI_H1('538'), 0, 1],
    // Điện Biên, GRDP of Q1 2025 at current prices (tapchitaichinh.vn, figures of Cục Thống kê Điện Biên; our words): the
    // three sectors and product taxes are all of a GRDP, even under "trong đó". The source prints services as 4.461,59,
    // which leaves 180 tỷ đồng unaccounted for; 4.641,59 adds up (and matches its printed share of 66,67 %).
    ['a GRDP’s four components under "trong đó", adding up', DIENBIEN_Q1('4.641,59'), 0, 1],
    ['a GRDP’s four components under "trong đó", 180 short (as printed)', DIENBIEN_Q1('4.461,59'), 1, 0],
    // Kon Tum, drought of the winter-spring crop 2015-2016 (Cục Thống kê Kon Tum, June 2016; our words, its figures):
    // 1.372,1 + 2.533,3 + 49,52 + 243,35 = 4.198,27 ha. A later "bao gồm:" with no figure describes the last part.
    ['a "gồm:" list whose last part is described by a later marker', KONTUM_DROUGHT('1.372,1'), 0, 1],
    ['the same list with the rice planted 100 ha higher', KONTUM_DROUGHT('1.472,1'), 1, 0],
    // A marker names its link itself: the total may sit a paragraph or a photo caption above it (Hà Giang's GRDP of 2022,
    // a paragraph each; Thanh Hóa's investment of July 2021, a caption between).
    ['"Trong đó," in the next paragraph', DAILOC_SPENDING.replace('. Trong đó', '.\n\nTrong đó'), 1, 0],
    ['"Bao gồm," after a caption, parts that add up', `${THANHHOA_JULY}\nẢnh: Cổng thông tin.\n\nBao gồm, ${THANHHOA_PARTS('372,6')}`, 0, 1],
    ['"Bao gồm," after a caption, one part changed', `${THANHHOA_JULY}\nẢnh: Cổng thông tin.\n\nBao gồm, ${THANHHOA_PARTS('392,6')}`, 1, 0],
    // The GRDP's sectors under "Trong đó," name no word of the total, but are a known split of it; "hơn" parts are bounds.
    ['a GRDP\'s sectors under "Trong đó," in the next paragraph, lower bounds', `${HAGIANG_GRDP}\n\nTrong đó, ${HAGIANG_SECTORS('6.507')}`, 0, 1],
    ['a GRDP\'s sectors with one changed: lower bounds already above the total', `${HAGIANG_GRDP}\n\nTrong đó, ${HAGIANG_SECTORS('7.507')}`, 1, 0],
    // Thái Bình's industry of July 2018 (our words, its parts; the total is theirs, 4.182,43): the three types of
    // ownership under "Trong đó," are a known split too.
    ['the types of ownership under "Trong đó,"', 'Giá trị sản xuất công nghiệp tháng 7 ước đạt 4.182,43 tỷ đồng. Trong đó, kinh tế nhà nước đạt 553,9 tỷ đồng; kinh tế ngoài nhà nước đạt 2.647,85 tỷ đồng; kinh tế có vốn đầu tư nước ngoài đạt 980,68 tỷ đồng.', 0, 1],
    // Bình Phước's trade, nine months (our words, its figures; the 5,32 planted): exports and imports under "Trong đó,".
    ['exports and imports under "Trong đó," after the trade', 'Kim ngạch xuất nhập khẩu 9 tháng ước đạt 5,12 tỷ USD. Trong đó, xuất khẩu đạt 3,14 tỷ USD, nhập khẩu đạt 1,98 tỷ USD.', 0, 1],
    ['the same, the trade typed wrong', 'Kim ngạch xuất nhập khẩu 9 tháng ước đạt 5,32 tỷ USD. Trong đó, xuất khẩu đạt 3,14 tỷ USD, nhập khẩu đạt 1,98 tỷ USD.', 1, 0],
    ['the foreign sector named "khu vực đầu tư nước ngoài"', 'Giá trị sản xuất công nghiệp tháng 7 ước đạt 4.128,43 tỷ đồng. Trong đó, kinh tế nhà nước đạt 553,9 tỷ đồng; kinh tế ngoài nhà nước đạt 2.647,85 tỷ đồng; khu vực đầu tư nước ngoài đạt 980,68 tỷ đồng.', 1, 0],
    ['the types of ownership under "Trong đó," above the total', 'Giá trị sản xuất công nghiệp tháng 7 ước đạt 4.128,43 tỷ đồng. Trong đó, kinh tế nhà nước đạt 553,9 tỷ đồng; kinh tế ngoài nhà nước đạt 2.647,85 tỷ đồng; kinh tế có vốn đầu tư nước ngoài đạt 980,68 tỷ đồng.', 1, 0],
    // GSO's farm output of 2012 (our words, its figures): "bao gồm:" opens items that ";" separates.
    ['"bao gồm:" items separated by ";"', GSO_FARM_2012('183,6'), 0, 1],
    ['"bao gồm:" items separated by ";", one changed', GSO_FARM_2012('193,6'), 1, 0],
    // Hà Nam, 4 months of 2021 (Cục Thống kê Hà Nam; our words, its figures): the bracketed fall is no total.
    ['"trong đó:" after a total with a bracketed change', 'Diện tích cây lương thực có hạt 31.398,4 ha, giảm 2,1% (-643,7 ha) so với cùng kỳ, trong đó: diện tích lúa 29.614,1 ha, giảm 2,0% (-593,8 ha); diện tích ngô 1.784,2 ha, giảm 2,9% (-49,9 ha).', 0, 1],
    ['a GRDP\'s components one a sentence after "Trong đó,"', QUANGNGAI_H1('13.483,5'), 0, 1],
    ['a GRDP\'s components one a sentence, the services printed 1.000 higher', QUANGNGAI_H1('14.483,5'), 1, 0],
    ['"Tính chung" after its parts, in the sentence before', BINHTHUAN_FOOD('246,9'), 0, 1],
    // Bình Dương's retail, May 2017 (Cục Thống kê; our words, its figures): the domestic economy and the foreign-invested
    // sector add up (13.149,4 + 493,1), but the bases their month-on-month rises imply do not (12.988 against 13.428).
    ['"Trong đó:" the domestic and the foreign-invested economy', 'Tháng 5/2017 tổng mức bán lẻ ước đạt 13.642,5 tỷ đồng, tăng 1,6% so với tháng trước. Trong đó: khu vực kinh tế trong nước đạt 13.149,4 tỷ đồng, tăng 5,2% so với tháng trước; khu vực kinh tế có vốn đầu tư nước ngoài đạt 493,1 tỷ đồng, tăng 0,9% so với tháng trước.', 1, 1],
    // Bến Tre, 5 months of 2021 (our words, its figures): the two shares are of the parts' own sum (3.010), not of 13.480.
    ['"Trong đó," parts whose shares are of their own sum', 'Năm tháng năm 2021 giá trị sản xuất công nghiệp ước đạt 13.480 tỷ đồng. Trong đó, doanh nghiệp trong nước ước đạt 1.610 tỷ đồng, chiếm 53,49%; doanh nghiệp có vốn đầu tư nước ngoài 1.400 tỷ đồng, chiếm 46,51%.', 0, 1],
    ['"Tính chung" after its parts, the total printed 10 higher', BINHTHUAN_FOOD('256,9'), 1, 0],
    ['"Gồm:" opening the sentence after the total lists the whole (invented figures)', 'Vốn đầu tư năm 2023 đạt 12.000 tỷ đồng. Gồm: vốn nhà nước 5.000 tỷ đồng, vốn ngoài nhà nước 6.000 tỷ đồng.', 1, 0],
  ])('%s', (_name, raw, findings, explanations) => {
    const result = outcome(raw);
    expect(result.findings.map((f) => f.severity)).toEqual(Array<string>(findings).fill('error'));
    expect(result.explanations).toHaveLength(explanations);
  });

  it('writes the sum, the gap and the rounding slack', () => {
    const [finding] = outcome('Tính chung 9 tháng năm 2023, kim ngạch xuất nhập khẩu đạt 494,66 tỷ USD, gồm xuất khẩu 259,67 tỷ USD và nhập khẩu 237,99 tỷ USD.').findings;
    expect(finding).toMatchObject({ kind: 'parts-not-total', claims: [0, 1, 2] });
    expect(finding?.computed).toBeCloseTo(497.66, 9);
    expect(finding?.message).toEqual({
      vi: '“kim ngạch xuất nhập khẩu”: các thành phần cộng lại 259,67 + 237,99 = 497,66 tỷ USD, không bằng tổng 494,66 tỷ USD (chênh 3,00 tỷ USD, sai số làm tròn tối đa ±0,015)',
      en: '“kim ngạch xuất nhập khẩu”: the parts add up to 259,67 + 237,99 = 497,66 billion USD, not the total 494,66 billion USD (a gap of 3,00 billion USD; rounding allows ±0,015)',
    });
  });

  // Vĩnh Long's visitors, first quarter of 2019 (our words, its figures): a total said "khoảng" allows about ±5 %, which
  // the explanation says, never "rounding".
  it.each([
    ['a total said "khoảng"', 'Quý I/2019, tổng lượt khách khoảng 370.400 lượt, gồm khách lưu trú 332.300 lượt và khách theo tour 38.100 lượt.', 'biên độ của các số ghi “khoảng”, “gần”, “hơn”', 'approximate figures'],
    ['exact figures', 'Quý I/2019, tổng lượt khách 370.400 lượt, gồm khách lưu trú 332.300 lượt và khách theo tour 38.100 lượt.', 'trong sai số làm tròn', 'within rounding'],
    // Hải Dương, July 2018 (Cục Thống kê; our words, its figures): "trong đó" parts that reach their total only through a
    // bound's open end ("trên 30.000 ha") name some parts; they do not add up to it.
    ['some parts, one a bound', 'Đến giữa tháng 7 năm 2018, toàn tỉnh gieo cấy được 55.045 ha lúa mùa; trong đó, diện tích cấy bằng máy đạt 8.000 ha, diện tích gieo thẳng đạt trên 30.000 ha.', 'ít hơn tổng 55.045 ha', 'less than the total'],
  ])('explains a sum that matches: %s', (_name, raw, vi, en) => {
    const [explanation] = outcome(raw).explanations;
    expect(explanation?.message.vi).toContain(vi);
    expect(explanation?.message.en).toContain(en);
  });

  // Lâm Đồng, first half of 2021 (baolamdong.vn; our words, its figures): 16 + 2 + 58 = 76 job fairs, printed 74. Counts
  // under a thousand, no scale word, are counted, not rounded.
  it.each<[string, string, string[]]>([
    ['exact counts that miss their total', 'Sáu tháng đầu năm 2021, Sở đã tổ chức 74 phiên giao dịch việc làm, trong đó phiên định kỳ 16 phiên, lưu động 2 phiên và 58 phiên trực tuyến.', ['các thành phần cộng lại 16 + 2 + 58 = 76 phiên, không bằng tổng 74 phiên (chênh 2 phiên, các số đếm không làm tròn)']],
    ['exact counts that make their total', 'Sáu tháng đầu năm 2021, Sở đã tổ chức 76 phiên giao dịch việc làm, trong đó phiên định kỳ 16 phiên, lưu động 2 phiên và 58 phiên trực tuyến.', []],
    // counts are never cut: no "truncated" excuse, an error
    ['exact counts one above their total', 'Trong 6 tháng năm 2021, Trung tâm tổ chức 12 phiên giao dịch việc làm, trong đó 8 phiên định kỳ và 5 phiên lưu động.', ['các thành phần cộng lại 8 + 5 = 13 phiên, không bằng tổng 12 phiên (chênh 1 phiên, các số đếm không làm tròn)']],
    // Hà Nội's imports of August 2017 (our words, its figures; the local part planted above the total): one part after a
    // sentence-opening "Trong đó," is read when it is more than its total, past the changes printed with both.
    ['one part above its total, after "Trong đó,"', 'Kim ngạch nhập khẩu tháng 8 năm 2017 ước đạt 2.658 triệu USD, tăng 5,8% so tháng trước. Trong đó, nhập khẩu địa phương đạt 3.186 triệu USD, tăng 5,4%.', ['phần “nhập khẩu địa phương” 3.186 triệu USD sau “trong đó” lớn hơn tổng 2.658 triệu USD (chênh 528 triệu USD, sai số làm tròn tối đa ±1,0): một phần không thể lớn hơn tổng']],
    ['one part below its total, after "Trong đó,"', 'Kim ngạch nhập khẩu tháng 8 năm 2017 ước đạt 2.658 triệu USD, tăng 5,8% so tháng trước. Trong đó, nhập khẩu địa phương đạt 1.186 triệu USD, tăng 5,4%.', []],
    ['one part of another part of the year', 'Kim ngạch nhập khẩu tháng 8 năm 2017 ước đạt 2.658 triệu USD. Trong đó, tính chung 8 tháng năm 2017 nhập khẩu địa phương đạt 13.186 triệu USD.', []],
    // Phú Yên, 2019 (UBND tỉnh; our words, its figures; the rice's 375 planted as 415): a change printed with a part is
    // the part's, no part of its own.
    ['one part above its total, a change of its own beside it', 'Năm 2019 tổng sản lượng lương thực có hạt đạt 398 ngàn tấn, giảm 19.800 tấn so với năm 2018, trong đó sản lượng lúa đạt 415 ngàn tấn, giảm 17.000 tấn.', ['phần “sản lượng lúa” 415 ngàn tấn sau “trong đó” lớn hơn tổng 398 ngàn tấn (chênh 17 ngàn tấn, sai số làm tròn tối đa ±1,0): một phần không thể lớn hơn tổng']],
    ['one part below its total, a change of its own beside it', 'Năm 2019 tổng sản lượng lương thực có hạt đạt 398 ngàn tấn, giảm 19.800 tấn so với năm 2018, trong đó sản lượng lúa đạt 375 ngàn tấn, giảm 17.000 tấn.', []],
    ['amounts in a scaled unit still allow rounding', 'Năm 2021 vốn đầu tư đạt 74 tỷ đồng, gồm vốn nhà nước 16 tỷ đồng, vốn ngoài nhà nước 58,9 tỷ đồng.', []],
    // Đà Nẵng, nine months of 2025 (vneconomy.vn; our words, its figures): the central and the local budget are the whole
    // revenue, so a gap beyond rounding is no "trong đó" naming some parts (it was explained away).
    ['the central and the local budget that miss their total', 'Tổng thu ngân sách nhà nước trên địa bàn 9 tháng năm 2025 đạt 40.238,2 tỷ đồng, tăng 22,8%. Trong đó, thu ngân sách Trung ương đạt 8.696,2 tỷ đồng, thu ngân sách địa phương đạt 31.541 tỷ đồng.', ['các thành phần cộng lại 8.696,2 + 31.541 = 40.237,2 tỷ đồng, không bằng tổng 40.238,2 tỷ đồng (chênh 1,0 tỷ đồng, sai số làm tròn tối đa ±0,60)']],
    ['the central and the local budget that make their total', 'Tổng thu ngân sách nhà nước trên địa bàn 9 tháng năm 2025 đạt 40.237,2 tỷ đồng, tăng 22,8%. Trong đó, thu ngân sách Trung ương đạt 8.696,2 tỷ đồng, thu ngân sách địa phương đạt 31.541 tỷ đồng.', []],
  ])('%s', (_name, raw, messages) => {
    expect(outcome(raw).findings.map((f) => f.message.vi.replace(/^“[^”]*”: /u, ''))).toEqual(messages);
  });

  it('writes a fall with a minus sign', () => {
    const [finding] = outcome('Quý I/2023 lực lượng lao động là 52,2 triệu người, tăng 88.700 người so với quý trước, trong đó khu vực thành thị tăng 121.000 người và khu vực nông thôn giảm 23.300 người.').findings;
    expect(finding?.computed).toBe(97700);
    expect(finding?.message.vi).toContain('121.000 − 23.300 = 97.700 người, không bằng tổng 88.700 người');
  });

  it('names the total of the sentence before and the parts after "Chia theo"', () => {
    const [finding] = outcome(`${NEW_2019}, tăng 5,2% so với năm 2018 (131.275 doanh nghiệp). Chia theo khu vực kinh tế, khu vực ${PLANTED_2019}`).findings;
    // Claims: 138.139, 5,2%, (131.275), then the three parts.
    expect(finding).toMatchObject({ kind: 'parts-not-total', claims: [0, 3, 4, 5], year: 2019 });
    expect(finding?.computed).toBe(138049);
    expect(finding?.message.vi).toContain('99.458 + 36.562 + 2.029 = 138.049 doanh nghiệp, không bằng tổng 138.139 doanh nghiệp (chênh 90 doanh nghiệp');
    expect(finding?.message.en).toContain('99.458 + 36.562 + 2.029 = 138.049 enterprises, not the total 138.139 enterprises');
  });

  // Nghệ An's budget of 2020, as a provincial paper worded it ("… thì thu nội địa thực hiện …"; our words, its figures).
  it('reads the rest after "thì" as after "còn"', () => {
    const [finding] = outcome('Năm 2020 thu nội địa đạt 16.186 tỷ đồng. Không tính tiền sử dụng đất và xổ số kiến thiết (5.056 tỷ đồng) thì thu nội địa thực hiện 11.104 tỷ đồng.').findings;
    expect([finding?.computed, finding?.indicator]).toEqual([11130, 'thu nội địa']);
  });

  it('writes the subtraction for an excluded part', () => {
    const [finding] = outcome('Năm 2020 thu nội địa đạt 16.186 tỷ đồng. Không tính tiền sử dụng đất và xổ số (5.056 tỷ đồng), thu nội địa còn 11.104 tỷ đồng.').findings;
    expect(finding?.computed).toBe(11130);
    expect(finding?.message.vi).toContain('16.186 − 5.056 = 11.130 tỷ đồng');
    expect(finding?.message.vi).toContain('chênh 26 tỷ đồng');
  });
});

describe('edge cases', () => {
  it.each([
    ['no text', ''],
    // Cà Mau's aquaculture, July 2023 (Sở NN&PTNT; our words, its figures): the months to date after the shrimp of July.
    ['a figure of the months to date after a part of the month', 'Sản lượng nuôi trồng thủy sản tháng 7/2023 ước đạt 34.000 tấn, tăng 7,94% so cùng kỳ; trong đó, tôm 20.000 tấn, lũy kế 7 tháng đầu năm ước đạt 236.624 tấn.'],
    ['one part only', 'Năm 2019 dân số cả nước là 96.208.984 người, trong đó nam 47.881.061 người.'],
    ['parts in another unit than the total', 'Năm 2022 doanh thu đạt 1.200 tỷ đồng, gồm 300 lượt khách và 400 lượt khách.'],
    // Chi cục Thống kê Đồng Nai, 5 months of 2025: the surplus is exports − imports (check-trade-balance.ts), no third part.
    ['a surplus after the parts of the trade', 'Năm tháng đầu năm 2025, kim ngạch xuất nhập khẩu của tỉnh ước đạt 18,39 tỷ USD; trong đó xuất khẩu đạt 10,81 tỷ USD, nhập khẩu đạt 7,58 tỷ USD, giúp tỉnh đạt thặng dư thương mại 3,23 tỷ USD.'],
    ['a "xuất siêu" after the parts of the trade', 'Năm tháng đầu năm 2025, kim ngạch xuất nhập khẩu đạt 18,39 tỷ USD, gồm xuất khẩu 10,81 tỷ USD và nhập khẩu 7,58 tỷ USD, nhờ đó xuất siêu 3,23 tỷ USD.'],
    ['an estimate is no "about": still checked to the last digit', 'Chín tháng năm 2023, kim ngạch ước đạt 497,66 tỷ USD, gồm xuất khẩu 259,67 tỷ USD và nhập khẩu 237,99 tỷ USD.'],
    // Invented split of an investment total, with a nested "trong đó" detailing one part.
    ['a nested "trong đó" details a part, it adds nothing', 'Năm 2022 vốn đầu tư đạt 10.000 tỷ đồng, gồm vốn nhà nước 3.000 tỷ đồng, trong đó trung ương 1.000 tỷ đồng và địa phương 2.000 tỷ đồng, vốn ngoài nhà nước 5.000 tỷ đồng và vốn FDI 2.000 tỷ đồng.'],
    ['lower bounds that stay below the total', 'Sáu tháng năm 2022 doanh thu đạt 24.209 tỷ đồng, gồm bán lẻ trên 18.800 tỷ đồng, lưu trú trên 2.200 tỷ đồng và dịch vụ khác 3.124 tỷ đồng.'],
    // A heading's list is checked against the sentence before only when every sign links them (parts-heading.ts).
    // Figures marked "invented" are made up for the case; the others are the sources' above.
    ['"Chia theo" parts in another unit than the figure before (invented capital)', `${NEW_2019}. Chia theo khu vực kinh tế, vốn đăng ký của khu vực dịch vụ là 1.100 nghìn tỷ đồng, công nghiệp và xây dựng 550 nghìn tỷ đồng, nông, lâm nghiệp và thủy sản 40 nghìn tỷ đồng.`],
    ['"Chia theo" after a sentence that prints only a growth rate', `Năm 2019 số doanh nghiệp thành lập mới tăng 5,2% so với năm 2018. Chia theo khu vực kinh tế, ${PLANTED_2019}`],
    ['"Chia theo" after a sentence that prints only a year', `Các số liệu dưới đây là của năm 2019. Chia theo khu vực kinh tế, ${PLANTED_2019}`],
    ['"Chia theo" in the next paragraph', `${NEW_2019}.\nChia theo khu vực kinh tế, ${PLANTED_2019}`],
    ['"Chia theo" after two levels in the unit (which is the total?)', `${NEW_2019}, năm 2018 có 131.275 doanh nghiệp. Chia theo khu vực kinh tế, ${PLANTED_2019}`],
    ['"Chia theo" parts of another year than the figure before', `${NEW_2019}. Chia theo khu vực kinh tế, năm 2018 khu vực ${PLANTED_2019}`],
    ['"Chia theo" changes after a level (invented)', 'Năm 2019 có 7.000 doanh nghiệp quay trở lại hoạt động. Chia theo khu vực kinh tế, so với năm 2018 khu vực dịch vụ tăng 4.000 doanh nghiệp, công nghiệp và xây dựng tăng 2.000 doanh nghiệp, nông, lâm nghiệp và thủy sản tăng 864 doanh nghiệp.'],
    ['a part alone above the figure before: another quantity (invented 20.000)', `${NEW_2019}. Trong năm có 20.000 doanh nghiệp giải thể. Chia theo khu vực kinh tế, ${SECTORS_2019}`],
    ['parts far below the figure before: another quantity (invented 300.000)', `Năm 2019 có 300.000 doanh nghiệp đang hoạt động. Chia theo khu vực kinh tế, ${SECTORS_2019}`],
    ['a split the check does not know to be whole (invented)', `${NEW_2019}. Chia theo loại hình, doanh nghiệp ngoài nhà nước 130.000 doanh nghiệp, doanh nghiệp FDI 3.000 doanh nghiệp.`],
    ['a GRDP split into the three sectors only (product taxes left out)', 'Năm 2013 GRDP giá so sánh 2010 đạt 33.927.875 triệu đồng. Chia theo khu vực kinh tế, nông, lâm nghiệp và thủy sản 4.897.433 triệu đồng, công nghiệp và xây dựng 17.986.819 triệu đồng, dịch vụ 8.974.665 triệu đồng.'],
    ['"Theo" that opens no split', `${NEW_2019}. Theo giá hiện hành, ${PLANTED_2019}`],
    ['"theo khu vực" inside a sentence, not at its start', `${NEW_2019}. Số liệu theo khu vực, ${PLANTED_2019}`],
    // "Trong đó," opening a sentence ties its parts to the sentence before only when each part is named like the total.
    ['"Trong đó," parts named unlike the total (invented districts)', 'Vốn đầu tư năm 2023 đạt 12.000 tỷ đồng. Trong đó, huyện A 8.000 tỷ đồng, huyện B 6.000 tỷ đồng.'],
    ['"Trong đó," after a sentence with two levels in the unit (invented)', 'Thu ngân sách quý I/2023 đạt 300.000 triệu đồng, chi 257.343 triệu đồng. Trong đó, chi ngân sách huyện 269.490 triệu đồng, chi ngân sách xã 77.650 triệu đồng.'],
    // A split one part a sentence is read only when the sentences name every part of it, in one paragraph.
    ['a GRDP\'s three sectors one a sentence, the product taxes left out', QUANGNGAI_H1('14.483,5', '')],
    ['a GRDP\'s components one a sentence, the last in the next paragraph', QUANGNGAI_H1('14.483,5').replace('. Thuế', '.\nThuế')],
    ['a GRDP\'s components one a sentence, a sentence of rates between', QUANGNGAI_H1('14.483,5').replace('. Khu vực dịch vụ', '. Tăng trưởng khá nhờ công nghiệp, tăng 19,32%. Khu vực dịch vụ')],
    // "Tính chung" links its total to the levels before it only when every sign points to it (parts-altogether.ts).
    ['"Tính chung 6 tháng" sums a period, not the items before it (invented)', 'Quý I vốn đầu tư đạt 5.000 tỷ đồng; quý II đạt 6.000 tỷ đồng. Tính chung 6 tháng đầu năm, vốn đầu tư đạt 12.000 tỷ đồng.'],
    ['"Tính chung" in the next paragraph', BINHTHUAN_FOOD('256,9').replace('. Tính', '.\nTính')],
    ['"Tính chung" after one level in its unit', 'Sản lượng lúa ước đạt 216,7 ngàn tấn. Tính chung sản lượng lương thực đạt 256,9 ngàn tấn.'],
    ['"Tính chung" after a part named like the total (last year\'s level, invented)', 'Sản lượng lương thực năm trước đạt 200,1 ngàn tấn; lúa đạt 30,2 ngàn tấn. Tính chung sản lượng lương thực đạt 256,9 ngàn tấn.'],
    ['"Tính chung" after parts far below the total: another quantity (invented)', 'Lúa đạt 21,7 ngàn tấn; ngô đạt 3,2 ngàn tấn. Tính chung sản lượng lương thực đạt 256,9 ngàn tấn.'],
  ])('%s gives no finding', (_name, raw) => {
    expect(outcome(raw).findings).toEqual([]);
  });

  it('a sum that meets the total cut after its last digit is a warning that says so', () => {
    const [finding] = outcome(YENBAI_H1('537')).findings;
    expect(finding?.severity).toBe('warning');
    expect(finding?.message.vi).toContain('= 10.537,650 tỷ đồng');
    expect(finding?.message.en).toContain('truncated rather than rounded');
    expect(outcome(YENBAI_H1('536')).findings.map((f) => f.severity)).toEqual(['error']);
  });

  it('converts scale words before adding', () => {
    expect(outcome('Năm 2022 doanh thu đạt 1,2 nghìn tỷ đồng, gồm bán lẻ 900 tỷ đồng và dịch vụ 300 tỷ đồng.').findings).toEqual([]);
    expect(outcome('Năm 2022 doanh thu đạt 1,2 nghìn tỷ đồng, gồm bán lẻ 900 tỷ đồng và dịch vụ 500 tỷ đồng.').findings).toHaveLength(1);
  });
});
