import { segmentSentences } from '../text/segment-sentences';
import type { TextPlace } from './consistency-types';

/** One sentence of the checked text: where it is and what it says. */
export interface SentenceSpan extends TextPlace {
  readonly text: string;
}

/**
 * The sentences of a text (clauses of one sentence joined), in order, so that a check can read the words
 * around its figures ("gồm", "trong đó", "tương ứng").
 *
 * @example
 * sentenceSpans('Dân số 96 triệu người; trong đó nam 47 triệu người. Hộ tăng.').map((s) => s.text);
 * // ['Dân số 96 triệu người; trong đó nam 47 triệu người', 'Hộ tăng']
 */
export function sentenceSpans(text: string): readonly SentenceSpan[] {
  // The checks of one text each ask for its sentences: split it once.
  if (text === last.text) return last.spans;
  const spans = splitSentences(text);
  last = { text, spans };
  return spans;
}

let last: { text: string; spans: readonly SentenceSpan[] } = { text: '', spans: [] };

function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let current: { sentence: number; start: number; end: number } | null = null;
  const close = (): void => {
    if (current !== null) out.push({ start: current.start, end: current.end, text: text.slice(current.start, current.end) });
  };
  for (const segment of segmentSentences(text)) {
    if (current !== null && current.sentence === segment.sentence) {
      current.end = segment.end;
      continue;
    }
    close();
    current = { sentence: segment.sentence, start: segment.start, end: segment.end };
  }
  close();
  return out;
}

/**
 * The sentence that holds an offset, or `null` (an offset between sentences).
 *
 * @example
 * sentenceAt(sentenceSpans('Một câu. Câu hai.'), 10)?.text; // 'Câu hai'
 */
export function sentenceAt(sentences: readonly SentenceSpan[], offset: number): SentenceSpan | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const s = sentences[mid];
    if (s === undefined) return null;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

/** A claim with its index in the list checked. */
export interface IndexedClaim<T> {
  readonly claim: T;
  readonly index: number;
}

/**
 * The claims that lie wholly inside each sentence, in the order given, each found by binary search, so that a
 * check looks at one sentence's claims without scanning every claim.
 *
 * @example
 * claimsBySentence(sentenceSpans(t), extractClaims(t)).get(sentenceSpans(t)[0]!)?.length; // the first sentence's claims
 */
export function claimsBySentence<T extends TextPlace>(sentences: readonly SentenceSpan[], claims: readonly T[]): Map<SentenceSpan, IndexedClaim<T>[]> {
  const out = new Map<SentenceSpan, IndexedClaim<T>[]>();
  claims.forEach((claim, index) => {
    const sentence = sentenceAt(sentences, claim.start);
    if (sentence === null || claim.end > sentence.end) return;
    const list = out.get(sentence);
    if (list === undefined) out.set(sentence, [{ claim, index }]);
    else list.push({ claim, index });
  });
  return out;
}

/** Sentences back a list or contributions opened by a marker may look for what they speak of, past figureless ones. */
const MAX_SENTENCES_BACK = 3;

/**
 * The nearest sentence before `at` that holds a claim, at most MAX_SENTENCES_BACK back: what a sentence opened by
 * "Trong đó, …" or "Bao gồm, …" continues, past a photo caption or a paragraph break.
 *
 * @example
 * previousWithClaims(sentences, 2, bySentence) // sentences[0] when sentences[1] is a caption with no figure
 */
export function previousWithClaims<S>(sentences: readonly S[], at: number, bySentence: ReadonlyMap<S, readonly unknown[]>): S | undefined {
  for (let k = at - 1; k >= Math.max(0, at - MAX_SENTENCES_BACK); k--) {
    const candidate = sentences[k];
    if (candidate !== undefined && (bySentence.get(candidate)?.length ?? 0) > 0) return candidate;
  }
  return undefined;
}
