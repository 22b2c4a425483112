import type { Measured } from '../numbers/types';
import type { RowResult, RowWarning } from '../verify/result';
import { verifyClaim } from '../verify/verify-claim';
import { describeChange } from '../verify/verify-table';
import type { Localized } from '../i18n/lang';
import type { CellView, IndicatorView, RowView, SeriesPointView } from './types';

/** A cell as stored before its warning was bilingual. */
type StoredCell = Omit<CellView, 'warning'> & { readonly warning: Localized | string | null };

/** A row as stored before messages and warnings were bilingual: no `messageEn`, warnings as Vietnamese text. */
export type StoredRow = Omit<RowView, 'messageEn' | 'warnings' | 'cells'> & {
  readonly messageEn?: string;
  readonly warnings: readonly (RowWarning | string)[];
  readonly cells: readonly StoredCell[];
};

/** An indicator as stored before its warnings were bilingual (claims are read as rows). */
export type StoredIndicator = Omit<IndicatorView, 'warnings' | 'points' | 'claims'> & {
  readonly warnings: readonly (Localized | string)[];
  readonly points: readonly (Omit<SeriesPointView, 'warning'> & { readonly warning: Localized | string | null })[];
};

/** Said on the English page for a warning stored as Vietnamese text only. */
const STORED_WARNING_EN = 'A data-quality warning stored before English texts existed; upload the file again to read it in English.';

/** Said on the English page when a stored row cannot be checked again to the same verdict. */
const STORED_MESSAGE_EN = 'The English explanation of this stored row is not available; upload the file again to read it in English.';

/** The fewest decimals (at most 6) that write a stored value exactly. */
function decimalsOf(value: number): number {
  for (let d = 0; d < 6; d += 1) if (Math.abs(Math.round(value * 10 ** d) - value * 10 ** d) < 1e-6) return d;
  return 6;
}

/** A compared value with the decimals its cell printed (or the fewest that write it, for a plan value). */
function measuredOf(side: RowResult['from'], cells: readonly CellView[]): Measured | null {
  if (side === null || side.value === null) return null;
  const cell = cells.find((c) => c.year === side.year && c.value === side.value);
  return { value: side.value, decimals: cell?.decimals ?? decimalsOf(side.value) };
}

/** The English message of a stored row, checked again from its stored claim and values. */
function englishMessage(row: Omit<StoredRow, 'cells'> & { readonly cells: readonly CellView[] }): string {
  if (row.message === '') return '';
  const from = measuredOf(row.from, row.cells);
  const to = measuredOf(row.to, row.cells);
  if (row.claim === null) return from !== null && to !== null ? describeChange(from, to).en : STORED_MESSAGE_EN;
  const span = row.from !== null && row.to !== null ? row.to.year - row.from.year : null;
  const claim = row.parsed ?? { ok: false as const, reason: 'unparsed' as const, text: row.claim };
  const again = verifyClaim({ from, to, unit: row.unit, years: span !== null && span > 0 ? span : null, claim });
  // The same verdict and the same Vietnamese text: the English text says the same thing.
  return again.verdict === row.verdict && again.message.vi === row.message ? again.message.en : STORED_MESSAGE_EN;
}

function upgradeWarning(w: RowWarning | string): RowWarning {
  return typeof w === 'string' ? { code: 'stored-text', message: storedText(w) } : w;
}

/** A warning stored as Vietnamese text, with the English notice. */
function storedText(vi: string): Localized {
  return { vi, en: STORED_WARNING_EN };
}

function upgradeText(w: Localized | string): Localized;
function upgradeText(w: Localized | string | null): Localized | null;
function upgradeText(w: Localized | string | null): Localized | null {
  return typeof w === 'string' ? storedText(w) : w;
}

/**
 * A stored indicator in today's shape: warnings stored as Vietnamese text get the English notice.
 *
 * @example
 * upgradeIndicator({ ...indicator, warnings: ['"147.210" (1991) đọc là 147,210'] }).warnings[0]?.vi // '"147.210" (1991) đọc là 147,210'
 */
export function upgradeIndicator(indicator: StoredIndicator): Omit<IndicatorView, 'claims'> {
  return {
    ...indicator,
    warnings: indicator.warnings.map((w) => upgradeText(w)),
    points: indicator.points.map((p) => ({ ...p, warning: upgradeText(p.warning) })),
  };
}

/**
 * A stored row in today's shape: a row written before messages were bilingual gets its English
 * message by checking its stored claim against its stored values again (kept only when that gives
 * the same verdict and the same Vietnamese text), and its Vietnamese warnings become `stored-text`
 * warnings. A current row is returned as it is.
 *
 * @example
 * upgradeRow({ ...row, messageEn: undefined, message: '39,8 / 10,6 = 3,75 → làm tròn 3,8' }).messageEn
 * // '39,8 / 10,6 = 3,75 → rounds to 3,8'
 */
export function upgradeRow(row: StoredRow): RowView {
  const cells = row.cells.map((c) => ({ ...c, warning: upgradeText(c.warning) }));
  const messageEn = row.messageEn ?? englishMessage({ ...row, cells });
  return { ...row, cells, messageEn, warnings: row.warnings.map(upgradeWarning) };
}
