import { describe, expect, it } from 'vitest';
import { findSubject } from './find-indicator';
import type { PeriodKey } from '../../verify/reference-types';
import type { ClaimYears } from '../types';

describe('findSubject', () => {
  it.each<[string, string | null, ClaimYears | null, (PeriodKey | null)?]>([
    ['Năm 2023, doanh thu bưu chính đạt ', 'doanh thu bưu chính', [2023]],
    ['Sản lượng thủy sản giai đoạn 2018 - 2021 đạt ', 'Sản lượng thủy sản', { from: 2018, to: 2021 }],
    ['Chỉ số sản xuất (IIP) năm 2023 (giá so sánh năm 2010) đạt ', 'Chỉ số sản xuất (IIP)', [2023]],
    ['Công tác khuyến nông được quan tâm, giai đoạn 2018 - 2021, số hộ áp dụng kỹ thuật mới đạt ', 'số hộ áp dụng kỹ thuật mới', { from: 2018, to: 2021 }],
    ['cơ cấu lao động chuyển dịch tích cực, trong đó nông, lâm, thủy sản ', 'nông, lâm, thủy sản', null],
    ['trong đó thương mại, du lịch ', 'thương mại, du lịch', null],
    // "(trong đó công nghiệp tăng 15,1%)": the bracket opens the breakdown (our words)
    ['khu vực công nghiệp và xây dựng tăng 14,2% (trong đó công nghiệp ', 'công nghiệp', null],
    // Bắc Ninh's budget, first quarter of 2023 (our words): the verb and its manner before a signed change name nothing
    ['Chi ngân sách địa phương tăng khá cao ', 'Chi ngân sách địa phương', null],
    ['chi thường xuyên giảm ', 'chi thường xuyên', null],
    ['Thuế giá trị gia tăng ', 'Thuế giá trị gia tăng', null],
    // GSO's farm exports of the first half of 2023 (our words): what "nâng" raises is what the figure measures
    ['Xuất khẩu gạo nâng tổng giá trị xuất khẩu nông sản 6 tháng năm 2023 lên ', 'tổng giá trị xuất khẩu nông sản', [2023], 'L6'],
    // GSO's labour force, second quarter of 2022 (our words): "trở lên" (and over) is part of the name
    ['Lực lượng lao động từ 15 tuổi trở lên quý II/2022 là ', 'Lực lượng lao động từ 15 tuổi trở lên', [2022], 'Q2'],
    ['- Tỷ lệ trẻ em đi học đúng tuổi: ', 'Tỷ lệ trẻ em đi học đúng tuổi', null],
    // Chương Mỹ's growth 2014–2018 (our words): "nâng cao" (improves) raises nothing to the figure; the subject improves
    ['Thu nhập bình quân đầu người được nâng cao, ', 'Thu nhập bình quân đầu người', null],
    ['Chất lượng tăng trưởng không ngừng cải thiện, ', 'Chất lượng tăng trưởng', null],
    // Tây Ninh's GRDP (our words): the sign of the figure after the bracket is no part of the name
    ['Doanh thu bán lẻ (+', 'Doanh thu bán lẻ', null],
    // Kim Sơn's new countryside, 2023 (our words): "nông thôn mới nâng cao" is the standard's name
    ['Số xã đạt chuẩn nông thôn mới nâng cao ', 'Số xã đạt chuẩn nông thôn mới nâng cao', null],
    ['hệ thống chợ được nâng cấp, tổng mức lưu chuyển hàng hóa bán lẻ trên địa bàn ', 'tổng mức lưu chuyển hàng hóa bán lẻ trên địa bàn', null],
    // GSO's poverty rates 2006–2021 (our words): how long the fall took names nothing
    [', như vậy sau 16 năm đã ', null, null],
    // constructed (our words): the subject's growth said with "đạt mức", "có tốc độ"
    ['GRDP năm 2023 đạt mức ', 'GRDP', [2023]],
    ['Khu vực dịch vụ có tốc độ ', 'Khu vực dịch vụ', null],
    ['năm 2023 ', null, [2023]],
    [', ', null, null],
    ['Đến nay, toàn tỉnh có ', null, []],
    ['và số thuê bao internet cố định đạt ', 'số thuê bao internet cố định', null],
    ['Hỗ trợ vốn cho ', 'Hỗ trợ vốn', null],
    // "chỉ" (only) and "cũng" (also) before a comparative name nothing: the claim keeps the sentence's subject
    [', chỉ ', null, null],
    ['và cũng ', null, null],
    // a place after the year is not the indicator: the words before the year are
    ['Dân số năm 2023 của tỉnh là ', 'Dân số', [2023]],
    ['Kim ngạch xuất khẩu năm 2023 của địa phương ước đạt ', 'Kim ngạch xuất khẩu', [2023]],
    ['Tốc độ tăng trưởng 9 tháng năm 2023 của cả nước ', 'Tốc độ tăng trưởng', [2023], 'L9'],
    ['Năm 2023 của tỉnh Lào Cai đạt ', 'của tỉnh Lào Cai', [2023]],
    // Trà Vinh's GRDP of 2024 and Đắk Nông's investment of 2021 (our words): a named place after the year, and the year
    // after current prices, which have no base year
    ['Quy mô GRDP theo giá hiện hành năm 2024 của Trà Vinh đạt ', 'Quy mô GRDP', [2024]],
    ['Vốn đầu tư phát triển toàn xã hội theo giá hiện hành năm 2021 ước đạt ', 'Vốn đầu tư phát triển toàn xã hội', [2021]],
    // TP Hồ Chí Minh's retail of May 2018 (our words): the "dự" of "dự ước đạt" after the named place
    ['Tổng mức bán lẻ hàng hóa tháng 5-2018 của TPHCM dự ', 'Tổng mức bán lẻ hàng hóa', [2018], 'T5'],
    ['GRDP theo giá so sánh năm 2010 đạt ', 'GRDP', null],
    // a part of a year is the claim's time, not words of its indicator (GSO 2023 Q3 release; Đồng Nai 10/2022)
    ['Tổng sản phẩm trên địa bàn quý III năm 2023 ước đạt ', 'Tổng sản phẩm trên địa bàn', [2023], 'Q3'],
    ['Kim ngạch xuất khẩu tháng 10/2022 đạt ', 'Kim ngạch xuất khẩu', [2022], 'T10'],
    ['Tính chung 9 tháng, tổng sản phẩm trong nước ', 'tổng sản phẩm trong nước', null, 'L9'],
    ['Sáu tháng đầu năm 2024, tổng mức bán lẻ hàng hóa ', 'tổng mức bán lẻ hàng hóa', [2024], 'L6'],
    // a discourse opener before a comma names nothing (GSO 2024 annual release, our words)
    ['Tính chung, GDP năm 2024 ước tính ', 'GDP', [2024]],
    // a verb alone names nothing: the claim keeps the subject of its clause (GSO's investment release of 2015, our words)
    // (the words between "đạt 7.392 tỷ đồng" and a plan's "6,2%", between "chiếm 54%" and "2,6 nghìn tỷ đồng")
    [', bằng ', null, null],
    [', tương đương ', null, null],
    ['thu ngân sách bằng ', 'thu ngân sách', null],
    ['lượng khách du lịch đến Cao Bằng ', 'lượng khách du lịch đến Cao Bằng', null],
    // a comma inside "xuất, nhập khẩu" does not cut the name (GSO, 5 months of 2023; our words)
    ['Tổng kim ngạch xuất, nhập khẩu hàng hóa ', 'Tổng kim ngạch xuất, nhập khẩu hàng hóa', null],
    ['Nhìn chung, tổng vốn đầu tư ', 'tổng vốn đầu tư', null],
    ['Trong khi đó, kim ngạch nhập khẩu ', 'kim ngạch nhập khẩu', null],
    ['Về chi ngân sách địa phương trong 8 tháng đầu năm ước ', 'chi ngân sách địa phương', null, 'L8'],
    // a cause names what it is the cause of no more than an opener does (GSO CPI release, December 2023; our words)
    ['Nguyên nhân chủ yếu do giá xăng dầu trong nước năm 2023 ', 'giá xăng dầu trong nước', [2023]],
    ['chủ yếu do giá điện sinh hoạt ', 'giá điện sinh hoạt', null],
    ['do giá gạo ', 'giá gạo', null],
    ['doanh thu lữ hành ', 'doanh thu lữ hành', null],
    // the subject ends where its verb phrase starts
    ['Năng suất lao động toàn nền kinh tế cũng tăng trưởng tích cực, ', 'Năng suất lao động toàn nền kinh tế', null],
    ['Sản xuất công nghiệp vẫn duy trì đà tăng, chỉ số IIP ', 'chỉ số IIP', null],
    // the sector list keeps its head word
    ['Trong mức tăng chung, khu vực nông, lâm nghiệp và thủy sản ', 'khu vực nông, lâm nghiệp và thủy sản', null],
    ['năm 2023 mới ', null, [2023]],
    // the same months of an earlier year name its time, not an indicator (GSO retail, November 2021; our words)
    ['(cùng kỳ năm 2020 ', null, [2020], null],
    ['; giá trị sản xuất nông, lâm, thủy sản ', 'giá trị sản xuất nông, lâm, thủy sản', null],
    // "lũy kế" (summed so far) says the time, not the name
    ['lũy kế chỉ số tiêu thụ ngành công nghiệp chế biến, chế tạo ', 'chỉ số tiêu thụ ngành công nghiệp chế biến, chế tạo', null],
    // the same list in whole words (Gò Dầu district, Tây Ninh, 2023; our words)
    ['; Giá trị sản xuất nông nghiệp, lâm nghiệp, thủy sản ', 'Giá trị sản xuất nông nghiệp, lâm nghiệp, thủy sản', null],
    ['giá trị sản xuất nông nghiệp, công nghiệp xây dựng ', 'công nghiệp xây dựng', null],
    // GSO's service sectors, split by commas (retail and services, 7 months of 2023; our words)
    ['Trong 7 tháng, doanh thu dịch vụ lưu trú, ăn uống và du lịch lữ hành ', 'doanh thu dịch vụ lưu trú, ăn uống và du lịch lữ hành', null],
    ['doanh thu bán buôn, bán lẻ hàng hóa ', 'doanh thu bán buôn, bán lẻ hàng hóa', null],
    ['hoạt động tài chính, ngân hàng và bảo hiểm ', 'hoạt động tài chính, ngân hàng và bảo hiểm', null],
    ['Ngoài dịch vụ lưu trú, doanh thu bán lẻ hàng hóa ', 'doanh thu bán lẻ hàng hóa', null],
    // a ranking names what follows it; a subject that names itself keeps its name (Bà Rịa - Vũng Tàu's budget, Q1 2023)
    ['Trong các nguồn thu, chiếm tỷ lệ lớn vẫn là thu nội địa với ', 'thu nội địa', null],
    ['; kế đến là thu dầu thô ', 'thu dầu thô', null],
    ['Thu nội địa vẫn là nguồn thu chính với ', 'Thu nội địa', null],
    // the CPI groups ranked (GSO's CPI of February 2013, via plo.vn; our words)
    ['. Tăng cao nhất là nhóm hàng ăn và dịch vụ ăn uống ', 'nhóm hàng ăn và dịch vụ ăn uống', null],
    [', thứ hai là nhóm đồ uống và thuốc lá ', 'nhóm đồ uống và thuốc lá', null],
    // the month after "so với" is the base (read-leading-compare.ts reads it), not the claim's time
    ['; còn so với tháng 12 năm ngoái, CPI ', 'CPI', null],
    // foreign investment registered new, adjusted and bought in (Cục Đầu tư nước ngoài, 20 May 2024)
    ['tổng vốn đăng ký mới, điều chỉnh và góp vốn mua cổ phần ', 'tổng vốn đăng ký mới, điều chỉnh và góp vốn mua cổ phần', null],
    ['tổng vốn đăng ký cấp mới, vốn điều chỉnh ', 'tổng vốn đăng ký cấp mới, vốn điều chỉnh', null],
    // a remark in brackets before the name, or the rest of a bracket, is no part of it (livestock releases; our words)
    ['Năm 2023 (ước tính), GRDP ', 'GRDP', [2023]],
    [' (giá so sánh 2010) doanh thu ', 'doanh thu', null],
    [' (không tính heo con chưa tách mẹ), ', null, null],
    [' thịt xẻ), ', null, null],
    ['GRDP (giá so sánh 2010) ', 'GRDP (giá so sánh 2010)', null],
    // transport and storage, one GSO sector (Nam Định's transport, June 2022; our words)
    ['Tháng 6-2022, doanh thu vận tải, kho bãi và dịch vụ hỗ trợ ước ', 'doanh thu vận tải, kho bãi và dịch vụ hỗ trợ', [2022], 'T6'],
    // taxes and fees, one budget line (Lào Cai's budget, first quarter of 2025; our words)
    [', gồm: thu thuế, phí và thu khác ', 'thu thuế, phí và thu khác', null],
    // "năm nay" (this year) is time, not a name (GSO, 6 months of 2005; our words)
    ['Sáu tháng đầu năm nay, GDP ', 'GDP', null, 'L6'],
    // lists of short names, one sector each (GSO, 6 months of 2005; our words)
    ['; tài chính, ngân hàng, bảo hiểm ', 'tài chính, ngân hàng, bảo hiểm', null],
    ['Vận tải, bưu điện, du lịch ', 'Vận tải, bưu điện, du lịch', null],
    // industry and construction, trade and services, one sector each (Kiên Giang's GRDP of 9 months of 2015; our words)
    ['; khu vực công nghiệp, xây dựng ', 'khu vực công nghiệp, xây dựng', null],
    ['Doanh thu thương mại, dịch vụ ', 'Doanh thu thương mại, dịch vụ', null],
    // "lũy kế" (summed so far) is a time word, not a name (Vũng Tàu, October; GSO's budget of 10 months of 2024)
    [', lũy kế 10 tháng ước ', null, null, 'L10'],
    ['Lũy kế tổng thu 10 tháng năm 2024 đạt ', 'tổng thu', [2024], 'L10'],
    // Lâm Đồng's exports, October 2022 (our words)
    ['Giá trị xuất khẩu toàn tỉnh lũy kế 10 tháng đầu năm 2022 ước đạt ', 'Giá trị xuất khẩu', [2022], 'L10'],
    // a comma inside brackets ends no fragment (Ninh Bình's GRDP of 2023; our words)
    ['Năm 2023, tổng sản phẩm trên địa bàn tỉnh (GRDP, giá so sánh 2010) ', 'tổng sản phẩm trên địa bàn tỉnh (GRDP, giá so sánh 2010)', [2023]],
    ['tổng sản phẩm (GRDP, giá hiện hành) ', 'tổng sản phẩm (GRDP, giá hiện hành)', null],
    // an estimate's "Ước" is not the indicator's first word (Gò Dầu, 2023; our words)
    ['Ước thu ngân sách nhà nước năm 2023 ', 'thu ngân sách nhà nước', [2023]],
    ['ước tính tổng diện tích gieo trồng ', 'tổng diện tích gieo trồng', null],
    // "chiếm" before a contribution names nothing (Hà Nội, 9 months of 2024; our words)
    [', chiếm ', null, null],
    ['thuế sản phẩm chiếm ', 'thuế sản phẩm', null],
    // GSO's industrial production, October 2024 (our words)
    ['Tháng 10 vừa qua toàn ngành ', 'toàn ngành', null, 'T10'],
    ['Các tỉnh Hải Dương và Đồng Nai cùng ', 'Các tỉnh Hải Dương và Đồng Nai', null],
    // final consumption keeps its "cùng" (GSO's GDP, 9 months of 2020; our words)
    ['Chín tháng năm 2020, tiêu dùng cuối cùng ', 'tiêu dùng cuối cùng', [2020], 'L9'],
    // a price base outside brackets names no time and no part of the name (Thanh Hóa, first quarter of 2016; our words)
    ['Tổng sản phẩm trên địa bàn tỉnh (GRDP) quý I/2016 theo giá so sánh năm 2010 ước ', 'Tổng sản phẩm trên địa bàn tỉnh (GRDP)', [2016], 'L3'],
    ['GRDP quý I/2016 theo giá so sánh 2010 ước ', 'GRDP', [2016], 'L3'],
    ['Năm 2022, GRDP tính theo giá hiện hành ', 'GRDP', [2022]],
    ['; trong đó ngành nông, lâm nghiệp và thuỷ sản (theo giá so sánh 2010) ', 'ngành nông, lâm nghiệp và thuỷ sản (theo giá so sánh 2010)', null],
    // a comparison's base is no time of the claims after it (Lào Cai, 6 months of 2022; our words)
    ['Quý I năm 2022, tốc độ tăng GRDP của các khu vực so với cùng kỳ năm 2021 đạt thấp: khu vực dịch vụ ', 'khu vực dịch vụ', [2022], 'L3'],
    ['Giá trị sản xuất so cùng kỳ năm 2020 đều tăng: ngành trồng trọt ', 'ngành trồng trọt', null],
    // a crop named first, then what is measured of it (Lạng Sơn, May 2025; our words)
    ['. Cây khoai lang, diện tích gieo trồng ước ', 'Cây khoai lang, diện tích gieo trồng', null],
    ['. Rau các loại, diện tích gieo trồng ước đạt ', 'Rau các loại, diện tích gieo trồng', null],
    ['. Đàn trâu, tổng đàn ', 'Đàn trâu, tổng đàn', null],
    // "cả năm 2016" (the whole year) is time, its "cả" no word of the name, and annual crops keep their "hàng năm" (Ninh
    // Bình, 9 months of 2016; our words)
    ['Trồng trọt: Tổng diện tích gieo trồng cây hàng năm toàn tỉnh cả năm 2016 ước đạt ', 'Tổng diện tích gieo trồng cây hàng năm', [2016]],
    // Cà Mau names its farm sector fishery first (June 2018; our words)
    ['; trong đó: khu vực ngư, nông, lâm nghiệp ước đạt ', 'khu vực ngư, nông, lâm nghiệp', null],
    ['. Năm nay, diện tích gieo trồng ', 'diện tích gieo trồng', null],
    // the clause before "nhưng" (but) is no part of the subject (Lào Cai, 2022; our words)
    ['Mặc dù tỷ lệ đồng bào DTTS cao nhưng tốc độ tăng trưởng kinh tế (GRDP) bình quân của tỉnh năm 2022 đạt ', 'tốc độ tăng trưởng kinh tế (GRDP) bình quân của tỉnh', [2022]],
    // a forecast said of the subject is no word of its name (Hải Dương's poverty rate, 2020: "dự kiến giảm xuống còn")
    ['Giá trị sản xuất ngành công nghiệp dự kiến đạt ', 'Giá trị sản xuất ngành công nghiệp', null],
    ['Thu ngân sách nhà nước trên địa bàn năm 2024 dự ước ', 'Thu ngân sách nhà nước trên địa bàn', [2024]],
    ['. Chăn nuôi gặp khó khăn do dịch bệnh kéo dài, sản lượng thịt hơi xuất chuồng ', 'sản lượng thịt hơi xuất chuồng', null],
  ])('"%s"', (region, indicator, years, part = '') => {
    expect(findSubject(region)).toEqual({ indicator, years, part });
  });

  it('keeps only the last words of a very long subject', () => {
    const region = `${'một hai ba bốn năm '.repeat(6)}đạt `;
    expect(findSubject(region).indicator?.split(' ')).toHaveLength(20);
  });
});

describe('edge cases', () => {
  it.each([['', null], ['   ', null], ['(', null], ['2023 ', null], ['hộ nghèo (theo chuẩn mới, tỷ lệ ', 'tỷ lệ']])('findSubject("%s") names no indicator', (region, expected) => {
    expect(findSubject(region).indicator).toBe(expected);
  });

  it('a colon right before the claim points back to the label', () => {
    expect(findSubject('Kết quả như sau: Diện tích rừng trồng mới:').indicator).toBe('Diện tích rừng trồng mới');
  });
});
