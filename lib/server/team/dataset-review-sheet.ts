import 'server-only';
import { buildReviewSheet, type ReviewSheet } from '../../team/review-sheet';
import { refuse, type ApiResult } from '../api/respond';
import { orgName } from '../config';
import { loadDataset } from '../data';
import { BUNDLED_DATASET_ID } from '../bundled-dataset';
import { isDatasetId } from '../store/dataset-id';
import { getTeamStore } from '../store/default-store';
import type { TeamStore } from '../store/team-types';
import { readReviewState } from './review-state';

/**
 * The review sheet of a dataset (the bundled report or an upload): its findings whose current
 * status is `confirmed` (xác nhận sai), in the report's order, with their latest decision.
 *
 * @example
 * const sheet = await datasetReviewSheet('cao-bang');
 * if (sheet.ok) sheet.value.entries.length // 2
 */
export async function datasetReviewSheet(id: string, store: TeamStore = getTeamStore(), now: Date = new Date()): Promise<ApiResult<{ readonly sheet: ReviewSheet; readonly datasetId: string }>> {
  if (id !== BUNDLED_DATASET_ID && !isDatasetId(id)) {
    return refuse(400, { vi: `Mã bộ dữ liệu "${id.slice(0, 40)}" không hợp lệ.`, en: `Dataset id "${id.slice(0, 40)}" is not valid.` });
  }
  const dataset = await loadDataset(id);
  if (!dataset) return refuse(404, { vi: `Không có bộ dữ liệu ${id}.`, en: `There is no dataset ${id}.` });
  const review = await readReviewState(dataset.id, store);
  const titles = new Map(dataset.tables.map((t) => [t.id, t.title]));
  const findings = dataset.claims.flatMap((row) => {
    const decision = review.histories.get(row.key)?.at(-1);
    return decision && decision.status === 'confirmed' ? [{ row, tableTitle: titles.get(row.tableId) ?? row.tableId, decision }] : [];
  });
  const sheet = buildReviewSheet({
    documentTitle: dataset.document.title,
    org: orgName() ?? (dataset.document.issuer || null),
    place: dataset.document.place ?? null,
    date: now,
    findings,
  });
  return { ok: true, value: { sheet, datasetId: dataset.id } };
}
