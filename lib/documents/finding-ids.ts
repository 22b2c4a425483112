import type { ProseCheck, ProseClaimResult } from '../extract/check-prose';
import { isPeriod } from '../extract/finding/find-time-phrases';
import type { ClaimYears, Figure } from '../extract/types';
import type { DocumentTable } from '../prose/document-tables';
import type { RowResult } from '../verify/result';
import type { DocumentCheck, DocumentClaim, DocumentRow, DocumentTableResult } from './types';

/**
 * Stable ids for what the checker finds in a document, and the keys that match findings across
 * versions. A finding is known by what it says, never by where it sits: its indicator (lower case,
 * spaces collapsed), its years, its kind and its figure. Equal keys are told apart by order of
 * appearance. The id is the key hashed (FNV-1a, 32 bits) with that rank, so a re-check that finds the
 * same claims gives them the same ids. Pure.
 */

/** What a finding says, without its figure, and with it. */
export interface FindingKey {
  /** Indicator, years and kind: a finding of version 2 with the same subject may have changed its figure. */
  readonly subject: string;
  /** The subject and the figure. */
  readonly full: string;
}

function indicatorKey(indicator: string | null): string {
  return (indicator ?? '').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();
}

function yearsKey(years: ClaimYears): string {
  return isPeriod(years) ? `${years.from}-${years.to}` : years.join(',');
}

function figureKey(figure: Figure | null): string {
  return figure === null ? '' : `${figure.value}${figure.unit ?? ''}`;
}

/**
 * @example
 * claimKey(claim) // { subject: 'claim|vốn đầu tư|2022|comparison', full: 'claim|vốn đầu tư|2022|comparison|39.6%' }
 */
export function claimKey(claim: ProseClaimResult | Omit<ProseClaimResult, 'id'>): FindingKey {
  const subject = ['claim', indicatorKey(claim.indicator), yearsKey(claim.years), claim.kind].join('|');
  return { subject, full: `${subject}|${figureKey(claim.figure)}` };
}

/**
 * @example
 * rowKey(row) // { subject: 'row|thu ngân sách|2015,2020|percent', full: 'row|thu ngân sách|2015,2020|percent|Tăng 60%' }
 */
export function rowKey(row: RowResult): FindingKey {
  const years = [row.from?.year, row.to?.year].filter((y) => y !== undefined).join(',');
  const subject = ['row', indicatorKey(row.indicator), years, row.kind ?? ''].join('|');
  return { subject, full: `${subject}|${(row.claim ?? '').replace(/\s+/gu, ' ').trim()}` };
}

/**
 * @example
 * checkKey(check) // { subject: 'check|dịch vụ|2022|shares-not-100', full: 'check|dịch vụ|2022|shares-not-100|' }
 */
export function checkKey(check: ProseCheck): FindingKey {
  const subject = ['check', indicatorKey(check.indicator), String(check.year ?? ''), check.kind].join('|');
  return { subject, full: `${subject}|` };
}

/** FNV-1a over the UTF-16 code units, as 8 hex digits. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Ids for keys in order: `prefix-hash-rank`, the rank counting earlier equal keys. */
function idsFor(prefix: string, keys: readonly FindingKey[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((k) => {
    const rank = seen.get(k.full) ?? 0;
    seen.set(k.full, rank + 1);
    return `${prefix}-${hash(k.full)}-${rank + 1}`;
  });
}

/**
 * The claims, checks and table rows of a checked text with their stable ids.
 *
 * @example
 * identify(report.claims, report.checks, tables).claims[0]?.id // 'c-1a2b3c4d-1'
 */
export function identify(
  claims: readonly ProseClaimResult[],
  checks: readonly ProseCheck[],
  tables: readonly DocumentTable[],
): { claims: DocumentClaim[]; checks: DocumentCheck[]; tables: DocumentTableResult[] } {
  const claimIds = idsFor('c', claims.map(claimKey));
  const checkIds = idsFor('k', checks.map(checkKey));
  const rowIds = idsFor('t', tables.flatMap((t) => t.results.map(rowKey)));
  let row = 0;
  return {
    claims: claims.map((c, i) => ({ ...c, id: claimIds[i] ?? '', position: c.id })),
    checks: checks.map((k, i) => ({ ...k, id: checkIds[i] ?? '' })),
    tables: tables.map((t) => ({ ...t, results: t.results.map((r): DocumentRow => ({ ...r, id: rowIds[row++] ?? '' })) })),
  };
}
