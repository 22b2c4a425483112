import 'server-only';
import type { RoleCorrection } from '../../tables/apply-roles';
import { withSavedRoles } from '../../tables/header-signature';
import type { Recognition } from '../../upload/types';
import type { ApiResult } from '../api/respond';
import type { UploadLimits } from '../config';
import type { DatasetStore, SavedCorrection } from '../store/types';
import type { Analysis } from './analyse-upload';
import type { UploadedFile } from './parse-upload';

/** Runs the analysis of an upload (the worker pool in production, a direct call in tests). */
export type Analyse = (files: readonly UploadedFile[], limits: UploadLimits) => Promise<ApiResult<Analysis>>;

/** A saved correction matched to a table of this upload. */
interface Match {
  readonly table: string;
  readonly saved: SavedCorrection;
}

function matchesOf(recognised: readonly Recognition[], saved: readonly SavedCorrection[], declined: ReadonlySet<string>): Match[] {
  const bySignature = new Map(saved.map((s) => [s.signature, s] as const));
  return recognised.flatMap((r) => {
    if (r.kind !== 'report' || r.table === undefined || r.headerKey === undefined || declined.has(r.table)) return [];
    const found = bySignature.get(r.headerKey);
    return found ? [{ table: r.table, saved: found }] : [];
  });
}

/** The upload's roles with each matched table's saved roles added under the user's own. */
function rolesWithSaved(user: readonly RoleCorrection[], matches: readonly Match[]): RoleCorrection[] {
  const matched = new Set(matches.map((m) => m.table));
  return [...user.filter((c) => !matched.has(c.table)), ...matches.flatMap((m) => withSavedRoles(m.saved.roles, m.table, user))];
}

/**
 * Analyses an upload, then reuses role corrections saved with earlier datasets: every report table
 * whose header rows read the same after folding as a corrected one (and which the user did not
 * decline) is read again with that correction under the user's own, and its recognition says which
 * dataset the correction came from (`reused`). Without a store (an unsigned preview) nothing is
 * looked up.
 *
 * @example
 * const analysis = await analyseWithSavedRoles(upload.files, upload.declined, readLimits(), getStore(), analyseInPool);
 * if (analysis.ok) analysis.value.recognised[0]?.reused // { dataset: '3f2b…', name: 'Biểu 02', columns: 1 }
 */
export async function analyseWithSavedRoles(
  files: readonly UploadedFile[],
  declined: readonly string[],
  limits: UploadLimits,
  store: Pick<DatasetStore, 'savedCorrections'> | null,
  analyse: Analyse,
): Promise<ApiResult<Analysis>> {
  const first = await analyse(files, limits);
  if (!first.ok || store === null) return first;
  const refused = new Set(declined);
  const signatures = first.value.recognised.flatMap((r) => (r.headerKey !== undefined && r.table !== undefined && !refused.has(r.table) ? [r.headerKey] : []));
  if (signatures.length === 0) return first;
  const matches = matchesOf(first.value.recognised, await store.savedCorrections(signatures), refused);
  if (matches.length === 0) return first;
  const again = await analyse(
    files.map((f) => ({ ...f, roles: rolesWithSaved(f.roles ?? [], matches) })),
    limits,
  );
  if (!again.ok) return again;
  const byTable = new Map(matches.map((m) => [m.table, m.saved] as const));
  const recognised = again.value.recognised.map((r) => {
    const saved = r.table === undefined ? undefined : byTable.get(r.table);
    return saved ? { ...r, reused: { dataset: saved.dataset, name: saved.name, columns: saved.roles.length } } : r;
  });
  return { ok: true, value: { ...again.value, recognised } };
}
