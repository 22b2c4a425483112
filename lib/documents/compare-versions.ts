import type { Localized } from '../i18n/lang';
import type { Verdict } from '../verify/types';
import { checkKey, claimKey, rowKey, type FindingKey } from './finding-ids';
import type { DocumentCheckResult } from './types';

/**
 * Compares two versions of a document finding by finding. Findings are matched by what they say
 * (indicator, years, kind and figure; see finding-ids.ts), never by line number: first those that
 * say the same thing with the same figure, then, among the rest, those about the same indicator,
 * years and kind whose figure changed. Ties go by order of appearance. Each finding of the later
 * version is then `fixed` (it was wrong and is not any more), `unchanged` (còn nguyên: as it was) or
 * `new` (not in the earlier version, or wrong only now); a wrong finding of the earlier version that is
 * gone is `fixed` too. Pure.
 */

export type VersionState = 'fixed' | 'unchanged' | 'new';

export const VERSION_STATES: readonly VersionState[] = ['fixed', 'unchanged', 'new'];

/** One finding as the comparison shows it. */
export interface FindingView {
  readonly id: string;
  readonly source: 'claim' | 'row' | 'check';
  /** The claim as printed, or the check's message in Vietnamese (what the matching compares). */
  readonly text: string;
  /** A check's message in both languages, shown in the page's language; `null` for a claim or a row. */
  readonly message: Localized | null;
  readonly indicator: string | null;
  /** The claim's verdict; `null` for a consistency check. */
  readonly verdict: Verdict | null;
  /** True for a verdict `mismatch` or `wrong_direction`, or a failed check of severity `error`. */
  readonly wrong: boolean;
  readonly page: number | null;
}

export interface VersionEntry {
  readonly state: VersionState;
  readonly before: FindingView | null;
  readonly after: FindingView | null;
  /** Both versions hold the finding but print a different figure. */
  readonly figureChanged: boolean;
}

export interface VersionComparison {
  readonly entries: readonly VersionEntry[];
  readonly counts: Readonly<Record<VersionState, number>>;
}

interface Item {
  readonly key: FindingKey;
  readonly view: FindingView;
}

function isWrong(verdict: Verdict): boolean {
  return verdict === 'mismatch' || verdict === 'wrong_direction';
}

/** The findings of one version in order: checked claims, then checked table rows, then checks. */
function itemsOf(result: DocumentCheckResult): Item[] {
  const claims = result.claims
    .filter((c) => c.verdict !== 'none')
    .map((c): Item => ({
      key: claimKey(c),
      view: { id: c.id, source: 'claim', text: c.text, message: null, indicator: c.indicator, verdict: c.verdict, wrong: isWrong(c.verdict), page: c.page ?? null },
    }));
  const rows = result.tables.flatMap((t) =>
    t.results
      .filter((r) => r.verdict !== 'none')
      .map((r): Item => ({
        key: rowKey(r),
        view: { id: r.id, source: 'row', text: r.claim ?? '', message: null, indicator: r.indicator, verdict: r.verdict, wrong: isWrong(r.verdict), page: t.page },
      })),
  );
  const checks = result.checks.map((k): Item => ({
    key: checkKey(k),
    view: { id: k.id, source: 'check', text: k.message.vi, message: k.message, indicator: k.indicator, verdict: null, wrong: k.severity === 'error', page: k.spans[0]?.page ?? null },
  }));
  return [...claims, ...rows, ...checks];
}

/** Queues of the earlier findings' indices by a key, in order of appearance. */
function queues(items: readonly Item[], pick: (k: FindingKey) => string, taken: ReadonlySet<number>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  items.forEach((item, i) => {
    if (taken.has(i)) return;
    const key = pick(item.key);
    const list = out.get(key);
    if (list) list.push(i);
    else out.set(key, [i]);
  });
  return out;
}

function stateOf(before: FindingView | null, after: FindingView): VersionState {
  if (before === null) return 'new';
  if (before.wrong && !after.wrong) return 'fixed';
  if (!before.wrong && after.wrong) return 'new';
  return 'unchanged';
}

/**
 * @example
 * const { counts } = compareVersions(version1, version2);
 * counts // { fixed: 1, unchanged: 5, new: 1 }
 */
export function compareVersions(earlier: DocumentCheckResult, later: DocumentCheckResult): VersionComparison {
  const before = itemsOf(earlier);
  const after = itemsOf(later);
  const pairedWith = new Array<number | null>(after.length).fill(null);
  const taken = new Set<number>();
  for (const pick of [(k: FindingKey) => k.full, (k: FindingKey) => k.subject]) {
    const waiting = queues(before, pick, taken);
    after.forEach((item, i) => {
      if (pairedWith[i] !== null) return;
      const match = waiting.get(pick(item.key))?.shift();
      if (match === undefined) return;
      pairedWith[i] = match;
      taken.add(match);
    });
  }
  const entries: VersionEntry[] = after.map((item, i) => {
    const j = pairedWith[i];
    const old = j === null || j === undefined ? null : (before[j] ?? null);
    return {
      state: stateOf(old?.view ?? null, item.view),
      before: old?.view ?? null,
      after: item.view,
      figureChanged: old !== null && old.key.full !== item.key.full,
    };
  });
  before.forEach((item, j) => {
    if (!taken.has(j) && item.view.wrong) entries.push({ state: 'fixed', before: item.view, after: null, figureChanged: false });
  });
  const counts: Record<VersionState, number> = { fixed: 0, unchanged: 0, new: 0 };
  for (const e of entries) counts[e.state] += 1;
  return { entries, counts };
}
