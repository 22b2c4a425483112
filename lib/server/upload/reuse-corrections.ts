import 'server-only';
import type { RoleCorrection } from '../../tables/apply-roles';
import type { HeaderRowsCorrection } from '../../tables/header-rows';
import { headerRowsCandidates, withSavedRoles, type HeaderRowsCandidate } from '../../tables/header-signature';
import type { ReportTable } from '../../tables/types';
import type { LineRange, Recognition, ReusedCorrection } from '../../upload/types';
import type { ApiResult } from '../api/respond';
import type { UploadLimits } from '../config';
import type { DatasetStore, SavedCorrection } from '../store/types';
import type { Analysis } from './analyse-upload';
import type { UploadedFile } from './parse-upload';

/** What corrections are looked up by: what was recognised, and each report table's header lines (an Analysis, a PreparedUpload). */
export interface Correctable {
  readonly recognised: readonly Recognition[];
  readonly tables: readonly { readonly table: Pick<ReportTable, 'file' | 'headerLines'> }[];
}

/** Runs the analysis of an upload (the worker pool in production, a direct call in tests). */
export type Analyse<A extends Correctable = Analysis> = (files: readonly UploadedFile[], limits: UploadLimits) => Promise<ApiResult<A>>;

/** A saved correction matched to a table of this upload, with the header rows it sets there (null: roles only). */
interface Match {
  readonly table: string;
  readonly saved: SavedCorrection;
  readonly rows: LineRange | null;
}

/** What each report table of an upload may have been corrected under: its own header, and (when the user chose no header rows) the ranges of rows around it. */
interface Lookup {
  readonly table: string;
  readonly own: string;
  readonly candidates: readonly HeaderRowsCandidate[];
}

function lookupsOf(analysis: Correctable, declined: ReadonlySet<string>): Lookup[] {
  const linesOf = new Map(analysis.tables.map(({ table }) => [table.file, table.headerLines ?? []] as const));
  return analysis.recognised.flatMap((r) => {
    if (r.kind !== 'report' || r.table === undefined || declined.has(r.table)) return [];
    const own = r.headerRowsKey ?? r.headerKey;
    if (own === undefined) return [];
    const candidates = r.headerForced ? [] : headerRowsCandidates(linesOf.get(r.table) ?? []);
    return [{ table: r.table, own, candidates }];
  });
}

/**
 * Each table's match: a saved header-rows correction found on a range of its rows (the range with
 * the most rows, then the first), else a correction saved under its own header.
 */
function matchesOf(lookups: readonly Lookup[], saved: readonly SavedCorrection[]): Match[] {
  const bySignature = new Map(saved.map((s) => [s.signature, s] as const));
  return lookups.flatMap((l): Match[] => {
    let best: Match | null = null;
    for (const c of l.candidates) {
      const found = bySignature.get(c.signature);
      if (!found || found.headerRows !== c.to - c.from + 1) continue;
      const longer = best === null || best.rows === null || c.to - c.from > best.rows.to - best.rows.from;
      if (longer) best = { table: l.table, saved: found, rows: { from: c.from, to: c.to } };
    }
    if (best) return [best];
    const own = bySignature.get(l.own);
    return own ? [{ table: l.table, saved: own, rows: null }] : [];
  });
}

/** The upload's roles with each matched table's saved roles added under the user's own. */
function rolesWithSaved(user: readonly RoleCorrection[], matches: readonly Match[]): RoleCorrection[] {
  const matched = new Set(matches.map((m) => m.table));
  return [...user.filter((c) => !matched.has(c.table)), ...matches.flatMap((m) => withSavedRoles(m.saved.roles, m.table, user))];
}

/** The upload's header rows with the header rows of each table matched by a header-rows correction. */
function headerRowsWithSaved(user: readonly HeaderRowsCorrection[], matches: readonly Match[]): HeaderRowsCorrection[] {
  return [...user, ...matches.flatMap((m) => (m.rows ? [{ table: m.table, from: m.rows.from, to: m.rows.to }] : []))];
}

function reusedOf(match: Match): ReusedCorrection {
  const base = { dataset: match.saved.dataset, name: match.saved.name, columns: match.saved.roles.length };
  return match.rows ? { ...base, headerRows: match.rows } : base;
}

/**
 * Analyses an upload, then reuses corrections saved with earlier datasets: every report table
 * (which the user did not decline) is read again with a saved correction under the user's own,
 * and its recognition says which dataset the correction came from (`reused`). A header-rows
 * correction is found when a range of raw rows around the table's header (three above and below
 * the header as found, up to six rows: headerRowsCandidates) reads the same after folding as the
 * rows the user chose; a role correction, when the table's column headers read the same. Saved
 * header rows that do not read in the new file are dropped (the file is read as recognised).
 * Without a store (an unsigned preview) nothing is looked up.
 *
 * @example
 * const analysis = await analyseWithSavedRoles(upload.files, upload.declined, readLimits(), getStore(), analyseInPool);
 * if (analysis.ok) analysis.value.recognised[0]?.reused // { dataset: '3f2b…', name: 'Biểu 02', columns: 1 }
 */
export async function analyseWithSavedRoles<A extends Correctable>(
  files: readonly UploadedFile[],
  declined: readonly string[],
  limits: UploadLimits,
  store: Pick<DatasetStore, 'savedCorrections'> | null,
  analyse: Analyse<A>,
): Promise<ApiResult<A>> {
  const first = await analyse(files, limits);
  if (!first.ok || store === null) return first;
  const refused = new Set(declined);
  const lookups = lookupsOf(first.value, refused);
  // Every table's own header first: past the store's lookup limit only ranges of rows are left out.
  const signatures = [...lookups.map((l) => l.own), ...lookups.flatMap((l) => l.candidates.map((c) => c.signature))];
  if (signatures.length === 0) return first;
  const matches = matchesOf(lookups, await store.savedCorrections(signatures));
  if (matches.length === 0) return first;
  const again = await analyse(
    files.map((f) => ({ ...f, roles: rolesWithSaved(f.roles ?? [], matches), headerRows: headerRowsWithSaved(f.headerRows ?? [], matches) })),
    limits,
  );
  // Saved header rows that do not read in this file are not forced on it: the file is read as recognised.
  if (!again.ok) return matches.some((m) => m.rows !== null) ? first : again;
  const byTable = new Map(matches.map((m) => [m.table, m] as const));
  const recognised = again.value.recognised.map((r) => {
    const match = r.table === undefined ? undefined : byTable.get(r.table);
    return match ? { ...r, reused: reusedOf(match) } : r;
  });
  return { ok: true, value: { ...again.value, recognised } };
}
