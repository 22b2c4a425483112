import type { TableCase } from './types';

/**
 * Small tables in the shapes real yearbooks and report forms use. The values are the documents' own; where a
 * comparison column is ours (the document prints it in a companion table we did not read, or not at all), the
 * comment says so.
 */
export const TABLE_CASES: readonly TableCase[] = [
  {
    // Source: quangngai-yearbook-2016 (biểu 41, trang 55): values and the "Năm trước = 100" index, 2016 against 2015.
    id: 'table-quangngai-2016-index',
    doc: 'quangngai-yearbook-2016',
    file: 'quang-ngai-bieu-41-2016.csv',
    csv: [
      'Biểu 41. Tổng sản phẩm trên địa bàn bình quân đầu người',
      'STT;Chỉ tiêu;Đơn vị tính;Năm 2015;Năm 2016;Năm 2016 so với năm 2015 (%)',
      ';Năm trước = 100;;;;',
      '1;GRDP bình quân đầu người theo giá hiện hành;Nghìn đồng;47.684;44.908;94,18',
      '2;GRDP bình quân đầu người theo tỷ giá hối đoái bình quân;USD;2.218;2.060;92,88',
    ].join('\n'),
    rows: [
      { indicator: 'GRDP bình quân đầu người theo giá hiện hành', claim: '94,18', forms: ['yearbook-index', 'index'], verdict: 'match', computed: 94.1783, why: '44.908 / 47.684 × 100 = 94,178 → 94,18 (an index below 100 is a fall, not a wrong direction)' },
      { indicator: 'GRDP bình quân đầu người theo tỷ giá hối đoái bình quân', claim: '92,88', forms: ['yearbook-index', 'index'], verdict: 'match', computed: 92.8765, why: '2.060 / 2.218 × 100 = 92,877 → 92,88' },
    ],
    rowWarnings: [],
  },
  {
    // Source: quangngai-yearbook-2016: 2011 against 2010. The USD index 111,59 is right only by the interval rule:
    // 1.449 / 1.299 = 111,547 (point), but [1.448,5 / 1.299,5; 1.449,5 / 1.298,5] = [111,466; 111,629] holds 111,59.
    id: 'table-quangngai-2011-interval',
    doc: 'quangngai-yearbook-2016',
    file: 'quang-ngai-bieu-41-2011.csv',
    csv: [
      'STT;Chỉ tiêu;Đơn vị tính;Năm 2010;Năm 2011;Năm 2011 so với năm 2010 (%)',
      '1;GRDP bình quân đầu người theo giá hiện hành;Nghìn đồng;24.042;30.292;126,00',
      '2;GRDP bình quân đầu người theo tỷ giá hối đoái bình quân;USD;1.299;1.449;111,59',
    ].join('\n'),
    rows: [
      { indicator: 'GRDP bình quân đầu người theo giá hiện hành', claim: '126,00', forms: ['yearbook-index', 'index'], verdict: 'match', computed: 125.9962, why: '30.292 / 24.042 × 100 = 125,996 → 126,00' },
      { indicator: 'GRDP bình quân đầu người theo tỷ giá hối đoái bình quân', claim: '111,59', forms: ['yearbook-index', 'index'], verdict: 'match', computed: 111.5473, why: 'interval [111,466; 111,629] meets [111,585; 111,595]; the point estimate 111,55 would be a false mismatch' },
    ],
    rowWarnings: [],
  },
  {
    // Source: quangngai-yearbook-2016: 2014 against 2013; 106,37 again needs the interval rule (point 106,36).
    id: 'table-quangngai-2014-interval',
    doc: 'quangngai-yearbook-2016',
    file: 'quang-ngai-bieu-41-2014.csv',
    csv: [
      'STT;Chỉ tiêu;Đơn vị tính;Năm 2013;Năm 2014;Năm 2014 so với năm 2013 (%)',
      '1;GRDP bình quân đầu người theo giá hiện hành;Nghìn đồng;44.108;47.731;108,21',
      '2;GRDP bình quân đầu người theo tỷ giá hối đoái bình quân;USD;2.107;2.241;106,37',
    ].join('\n'),
    rows: [
      { indicator: 'GRDP bình quân đầu người theo giá hiện hành', claim: '108,21', forms: ['yearbook-index', 'index'], verdict: 'match', computed: 108.2139, why: '47.731 / 44.108 × 100 = 108,214 → 108,21' },
      { indicator: 'GRDP bình quân đầu người theo tỷ giá hối đoái bình quân', claim: '106,37', forms: ['yearbook-index', 'index'], verdict: 'match', computed: 106.3598, why: '2.241 / 2.107 = 106,360 (point); interval [106,311; 106,409] meets [106,365; 106,375]' },
    ],
    rowWarnings: [],
  },
  {
    // Source: hungyen-yearbook-2022 (biểu 39, giá so sánh 2010). Values are the yearbook's; the index column is ours,
    // computed from them (the yearbook prints its index table separately).
    id: 'table-hungyen-2013-index',
    doc: 'hungyen-yearbook-2022',
    file: 'hung-yen-bieu-39.csv',
    csv: [
      'TT;Chỉ tiêu;ĐVT;2012;2013;Năm 2013 so với năm 2012 (%)',
      '1;Tổng sản phẩm trên địa bàn (giá so sánh 2010);Triệu đồng;31.871.009;33.927.875;106,45',
      '2;Nông, lâm nghiệp và thủy sản;Triệu đồng;4.927.270;4.897.433;99,39',
      '3;Công nghiệp và xây dựng;Triệu đồng;16.771.373;17.986.819;107,25',
      '4;Dịch vụ;Triệu đồng;8.632.037;8.974.665;103,97',
      '5;Thuế sản phẩm trừ trợ cấp sản phẩm;Triệu đồng;1.540.329;2.068.959;134,32',
    ].join('\n'),
    rows: [
      { indicator: 'Tổng sản phẩm trên địa bàn (giá so sánh 2010)', claim: '106,45', forms: ['yearbook-index', 'index'], verdict: 'match', computed: 106.4537, why: '33.927.875 / 31.871.009 × 100 = 106,454 → 106,45' },
      { indicator: 'Nông, lâm nghiệp và thủy sản', claim: '99,39', forms: ['yearbook-index', 'index'], verdict: 'match', computed: 99.3945, why: '4.897.433 / 4.927.270 × 100 = 99,3945 → 99,39 (a fall written as an index)' },
      { indicator: 'Công nghiệp và xây dựng', claim: '107,25', forms: ['yearbook-index', 'index'], verdict: 'match', computed: 107.2471, why: '17.986.819 / 16.771.373 × 100 = 107,247 → 107,25' },
      { indicator: 'Dịch vụ', claim: '103,97', forms: ['yearbook-index', 'index'], verdict: 'match', computed: 103.9693, why: '8.974.665 / 8.632.037 × 100 = 103,969 → 103,97' },
      { indicator: 'Thuế sản phẩm trừ trợ cấp sản phẩm', claim: '134,32', forms: ['yearbook-index', 'index'], verdict: 'match', computed: 134.3193, why: '2.068.959 / 1.540.329 × 100 = 134,319 → 134,32' },
    ],
    rowWarnings: [],
  },
  {
    // Source: bacgiang-ktxh-db (target 327, giá hiện hành). Values are the database's; the bare-ratio column is ours.
    id: 'table-bacgiang-bare-ratio',
    doc: 'bacgiang-ktxh-db',
    file: 'bac-giang-gia-tri-tang-them.csv',
    csv: [
      'STT;Chỉ tiêu;Đơn vị tính;Năm 2010;Năm 2017;Năm 2017 so với năm 2010',
      '1;Tổng giá trị tăng thêm (giá hiện hành);Tỷ đồng;21.922,6;72.384,8;3,30 lần',
      '2;Nông, lâm nghiệp và thủy sản;Tỷ đồng;6.197,2;14.806,5;2,39 lần',
      '3;Công nghiệp - Xây dựng;Tỷ đồng;6.901,2;35.122,3;5,09 lần',
      '4;Dịch vụ;Tỷ đồng;8.824,2;21.394,9;2,42 lần',
    ].join('\n'),
    rows: [
      { indicator: 'Tổng giá trị tăng thêm (giá hiện hành)', claim: '3,30 lần', forms: ['bare-ratio'], verdict: 'match', computed: 3.3018, why: '72.384,8 / 21.922,6 = 3,3018 → 3,30' },
      { indicator: 'Nông, lâm nghiệp và thủy sản', claim: '2,39 lần', forms: ['bare-ratio'], verdict: 'match', computed: 2.3892, why: '14.806,5 / 6.197,2 = 2,3892 → 2,39' },
      { indicator: 'Công nghiệp - Xây dựng', claim: '5,09 lần', forms: ['bare-ratio'], verdict: 'match', computed: 5.0893, why: '35.122,3 / 6.901,2 = 5,0893 → 5,09' },
      { indicator: 'Dịch vụ', claim: '2,42 lần', forms: ['bare-ratio'], verdict: 'match', computed: 2.4246, why: '21.394,9 / 8.824,2 = 2,4246 → 2,42' },
    ],
    rowWarnings: [],
  },
  {
    // Source: census-2019 (2019 values, "tăng thêm 10,4 triệu", "thấp hơn 0,2 người/hộ"), census-2009 (85.789.573,
    // preliminary) and the density pair 259 → 290 (kết quả sơ bộ 2019). Comparative differences, scale words, slash units.
    id: 'table-census-differences',
    doc: 'census-2019',
    file: 'tong-dieu-tra-dan-so.csv',
    csv: [
      'STT;Chỉ tiêu;Đơn vị tính;Năm 2009;Năm 2019;Năm 2019 so với năm 2009',
      '1;Dân số;Người;85.789.573;96.208.984;Tăng thêm 10,4 triệu người',
      '2;Số người bình quân một hộ;Người/hộ;;3,6;Thấp hơn 0,2 người/hộ',
      '3;Mật độ dân số;Người/km2;259;290;Tăng 31 người/km2',
    ].join('\n'),
    rows: [
      { indicator: 'Dân số', claim: 'Tăng thêm 10,4 triệu người', forms: ['comparative-difference', 'scale-words'], verdict: 'match', computed: 10.4194, why: '96.208.984 − 85.789.573 = 10.419.411 người = 10,42 triệu ∈ [10,35; 10,45] triệu' },
      { indicator: 'Số người bình quân một hộ', claim: 'Thấp hơn 0,2 người/hộ', forms: ['comparative-difference', 'slash-unit'], verdict: 'implied', computed: 3.8, why: '2009 not in the table: implied 3,6 + 0,2 = 3,8 người/hộ' },
      { indicator: 'Mật độ dân số', claim: 'Tăng 31 người/km2', forms: ['absolute', 'slash-unit'], verdict: 'match', computed: 31, why: '290 − 259 = 31' },
    ],
    rowWarnings: [],
  },
  {
    // Source: phuyen-2007-2010: GDP per capita 8,8 (2007) → 15,8 (2010) triệu đồng/người; the bare ratio column is ours.
    id: 'table-phuyen-slash-unit',
    doc: 'phuyen-2007-2010',
    file: 'phu-yen-2007-2010.csv',
    csv: [
      'STT;Chỉ tiêu;Đơn vị tính;Năm 2007;Năm 2010;Năm 2010 so với năm 2007',
      '1;GDP bình quân đầu người (giá hiện hành);Triệu đồng/người;8,8;15,8;1,8 lần',
    ].join('\n'),
    rows: [
      { indicator: 'GDP bình quân đầu người (giá hiện hành)', claim: '1,8 lần', forms: ['bare-ratio', 'slash-unit'], verdict: 'match', computed: 1.7955, why: '15,8 / 8,8 = 1,7955; interval [1,7797; 1,8114] meets [1,75; 1,85]' },
    ],
    rowWarnings: [],
  },
  {
    // Source: bacgiang-ktxh-db values in a ","-delimited export with an unquoted decimal comma in the claim cell
    // (issue 12 pattern 10): "Tăng 3,30 lần" splits into "Tăng 3" and "30 lần". No verdict may be given on the cut claim.
    id: 'table-unquoted-decimal-comma',
    doc: 'bacgiang-ktxh-db',
    file: 'bac-giang-comma.csv',
    csv: [
      'STT,Chỉ tiêu,Đơn vị tính,Năm 2010,Năm 2017,Năm 2017 so với năm 2010',
      '1,Tổng giá trị tăng thêm (giá hiện hành),Tỷ đồng,21922.6,72384.8,Tăng 3,30 lần',
      '2,Công nghiệp - Xây dựng,Tỷ đồng,6901.2,35122.3,Tăng 5 lần',
    ].join('\n'),
    rows: [
      { indicator: 'Tổng giá trị tăng thêm (giá hiện hành)', claim: 'Tăng 3,30 lần', forms: ['ratio'], verdict: 'unparsed', computed: 3.3018, why: 'the row has one cell too many: the claim may be cut, so no verdict (never a "Tăng 3" match)' },
      { indicator: 'Công nghiệp - Xây dựng', claim: 'Tăng 5 lần', forms: ['ratio'], verdict: 'match', computed: 5.0893, why: '35.122,3 / 6.901,2 = 5,09 → 5' },
    ],
    rowWarnings: ['Tổng giá trị tăng thêm (giá hiện hành)'],
  },
  {
    // Source: hue-2023-10 (the table as printed: September, October, January–October 2023, and two indices on the same
    // time a year earlier, which the table does not print). A monthly report's form: each index gives the base it implies.
    id: 'table-hue-2023-10-months',
    doc: 'hue-2023-10',
    file: 'hue-ban-le-thang-10-2023.csv',
    csv: [
      'Chỉ tiêu;Thực hiện tháng 9 năm 2023;Ước tính tháng 10 năm 2023;Lũy kế thực hiện 10 tháng năm 2023;Tháng 10/2023 so với cùng kỳ năm trước (%);Lũy kế 10 tháng năm 2023 so với cùng kỳ năm trước (%)',
      'Tổng số;4736,0;4671,4;45896,9;113,0;115,1',
      'Doanh thu bán lẻ;3451,7;3415,7;33871,4;113,7;113,1',
      'Dịch vụ lưu trú;140,8;130,7;1346,3;139,1;186,5',
    ].join('\n'),
    rows: [
      { indicator: 'Tổng số', claim: '113,0', forms: ['index', 'same-period'], verdict: 'implied', computed: 4133.98, why: 'October 2022 not printed: implied 4.671,4 / 1,130 = 4.134,0' },
      { indicator: 'Dịch vụ lưu trú', claim: '139,1', forms: ['index', 'same-period'], verdict: 'implied', computed: 93.96, why: 'October 2022 not printed: implied 130,7 / 1,391 = 94,0' },
    ],
    rowWarnings: [],
  },
  {
    // Source: vinhphuc-yearbook-2019 (biểu 11, as printed: years down, a block of persons, then a block of indices on the
    // year before, then a block of structure; bilingual labels, "Sơ bộ - Prel. 2019"). The indices are checked against
    // the persons block.
    id: 'table-vinhphuc-2019-years-down',
    doc: 'vinhphuc-yearbook-2019',
    file: 'vinh-phuc-bieu-11-2019.csv',
    csv: [
      'Dân số trung bình phân theo giới tính và phân theo thành thị, nông thôn;;;;;',
      ';Tổng số;Phân theo giới tính;;Phân theo thành thị, nông thôn;',
      ';Total;Nam;Nữ;Thành thị;Nông thôn',
      'Người - Person;;;;;',
      '2017;1.123.140;555.393;567.747;261.692;861.448',
      '2018;1.138.370;563.721;574.649;285.162;853.208',
      'Sơ bộ - Prel. 2019;1.154.836;575.460;579.376;295.200;859.636',
      'Chỉ số phát triển (Năm trước = 100) - %;;;;;',
      '2018;101,36;101,50;101,22;108,97;99,04',
      'Sơ bộ - Prel. 2019;101,45;102,08;100,82;103,52;100,75',
      'Cơ cấu - Structure (%);;;;;',
      '2018;100,00;49,52;50,48;25,05;74,95',
      'Sơ bộ - Prel. 2019;100,00;49,83;50,17;25,56;74,44',
    ].join('\n'),
    rows: [
      { indicator: 'Tổng số Total (2018/2017)', claim: '101,36', forms: ['yearbook-index', 'index'], verdict: 'match', computed: 101.356, why: '1.138.370 / 1.123.140 × 100 = 101,356 → 101,36' },
      { indicator: 'Phân theo thành thị, nông thôn Thành thị (2018/2017)', claim: '108,97', forms: ['yearbook-index', 'index'], verdict: 'match', computed: 108.969, why: '285.162 / 261.692 × 100 = 108,969 → 108,97' },
      { indicator: 'Phân theo thành thị, nông thôn Nông thôn (2019/2018)', claim: '100,75', forms: ['yearbook-index', 'index'], verdict: 'match', computed: 100.7534, why: '859.636 / 853.208 × 100 = 100,753 → 100,75 (2019 is printed "Sơ bộ - Prel. 2019")' },
    ],
    rowWarnings: [],
  },
  {
    // Source: binhdinh-yearbook-2023 (biểu 19, as printed: years down, persons without thousands marks, then a block of
    // growth rates on the year before with three decimals). The rates are checked against the persons block.
    id: 'table-binhdinh-2023-growth-rates',
    doc: 'binhdinh-yearbook-2023',
    file: 'binh-dinh-bieu-19-2023.csv',
    csv: [
      'Dân số trung bình phân theo giới tính và theo thành thị, nông thôn;;;;;',
      ';Tổng số;Phân theo giới tính;;Phân theo thành thị, nông thôn;',
      ';Total;Nam;Nữ;Thành thị;Nông thôn',
      'Người - Person;;;;;',
      '2020;1487903;732807;755096;599852;888051',
      '2021;1508322;742865;765457;620809;887513',
      '2022;1504285;747877;756408;619645;884640',
      'Sơ bộ - Prel. 2023;1506331;748969;757362;620875;885456',
      'Tỷ lệ tăng - Growth rate (%);;;;;',
      '2021;1,372;1,373;1,372;3,494;-0,061',
      '2022;-0,268;0,675;-1,182;-0,187;-0,324',
      'Sơ bộ - Prel. 2023;0,136;0,146;0,126;0,199;0,092',
    ].join('\n'),
    rows: [
      { indicator: 'Tổng số Total (2021/2020)', claim: '1,372', forms: ['percent-change'], verdict: 'match', computed: 1.3723, why: '1.508.322 / 1.487.903 − 1 = 1,3723% → 1,372' },
      { indicator: 'Tổng số Total (2022/2021)', claim: '-0,268', forms: ['percent-change'], verdict: 'match', computed: 0.2677, why: '1 − 1.504.285 / 1.508.322 = 0,2677% → a fall of 0,268' },
      { indicator: 'Phân theo thành thị, nông thôn Nông thôn (2021/2020)', claim: '-0,061', forms: ['percent-change'], verdict: 'match', computed: 0.0606, why: '1 − 887.513 / 888.051 = 0,0606% → a fall of 0,061' },
    ],
    rowWarnings: [],
  },
  {
    // Source: vinhphuc-yearbook-2019 (biểu 11: the persons of 2016–2018 and their indices on the year before, as printed).
    // The layout with the years across and the index section under the values is ours (the yearbook prints the years down).
    id: 'table-vinhphuc-2019-years-across-index',
    doc: 'vinhphuc-yearbook-2019',
    file: 'vinh-phuc-bieu-11-ngang.csv',
    csv: [
      'Dân số trung bình phân theo thành thị, nông thôn;;;',
      ';;;Đơn vị tính - Unit: Người',
      ';2016;2017;Sơ bộ - Prel. 2018',
      'Tổng số;1.106.141;1.123.140;1.138.370',
      'Thành thị;257.890;261.692;285.162',
      'Nông thôn;848.251;861.448;853.208',
      'Chỉ số phát triển (Năm trước = 100) - %;;;',
      'Tổng số;101,45;101,54;101,36',
      'Thành thị;101,45;101,47;108,97',
      'Nông thôn;101,45;101,56;99,04',
    ].join('\n'),
    rows: [
      { indicator: 'Tổng số (2017/2016)', claim: '101,54', forms: ['yearbook-index', 'index'], verdict: 'match', computed: 101.5368, why: '1.123.140 / 1.106.141 × 100 = 101,537 → 101,54' },
      { indicator: 'Thành thị (2018/2017)', claim: '108,97', forms: ['yearbook-index', 'index'], verdict: 'match', computed: 108.9686, why: '285.162 / 261.692 × 100 = 108,969 → 108,97' },
      { indicator: 'Nông thôn (2018/2017)', claim: '99,04', forms: ['yearbook-index', 'index'], verdict: 'match', computed: 99.0435, why: '853.208 / 861.448 × 100 = 99,043 → 99,04 (an index below 100 is a fall)' },
      { indicator: 'Tổng số (2016/2015)', claim: '101,45', forms: ['yearbook-index', 'index'], verdict: 'implied', computed: 1090330.4, why: '2015 not in the table: implied 1.106.141 / 1,0145 = 1.090.331' },
    ],
    rowWarnings: [],
  },
  {
    // Source: nghean-yearbook-2019 (chỉ số sản xuất công nghiệp phân theo ngành, 2015/2014 to 2019/2018, as printed).
    // A table of indices alone: each column is its later year's index on the year before; nothing to recompute.
    id: 'table-nghean-2019-index-pairs',
    doc: 'nghean-yearbook-2019',
    file: 'nghe-an-chi-so-cong-nghiep-2019.csv',
    csv: [
      'Chỉ số sản xuất công nghiệp phân theo ngành công nghiệp',
      'Đơn vị tính - Unit: %',
      ';2015/2014;2016/2015;2017/2016;2018/2017;2019/2018',
      'TOÀN NGÀNH - TOTAL;109,70;109,87;115,55;115,44;113,21',
      'B. Khai khoáng - Mining and quarrying;115,10;113,91;107,56;97,20;103,20',
      'C. Công nghiệp chế biến, chế tạo - Manufacturing;109,69;109,34;115,64;115,17;117,20',
    ].join('\n'),
    rows: [
      { indicator: 'TOÀN NGÀNH - TOTAL', claim: null, forms: ['yearbook-index'], verdict: 'none', computed: null, why: 'indices printed alone, on the year before: no level to recompute them from' },
      { indicator: 'B. Khai khoáng - Mining and quarrying', claim: null, forms: ['yearbook-index'], verdict: 'none', computed: null, why: 'the same: 97,20 in 2018 is a fall, read as a value' },
      { indicator: 'C. Công nghiệp chế biến, chế tạo - Manufacturing', claim: null, forms: ['yearbook-index'], verdict: 'none', computed: null, why: 'the same' },
    ],
    rowWarnings: [],
  },
];
