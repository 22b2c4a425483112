/**
 * Scores the engine's rows on one table case. Pure functions.
 */
import type { Form, TableCase } from '../../lib/corpus';
import type { EngineRow } from './engine-adapter';

export interface RowScore {
  readonly caseId: string;
  readonly indicator: string;
  readonly claim: string | null;
  readonly forms: readonly Form[];
  readonly expectedVerdict: string;
  /** The engine read the cell as a claim (any verdict but `unparsed`; `none` when a verdict must be withheld). */
  readonly read: boolean;
  /** …and computed the expected figure (within 0,5 %). */
  readonly figureOk: boolean;
  readonly verdictOk: boolean;
  readonly warningOk: boolean;
  readonly engine: { readonly verdict: string; readonly computed: number | null } | null;
}

const ALARMS = new Set(['mismatch', 'wrong_direction']);
const NO_VERDICT = new Set(['unparsed', 'none', 'not_computable']);

function near(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 0.005 * Math.max(1, Math.abs(b));
}

/**
 * Scores each expected row. An expected `unparsed` means "no verdict on a cut claim": any of `unparsed`, `none`,
 * `not_computable` passes, and the row must carry a warning.
 */
export function scoreTable(t: TableCase, rows: readonly EngineRow[]): { rows: RowScore[]; falseAlarms: string[] } {
  const scores = t.rows.map((expected): RowScore => {
    const row = rows.find((r) => r.indicator === expected.indicator) ?? null;
    const wantsWarning = t.rowWarnings.includes(expected.indicator);
    const withheld = expected.verdict === 'unparsed';
    const read = row !== null && (withheld ? NO_VERDICT.has(row.verdict) : row.verdict !== 'unparsed');
    const verdictOk = row !== null && (withheld ? NO_VERDICT.has(row.verdict) : row.verdict === expected.verdict);
    return {
      caseId: t.id,
      indicator: expected.indicator,
      claim: expected.claim,
      forms: expected.forms,
      expectedVerdict: expected.verdict,
      read,
      // An implied verdict's figure is the value the claim implies (table-cases.ts writes it so).
      figureOk: read && (withheld || near((expected.verdict === 'implied' ? row?.implied : row?.computed) ?? null, expected.computed)),
      verdictOk,
      warningOk: !wantsWarning || (row?.warnings.length ?? 0) > 0,
      engine: row === null ? null : { verdict: row.verdict, computed: row.computed },
    };
  });
  const falseAlarms = rows
    .filter((r) => ALARMS.has(r.verdict) && !t.rows.some((e) => e.indicator === r.indicator && e.verdict === r.verdict))
    .map((r) => `${t.id}: "${r.indicator}" ${r.claim ?? ''} → ${r.verdict}`);
  return { rows: scores, falseAlarms };
}
