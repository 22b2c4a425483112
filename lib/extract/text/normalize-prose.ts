import { cleanLine, type CleanLine, type RawLine } from './clean-line';
import { OffsetList } from './offset-list';
/**
 * Turns text extracted from a PDF back into running prose, and remembers where every character came from.
 *
 * What the PDF reader leaves behind, and what happens to it here:
 * - decomposed (NFD) letters → composed (NFC), cluster by cluster so offsets stay exact;
 * - lines wrapped mid-sentence, often with blank lines between them → joined with one space;
 * - page numbers alone on a line ("14", "15") → dropped;
 * - runs of spaces, tabs and no-break spaces → one space; lines trimmed;
 * - a number glued to the Vietnamese word before it ("giảm2,6%") → a space between (clean-line.ts);
 * - a real paragraph end (a line ending a sentence before a new item or heading) → `\n`.
 */

export interface NormalizedProse {
  /** NFC text, one paragraph per line, single spaces. */
  readonly text: string;
  /** Maps an offset in `text` to the raw offset of the character that produced it (`text.length` → end of the last one). */
  readonly toOriginal: (offset: number) => number;
  /** Maps an exclusive end offset in `text` to the exclusive end of the raw characters that produced it. */
  readonly toOriginalEnd: (offset: number) => number;
  /**
   * The raw text (or a copy of it, offset for offset) with every line break that `text` joins turned to a space, and
   * the blank lines and page numbers dropped with it too: a PDF's wrapped sentence becomes one line of the raw text,
   * and paragraph breaks stay. Checks that read the words around raw offsets then see whole sentences.
   */
  readonly joinLines: (raw: string) => string;
}

// Grammar: line-terminator := "\r\n" | "\n" | "\r" | form feed | vertical tab | U+2028 | U+2029
// Example: "a \r\nb\fc" splits into "a ", "b", "c".
const LINE_BREAK = /\r\n|[\n\r\f\v\u2028\u2029]/g;

// Grammar: blank-line := whitespace*   (JS \s covers no-break and ideographic spaces and the BOM)
// Example: " \u00a0\t" is blank.
const BLANK_LINE = /^\s*$/;

// Grammar: page-number-line := whitespace* digit{1,3} whitespace*
// Example: " 14 " is a page-number line; "2019" and "3,7" are not.
const PAGE_NUMBER_LINE = /^\s*\d{1,3}\s*$/;

// Grammar: number-taking-end := ( "tăng" | "giảm" | "đạt" | "gấp" | "bằng" | "chiếm" | "có" | "là" | "từ" | "lên"
//            | "xuống" | "còn" | "khoảng" | "trên" | "dưới" | "gần" | "hơn" | "năm" | "thêm" | "được" | "đón" ) whitespace* end
// Example: "doanh thu tăng " ends with a word that expects a number, so a following "36" line is a figure, not a page.
const NUMBER_TAKING_END =
  /(?:^|[\s(])(?:tăng|giảm|đạt|gấp|bằng|chiếm|có|là|từ|lên|xuống|còn|khoảng|trên|dưới|gần|hơn|năm|thêm|được|đón)\s*$/iu;

// Grammar: sentence-end := ( "." | ":" | ";" | "!" | "?" | "…" ) closing* end,   closing := ")" | quote
// Example: "đạt 100% kế hoạch." and "như sau:" end a sentence; "kế" does not.
const SENTENCE_END = /[.:;!?…][)"”’»]*$/u;

// Grammar: item-start := uppercase-letter | bullet space | letter ")" | "(" digits ")" | digits ("." | ")") space | roman "." space
//   bullet := "-" | "+" | "•" | "*" | "–" | "—"
// Example: "Tốc độ…", "- Thu ngân sách…", "a) Phát triển…", "(2) Đề án…", "2. Kết quả…", "III. THÀNH TÍCH…".
const ITEM_START = /^(?:\p{Lu}|[-+•*–—]\s|[\p{Ll}]\)\s|\(\d{1,2}\)|\d{1,2}[.)]\s|[IVXL]{1,5}\.\s)/u;

// Grammar: list-item-start := bullet space | letter ")" space | "(" digits ")" | digits ( "." | ")" ) space | roman "." space
// Example: "- Tốc độ…" and "a) Phát triển…" are list items; "Lượng khách…" is not.
const LIST_ITEM_START = /^(?:[-+•*–—]\s|[\p{Ll}]\)\s|\(\d{1,2}\)|\d{1,2}[.)]\s|[IVXL]{1,5}\.\s)/u;

// Grammar: heading-marker := ( roman | digits | lowercase-letter ) ( "." | ")" ) space
// Example: "b) Văn hóa - xã hội", "6. Giai đoạn…", "IV. CÁC HÌNH THỨC…".
const HEADING_MARKER = /^(?:[IVXL]{1,5}\.|\d{1,2}[.)]|\p{Ll}\))\s/u;

// Grammar: starts-uppercase := uppercase-letter
// Example: "Trong những năm qua" starts uppercase; "kinh tế" does not.
const STARTS_UPPERCASE = /^\p{Lu}/u;

// Grammar: lowercase-letter := any lowercase letter (used to tell ALL-CAPS headings from prose)
// Example: "THÀNH TÍCH NỔI BẬT" has none; "Tỉnh" has some.
const HAS_LOWERCASE = /\p{Ll}/u;

// Grammar: letter := any Unicode letter (counted one by one, so a long line costs one pass)
// Example: "II. TRUYỀN THỐNG" has 13 letters; "TT" has 2.
const LETTER = /\p{L}/gu;

// Grammar: ends-with-comma := ( "," | "-" | "–" ) end
// Example: "lần thứ XII," continues on the next line.
const ENDS_CONTINUING = /[,\-–]$/;

// Grammar: bullet-item := bullet space+ uppercase-letter,   bullet := "-" | "+" | "•" | "*" | "–" | "—"
// Example: "- Vốn đầu tư toàn xã hội: 19.394,07 tỷ đồng" is one; "- 2020" (a range wrapped by a PDF) is not.
const BULLET_ITEM = /^[-+•*–—]\s+\p{Lu}/u;

/** A line this long or shorter, ending in no punctuation, may be a heading of its own (see `isHeadingLine`). */
const MAX_HEADING_LINE = 80;

/** The line after a heading of its own is at least this long: a paragraph, not the next line of a narrow column. */
const MIN_PARAGRAPH_LINE = 100;

/**
 * Whether `prev` is a heading printed on its own line, with no marker: short, ending in no punctuation and no word
 * that expects more, and followed by a paragraph that starts uppercase and is at least twice as long ("Tổng sản
 * phẩm trên địa bàn (GRDP)" above "GRDP trên địa bàn tỉnh … ước đạt …", Thái Bình, 6 months of 2019). A line of
 * prose wrapped by a PDF is as long as the lines around it, and the last line of a paragraph ends with its full stop.
 */
function isHeadingLine(prev: string, next: string): boolean {
  return (
    prev.length <= MAX_HEADING_LINE &&
    next.length >= Math.max(MIN_PARAGRAPH_LINE, 2 * prev.length) &&
    STARTS_UPPERCASE.test(next) &&
    !ENDS_CONTINUING.test(prev) &&
    !NUMBER_TAKING_END.test(prev)
  );
}

// Grammar: figure-end := letter space+ digit ( digit | "." | "," )* ( space* ( "%" | "‰" ) )? end — a line that ends on one
//   figure after a word
// Example: "Dự ước tốc độ tăng trưởng kinh tế 6 tháng đầu năm đạt 6,5%" (a title over the report's lead, Thái Nguyên) and
//          "Báo cáo tình hình kinh tế - xã hội năm 2023" end so; "… đạt 6,5% so với" does not, nor a table row flattened
//          from a PDF, "1 Sản lượng chè Nghìn tấn 30,1 12,5" (a figure before its last).
const FIGURE_END = /\p{L}\s+\d[\d.,]*\s*[%‰]?$/u;

/** The line after a title that ends on its figure is at least this long: the lead of a paragraph, not a table's cell. */
const MIN_LEAD_LINE = 40;

/**
 * Whether `prev` is a title that ends on its figure ("… đạt 6,5%" over "Khu vực công nghiệp và xây dựng tăng 6,78%, …"):
 * short, and followed by a line of prose that starts uppercase. Within a sentence a figure is followed by a comma or a
 * lowercase word ("đạt 6,5% so với …"), never by a capital.
 */
function isFigureTitle(prev: string, next: string): boolean {
  return (
    prev.length <= MAX_HEADING_LINE &&
    next.length >= MIN_LEAD_LINE &&
    FIGURE_END.test(prev) &&
    STARTS_UPPERCASE.test(next) &&
    !NUMBER_TAKING_END.test(prev)
  );
}

/** A heading paragraph longer than this is treated as prose. */
const MAX_HEADING_LENGTH = 300;

/** HEADING_MARKER reads at most this many characters of a paragraph ("XVIII. " is 7). */
const HEADING_MARKER_SPAN = 16;

/** Whether `s` has at least `n` letters, reading no further than the n-th. */
function hasLetters(s: string, n: number): boolean {
  LETTER.lastIndex = 0;
  for (let count = 0; count < n; count++) if (LETTER.exec(s) === null) return false;
  return true;
}

/** What the paragraph rule needs of the paragraph read so far: its first characters and its length. */
interface ParagraphSoFar {
  head: string;
  length: number;
}

function splitLines(raw: string): RawLine[] {
  const lines: RawLine[] = [];
  let start = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(raw); m !== null; m = LINE_BREAK.exec(raw)) {
    lines.push({ start, end: m.index, content: raw.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: raw.length, content: raw.slice(start) });
  return lines;
}

function extendParagraph(paragraph: ParagraphSoFar, text: string): void {
  if (paragraph.head.length < HEADING_MARKER_SPAN) paragraph.head = (paragraph.head + text).slice(0, HEADING_MARKER_SPAN);
  paragraph.length += text.length;
}

function isPageNumber(lines: readonly RawLine[], index: number, lastContent: string | null, blanksBefore: number): boolean {
  const line = lines[index];
  if (line === undefined || !PAGE_NUMBER_LINE.test(line.content)) return false;
  if (lastContent === null || blanksBefore >= 2) return true;
  return !NUMBER_TAKING_END.test(lastContent);
}

/** Whether a paragraph ends between `prev` and `next`, given how the current paragraph began. */
function endsParagraph(prev: string, next: string, paragraph: ParagraphSoFar): boolean {
  if (SENTENCE_END.test(prev) && ITEM_START.test(next)) {
    // A colon introduces what follows ("trong đó: Lượng khách…"); only a list item after it starts a new paragraph.
    return !prev.endsWith(':') || LIST_ITEM_START.test(next);
  }
  // Items of a list that end with no punctuation ("- Thu ngân sách: 4.856 tỷ đồng, + 10,70%" above "- Vốn đầu tư …"):
  // an item with the bullet the paragraph opened with starts the next.
  if (BULLET_ITEM.test(paragraph.head) && BULLET_ITEM.test(next) && next[0] === paragraph.head[0]) return true;
  const prevIsCaps = !HAS_LOWERCASE.test(prev) && hasLetters(prev, 3);
  if (prevIsCaps && HAS_LOWERCASE.test(next)) return true;
  if (!prevIsCaps && !HAS_LOWERCASE.test(next) && hasLetters(next, 8)) return true;
  const inHeading = paragraph.length <= MAX_HEADING_LENGTH && HEADING_MARKER.test(paragraph.head);
  return (inHeading && !ENDS_CONTINUING.test(prev) && STARTS_UPPERCASE.test(next)) || isHeadingLine(prev, next) || isFigureTitle(prev, next);
}

/**
 * Normalises text extracted from a PDF into prose with an offset map back to the raw text.
 *
 * @example
 * const n = normalizeProse('doanh thu tăng gấp 2,6 \n\n lần so với năm 2019. \n\n\n\n14 \n\nTiếp theo');
 * n.text; // 'doanh thu tăng gấp 2,6 lần so với năm 2019.\nTiếp theo'
 * n.toOriginal(n.text.indexOf('lần')); // the raw offset of "lần"
 */
export function normalizeProse(raw: string): NormalizedProse {
  const lines = splitLines(raw);
  let text = '';
  const offsets = new OffsetList();
  let previous: CleanLine | null = null;
  let previousEnd = 0;
  // The raw spans between two lines that `text` joins with a space.
  const joins: [number, number][] = [];
  const paragraph: ParagraphSoFar = { head: '', length: 0 };
  let blanksBefore = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line === undefined) continue;
    if (BLANK_LINE.test(line.content)) {
      blanksBefore++;
      continue;
    }
    if (isPageNumber(lines, index, previous?.text ?? null, blanksBefore)) {
      blanksBefore = 0;
      continue;
    }
    blanksBefore = 0;
    // The joining character's offsets come before the line's own.
    if (previous !== null) {
      offsets.add(previous.breakAt, previous.breakAt + 1);
    }
    const clean = cleanLine(line, offsets);
    if (previous !== null) {
      const separator = endsParagraph(previous.text, clean.text, paragraph) ? '\n' : ' ';
      text += separator;
      if (separator === '\n') {
        paragraph.head = '';
        paragraph.length = 0;
      } else {
        extendParagraph(paragraph, ' ');
        joins.push([previousEnd, line.start]);
      }
    }
    text += clean.text;
    extendParagraph(paragraph, clean.text);
    previous = clean;
    previousEnd = line.end;
  }
  const rawEnd = offsets.length > 0 ? (offsets.endAt(offsets.length - 1) ?? raw.length) : 0;
  const toOriginal = (offset: number): number => {
    if (!Number.isFinite(offset) || offset >= offsets.length) return rawEnd;
    if (offset <= 0) return offsets.startAt(0) ?? 0;
    return offsets.startAt(Math.floor(offset)) ?? rawEnd;
  };
  const toOriginalEnd = (offset: number): number => {
    if (!Number.isFinite(offset) || offset <= 0) return offsets.startAt(0) ?? 0;
    if (offset >= offsets.length) return rawEnd;
    return offsets.endAt(Math.floor(offset) - 1) ?? rawEnd;
  };
  const joinLines = (copy: string): string => {
    if (joins.length === 0) return copy;
    let out = '';
    let at = 0;
    for (const [start, end] of joins) {
      out += copy.slice(at, start) + ' '.repeat(end - start);
      at = end;
    }
    return out + copy.slice(at);
  };
  return { text, toOriginal, toOriginalEnd, joinLines };
}
