/**
 * Splits normalised prose into clauses grouped by sentence.
 *
 * - A sentence ends at a paragraph break (`\n`), or at `.` `!` `?` `…` followed by a space and a new
 *   sentence (an uppercase letter, a list marker, a quote) or by the end of the text.
 * - `.` inside a number (`2.310.500`, `6.210,4`) is never a boundary: no space follows it.
 * - `.` after an abbreviation (`TP.`, `ThS.`, `v.v.`) is not a boundary.
 * - A clause ends at `;` and before an inline list marker (`(1)`, `(2)`); clauses of one sentence share its index.
 */

export interface Segment {
  /** Offset of the first character in the normalised text. */
  readonly start: number;
  /** Offset just past the last character (the terminator is excluded). */
  readonly end: number;
  readonly text: string;
  /** Index of the sentence; consecutive clauses of one sentence share it. */
  readonly sentence: number;
}

// Grammar: boundary := sentence-mark+ closing* ( space+ sentence-start | space* end ),
//   starting at the first mark of a run (not after another mark, so a long run of dots is read once)
//   sentence-mark := "." | "!" | "?" | "…"      closing := ")" | quote
//   sentence-start := uppercase | "-" | "+" | "•" | "(" digit | quote | letter ")" | digit+ "." space
//                     | digit ( digit | "." | "," )* space+ lowercase (a sentence that opens with a count: "4 ngành này …")
//           | lowercase{3} "." uppercase lowercase, with no space: a new sentence typed against the last ("phố.Thu nhập");
//             "Tp.Hồ Chí Minh" and "ThS.Nguyễn" have fewer than three lowercase letters before the dot
// Example: in "đạt 100% kế hoạch. Tỷ lệ", the ". " before "Tỷ" is a boundary; in "2.310.500" no "." is; in "tài chính
//          ngân hàng (8,9%). 4 ngành này chiếm 64,4%" (TP Hồ Chí Minh's services, 2023) the ". " before "4" is one; in
//          "nhu cầu của Thành phố.Thu nhập bình quân" (Chương Mỹ, 2018) the "." before "Thu" is one.
const SENTENCE_BOUNDARY =
  /(?<![.!?…])[.!?…]+[)"”’»]*(?=\s+(?:\p{Lu}|[-+•"“]|\(\d|\p{Ll}\)\s|\d{1,2}\.\s|\d[\d.,]*\s+\p{Ll})|\s*$)|(?<=\p{Ll}{3})\.(?=\p{Lu}\p{Ll})/gu;

// Grammar: clause-boundary := ";" | "\n" | lookahead( space "(" digit{1,2} ")" space )
// Example: "đạt 6%/năm; giai đoạn" splits at ";"; "(1) Đề án…; (2) Đề án…" splits before "(2)".
const CLAUSE_BOUNDARY = /;|\n|(?<=\s)(?=\(\d{1,2}\)\s)/gu;

// Grammar: abbreviation-before-dot := ( start | space | "(" ) ( "TP" | "Tp" | "TX" | "TT" | "ThS" | "Ths" | "TS" | "PGS" | "GS"
//            | "BS" | "KS" | "CN" | "v.v" | one uppercase letter ) end
// Example: "TP" in "TP. Hải Phòng" is an abbreviation, so that "." does not end the sentence.
const ABBREVIATION_BEFORE = /(?:^|[\s(])(?:TP|Tp|TX|TT|ThS|Ths|TS|PGS|GS|BS|KS|CN|v\.v|\p{Lu})$/u;

// Grammar: leading-space := start whitespace+
// Example: "  năm 2022" → the two spaces before "năm".
const LEADING_SPACE = /^\s+/;

// Grammar: trailing-space := whitespace+ end
// Example: "năm 2022 " → the space after "2022".
const TRAILING_SPACE = /\s+$/;

// Grammar: letter-or-digit := any letter or digit
// Example: " ; . " has none, so it is no clause.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

interface Cut {
  /** Where the current piece ends. */
  readonly at: number;
  /** Where the next piece starts. */
  readonly resume: number;
  readonly endsSentence: boolean;
}

function collectCuts(text: string): Cut[] {
  const cuts: Cut[] = [];
  SENTENCE_BOUNDARY.lastIndex = 0;
  for (let m = SENTENCE_BOUNDARY.exec(text); m !== null; m = SENTENCE_BOUNDARY.exec(text)) {
    const singleDot = m[0].startsWith('.') && !m[0].startsWith('..');
    if (singleDot && ABBREVIATION_BEFORE.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
    cuts.push({ at: m.index, resume: m.index + m[0].length, endsSentence: true });
  }
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(text); m !== null; m = CLAUSE_BOUNDARY.exec(text)) {
    if (m[0].length === 0) CLAUSE_BOUNDARY.lastIndex++;
    cuts.push({ at: m.index, resume: m.index + m[0].length, endsSentence: m[0] === '\n' });
  }
  return cuts.sort((a, b) => a.at - b.at || Number(b.endsSentence) - Number(a.endsSentence));
}

/**
 * Splits normalised prose into clauses, each tagged with its sentence index.
 *
 * @example
 * segmentSentences('Doanh thu đạt 1.042,5 tỷ đồng; bình quân tăng 9%/năm. Số hộ giảm.');
 * // [{ text: 'Doanh thu đạt 1.042,5 tỷ đồng', sentence: 0, … },
 * //  { text: 'bình quân tăng 9%/năm', sentence: 0, … }, { text: 'Số hộ giảm', sentence: 1, … }]
 */
export function segmentSentences(text: string): Segment[] {
  const segments: Segment[] = [];
  let sentence = 0;
  let pieceStart = 0;
  let sentenceHasPiece = false;
  const push = (from: number, to: number): void => {
    const piece = text.slice(from, to);
    const lead = LEADING_SPACE.exec(piece)?.[0].length ?? 0;
    const trail = TRAILING_SPACE.exec(piece)?.[0].length ?? 0;
    if (lead + trail >= piece.length || !LETTER_OR_DIGIT.test(piece)) return;
    const start = from + lead;
    const end = to - trail;
    segments.push({ start, end, text: text.slice(start, end), sentence });
    sentenceHasPiece = true;
  };
  for (const cut of collectCuts(text)) {
    if (cut.at < pieceStart) continue;
    push(pieceStart, cut.at);
    pieceStart = cut.resume;
    if (cut.endsSentence && sentenceHasPiece) {
      sentence++;
      sentenceHasPiece = false;
    }
  }
  push(pieceStart, text.length);
  return segments;
}
