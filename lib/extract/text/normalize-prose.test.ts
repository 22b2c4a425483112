import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeProse } from './normalize-prose';

// Grammar: loose-space := "  " | "\n\n" | start whitespace | whitespace end
// Example: "a  b" and " a" are loose; "a b\nc" is not.
const LOOSE_SPACE = / {2}|\n\n|^\s|\s$/u;

describe('normalizeProse', () => {
  it.each([
    ['a wrapped line joins with one space', 'sản lượng chè \nđạt 12,4 nghìn tấn', 'sản lượng chè đạt 12,4 nghìn tấn'],
    ['blank lines between wrapped lines vanish', 'sản lượng chè \n\nđạt 12,4 nghìn tấn', 'sản lượng chè đạt 12,4 nghìn tấn'],
    ['a figure split from its unit is joined', 'doanh thu tăng gấp 2,6 \n\n lần so với năm 2019', 'doanh thu tăng gấp 2,6 lần so với năm 2019'],
    ['a page number after a page break is dropped', 'vốn đầu tư \n\n\n\n14 \n\ncông trình mới', 'vốn đầu tư công trình mới'],
    ['a two-digit page number between single blank lines is dropped', 'số hộ dùng \n\n27 \n\nđiện lưới', 'số hộ dùng điện lưới'],
    ['a number after a verb that takes one is kept', 'số hợp tác xã tăng \n\n 36 \n\n hợp tác xã', 'số hợp tác xã tăng 36 hợp tác xã'],
    ['a year alone on a line is not a page number', 'tính đến hết \n2021\n ổn định', 'tính đến hết 2021 ổn định'],
    ['runs of spaces, tabs and no-break spaces collapse', 'tăng\t 7,2%\u00a0\u00a0so với', 'tăng 7,2% so với'],
    ['a sentence end before a list item keeps the paragraph', 'như sau:\n- Diện tích lúa: 8,1 nghìn ha.\n- Diện tích ngô: 4,2 nghìn ha.',
      'như sau:\n- Diện tích lúa: 8,1 nghìn ha.\n- Diện tích ngô: 4,2 nghìn ha.'],
    ['a period before an uppercase line ends the paragraph', 'đạt 95% kế hoạch. \n\nSố trạm y tế tăng', 'đạt 95% kế hoạch.\nSố trạm y tế tăng'],
    ['a colon before plain prose does not end the paragraph', 'trong đó: \n\nHọc sinh tiểu học đạt 98%', 'trong đó: Học sinh tiểu học đạt 98%'],
    ['a lowercase line after a period is a wrap', 'khoảng 3,5 km. \nvà nối tiếp', 'khoảng 3,5 km. và nối tiếp'],
    ['an ALL-CAPS heading is its own paragraph', 'III. KẾT QUẢ NỔI BẬT \n\nSản lượng cá tăng', 'III. KẾT QUẢ NỔI BẬT\nSản lượng cá tăng'],
    ['a numbered heading ends before an uppercase line', 'b) Giáo dục - đào tạo \nSố trường chuẩn tăng', 'b) Giáo dục - đào tạo\nSố trường chuẩn tăng'],
    ['an ALL-CAPS line after prose starts a heading', 'tăng 1,4 lần \nIV. NHIỆM VỤ GIAI ĐOẠN TỚI', 'tăng 1,4 lần\nIV. NHIỆM VỤ GIAI ĐOẠN TỚI'],
    ['CRLF and form feeds are line breaks', 'mật độ \r\n\r\nđường\fgiao thông', 'mật độ đường giao thông'],
    ['decomposed letters are composed', 'ta\u0306ng 5%', 'tăng 5%'],
    ['a precomposed letter takes the mark after it', 'kinh t\u00ea\u0301 t\u0103\u0301ng', 'kinh tế tắng'],
    ['a no-break space between letters is one space', 'Cao\u00a0\u00a0Bằng', 'Cao Bằng'],
    // Thanh Hóa, 11 tháng 2023 (ctk.thanhhoa.gov.vn): a web page that set each figure in its own span lost the spaces
    ['a number glued to a Vietnamese word gets its space back', 'lúa 112,0 nghìn ha, giảm2,6% so cùng kỳ; đạt99,4% kế hoạch',
      'lúa 112,0 nghìn ha, giảm 2,6% so cùng kỳ; đạt 99,4% kế hoạch'],
    ['a glued number after a decomposed word too', 'gia\u0309m2,6%', 'giảm 2,6%'],
    ['a year glued to "năm" gets its space', 'năm2023 tăng0,3%', 'năm 2023 tăng 0,3%'],
    // Đồng Nai, 2024 (dongnai.gov.vn): the verb glued to the word before it as well as to its figure
    ['a verb glued to both its neighbours gets both spaces', 'chế biến, chế tạotăng1,36%; hơi nướcgiảm0,42%', 'chế biến, chế tạo tăng 1,36%; hơi nước giảm 0,42%'],
    ['a verb glued to a word but not to a figure stays as printed', 'bảngtăng trưởng', 'bảngtăng trưởng'],
    // Thái Bình and Lào Cai, 6 months of 2019 and 2022: a web page's headings stand on lines of their own (our words)
    ['a short line without punctuation above a long paragraph is a heading', 'Tổng sản phẩm trên địa bàn (GRDP)\nGRDP trên địa bàn tỉnh (giá so sánh 2010) 6 tháng năm 2019 ước đạt 26.677 tỷ đồng, tăng 9,30% so với cùng kỳ năm 2018.',
      'Tổng sản phẩm trên địa bàn (GRDP)\nGRDP trên địa bàn tỉnh (giá so sánh 2010) 6 tháng năm 2019 ước đạt 26.677 tỷ đồng, tăng 9,30% so với cùng kỳ năm 2018.'],
    ['a numbered heading after a title line', 'Tình hình kinh tế - xã hội 6 tháng đầu năm 2022\n1. Tăng trưởng kinh tế\n\nGRDP trên địa bàn tỉnh (giá so sánh 2010) 6 tháng năm 2019 ước đạt 26.677 tỷ đồng, tăng 9,30% so với cùng kỳ năm 2018.',
      'Tình hình kinh tế - xã hội 6 tháng đầu năm 2022 1. Tăng trưởng kinh tế\nGRDP trên địa bàn tỉnh (giá so sánh 2010) 6 tháng năm 2019 ước đạt 26.677 tỷ đồng, tăng 9,30% so với cùng kỳ năm 2018.'],
    ['a short wrapped line ending in a verb that takes a number is no heading', 'sản lượng lúa cả năm ước đạt\nGRDP trên địa bàn tỉnh (giá so sánh 2010) 6 tháng năm 2019 ước đạt 26.677 tỷ đồng, tăng 9,30% so với cùng kỳ năm 2018.',
      'sản lượng lúa cả năm ước đạt GRDP trên địa bàn tỉnh (giá so sánh 2010) 6 tháng năm 2019 ước đạt 26.677 tỷ đồng, tăng 9,30% so với cùng kỳ năm 2018.'],
    ['a short line above a short line is a wrap', 'Tổng sản phẩm trên địa bàn\nGRDP tăng 9,30%.', 'Tổng sản phẩm trên địa bàn GRDP tăng 9,30%.'],
    // Thái Nguyên's first half of a year (our words, its figures): a title that ends on its figure, over the lead
    ['a short line ending on a figure above a capital is a title', 'Tăng trưởng kinh tế 6 tháng đầu năm ước đạt 6,5%\nKhu vực công nghiệp và xây dựng tăng 6,78%.',
      'Tăng trưởng kinh tế 6 tháng đầu năm ước đạt 6,5%\nKhu vực công nghiệp và xây dựng tăng 6,78%.'],
    ['a table row flattened from a PDF is no title', '1 Sản lượng chè Nghìn tấn 30,1 12,5\nTăng 2,4 lần', '1 Sản lượng chè Nghìn tấn 30,1 12,5 Tăng 2,4 lần'],
    ['a short line ending on a figure above a short capital line is a wrap', 'Tăng trưởng kinh tế ước đạt 6,5%\nTăng cao.', 'Tăng trưởng kinh tế ước đạt 6,5% Tăng cao.'],
    ['a short line ending on a figure above a lowercase word is a wrap', 'Tăng trưởng kinh tế 6 tháng ước đạt 6,5%\nso với cùng kỳ.', 'Tăng trưởng kinh tế 6 tháng ước đạt 6,5% so với cùng kỳ.'],
    // Bến Tre's summary list of 2023 (our words, its figures): items that end with no full stop
    ['items of a list without full stops', '- Thu ngân sách: 4.856 tỷ đồng, + 10,70%\n- Vốn đầu tư: 19.394,07 tỷ đồng, -13,78%',
      '- Thu ngân sách: 4.856 tỷ đồng, + 10,70%\n- Vốn đầu tư: 19.394,07 tỷ đồng, -13,78%'],
    ['a range wrapped after a list item’s dash is no item', '- Kế hoạch giai đoạn 2021\n- 2025 đạt 7%.', '- Kế hoạch giai đoạn 2021 - 2025 đạt 7%.'],
  ])('%s', (_name, raw, expected) => {
    expect(normalizeProse(raw).text).toBe(expected);
  });

  it.each([
    ['a word after a wrap', 'giá trị xuất khẩu \n\nđạt 64,2 triệu USD', '64,2'],
    ['a word after a dropped page number', 'tổng số \n\n\n\n12 \n\nhọc sinh là 4.310 em', '4.310'],
    ['a figure split across lines', 'tăng gấp 3,7 \n\n lần', 'lần'],
  ])('maps offsets back to the raw text: %s', (_name, raw, needle) => {
    const n = normalizeProse(raw);
    const at = n.text.indexOf(needle);
    const start = n.toOriginal(at);
    const end = n.toOriginalEnd(at + needle.length);
    expect(raw.slice(start, end)).toBe(needle);
  });

  it('maps composed characters back to their whole decomposed cluster', () => {
    const decomposed = 'kim nga\u0323ch ta\u0306\u0301ng';
    const n = normalizeProse(decomposed);
    expect(n.text).toBe('kim ngạch tắng');
    const at = n.text.indexOf('ạ');
    expect(decomposed.slice(n.toOriginal(at), n.toOriginalEnd(at + 1))).toBe('a\u0323');
    const word = n.text.indexOf('tắng');
    expect(decomposed.slice(n.toOriginal(word), n.toOriginalEnd(word + 4))).toBe('ta\u0306\u0301ng');
  });
});

describe('edge cases', () => {
  it.each(['km2', 'CO2 và PM2,5', 'H5N1', 'Covid-19', 'QL1A', '5G', 'Quyết định 15/2022/QĐ-UBND'])(
    'keeps the digits of an ASCII code or unit: "%s"',
    (text) => {
      expect(normalizeProse(text).text).toBe(text);
    },
  );

  it('maps a restored space to where the digit starts, and the digit to itself', () => {
    const n = normalizeProse('giảm2,6%');
    // "giảm " ends where "giảm" ends; "giảm 2" ends past the "2".
    expect([n.toOriginal(4), n.toOriginal(5), n.toOriginalEnd(5), n.toOriginalEnd(6)]).toEqual([4, 4, 4, 5]);
  });

  it('reads one line of 200 000 characters (no per-line argument spreading)', () => {
    const line = 'doanh thu tăng 12,5% so với năm 2020, '.repeat(5300);
    const n = normalizeProse(line);
    expect(n.text).toBe(line.trim());
    expect(n.toOriginalEnd(n.text.length)).toBe(line.trimEnd().length);
  });

  it('joins many short lower-case lines into one paragraph', () => {
    const raw = 'doanh thu tăng\n'.repeat(20_000);
    const n = normalizeProse(raw);
    expect(n.text).toBe(Array(20_000).fill('doanh thu tăng').join(' '));
  });

  it.each([
    ['empty text', ''],
    ['only blank lines', '\n \n\t\n'],
    ['only page numbers', '\n\n\n\n9 \n\n\n\n10\n'],
  ])('%s gives empty text', (_name, raw) => {
    const n = normalizeProse(raw);
    expect(n.text).toBe('');
    expect(n.toOriginal(0)).toBe(0);
  });

  it('clamps offsets outside the text', () => {
    const raw = '  thu ngân sách  ';
    const n = normalizeProse(raw);
    expect(n.text).toBe('thu ngân sách');
    expect(n.toOriginal(-5)).toBe(2);
    expect(n.toOriginal(999)).toBe(raw.length - 2);
    expect(n.toOriginalEnd(n.text.length)).toBe(raw.length - 2);
  });

  it('keeps astral characters whole', () => {
    const n = normalizeProse('đạt 😀 \n 5%');
    expect(n.text).toBe('đạt 😀 5%');
  });

  it('is NFC and has no doubled spaces or blank paragraphs, and offsets stay ordered, for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
        const n = normalizeProse(raw);
        expect(n.text).toBe(n.text.normalize('NFC'));
        expect(n.text).not.toMatch(LOOSE_SPACE);
        let last = 0;
        for (let i = 0; i < n.text.length; i++) {
          const o = n.toOriginal(i);
          expect(o).toBeGreaterThanOrEqual(last);
          expect(n.toOriginalEnd(i + 1)).toBeLessThanOrEqual(raw.length);
          last = o;
        }
      }),
    );
  });

  it('gives the same text for NFD and NFC input', () => {
    fc.assert(
      fc.property(fc.constantFrom('Tăng trưởng', 'đạt 4,5%', 'Hộ nghèo giảm', 'Ước đạt'), fc.constantFrom(' \n', '\n\n', ' '), (word, gap) => {
        const raw = `${word}${gap}${word}`;
        expect(normalizeProse(raw.normalize('NFD')).text).toBe(normalizeProse(raw).text);
      }),
    );
  });
});
