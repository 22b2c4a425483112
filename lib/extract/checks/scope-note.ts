import { foldDiacritics } from '../../claims/normalize-text';
import type { SentenceSpan } from './sentence-spans';

/*
 * A bracketed note that says what a figure counts ("(tính cả dầu khí)", "(không tính dầu khí)", "(không kể vốn …)"):
 * Bà Rịa - Vũng Tàu prints its GRDP per head twice for 2021, with and without crude oil and gas. Two values with
 * different notes are two indicators, never two values of one.
 */

// Grammar (folded): scope-note := "(" space* scope space+ ( any but ")" )+ ")", where scope := "tinh ca" | "ke ca" |
//   "bao gom" | "gom ca" | "khong tinh" | "chua tinh" | "khong ke" | "chua ke" | "khong bao gom" | "chua bao gom" |
//   "tru" | "loai tru" | "ngoai tru"
// Example: "12.154 USD (tính cả dầu khí) tương đương 281,2 triệu đồng" → "tinh ca dau khi"; "(giá so sánh 2010)" is none.
const SCOPE_NOTE = /\(\s*((?:tinh ca|ke ca|bao gom|gom ca|khong tinh|chua tinh|khong ke|chua ke|khong bao gom|chua bao gom|tru|loai tru|ngoai tru)\s+[^()]+?)\s*\)/gu;

/** How far before a value its note may stand ("12.154 USD (tính cả dầu khí) tương đương " before "281,2"). */
const NOTE_REACH = 60;

/**
 * The scope note (folded) printed right after a value, else the last one shortly before it in its sentence; `null`
 * when none is.
 *
 * @example
 * // t = 'đạt 12.154 USD (tính cả dầu khí) tương đương 281,2 triệu đồng'
 * scopeNoteOf(t, sentence, t.indexOf('281,2'), t.length); // 'tinh ca dau khi'
 */
export function scopeNoteOf(text: string, sentence: SentenceSpan, start: number, end: number): string | null {
  const after = foldDiacritics(text.slice(end, Math.min(sentence.end, end + NOTE_REACH)));
  const next = [...after.matchAll(SCOPE_NOTE)][0];
  if (next !== undefined && after.slice(0, next.index).trim() === '') return next[1] ?? null;
  const before = foldDiacritics(text.slice(Math.max(sentence.start, start - NOTE_REACH), start));
  return [...before.matchAll(SCOPE_NOTE)].at(-1)?.[1] ?? null;
}
