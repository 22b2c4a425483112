// Grammar: oi-letter := "ƣ" (U+01A3) | "Ƣ" (U+01A2) — the Latin letter "oi", which the PDFs of many Vietnamese
//   yearbooks and reports hold where they print "ư"/"Ư" (a font that draws one as the other)
// Example: "Nhà nƣớc" → "Nhà nước", "TĂNG TRƢỞNG" → "TĂNG TRƯỞNG", "tăng trƣởng" → "tăng trưởng" (Quảng Trị's 2018
//          yearbook, page 93): otherwise "trƣởng" is no growth word and "Kinh tế Nhà nƣớc" no ownership.
const OI_LETTER = /[\u01a2\u01a3]/gu;

/**
 * The text with every "ƣ"/"Ƣ" read as "ư"/"Ư", letter for letter: the length and every offset stay as they were.
 * Vietnamese writes no "ƣ", so the swap never changes a word that was right.
 *
 * @example
 * readOiLetters('Kinh tế Nhà nƣớc') // 'Kinh tế Nhà nước'
 * readOiLetters('Thu ngân sách') // 'Thu ngân sách' (the same string)
 */
export function readOiLetters(text: string): string {
  return text.replace(OI_LETTER, (letter) => (letter === '\u01a3' ? '\u01b0' : '\u01af'));
}

/**
 * readOiLetters, then the letters composed again where a tone mark followed an "ƣ" ("ƣ́" → "ứ"); the text itself when
 * it holds no "ƣ". For NFC text that may change its length: a PDF's page offsets take readOiLetters alone.
 *
 * @example
 * composeOiLetters('ngƣ\u0300i') // 'ngừi'
 */
export function composeOiLetters(text: string): string {
  const read = readOiLetters(text);
  return read === text ? text : read.normalize('NFC');
}
