import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { NewVersionForm, RecheckDocumentButton } from '@/components/documents/document-actions';
import styles from '@/components/documents/documents.module.css';
import { DocumentView } from '@/components/documents/document-view';
import { DOCUMENT_STRINGS } from '@/components/documents/strings';
import { VersionComparison } from '@/components/documents/version-comparison';
import { getPageLang } from '@/components/layout/page-lang';
import { canWrite, requireReader } from '@/lib/server/auth/page-user';
import { claimVerdicts } from '@/components/overview/verdict-counts';
import { formatUploadDate } from '@/components/upload/format-date';
import { VerdictBadge } from '@/components/verdict/verdict-badge';
import { compareVersions } from '@/lib/documents/compare-versions';
import type { StoredDocument } from '@/lib/documents/types';
import { isDatasetId } from '@/lib/server/store/dataset-id';
import { getDocumentStore, getTeamStore } from '@/lib/server/store/default-store';
import { documentDifferences } from '@/lib/server/indicators';
import type { ConsistencyFinding } from '@/lib/extract/checks/consistency-types';
import { readDocumentReview } from '@/lib/server/team/document-review';
import { readDecisionStatus } from '@/lib/team/types';
import { DocumentReview } from '@/components/decisions/document-review';
import { DECISION_STRINGS } from '@/components/decisions/strings';

/** The stored findings plus `differs-between-documents` against the other stored documents, worked out on view. */
function withDifferences(document: StoredDocument, differences: readonly ConsistencyFinding[]): StoredDocument {
  const byPosition = new Map(document.claims.map((c) => [c.position, c]));
  const extra = differences.map((f, i) => ({
    ...f,
    id: `between-${i}`,
    spans: f.claims.flatMap((p) => {
      const claim = byPosition.get(p);
      return claim === undefined ? [] : [{ start: claim.start, end: claim.end }];
    }),
  }));
  return extra.length === 0 ? document : { ...document, checks: [...document.checks, ...extra] };
}

type Params = Promise<{ lang: string; id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function readStored(id: string): Promise<StoredDocument | null> {
  return isDatasetId(id) ? getDocumentStore().getDocument(id) : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  await connection();
  const { id } = await params;
  return { title: (await readStored(id))?.summary.name ?? id };
}

/**
 * `/tai-lieu/[id]`: a saved document (re-check and new versions for reviewers): its versions, the marked text beside its findings, its tables,
 * a re-check with the current engine, the comparison with the version before, the review of its findings
 * (`?status=` filters by decision; the controls for reviewers only) and the upload of the next version.
 */
export default async function StoredDocumentPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  await connection();
  const { id } = await params;
  const rawStatus = (await searchParams).status;
  const status = readDecisionStatus(typeof rawStatus === 'string' ? rawStatus : null);
  const user = await requireReader(`/tai-lieu/${encodeURIComponent(id)}`);
  const writer = canWrite(user);
  const lang = await getPageLang(params);
  const t = DOCUMENT_STRINGS[lang];
  const document = await readStored(id);
  if (document === null) notFound();
  const { summary } = document;
  const store = getDocumentStore();
  const versions = await store.documentVersions(id);
  const previous = versions.filter((v) => v.version < summary.version).at(-1);
  const earlier = previous === undefined ? null : await store.getDocument(previous.id);
  const review = await readDocumentReview(getTeamStore(), document);
  const d = DECISION_STRINGS[lang];
  const langQuery = lang === 'en' ? '?lang=en' : '';
  const number = new Intl.NumberFormat('vi-VN');
  // Grammar: a dot and the extension letters at the end. Example: "bao-cao.pdf" → "bao-cao".
  const fileTitle = summary.name.replace(/\.[^.]+$/u, '');
  return (
    <>
      <header className="page-head">
        <p className="page-head__eyebrow">{t.listTitle}</p>
        <h1>
          {summary.name} <span className="muted">· {t.version(summary.version)}</span>
        </h1>
        <ul className={`${styles.meta} small muted`}>
          <li>
            {t.savedAt}: {formatUploadDate(summary.createdAt, lang)}
          </li>
          <li>
            {t.checkedAt}: {formatUploadDate(summary.checkedAt, lang)}
          </li>
          <li>
            {t.format}: {summary.format.toUpperCase()}
          </li>
          {summary.pages !== null ? <li>{t.pages(summary.pages)}</li> : null}
          <li>{t.checkedClaims(summary.claimCount)}</li>
        </ul>
        <ul className={styles.counts} aria-label={t.checkedClaims(summary.claimCount)}>
          {claimVerdicts(summary.counts).map((verdict) => (
            <li key={verdict}>
              <VerdictBadge verdict={verdict} lang={lang} /> <span className="num">{number.format(summary.counts[verdict])}</span>
            </li>
          ))}
        </ul>
        <p className="note">
          <a href="#document-review-title" className={styles.openLink}>
            {d.openFindings(number.format(review.counts.unreviewed), number.format(review.findings.length))}
          </a>
        </p>
        {writer ? <RecheckDocumentButton documentId={summary.id} lang={lang} /> : null}
      </header>
      {versions.length > 1 ? (
        <nav aria-labelledby="document-versions-title">
          <h2 id="document-versions-title">{t.versionsTitle}</h2>
          <ol>
            {versions.map((v) => (
              <li key={v.id}>
                {v.id === summary.id ? (
                  <span aria-current="page">
                    {t.version(v.version)} {t.thisVersion}
                  </span>
                ) : (
                  <Link href={`/tai-lieu/${v.id}${langQuery}`}>{t.version(v.version)}</Link>
                )}{' '}
                <span className="muted small">
                  · {v.name} · {formatUploadDate(v.createdAt, lang)}
                </span>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      {earlier !== null ? <VersionComparison comparison={compareVersions(earlier, document)} from={earlier.summary.version} to={summary.version} lang={lang} /> : null}
      <DocumentView result={withDifferences(document, await documentDifferences({ seriesId: summary.seriesId, claims: document.claims.map((c) => ({ ...c, id: c.position })) }))} lang={lang} fileTitle={fileTitle} />
      <DocumentReview
        documentId={summary.id}
        findings={review.findings}
        histories={review.histories}
        counts={review.counts}
        status={status}
        canDecide={writer}
        versions={new Map(versions.map((v) => [v.id, v.version]))}
        lang={lang}
      />
      {writer ? <NewVersionForm documentId={summary.id} lang={lang} /> : null}
    </>
  );
}
