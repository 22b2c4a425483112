import 'server-only';
import type { DocumentCheck, DocumentCheckResult, DocumentClaim, DocumentRow, DocumentSummary, StoredDocument } from '../../documents/types';

/*
 * The rows a stored document is kept in, the same for SQLite and PostgreSQL: one `documents` row per
 * version (its summary columns, text and the check without its findings) and one `document_findings`
 * row per finding.
 */

/**
 * The summary columns, `characters` computed from the text (`length()` in both databases) and
 * `check_count` counted from the findings (a correlated subquery, portable SQL); select them `FROM documents`.
 */
export const DOCUMENT_SUMMARY_COLUMNS =
  "id, series_id, version, name, format, size, sha256, pages, length(text) AS characters, created_at, checked_at, counts_json, claim_count, (SELECT COUNT(*) FROM document_findings f WHERE f.document_id = documents.id AND f.source = 'check') AS check_count";

export interface DocumentSummaryRow {
  id: string;
  series_id: string;
  version: number | string;
  name: string;
  format: DocumentSummary['format'];
  size: number | string;
  sha256: string;
  pages: number | string | null;
  characters: number | string;
  created_at: string;
  checked_at: string;
  counts_json: string;
  claim_count: number | string;
  check_count: number | string;
}

export interface FindingRow {
  source: 'claim' | 'check' | 'row';
  table_index: number | null;
  finding_json: string;
}

/** One finding as written: its place, stable id, source and JSON. */
export interface FindingPart {
  readonly position: number;
  readonly findingId: string;
  readonly source: FindingRow['source'];
  readonly tableIndex: number | null;
  readonly json: string;
}

/** What `result_json` holds: the check without its findings, which have rows of their own. */
type ResultHead = Omit<DocumentCheckResult, 'claims' | 'checks' | 'tables'> & {
  readonly tables: readonly { readonly index: number; readonly page: number | null }[];
};

/**
 * A document summary from its row (numbers may arrive as text from PostgreSQL's BIGINT).
 * @example documentSummaryOf(row).version // 1
 */
export function documentSummaryOf(row: DocumentSummaryRow): DocumentSummary {
  return {
    id: row.id,
    seriesId: row.series_id,
    version: Number(row.version),
    name: row.name,
    format: row.format,
    size: Number(row.size),
    sha256: row.sha256,
    pages: row.pages === null ? null : Number(row.pages),
    characters: Number(row.characters),
    createdAt: row.created_at,
    checkedAt: row.checked_at,
    counts: JSON.parse(row.counts_json) as DocumentSummary['counts'],
    claimCount: Number(row.claim_count),
    checkCount: Number(row.check_count),
  };
}

/**
 * The `result_json` of a check: everything but the findings.
 * @example JSON.parse(resultHeadOf(result)).counts // result.counts
 */
export function resultHeadOf(result: DocumentCheckResult): string {
  const head: ResultHead = {
    counts: result.counts,
    display: result.display,
    pageBreaks: result.pageBreaks,
    sources: result.sources,
    tables: result.tables.map((t) => ({ index: t.index, page: t.page })),
  };
  return JSON.stringify(head);
}

/**
 * The claims a check found (in prose and in tables), verdict `none` left out.
 * @example documentClaimCount(result) // 2
 */
export function documentClaimCount(result: DocumentCheckResult): number {
  return result.claims.filter((c) => c.verdict !== 'none').length + result.tables.reduce((n, t) => n + t.results.filter((r) => r.verdict !== 'none').length, 0);
}

/**
 * The finding rows of a check, in order: claims, checks, then table rows.
 * @example findingPartsOf(result)[0]?.source // 'claim'
 */
export function findingPartsOf(result: DocumentCheckResult): FindingPart[] {
  const parts: FindingPart[] = [];
  const add = (findingId: string, source: FindingRow['source'], tableIndex: number | null, finding: unknown): void => {
    parts.push({ position: parts.length, findingId, source, tableIndex, json: JSON.stringify(finding) });
  };
  for (const c of result.claims) add(c.id, 'claim', null, c);
  for (const k of result.checks) add(k.id, 'check', null, k);
  for (const t of result.tables) for (const r of t.results) add(r.id, 'row', t.index, r);
  return parts;
}

/**
 * A stored document from its row, text, `result_json` and findings in order.
 * @example assembleDocument(row, text, resultJson, findings).claims.length // 2
 */
export function assembleDocument(row: DocumentSummaryRow, text: string, resultJson: string, findings: readonly FindingRow[]): StoredDocument {
  const head = JSON.parse(resultJson) as ResultHead;
  const claims: DocumentClaim[] = [];
  const checks: DocumentCheck[] = [];
  const rows = new Map<number, DocumentRow[]>();
  for (const f of findings) {
    switch (f.source) {
      case 'claim':
        claims.push(JSON.parse(f.finding_json) as DocumentClaim);
        break;
      case 'check':
        checks.push(JSON.parse(f.finding_json) as DocumentCheck);
        break;
      case 'row': {
        const index = Number(f.table_index);
        const list = rows.get(index) ?? [];
        list.push(JSON.parse(f.finding_json) as DocumentRow);
        rows.set(index, list);
        break;
      }
    }
  }
  const tables = head.tables.map((t) => ({ ...t, results: rows.get(t.index) ?? [] }));
  return { ...head, summary: documentSummaryOf(row), text, claims, checks, tables };
}
