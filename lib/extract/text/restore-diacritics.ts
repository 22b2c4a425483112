/**
 * Text typed without diacritics ("tang 640.000 dong so voi cung ky nam truoc") is accepted too (spec §2). The claim
 * grammar of lib/claims reads a folded view, but the prose patterns that find claims are written with diacritics.
 * For a text that has none at all, this gives a view where the words of the claim language have them back, each
 * word the same length as typed (NFC: one code unit per letter), so every offset into the view is an offset into
 * the text as typed. Words outside the claim language are left alone; nothing is guessed from context except the
 * currency "đồng", restored only after a figure or a scale word ("lao dong" stays as typed).
 */

/** Folded claim-language phrases and their Vietnamese spelling; each pair has the same length. */
const PHRASES: readonly (readonly [string, string])[] = [
  ['diem phan tram', 'điểm phần trăm'],
  ['phan tram', 'phần trăm'],
  ['so voi', 'so với'],
  ['cung ky', 'cùng kỳ'],
  ['nam truoc', 'năm trước'],
  ['binh quan', 'bình quân'],
  ['trung binh', 'trung bình'],
  ['ke hoach', 'kế hoạch'],
  ['du toan', 'dự toán'],
  ['chi tieu', 'chỉ tiêu'],
  ['ty le', 'tỷ lệ'],
  ['ty trong', 'tỷ trọng'],
  ['toc do', 'tốc độ'],
  ['phat trien', 'phát triển'],
  ['dong gop', 'đóng góp'],
  ['xap xi', 'xấp xỉ'],
  ['tang', 'tăng'],
  ['giam', 'giảm'],
  ['gap', 'gấp'],
  ['lan', 'lần'],
  ['dat', 'đạt'],
  ['bang', 'bằng'],
  ['vuot', 'vượt'],
  ['chiem', 'chiếm'],
  ['them', 'thêm'],
  ['len', 'lên'],
  ['xuong', 'xuống'],
  ['con', 'còn'],
  ['tu', 'từ'],
  ['den', 'đến'],
  ['nam', 'năm'],
  ['thang', 'tháng'],
  ['quy', 'quý'],
  ['la', 'là'],
  ['tren', 'trên'],
  ['hon', 'hơn'],
  ['duoi', 'dưới'],
  ['gan', 'gần'],
  ['khoang', 'khoảng'],
  ['uoc', 'ước'],
  ['trieu', 'triệu'],
  ['nghin', 'nghìn'],
  ['ngan', 'ngàn'],
  ['ty', 'tỷ'],
  ['nguoi', 'người'],
  ['doanh nghiep', 'doanh nghiệp'],
];

const SPELLING = new Map(PHRASES.map(([folded, spelled]) => [folded, spelled]));

// Grammar: phrase := one of the folded phrases above (longest first, spaces as typed), as whole words (no ASCII
//   letter or digit glued on either side), case-insensitive.
// Example: in "Tang 640.000 dong so voi cung ky nam truoc" the phrases are "Tang", "so voi", "cung ky", "nam truoc".
const PHRASE = new RegExp(
  `(?<![A-Za-z0-9])(?:${[...PHRASES]
    .sort((a, b) => b[0].length - a[0].length)
    .map(([folded]) => folded.replace(/ /gu, ' '))
    .join('|')})(?![A-Za-z0-9])`,
  'giu',
);

// Grammar: currency := ( digit | "triệu" | "tỷ" | "nghìn" | "ngàn" ) " " "dong" as a whole word (in the restored view).
// Example: "640.000 dong" and "7 triệu dong" → "đồng"; "lao dong" stays.
const CURRENCY = /(?<=(?:\d|triệu|tỷ|nghìn|ngàn) )dong(?![A-Za-z0-9])/giu;

// Grammar: marked := any letter outside ASCII (a Vietnamese letter with a diacritic, "đ", or a letter of another script).
// Example: "tăng" has one ("ă"); "tang 640.000 dong" has none.
const MARKED = /[^\p{ASCII}]/u;
const LETTER = /\p{L}/u;

/** The word as spelled, with the case of the word as typed ("Tang" → "Tăng", "TANG" → "TĂNG"). */
function withCaseOf(typed: string, spelled: string): string {
  if (typed === typed.toUpperCase() && typed !== typed.toLowerCase()) return spelled.toUpperCase();
  const first = typed[0] ?? '';
  return first !== first.toLowerCase() ? `${(spelled[0] ?? '').toUpperCase()}${spelled.slice(1)}` : spelled;
}

/**
 * The text with the claim language's words spelled with diacritics, when it has no diacritics at all (and has
 * letters); otherwise the text unchanged. Always the same length as the text.
 *
 * @example
 * restoreDiacritics('la 7 trieu dong, tang 640.000 dong so voi cung ky nam truoc');
 * // 'là 7 triệu đồng, tăng 640.000 đồng so với cùng kỳ năm trước'
 * restoreDiacritics('Người lao động tang'); // unchanged: the text has diacritics
 */
export function restoreDiacritics(text: string): string {
  if (MARKED.test(text) || !LETTER.test(text)) return text;
  const restored = text
    .replace(PHRASE, (typed) => withCaseOf(typed, SPELLING.get(typed.toLowerCase()) ?? typed))
    .replace(CURRENCY, (typed) => withCaseOf(typed, 'đồng'));
  return restored.length === text.length ? restored : text;
}
