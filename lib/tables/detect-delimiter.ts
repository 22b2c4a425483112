import type { Delimiter } from './types';

/** How many non-empty records are sampled. */
const SAMPLE_RECORDS = 20;
/** Stop sampling after this many characters even if fewer records were seen (a runaway quote). */
const SAMPLE_CHARS = 262_144;

const CANDIDATES: readonly Delimiter[] = ['\t', ';', ','];

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const TAB = 0x09;
const SEMICOLON = 0x3b;
const COMMA = 0x2c;
const SPACE = 0x20;

/** Per sampled record: how many tabs, semicolons and commas stand outside quotes. */
function countPerRecord(text: string): number[][] {
  const counts: number[][] = [[], [], []];
  let tabs = 0;
  let semis = 0;
  let commas = 0;
  let inQuotes = false;
  let hasContent = false;
  const end = Math.min(text.length, SAMPLE_CHARS);
  let records = 0;
  const flush = (): void => {
    if (hasContent) {
      counts[0]?.push(tabs);
      counts[1]?.push(semis);
      counts[2]?.push(commas);
      records++;
    }
    tabs = 0;
    semis = 0;
    commas = 0;
    hasContent = false;
  };
  for (let i = 0; i < end && records < SAMPLE_RECORDS; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      inQuotes = !inQuotes;
      hasContent = true;
    } else if (inQuotes) {
      continue;
    } else if (code === LF || code === CR) {
      flush();
    } else if (code === TAB) {
      tabs++;
    } else if (code === SEMICOLON) {
      semis++;
      hasContent = true;
    } else if (code === COMMA) {
      commas++;
      hasContent = true;
    } else if (code !== SPACE) {
      hasContent = true;
    }
  }
  if (records < SAMPLE_RECORDS) flush();
  return counts;
}

interface Score {
  readonly agreement: number;
  readonly mode: number;
}

/** The most frequent non-zero count (ties: the larger) and how many records have it. */
function scoreCounts(counts: readonly number[]): Score {
  const frequency = new Map<number, number>();
  for (const c of counts) if (c > 0) frequency.set(c, (frequency.get(c) ?? 0) + 1);
  let mode = 0;
  let agreement = 0;
  for (const [count, times] of frequency) {
    if (times > agreement || (times === agreement && count > mode)) {
      mode = count;
      agreement = times;
    }
  }
  return { agreement, mode };
}

/**
 * Detects `,`, `;` or tab from the first 20 non-empty records, counting only delimiters outside
 * quotes. The delimiter that gives the most records the same column count (> 1 column) wins;
 * ties go to more columns, then to tab, `;`, `,` in that order. A Vietnamese `;` file whose
 * numbers carry decimal commas (`10,6`) is therefore read as `;`. Defaults to `,`.
 *
 * @example
 * detectDelimiter('STT;Chỉ tiêu;Năm 2009\n1;GDP;10,6\n'); // ';'
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = countPerRecord(text);
  let best: Delimiter = ',';
  let bestScore: Score = { agreement: 0, mode: 0 };
  CANDIDATES.forEach((candidate, i) => {
    const score = scoreCounts(counts[i] ?? []);
    if (
      score.agreement > bestScore.agreement ||
      (score.agreement === bestScore.agreement && score.mode > bestScore.mode)
    ) {
      best = candidate;
      bestScore = score;
    }
  });
  return best;
}
