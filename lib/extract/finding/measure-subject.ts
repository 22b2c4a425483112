import { foldDiacritics } from '../../claims/normalize-text';
import type { ExtractedClaim } from '../types';

/*
 * Farm reports name a crop once and then only its measures: "năng suất ngô 46,3 tạ/ha, …, sản lượng 56,4 nghìn tấn;
 * năng suất lạc 20,9 tạ/ha, …, sản lượng 2,3 nghìn tấn". Read alone, both "sản lượng" were one indicator with two
 * values for the year: a false "conflicting values" error, and changes checked against the other crop.
 */

// Grammar (folded): measure := "dien tich" ( space ( "gieo trong" | "gieo cay" | "thu hoach" | "trong" ) )?
//                             | "nang suat" | "san luong"
// Example: "dien tich thu hoach", "nang suat", "san luong"; not "san xuat".
const MEASURE = '(?:dien tich(?: (?:gieo trong|gieo cay|thu hoach|trong))?|nang suat|san luong)';

// Grammar (folded): a whole name that is a measure and nothing else, after an optional "ước tính"/"ước".
// Example: "san luong" and "uoc tinh nang suat" are measures alone; "san luong ngo" is not.
const MEASURE_ALONE = new RegExp(`^(?:uoc(?: tinh)? )?${MEASURE}$`, 'u');

// Grammar (folded): ( MEASURE | "cay" ) space subject, where subject is the words after the measure (or after "cây", the
//   crop named first) up to a word that starts the time, the verb or the work ("trong", "uoc", "dat", "nam", "thang",
//   "quy", "toan", "cua", "tang", "giam", "tien", "gieo", "thu"; "vu dong" is kept).
// Example: "dien tich thu hoach lua mua trong thang" → measure "dien tich thu hoach", subject "lua mua";
//          "nang suat ngo" → subject "ngo"; "cay ngo tien do thu hoach trong thang" → subject "ngo".
const MEASURE_OF = new RegExp(`^(?:${MEASURE}|cay) (?<subject>.+)$`, 'u');
const SUBJECT_STOP = new Set(['trong', 'uoc', 'dat', 'nam', 'thang', 'quy', 'toan', 'cua', 'tang', 'giam', 'tien', 'gieo', 'thu']);

/** The most words a crop's name takes ("lúa vụ mùa", "rau các loại"). */
const MAX_SUBJECT_WORDS = 4;

function fold(text: string): string {
  return foldDiacritics(text.normalize('NFC')).toLowerCase().trim();
}

/** The subject words of a name that starts with a measure or "cây" ("năng suất ngô", "Cây ngô tiến độ …" → "ngô"), as printed; null when none. */
function subjectOf(name: string): string | null {
  const words = name.trim().split(/\s+/u);
  const folded = words.map(fold);
  const m = MEASURE_OF.exec(folded.join(' '));
  const subject = m?.groups?.subject;
  if (subject === undefined) return null;
  const start = folded.length - subject.split(' ').length;
  const kept: string[] = [];
  for (let i = start; i < words.length && kept.length < MAX_SUBJECT_WORDS; i++) {
    if (SUBJECT_STOP.has(folded[i] ?? '')) break;
    kept.push(words[i] ?? '');
  }
  return kept.length === 0 ? null : kept.join(' ');
}

/**
 * A level named only by a measure ("sản lượng", "năng suất") after a level of its sentence named by a measure of a crop
 * ("năng suất ngô") is that crop's: "sản lượng ngô". Any other name is returned as it is.
 *
 * @example
 * // before: 46,3 tạ/ha "năng suất ngô"
 * measureOfSubject('sản lượng', before) // 'sản lượng ngô'
 * measureOfSubject('sản lượng', [])     // 'sản lượng'
 */
export function measureOfSubject(indicator: string | null, before: readonly ExtractedClaim[]): string | null {
  if (indicator === null || !MEASURE_ALONE.test(fold(indicator))) return indicator;
  for (let i = before.length - 1; i >= 0; i--) {
    const name = before[i]?.kind === 'value' ? before[i]?.indicator : null;
    const subject = name ? subjectOf(name) : null;
    if (subject !== null) return `${indicator.trim()} ${subject}`;
  }
  return indicator;
}
