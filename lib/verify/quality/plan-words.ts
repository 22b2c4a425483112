import { foldDiacritics, normalizeText } from '../../claims/normalize-text';
import { formatNumber } from '../../numbers/format-number';
import type { NumberStyle } from '../../numbers/types';
import { halfUnit } from './growth-band';
import { lowerIsBetter, readPlanTarget } from './plan-target';
import { warningId } from './points';
import { PLAN_WORD_TEXT, QUALITY_MESSAGE_STRINGS, inBoth, intervalText, type PlanReason } from './quality-messages';
import type { PlanTarget, PlanWord, PlanWordWarning, QualityValue } from './types';

// Grammar: a whole cell that is a plan word, folded: ("khong dat" | "chua dat" | "dat" | "vuot" | "khong hoan thanh" |
// "chua hoan thanh" | "hoan thanh") [" " ("ke hoach" | "kh" | "chi tieu" | "muc tieu")] ["."].
// Example: "Đạt", "Không đạt", "Vượt kế hoạch", "Hoàn thành" match; "Đạt 104% kế hoạch" does not (a plan claim).
const PLAN_WORD = /^(khong dat|chua dat|dat|vuot|khong hoan thanh|chua hoan thanh|hoan thanh)(?: (?:ke hoach|kh|chi tieu|muc tieu))?\.?$/u;

const WORDS: Readonly<Record<string, PlanWord>> = {
  'khong dat': 'khong-dat',
  'chua dat': 'khong-dat',
  dat: 'dat',
  vuot: 'vuot',
  'khong hoan thanh': 'khong-dat',
  'chua hoan thanh': 'khong-dat',
  'hoan thanh': 'dat',
};

/**
 * The plan word a cell holds, when the whole cell is one.
 *
 * @example
 * readPlanWord('Không đạt') // 'khong-dat'
 * readPlanWord('Vượt KH')   // 'vuot'
 * readPlanWord('Tăng 5%')   // null
 */
export function readPlanWord(cell: string): PlanWord | null {
  const m = PLAN_WORD.exec(foldDiacritics(normalizeText(cell)));
  return m ? (WORDS[m[1] ?? ''] ?? null) : null;
}

/** A table row with a plan, an actual value and a plan word. */
export interface PlanRow {
  readonly tableId: string;
  readonly line: number;
  readonly indicatorId: string;
  readonly indicator: string;
  /** The plan cell as printed (`7,5-8,0`, `< 7,6`, `8`). */
  readonly planRaw: string;
  /** The plan word cell as printed. */
  readonly wordRaw: string;
  /** The actual (or estimated) value the plan is judged on, with its decimals. */
  readonly actual: QualityValue & { readonly decimals: number };
  readonly style: NumberStyle;
}

const EPSILON = 1e-9;

/** Where the actual value's rounding interval sits against the target, for sure. */
interface Standing {
  readonly achieved: boolean;
  readonly failed: boolean;
  /** For `Vượt`: the actual cannot be above the target (its top for a range). `null`: `Vượt` cannot be judged (a maximum). */
  readonly notAbove: boolean | null;
}

function standingOf(target: PlanTarget, low: number, high: number): Standing {
  switch (target.kind) {
    case 'at-least': {
      const achieved = target.strict ? low > target.low + EPSILON : low >= target.low - EPSILON;
      const failed = target.strict ? high <= target.low + EPSILON : high < target.low - EPSILON;
      return { achieved, failed, notAbove: high <= target.low + EPSILON };
    }
    case 'at-most': {
      const achieved = target.strict ? high < target.high - EPSILON : high <= target.high + EPSILON;
      const failed = target.strict ? low >= target.high - EPSILON : low > target.high + EPSILON;
      return { achieved, failed, notAbove: null };
    }
    case 'range':
      return { achieved: low >= target.low - EPSILON, failed: high < target.low - EPSILON, notAbove: high <= target.high + EPSILON };
  }
}

/** The contradiction, if any: why the word is wrong and which word the figures support. */
function contradiction(word: PlanWord, target: PlanTarget, s: Standing): { reason: PlanReason; expected: PlanWord } | null {
  const max = target.kind === 'at-most';
  switch (word) {
    case 'dat':
      return s.failed ? { reason: max ? 'above-maximum' : 'below-minimum', expected: 'khong-dat' } : null;
    case 'khong-dat':
      return s.achieved ? { reason: max ? 'within-maximum' : 'meets-minimum', expected: 'dat' } : null;
    case 'vuot':
      if (s.notAbove !== true) return null;
      return { reason: 'not-above', expected: s.achieved ? 'dat' : 'khong-dat' };
  }
}

function thresholdText(target: PlanTarget, lang: 'vi' | 'en'): string {
  const low = target.kind === 'at-most' ? '' : formatNumber(target.low, target.decimals);
  const high = target.kind === 'at-least' ? '' : formatNumber(target.high, target.decimals);
  return QUALITY_MESSAGE_STRINGS[lang].target(target, { low, high });
}

/**
 * Checks a row's plan word against its plan and actual columns, to the actual value's rounding
 * interval: `Đạt` when the actual is below the minimum (above the maximum) for sure, `Không đạt`
 * when it meets the target for sure, `Vượt` when it is not above the target (the top of a range)
 * for sure. A value at the edge of the target within rounding, a word against a maximum that
 * `Vượt` cannot be judged on, and an unreadable plan give nothing.
 *
 * @example
 * // plan "7,5-8,0", actual 7,2, word "Đạt": 7,2 is below 7,5 → the figures say "Không đạt"
 * checkPlanWord(row) // { code: 'plan-word', word: 'dat', expected: 'khong-dat', … }
 */
export function checkPlanWord(row: PlanRow): PlanWordWarning | null {
  const word = readPlanWord(row.wordRaw);
  const target = readPlanTarget(row.planRaw, row.style, lowerIsBetter(row.indicator));
  if (word === null || target === null) return null;
  const h = halfUnit(row.actual.decimals);
  const found = contradiction(word, target, standingOf(target, row.actual.value - h, row.actual.value + h));
  if (!found) return null;
  const { decimals, ...actual } = row.actual;
  return {
    id: warningId('plan-word', [row.indicatorId], [actual.year], `${row.tableId}:${row.line}`),
    code: 'plan-word',
    severity: 'warning',
    indicatorIds: [row.indicatorId],
    indicators: [row.indicator],
    years: [actual.year],
    values: [actual],
    tableId: row.tableId,
    word,
    wordRaw: row.wordRaw,
    planRaw: row.planRaw,
    target,
    actual,
    actualDecimals: decimals,
    expected: found.expected,
    line: row.line,
    message: inBoth((lang) =>
      QUALITY_MESSAGE_STRINGS[lang].planWord(
        row.wordRaw,
        actual.raw,
        actual.year,
        intervalText(actual.value, decimals),
        row.planRaw,
        thresholdText(target, lang),
        found.reason,
        PLAN_WORD_TEXT[found.expected],
      ),
    ),
  };
}
