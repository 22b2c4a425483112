import 'server-only';
import { documentSheetEntry } from '../../team/document-sheet-entry';
import { layOutReviewSheet, type ReviewSheet } from '../../team/review-sheet';
import type { ApiResult } from '../api/respond';
import { orgName } from '../config';
import { getDataset } from '../data';
import { readDocument } from '../documents/documents';
import type { DocumentStore } from '../store/document-store';
import { getDocumentStore, getTeamStore } from '../store/default-store';
import type { TeamStore } from '../store/team-types';
import { readDocumentReview } from './document-review';

/**
 * The review sheet of a stored document: its findings whose current status is `confirmed` (xác nhận
 * sai), in the document's order, each with its latest decision. The office is `SOATSO_ORG_NAME`; the
 * place is the bundled report's province (the office's own), else left to fill in.
 *
 * @example
 * const sheet = await documentReviewSheet(id);
 * if (sheet.ok) sheet.value.sheet.entries.length // 2
 */
export async function documentReviewSheet(
  id: string,
  documents: DocumentStore = getDocumentStore(),
  team: TeamStore = getTeamStore(),
  now: Date = new Date(),
): Promise<ApiResult<{ readonly sheet: ReviewSheet; readonly documentId: string }>> {
  const document = await readDocument(documents, id);
  if (!document.ok) return document;
  const review = await readDocumentReview(team, document.value);
  const entries = review.findings.flatMap((finding) => {
    const decision = review.histories.get(finding.id)?.at(-1);
    return decision && decision.status === 'confirmed' ? [documentSheetEntry(finding, decision)] : [];
  });
  const { summary } = document.value;
  const sheet = layOutReviewSheet(
    { documentTitle: `tài liệu “${summary.name}” (phiên bản ${summary.version})`, org: orgName(), place: getDataset()?.document.place ?? null, date: now },
    entries,
  );
  return { ok: true, value: { sheet, documentId: summary.id } };
}
