import 'server-only';
import { z } from 'zod';
import type { StoredDocument } from '../../documents/types';
import type { Localized } from '../../i18n/lang';
import { findingCount, openFindings } from '../../team/findings';
import type { ReviewSheet } from '../../team/review-sheet';
import { readDecisionStatus, type Decision, type SubjectKind, type User } from '../../team/types';
import { methodNotAllowed } from '../api/methods';
import { readJsonBody } from '../api/read-json';
import { attachmentResponse, errorResponse, guard, jsonResponse, requestLang, type ApiResult } from '../api/respond';
import { authorize, refuseUnsignedRead } from '../auth/authorize';
import type { DatasetReader } from '../data';
import { readDocument } from '../documents/documents';
import { limitRequest } from '../rate-limit/limit-request';
import { getDocumentStore, getTeamStore } from '../store/default-store';
import type { TeamStore } from '../store/team-types';
import { datasetReviewSheet } from './dataset-review-sheet';
import { openDecisionDataset } from './decision-subject';
import { readDocumentReview, recordDocumentDecision } from './document-review';
import { documentReviewSheet } from './document-review-sheet';
import { MAX_COMMENT_LENGTH, recordDecision, type DecisionInput } from './record-decision';
import { reviewSheetDocx } from './review-sheet-docx';

/*
 * The handlers of `/api/datasets/:id/decisions`, `/api/documents/:id/decisions` and the two
 * `/review-sheet` routes: one body of code for both kinds of subject; each route.ts only names its
 * kind. What differs per kind is how the subject is opened (id checks, 400/404), the GET body, how
 * a decision is recorded and the sheet's file name.
 */

/** The second argument of a dynamic route's handler (Next 16 passes `params` as a promise). */
export interface RouteContext {
  readonly params: Promise<{ id: string }>;
}

/** A GET or POST handler of a `/api/<kind>s/:id/…` route. */
export type RouteHandler = (request: Request, context: RouteContext) => Promise<Response>;
type NotAllowed = (request: Request) => Promise<Response>;

/** What one kind of subject does differently on the decision routes. */
interface DecisionKind<S> {
  /** The subject named by the route's `:id`, or its 400 (malformed id) / 404 (unknown). */
  open(id: string): Promise<ApiResult<S>>;
  /** The body of GET (the request for its query). */
  summary(store: TeamStore, subject: S, request: Request): Promise<Readonly<Record<string, unknown>>>;
  record(store: TeamStore, subject: S, user: User, input: DecisionInput): Promise<ApiResult<Decision>>;
}

const DATASET_DECISIONS: DecisionKind<DatasetReader> = {
  open: openDecisionDataset,
  async summary(store, reader) {
    const subject = { kind: 'dataset', id: reader.id } as const;
    const current = [...(await store.currentDecisions(subject)).values()];
    const findings = findingCount(reader.counts);
    const decided = current.filter((d) => d.status !== 'unreviewed').length;
    return { findings, open: openFindings(findings, decided), current, history: await store.decisionHistory(subject) };
  },
  record: recordDecision,
};

const DOCUMENT_DECISIONS: DecisionKind<StoredDocument> = {
  open: (id) => readDocument(getDocumentStore(), id),
  async summary(store, document, request) {
    const review = await readDocumentReview(store, document);
    const target = new URL(request.url).searchParams.get('target');
    const history = [...review.histories.entries()].filter(([t]) => target === null || t === target).flatMap(([, list]) => list);
    return {
      findings: review.findings.length,
      open: review.counts.unreviewed,
      counts: review.counts,
      current: [...review.histories.values()].flatMap((list) => list.slice(-1)).filter((d) => target === null || d.target === target),
      history: history.sort((a, b) => a.id - b.id),
    };
  },
  record: recordDocumentDecision,
};

const decisionSchema = z
  .object({
    target: z.string().min(1, 'Hãy cho biết phát hiện (target).').max(200, 'Mã phát hiện dài quá 200 ký tự.'),
    status: z.string().max(40, 'Trạng thái không hợp lệ.'),
    comment: z.string().max(MAX_COMMENT_LENGTH, `Nhận xét dài quá ${MAX_COMMENT_LENGTH} ký tự.`).default(''),
  })
  .strict();

const UNKNOWN_STATUS: Localized = {
  vi: 'Trạng thái phải là một trong: chưa xem, xác nhận sai, chấp nhận, bỏ qua (unreviewed, confirmed, accepted, dismissed).',
  en: 'The status must be one of: unreviewed, confirmed, accepted, dismissed (chưa xem, xác nhận sai, chấp nhận, bỏ qua).',
};

/** The handlers a decisions route.ts exports. */
export interface DecisionRoutes {
  readonly GET: RouteHandler;
  readonly POST: RouteHandler;
  readonly PUT: NotAllowed;
  readonly PATCH: NotAllowed;
  readonly DELETE: NotAllowed;
}

function decisionRoutesOf<S>(kind: DecisionKind<S>): DecisionRoutes {
  const GET = guard(async (request: Request, context: RouteContext) => {
    const unsigned = await refuseUnsignedRead(request);
    if (unsigned) return unsigned;
    const lang = requestLang(request);
    const subject = await kind.open((await context.params).id);
    if (!subject.ok) return errorResponse(subject.error, lang);
    return jsonResponse(200, await kind.summary(getTeamStore(), subject.value, request));
  });
  const POST = guard(async (request: Request, context: RouteContext) => {
    const refused = await limitRequest(request, 'save');
    if (refused) return refused;
    const auth = await authorize(request, 'reviewer');
    if (!auth.ok) return auth.response;
    const lang = requestLang(request);
    const subject = await kind.open((await context.params).id);
    if (!subject.ok) return errorResponse(subject.error, lang);
    const body = await readJsonBody(request, decisionSchema);
    if (!body.ok) return errorResponse(body.error, lang);
    const status = readDecisionStatus(body.value.status);
    if (!status) return errorResponse({ status: 400, message: UNKNOWN_STATUS }, lang);
    const recorded = await kind.record(getTeamStore(), subject.value, auth.user, { target: body.value.target, status, comment: body.value.comment.trim() });
    return recorded.ok ? jsonResponse(201, { decision: recorded.value }) : errorResponse(recorded.error, lang);
  });
  const notAllowed = methodNotAllowed(['GET', 'POST']);
  return { GET, POST, PUT: notAllowed, PATCH: notAllowed, DELETE: notAllowed };
}

/**
 * The handlers of `/api/datasets/:id/decisions` or `/api/documents/:id/decisions`. GET (public, or
 * any signed-in user where reading needs a session): the findings, how many are open, the current
 * decisions and the history. POST (a signed-in reviewer, from this site, within the `save` rate
 * limit) `{ target, status, comment }`: 201 `{ decision }`. Other methods: 405 with `Allow`.
 *
 * @example
 * // app/api/datasets/[id]/decisions/route.ts
 * export const { GET, POST, PUT, PATCH, DELETE } = decisionRoutes('dataset');
 */
export function decisionRoutes(kind: SubjectKind): DecisionRoutes {
  switch (kind) {
    case 'dataset':
      return decisionRoutesOf(DATASET_DECISIONS);
    case 'document':
      return decisionRoutesOf(DOCUMENT_DECISIONS);
  }
}

/** A built review sheet and the name of its `.docx`. */
interface SheetFile {
  readonly sheet: ReviewSheet;
  readonly fileName: string;
}

async function sheetFile(kind: SubjectKind, id: string): Promise<ApiResult<SheetFile>> {
  switch (kind) {
    case 'dataset': {
      const built = await datasetReviewSheet(id);
      return built.ok ? { ok: true, value: { sheet: built.value.sheet, fileName: `phieu-ra-soat-${built.value.datasetId}.docx` } } : built;
    }
    case 'document': {
      const built = await documentReviewSheet(id);
      return built.ok ? { ok: true, value: { sheet: built.value.sheet, fileName: `phieu-ra-soat-tai-lieu-${built.value.documentId}.docx` } } : built;
    }
  }
}

/** The handlers a review-sheet route.ts exports. */
export interface ReviewSheetRoutes {
  readonly GET: RouteHandler;
  readonly POST: NotAllowed;
  readonly PUT: NotAllowed;
  readonly PATCH: NotAllowed;
  readonly DELETE: NotAllowed;
}

/** The content type of a Word document (.docx). */
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The handlers of `/api/datasets/:id/review-sheet` or `/api/documents/:id/review-sheet`. GET: the
 * review sheet ("phiếu rà soát số liệu") of the confirmed findings as a `.docx` attachment
 * (`phieu-ra-soat-<id>.docx`, `phieu-ra-soat-tai-lieu-<id>.docx` for a document), never cached,
 * always in Vietnamese; a refusal is JSON in the request's language. Other methods: 405 with `Allow`.
 *
 * @example
 * // app/api/documents/[id]/review-sheet/route.ts
 * export const { GET, POST, PUT, PATCH, DELETE } = reviewSheetRoutes('document');
 */
export function reviewSheetRoutes(kind: SubjectKind): ReviewSheetRoutes {
  const GET = guard(async (request: Request, context: RouteContext) => {
    const unsigned = await refuseUnsignedRead(request);
    if (unsigned) return unsigned;
    const built = await sheetFile(kind, (await context.params).id);
    if (!built.ok) return errorResponse(built.error, requestLang(request));
    const bytes = await reviewSheetDocx(built.value.sheet);
    return attachmentResponse(bytes as Uint8Array<ArrayBuffer>, DOCX_TYPE, built.value.fileName);
  });
  const notAllowed = methodNotAllowed(['GET']);
  return { GET, POST: notAllowed, PUT: notAllowed, PATCH: notAllowed, DELETE: notAllowed };
}
