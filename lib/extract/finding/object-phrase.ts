/*
 * The noun phrase after a figure ("1.894 doanh nghiệp", "88% hộ gia đình"): what a level counts, read by
 * choose-indicator.ts.
 */

// Grammar: word := non-space+
// Example: "số thuê bao internet" has four words.
const WORD = /\S+/gu;

// Grammar: object-stop := "," | ";" | ":" | "." | "(" | ")" | quote | digit
// Example: "lượt khách lưu trú, tăng…" stops at ",".
const OBJECT_STOP = /[,;:.()“”"\d]/u;

/** Words that end an object noun phrase ("… hợp tác xã tăng 57 …"). */
const OBJECT_STOP_WORDS = new Set([
  'tăng', 'giảm', 'bằng', 'chiếm', 'so', 'với', 'của', 'thuộc', 'trong', 'tại', 'theo', 'để', 'nhằm', 'về',
  'và', 'góp', 'từ', 'đến', 'lên', 'xuống', 'trên', 'dưới', 'gồm', 'năm', 'giai', 'kế', 'bình', 'cùng', 'là',
  'nhưng', 'còn',
]);

/** At most this many words are read after a figure as its object noun phrase. */
const MAX_OBJECT_WORDS = 8;
/** How far after a figure its object noun phrase is looked for, in characters. */
const MAX_OBJECT_SCAN = 1000;

/** A noun phrase read after a figure, and where it ends (relative to the text given). */
export interface ObjectPhrase {
  readonly text: string;
  readonly end: number;
}

/**
 * Reads the noun phrase right after a figure ("412 hợp tác xã" → the words after the number),
 * up to punctuation, a digit, a verb of comparison or a preposition; at most eight words.
 *
 * @example
 * readObjectPhrase(' trạm y tế đạt chuẩn tăng 11 trạm'); // { text: 'trạm y tế đạt chuẩn', end: 20 }
 */
export function readObjectPhrase(fullText: string): ObjectPhrase | null {
  // Eight words never need more than this: a long clause is not read to its end for every figure.
  const text = fullText.slice(0, MAX_OBJECT_SCAN);
  const stop = OBJECT_STOP.exec(text);
  const limit = stop?.index ?? text.length;
  const kept: string[] = [];
  let end = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null && m.index < limit; m = WORD.exec(text)) {
    const word = m[0].slice(0, Math.max(0, limit - m.index));
    if (OBJECT_STOP_WORDS.has(word.toLowerCase()) || kept.length >= MAX_OBJECT_WORDS) break;
    kept.push(word);
    end = m.index + word.length;
  }
  return kept.length > 0 ? { text: kept.join(' '), end } : null;
}
