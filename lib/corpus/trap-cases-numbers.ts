import type { TrapCase } from './types';

/**
 * Traps of number forms: dates, age bands, document numbers, ranks, year ranges and page numbers that a naive
 * reader takes for figures or comparisons. Our wording, the documents' figures.
 */
export const NUMBER_FORM_TRAPS: readonly TrapCase[] = [
  {
    // Source: thainguyen-2022-h1. "25/6/2022" is a date, not 25 out of 6.
    id: 'trap-date-slash',
    doc: 'thainguyen-2022-h1',
    text: 'Tính đến ngày 25/6/2022, 99,8% người từ 18 tuổi trở lên trong tỉnh đã tiêm ít nhất một mũi vắc xin.',
    trap: 'date',
    span: '25/6/2022',
    why: 'a day and month, not a part-whole count',
  },
  {
    // Source: gso-2023-q3. "29/9" is the press conference date.
    id: 'trap-date-day-month',
    doc: 'gso-2023-q3',
    text: 'Sáng 29/9, Tổng cục Thống kê công bố số liệu kinh tế - xã hội quý III và 9 tháng năm 2023.',
    trap: 'date',
    span: '29/9',
    why: 'a date, not 29 out of 9',
  },
  {
    // Source: thainguyen-2022-h1. Age bands written with a hyphen and with "từ … đến".
    id: 'trap-age-range',
    doc: 'thainguyen-2022-h1',
    text: 'Trẻ em từ 12-17 tuổi được tiêm mũi 2 đạt 98,2%; trẻ từ 05 đến 11 tuổi được tiêm mũi 1 đạt khoảng 45%.',
    trap: 'age-range',
    span: 'từ 05 đến 11 tuổi',
    why: 'an age band, not a change from 5 to 11',
  },
  {
    // Source: vhlss-2018. Working-age definitions.
    id: 'trap-age-band-definition',
    doc: 'vhlss-2018',
    text: 'Tỷ lệ phụ thuộc được tính với tuổi lao động 15-55 tuổi đối với nữ và 15-60 tuổi đối với nam.',
    trap: 'age-range',
    span: '15-55 tuổi',
    why: 'an age band, not a range claim "tăng 15-55"',
  },
  {
    // Source: gso-2022-annual. The report number and date.
    id: 'trap-report-number',
    doc: 'gso-2022-annual',
    text: 'Theo Báo cáo số 331/BC-TCTK ngày 29/12/2022 của Tổng cục Thống kê, GDP năm 2022 ước tăng 8,02%.',
    trap: 'document-number',
    span: '331/BC-TCTK',
    why: 'a document number, not a ratio 331 out of something',
  },
  {
    // Source: ninhthuan-2020-mountain. Resolution number and its period.
    id: 'trap-resolution-number',
    doc: 'ninhthuan-2020-mountain',
    text: 'Nghị quyết số 12-NQ/TU của Tỉnh ủy về công tác dân vận vùng đồng bào dân tộc miền núi giai đoạn 2016-2020 đã qua 5 năm thực hiện.',
    trap: 'document-number',
    span: '12-NQ/TU',
    why: 'a resolution number; "2016-2020" is a period',
  },
  {
    // Source: gso-2023-annual. The Government resolution that set the 6,5% target.
    id: 'trap-government-resolution',
    doc: 'gso-2023-annual',
    text: 'Tăng trưởng năm 2023 chưa đạt mục tiêu 6,5% đề ra tại Nghị quyết 01/NQ-CP của Chính phủ.',
    trap: 'document-number',
    span: '01/NQ-CP',
    why: 'a resolution number, not a part-whole count',
  },
  {
    // Source: laocai-2020-poverty. A scheme number of the provincial Party committee.
    id: 'trap-scheme-number',
    doc: 'laocai-2020-poverty',
    text: 'Tỉnh hoàn thành vượt mục tiêu của Đề án số 09-ĐA/TU, có 2 huyện thoát khỏi huyện nghèo.',
    trap: 'document-number',
    span: '09-ĐA/TU',
    why: 'a document number',
  },
  {
    // Source: hungyen-2022-hdnd (Báo Kiểm toán, 2023). "thứ 7/63" is a rank, not 7 of 63 provinces in a share.
    id: 'trap-rank-slash',
    doc: 'hungyen-2022-hdnd',
    text: 'Năm 2023 GRDP Hưng Yên ước tăng 10,05%, đưa tỉnh vươn lên xếp thứ 7/63 tỉnh, thành phố.',
    trap: 'rank',
    span: 'thứ 7/63',
    why: 'a rank among 63 provinces',
  },
  {
    // Source: laocai-2020-poverty. A rank moving from 6th to 8th is an improvement, not "giảm từ 6 xuống 8" gone wrong.
    id: 'trap-rank-moves',
    doc: 'laocai-2020-poverty',
    text: 'Năm 2016 tỷ lệ hộ nghèo của tỉnh cao thứ 6 cả nước, đến năm 2018 xuống vị trí thứ 8 và ước năm 2020 ở vị trí thứ 10.',
    trap: 'rank',
    span: 'thứ 6 cả nước, đến năm 2018 xuống vị trí thứ 8',
    why: 'ranks, not values: "xuống vị trí thứ 8" is no wrong direction',
  },
  {
    // Source: provinces-2022. "đứng thứ hai".
    id: 'trap-rank-word',
    doc: 'provinces-2022',
    text: 'Tốc độ tăng GRDP năm 2022 của Bắc Giang ước 19,8%, cao nhất từ trước đến nay và đứng thứ hai cả nước.',
    trap: 'rank',
    span: 'đứng thứ hai cả nước',
    why: 'a rank',
  },
  {
    // Source: gso-2023-annual. Year ranges inside a comparison.
    id: 'trap-year-ranges',
    doc: 'gso-2023-annual',
    text: 'Tốc độ tăng GDP quý IV/2023 cao hơn quý IV các năm 2012-2013 và 2020-2022.',
    trap: 'year-range',
    span: '2012-2013',
    why: 'two spans of years, not a range figure "2012-2013"',
  },
  {
    // Source: mpi-2018-midterm. A period with spaces around the dash.
    id: 'trap-period-spaces',
    doc: 'mpi-2018-midterm',
    text: 'Trong giai đoạn 2011 - 2015, tăng trưởng GDP bình quân đạt 5,91%/năm.',
    trap: 'year-range',
    span: '2011 - 2015',
    why: 'a period, not a change from 2011 to 2015',
  },
  {
    // Source: quangngai-yearbook-2016. Table and page references.
    id: 'trap-page-number',
    doc: 'quangngai-yearbook-2016',
    text: 'Số liệu GRDP bình quân đầu người xem biểu 41, trang 55 của Niên giám thống kê tỉnh năm 2016.',
    trap: 'page-number',
    span: 'trang 55',
    why: 'a page number',
  },
];
