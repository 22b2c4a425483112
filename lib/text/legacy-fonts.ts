import { composeOiLetters } from './oi-letters';

/**
 * Vietnamese typed in the pre-Unicode fonts that provincial offices still have in old files:
 * TCVN3 ("ABC", fonts .VnTime, .VnArial…: one 8-bit code per letter with its marks) and VNI
 * (VNI-Times…: a letter followed by one Latin-1 character that carries its marks). Word and Excel
 * keep such text as the Latin-1 characters of the codes (`Thèng kª`, `Thoáng keâ`), and a text
 * file keeps the codes as bytes. Detection looks only at characters that proper Vietnamese
 * (Unicode, or Windows-1258 once decoded) never writes, and never fires on a text that already
 * has Vietnamese letters beyond Latin-1 (ă, đ, ơ, ư, ạ…).
 *
 * Tables: TCVN 5712:1993 (VN3, the lower-case plane that the ABC fonts use; upper case is the
 * same codes in the "H" fonts, so it is read as lower case) and the VNI-Windows layout.
 */

export type LegacyFont = 'tcvn3' | 'vni';

/** TCVN3 code (as its Latin-1 character) → the Vietnamese letter, built from code/letter pairs. */
const TCVN3_PAIRS: readonly (readonly [number, string])[] = [
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
  [0xb5, 'à'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb8, 'á'], [0xb9, 'ạ'],
  [0xbb, 'ằ'], [0xbc, 'ẳ'], [0xbd, 'ẵ'], [0xbe, 'ắ'], [0xc6, 'ặ'],
  [0xc7, 'ầ'], [0xc8, 'ẩ'], [0xc9, 'ẫ'], [0xca, 'ấ'], [0xcb, 'ậ'],
  [0xcc, 'è'], [0xce, 'ẻ'], [0xcf, 'ẽ'], [0xd0, 'é'], [0xd1, 'ẹ'],
  [0xd2, 'ề'], [0xd3, 'ể'], [0xd4, 'ễ'], [0xd5, 'ế'], [0xd6, 'ệ'],
  [0xd7, 'ì'], [0xd8, 'ỉ'], [0xdc, 'ĩ'], [0xdd, 'í'], [0xde, 'ị'],
  [0xdf, 'ò'], [0xe1, 'ỏ'], [0xe2, 'õ'], [0xe3, 'ó'], [0xe4, 'ọ'],
  [0xe5, 'ồ'], [0xe6, 'ổ'], [0xe7, 'ỗ'], [0xe8, 'ố'], [0xe9, 'ộ'],
  [0xea, 'ờ'], [0xeb, 'ở'], [0xec, 'ỡ'], [0xed, 'ớ'], [0xee, 'ợ'],
  [0xef, 'ù'], [0xf1, 'ủ'], [0xf2, 'ũ'], [0xf3, 'ú'], [0xf4, 'ụ'],
  [0xf5, 'ừ'], [0xf6, 'ử'], [0xf7, 'ữ'], [0xf8, 'ứ'], [0xf9, 'ự'],
  [0xfa, 'ỳ'], [0xfb, 'ỷ'], [0xfc, 'ỹ'], [0xfd, 'ý'], [0xfe, 'ỵ'],
];

const TCVN3 = new Map<string, string>(TCVN3_PAIRS.map(([code, letter]) => [String.fromCharCode(code), letter]));

/**
 * TCVN3 codes from U+00A1 to U+00BE (`¨` ă, `©` â, `ª` ê, `«` ô, `¬` ơ, `\u00ad` ư, `®` đ, `µ` à, `¸` á…):
 * the most frequent letters of TCVN3 text, and Latin-1 punctuation that neither Unicode Vietnamese
 * nor VNI (whose marks are U+00C0–U+00FF) writes inside words.
 */
function isTcvn3Evidence(code: number): boolean {
  return code >= 0xa1 && code <= 0xbe && TCVN3.has(String.fromCharCode(code));
}

/** VNI: what a mark character adds to the letter before it (combining marks, composed by NFC). */
type VniMark = { readonly marks: string; readonly after: string };

const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

const TONE_BASES = 'aeiouyơưAEIOUYƠƯ';
const CIRCUMFLEX_BASES = 'aeoAEO';
const BREVE_BASES = 'aA';

/** Mark characters of VNI (lower and upper case), with the bases they follow. */
const VNI_MARKS: ReadonlyMap<string, VniMark> = new Map(
  (
    [
      ['ù', ACUTE, TONE_BASES], ['ø', GRAVE, TONE_BASES], ['û', HOOK, TONE_BASES], ['õ', TILDE, TONE_BASES], ['ï', DOT, TONE_BASES],
      ['â', CIRCUMFLEX, CIRCUMFLEX_BASES], ['á', CIRCUMFLEX + ACUTE, CIRCUMFLEX_BASES], ['à', CIRCUMFLEX + GRAVE, CIRCUMFLEX_BASES],
      ['å', CIRCUMFLEX + HOOK, CIRCUMFLEX_BASES], ['ã', CIRCUMFLEX + TILDE, CIRCUMFLEX_BASES], ['ä', CIRCUMFLEX + DOT, CIRCUMFLEX_BASES],
      ['ê', BREVE, BREVE_BASES], ['é', BREVE + ACUTE, BREVE_BASES], ['è', BREVE + GRAVE, BREVE_BASES],
      ['ú', BREVE + HOOK, BREVE_BASES], ['ü', BREVE + TILDE, BREVE_BASES], ['ë', BREVE + DOT, BREVE_BASES],
    ] as const
  ).flatMap(([ch, marks, after]) => [
    [ch, { marks, after }],
    [ch.toUpperCase(), { marks, after }],
  ]),
);

/** VNI letters written as one character: ơ, ư, đ and the i and y forms. */
const VNI_SINGLE: ReadonlyMap<string, string> = new Map([
  ['ô', 'ơ'], ['ö', 'ư'], ['ñ', 'đ'], ['æ', 'ỉ'], ['ó', 'ĩ'], ['ò', 'ị'], ['î', 'ỵ'],
  ['Ô', 'Ơ'], ['Ö', 'Ư'], ['Ñ', 'Đ'], ['Æ', 'Ỉ'], ['Ó', 'Ĩ'], ['Ò', 'Ị'], ['Î', 'Ỵ'],
]);

/** VNI marks that Unicode Vietnamese also writes after an `o` (`hoá`, `hoà`, `xoã`): evidence only after a or e. */
const SHARED_AFTER_O = 'áàãÁÀÃ';

/**
 * True when `ch` after `previous` is a VNI mark on its letter (`aø`, `oâ`, `aê`, `eä`, `ôù`): a
 * pair that no Unicode Vietnamese word writes.
 */
function isVniEvidence(previous: string, ch: string): boolean {
  const mark = VNI_MARKS.get(ch);
  if (!mark || !mark.after.includes(previous)) return false;
  return !(SHARED_AFTER_O.includes(ch) && (previous === 'o' || previous === 'O'));
}

/** Vietnamese letters beyond Latin-1 (ă, đ, ĩ, ũ, ơ, ư and U+1EA0–U+1EF9): the text is Unicode already. */
function isUnicodeVietnamese(code: number): boolean {
  return (code >= 0x0100 && code <= 0x01b0) || (code >= 0x1ea0 && code <= 0x1ef9);
}

/** An ASCII letter or a TCVN3 letter code: what stands beside a TCVN3 letter inside a word. */
function isWordLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || TCVN3.has(ch);
}

/** At least this many pieces of evidence, and no Unicode Vietnamese letter at all, make a legacy font. */
const MIN_EVIDENCE = 3;
/** Only the first characters are inspected. */
const SAMPLE = 200_000;

/**
 * The legacy font a text was typed in, or null for Unicode (or plain ASCII) text.
 *
 * @example
 * detectLegacyFont('Tæng côc Thèng kª');  // 'tcvn3'
 * detectLegacyFont('Toång cuïc Thoáng keâ'); // 'vni'
 * detectLegacyFont('Tổng cục Thống kê');   // null
 */
export function detectLegacyFont(text: string): LegacyFont | null {
  let tcvn3 = 0;
  let vni = 0;
  const end = Math.min(text.length, SAMPLE);
  for (let i = 0; i < end; i++) {
    const ch = text[i] ?? '';
    const code = ch.charCodeAt(0);
    if (code < 0x80) continue;
    if (isUnicodeVietnamese(code)) return null;
    // Inside a word only: `©` or `·` standing alone in an English line is punctuation, not a TCVN3 letter.
    if (isTcvn3Evidence(code) && (isWordLetter(text[i - 1]) || isWordLetter(text[i + 1]))) tcvn3++;
    if (isVniEvidence(text[i - 1] ?? '', ch)) vni++;
  }
  if (vni >= MIN_EVIDENCE && vni > tcvn3) return 'vni';
  if (tcvn3 >= MIN_EVIDENCE) return 'tcvn3';
  return null;
}

function fromTcvn3(text: string): string {
  let out = '';
  for (const ch of text) out += TCVN3.get(ch) ?? ch;
  return out;
}

function fromVni(text: string): string {
  let out = '';
  for (const ch of text) {
    const mark = VNI_MARKS.get(ch);
    const previous = out[out.length - 1] ?? '';
    if (mark && mark.after.includes(previous)) {
      out += mark.marks;
      continue;
    }
    out += VNI_SINGLE.get(ch) ?? ch;
  }
  return out.normalize('NFC');
}

/**
 * Text typed in a legacy font, converted to Unicode (NFC).
 *
 * @example
 * convertLegacyFont('Thèng kª', 'tcvn3');  // 'Thống kê'
 * convertLegacyFont('Thoáng keâ', 'vni');  // 'Thống kê'
 */
export function convertLegacyFont(text: string, font: LegacyFont): string {
  switch (font) {
    case 'tcvn3':
      return fromTcvn3(text);
    case 'vni':
      return fromVni(text);
  }
}

/**
 * Detects and converts in one step: the Unicode text, and the font it was typed in (null when
 * it was Unicode already and is returned as it came).
 *
 * @example
 * toUnicodeText('T¨ng 3,8 lÇn'); // { text: 'Tăng 3,8 lần', font: 'tcvn3' }
 */
export function toUnicodeText(text: string): { readonly text: string; readonly font: LegacyFont | null } {
  const font = detectLegacyFont(text);
  // "ƣ" for "ư" (a PDF's font): read as "ư", then composed with a tone mark that may follow it ("ƣ́" → "ứ").
  return { text: composeOiLetters(font === null ? text : convertLegacyFont(text, font)), font };
}

/** Latin-1 letters Vietnamese writes (and signs a Vietnamese text may hold): not foreign. */
const VIETNAMESE_LATIN1 = new Set('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ\u00a0°±²³×÷«»©®§'.split(''));

/**
 * True when a Windows-1258 reading of a file holds at least three Latin-1 letters or signs
 * foreign to Vietnamese (`ø`, `ï`, `û`, `¸`, `ª`…): then the bytes were not Windows-1258 (a
 * TCVN3 or VNI file reads so). A true Windows-1258 text decodes to Vietnamese letters only.
 *
 * @example
 * hasForeignLetters('Thu ngân sách tăng'); // false
 * hasForeignLetters('taêng tröôûng ñaït'); // true (ö, û, ñ, ï are not Vietnamese letters)
 */
export function hasForeignLetters(text: string): boolean {
  let foreign = 0;
  const end = Math.min(text.length, SAMPLE);
  for (let i = 0; i < end && foreign < MIN_EVIDENCE; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xa0 && code <= 0xff && !VIETNAMESE_LATIN1.has(text[i] ?? '')) foreign++;
  }
  return foreign >= MIN_EVIDENCE;
}
