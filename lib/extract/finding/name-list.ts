/*
 * The names a comma splits: a subject is the comma-separated fragment nearest its verb, but a sector's name may be a
 * list ("nông, lâm nghiệp và thủy sản", "vận tải, kho bãi", "tài chính, ngân hàng, bảo hiểm"), which stays whole.
 */

// Grammar: spaces := whitespace+
// Example: "bưu   chính" splits into "bưu" and "chính".
const SPACES = /\s+/u;

// Grammar: list-head := ( start | space ) ( "ngư" | "nông" | "chế biến" | "xuất" ) end — the first word of the names
//   "nông, lâm nghiệp và thủy sản" (Cà Mau's "ngư, nông, lâm nghiệp"), "chế biến, chế tạo" and "xuất, nhập khẩu", which
//   a comma splits
// Example: "khu vực nông" joins "lâm nghiệp và thủy sản"; "khu vực ngư" joins "nông, lâm nghiệp"; "ngành công nghiệp chế
//          biến" joins "chế tạo"; "Tổng kim ngạch xuất" joins "nhập khẩu hàng hóa" (the total of both, never the imports).
const LIST_HEAD = /(?:^|\s)(?:ngư|nông|chế\s+biến|xuất)$/iu;

// Grammar: list-pair := head "," next, where head ends the fragment before the comma and next opens the one after:
//   farm-head := ( start | space ) "nông nghiệp" end; forestry-next := start "lâm" ( space | end )
//   lodging-head := ( start | space ) "lưu trú" end; food-next := start "ăn uống" ( space | end )
//   wholesale-head := ( start | space ) "bán buôn" end; retail-next := start "bán lẻ" ( space | end )
//   finance-head := ( start | space ) "tài chính" end; banking-next := start "ngân hàng" ( space | end )
//   transport-head := ( start | space ) "vận tải" end; storage-next := start "kho bãi" ( space | end )
//   tax-head := ( start | space ) "thuế" end; fee-next := start ( "phí" | "lệ phí" ) ( space | end )
//   industry-head := ( start | space ) "công nghiệp" end; construction-next := start "xây dựng" ( space | end )
//   trade-head := ( start | space ) "thương mại" end; services-next := start "dịch vụ" ( space | end )
//   new-head := ( start | space ) ( "đăng ký" | "cấp" ) space "mới" end; adjusted-next := start ( "vốn" space )?
//     ( "đăng ký" space )? "điều chỉnh" ( space | end ) — foreign investment newly registered, adjusted and bought in
// — the sector lists of GSO's releases written with whole words, which a comma splits.
// Example: "Giá trị sản xuất nông nghiệp" joins "lâm nghiệp, thủy sản"; "doanh thu dịch vụ lưu trú" joins "ăn uống và du
//          lịch lữ hành"; "doanh thu vận tải" joins "kho bãi và dịch vụ hỗ trợ"; "thu thuế" joins "phí và thu khác";
//          "khu vực công nghiệp" joins "xây dựng" (the sector a provincial release writes with a comma);
//          "nông nghiệp" before "công nghiệp" does not join, nor "lưu trú" before "doanh thu".
const LIST_PAIRS: readonly (readonly [RegExp, RegExp])[] = [
  [/(?:^|\s)nông\s+nghiệp$/iu, /^lâm(?:\s|$)/iu],
  [/(?:^|\s)lưu\s+trú$/iu, /^ăn\s+uống(?:\s|$)/iu],
  [/(?:^|\s)bán\s+buôn$/iu, /^bán\s+lẻ(?:\s|$)/iu],
  [/(?:^|\s)tài\s+chính$/iu, /^ngân\s+hàng(?:\s|$)/iu],
  [/(?:^|\s)vận\s+tải$/iu, /^kho\s+bãi(?:\s|$)/iu],
  [/(?:^|\s)thuế$/iu, /^(?:phí|lệ\s+phí)(?:\s|$)/iu],
  [/(?:^|\s)công\s+nghiệp$/iu, /^xây\s+dựng(?:\s|$)/iu],
  [/(?:^|\s)thương\s+mại$/iu, /^dịch\s+vụ(?:\s|$)/iu],
  [/(?:^|\s)(?:đăng\s+ký|cấp)\s+mới$/iu, /^(?:vốn\s+)?(?:đăng\s+ký\s+)?điều\s+chỉnh(?:\s|$)/iu],
];

// Grammar: topic := start ( "cây" | "rau" | "đậu" | "lúa" | "ngô" | "khoai" | "sắn" | "lạc" | "mía" | "chè" | "đàn" ) as a word,
//   in a fragment of four words at most; measure-next := start ( "diện tích" | "sản lượng" | "năng suất" | "tổng đàn"
//   | "số lượng" ) as words — a crop or herd named first, then what is measured of it
// Example: "Cây khoai lang, diện tích gieo trồng" stays whole (Lạng Sơn, May 2025): "diện tích gieo trồng" alone would
//          name the four crops of the paragraph alike; "Năm nay, diện tích" does not join.
const TOPIC = /^(?:cây|rau|đậu|lúa|ngô|khoai|sắn|lạc|mía|chè|đàn)(?![\p{L}\p{M}])/iu;
const MEASURE_NEXT = /^(?:diện\s+tích|sản\s+lượng|năng\s+suất|tổng\s+đàn|số\s+lượng)(?![\p{L}\p{M}])/iu;

/** Whether `previous` names the crop or herd that `next` measures ("Cây lạc", "diện tích gieo trồng"). */
function isTopicOf(previous: string, next: string): boolean {
  return TOPIC.test(previous) && wordCount(previous) <= 4 && MEASURE_NEXT.test(next);
}

/**
 * How many words a text holds.
 *
 * @example
 * wordCount(' vận tải  kho bãi ') // 4
 */
export function wordCount(s: string): number {
  const t = s.trim();
  return t === '' ? 0 : t.split(SPACES).length;
}

/**
 * The fragments between the commas outside brackets: "(GRDP, giá so sánh 2010)" is a remark on the name before it,
 * not a new fragment. A bracket still open at the end closes nothing, so all its commas split.
 */
function commaFragments(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (c === ',' && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  const fragments = depth === 0 ? parts : s.split(',');
  return fragments.map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * Keeps the comma-separated fragment nearest the verb, joining short fragments ("nông, lâm, thủy sản") and the lists
 * that name one sector.
 *
 * @example
 * lastFragment('Năm 2023, tài chính, ngân hàng, bảo hiểm') // 'tài chính, ngân hàng, bảo hiểm'
 */
export function lastFragment(s: string): string {
  const parts = commaFragments(s);
  let out = parts.pop() ?? '';
  // The fragment joined last: "vận tải, bưu điện, du lịch" is a list of names of two words at most, however long it
  // grows; two fragments of up to three words join ("nông, lâm, thủy sản"), a third only when all are that short.
  let first = out;
  while (parts.length > 0) {
    const previous = parts[parts.length - 1] ?? '';
    const most = first === out ? 3 : 2;
    // "giá trị sản xuất nông, lâm, thủy sản": a list head joins whatever its length.
    const listGoesOn =
      LIST_HEAD.test(previous) || LIST_PAIRS.some(([head, next]) => head.test(previous) && next.test(first)) || isTopicOf(previous, first);
    if (!listGoesOn && (wordCount(first) > most || wordCount(previous) > most || wordCount(out) > 2 * most)) break;
    first = parts.pop() ?? '';
    out = `${first}, ${out}`;
  }
  return out;
}

