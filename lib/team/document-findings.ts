import { lineFinder } from '../cli/format-prose';
import type { DocumentCheckResult } from '../documents/types';
import { CONSISTENCY_LABELS } from '../extract/checks/consistency-labels';
import type { CheckSeverity } from '../extract/checks/consistency-types';
import type { Localized } from '../i18n/lang';
import type { Verdict } from '../verify/types';
import { formatRowFigure, type FigureRow } from '../series/recomputed-figure';
import { findingCount, isFinding } from './findings';

/**
 * The findings of a stored document a reviewer decides on: every claim of the text and every table
 * row that is checked and not a match, and every consistency check. Each keeps the stable id the
 * document gave it (the decision's target), where it sits (page, line) and what the sheet needs. Pure.
 */

export type DocumentFindingSource = 'claim' | 'row' | 'check';

export interface DocumentFinding {
  /** The stable id (`c-…`, `t-…`, `k-…`): what a decision targets. */
  readonly id: string;
  readonly source: DocumentFindingSource;
  readonly indicator: string | null;
  /** The words as printed: the claim, the table row's comparison, or the figures a check read. */
  readonly printed: string;
  /** The claim's or row's verdict; `null` for a consistency check. */
  readonly verdict: Verdict | null;
  /** A check's severity; `null` for a claim or a row. */
  readonly severity: CheckSeverity | null;
  /** A check's name in both languages; `null` for a claim or a row. */
  readonly checkName: Localized | null;
  /** What the checker worked out, with its arithmetic, in both languages. */
  readonly message: Localized;
  /** What should have been printed, when the checker knows. */
  readonly expected: string | null;
  /** The 1-based page of a PDF; `null` otherwise. */
  readonly page: number | null;
  /** The 1-based line of the extracted text (of the table's file for a row). */
  readonly line: number;
  /** The 1-based table of the document a row belongs to; `null` otherwise. */
  readonly table: number | null;
  /** The printed values a claim or row compared ("2015: 1.042,5 → 2020: 1.563,7"); '' when none. */
  readonly values: string;
  /** The recomputed figure of a table row ("50,0%"); `null` for a claim or a check (their message says it). */
  readonly figure: Localized | null;
}

const VALUE_FORMAT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 });

function side(point: { readonly year: number | null; readonly value: number | null } | null): string | null {
  if (point === null || point.value === null) return null;
  const value = VALUE_FORMAT.format(point.value);
  return point.year === null ? value : `${point.year}: ${value}`;
}

function valuesText(from: { readonly year: number | null; readonly value: number | null } | null, to: { readonly year: number | null; readonly value: number | null } | null): string {
  return [side(from), side(to)].filter((v): v is string => v !== null).join(' → ');
}

function rowFigure(row: FigureRow): Localized | null {
  const vi = formatRowFigure(row, 'vi');
  const en = formatRowFigure(row, 'en');
  return vi === null || en === null ? null : { vi, en };
}

/**
 * The findings of a stored document in order: the text's claims, then the tables' rows, then the checks.
 *
 * @example
 * documentFindings(document).map((f) => f.id) // ['c-1a2b3c4d-1', 'k-9f8e7d6c-1']
 */
export function documentFindings(document: DocumentCheckResult & { readonly text: string }): DocumentFinding[] {
  const lineOf = lineFinder(document.text);
  const claims = document.claims
    .filter((c) => isFinding(c.verdict))
    .map(
      (c): DocumentFinding => ({
        id: c.id,
        source: 'claim',
        indicator: c.indicator,
        printed: c.text,
        verdict: c.verdict,
        severity: null,
        checkName: null,
        message: { vi: c.message, en: c.messageEn },
        expected: c.expected,
        page: c.page ?? null,
        line: lineOf(c.start),
        table: null,
        values: valuesText(c.from, c.to),
        figure: null,
      }),
    );
  const rows = document.tables.flatMap((t) =>
    t.results
      .filter((r) => isFinding(r.verdict))
      .map(
        (r): DocumentFinding => ({
          id: r.id,
          source: 'row',
          indicator: r.indicator,
          printed: r.claim ?? '',
          verdict: r.verdict,
          severity: null,
          checkName: null,
          message: { vi: r.message, en: r.messageEn || r.message },
          expected: r.expected,
          page: t.page,
          line: r.row,
          table: t.index,
          values: valuesText(r.from, r.to),
          figure: rowFigure(r),
        }),
      ),
  );
  const checks = document.checks.map((k): DocumentFinding => {
    const first = k.spans[0];
    const printed = k.spans.map((s) => document.text.slice(s.start, s.end).trim()).filter((p) => p !== '');
    return {
      id: k.id,
      source: 'check',
      indicator: k.indicator,
      printed: [...new Set(printed)].join(' · '),
      verdict: null,
      severity: k.severity,
      checkName: CONSISTENCY_LABELS[k.kind],
      message: k.message,
      expected: null,
      page: first?.page ?? null,
      line: first === undefined ? 1 : lineOf(first.start),
      table: null,
      values: '',
      figure: null,
    };
  });
  return [...claims, ...rows, ...checks];
}

/**
 * How many findings a stored document has, from its summary: the claims and table rows that are
 * checked and not a match, and the consistency checks.
 *
 * @example
 * documentFindingTotal({ counts: { match: 3, mismatch: 2, none: 4, … }, checkCount: 1 }) // 3
 */
export function documentFindingTotal(summary: { readonly counts: Readonly<Record<Verdict, number>>; readonly checkCount: number }): number {
  return findingCount(summary.counts) + summary.checkCount;
}

/** How many of a document's findings nobody has reviewed, and how many there are. */
export interface DocumentOpenCount {
  readonly open: number;
  readonly total: number;
}

/**
 * The open findings of the latest version of each document, summed (earlier versions are history).
 *
 * @example
 * latestOpenTotal([v1, v2, other], { [v1.id]: { open: 2, total: 2 }, [v2.id]: { open: 0, total: 1 }, [other.id]: { open: 1, total: 3 } })
 * // { open: 1, documents: 2 }
 */
export function latestOpenTotal(
  items: readonly { readonly id: string; readonly seriesId: string; readonly version: number }[],
  open: Readonly<Record<string, DocumentOpenCount>>,
): { readonly open: number; readonly documents: number } {
  const latest = new Map<string, { readonly id: string; readonly version: number }>();
  for (const d of items) {
    const held = latest.get(d.seriesId);
    if (held === undefined || held.version < d.version) latest.set(d.seriesId, d);
  }
  return { open: [...latest.values()].reduce((sum, d) => sum + (open[d.id]?.open ?? 0), 0), documents: latest.size };
}
