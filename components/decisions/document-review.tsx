import Link from 'next/link';
import docStyles from '@/components/documents/documents.module.css';
import { VerdictBadge } from '@/components/verdict/verdict-badge';
import { SEVERITY_LABELS } from '@/lib/extract/checks/consistency-labels';
import type { Lang } from '@/lib/i18n/lang';
import { formatNumber } from '@/lib/numbers/format-number';
import type { DocumentFinding } from '@/lib/team/document-findings';
import { DECISION_STATUSES, type Decision, type DecisionStatus } from '@/lib/team/types';
import { DecisionPanel } from './decision-panel';
import styles from './document-review.module.css';
import { DECISION_STRINGS, STATUS_SYMBOLS } from './strings';

/** What the section shows, read on the server (lib/server/team/document-review). */
export interface DocumentReviewProps {
  readonly documentId: string;
  readonly findings: readonly DocumentFinding[];
  readonly histories: ReadonlyMap<string, readonly Decision[]>;
  readonly counts: Readonly<Record<DecisionStatus, number>>;
  /** Only findings with this current status; `null` for all. */
  readonly status: DecisionStatus | null;
  readonly canDecide: boolean;
  /** A version number by document id (names where a carried decision came from). */
  readonly versions: ReadonlyMap<string, number>;
  readonly lang: Lang;
}

function filterHref(documentId: string, status: DecisionStatus | null, lang: Lang): string {
  const query = new URLSearchParams();
  if (status !== null) query.set('status', status);
  if (lang === 'en') query.set('lang', 'en');
  const text = query.toString();
  return `/tai-lieu/${documentId}${text ? `?${text}` : ''}#document-review-title`;
}

/** A finding's verdict (a claim or row) or severity (a check): symbol and word, never colour alone. */
function FindingLabel({ finding, lang }: { finding: DocumentFinding; lang: Lang }) {
  if (finding.verdict !== null) return <VerdictBadge verdict={finding.verdict} lang={lang} />;
  const severity = SEVERITY_LABELS[finding.severity ?? 'warning'];
  return (
    <span className={`verdict verdict--${severity.tone}`}>
      <span className="verdict__symbol" aria-hidden="true">
        {severity.symbol}
      </span>
      <span className="verdict__word">{severity.word[lang]}</span>
    </span>
  );
}

/**
 * `/tai-lieu/[id]`'s review: the open count, the status filter (plain links that load the page again:
 * it works without script, can be shared, and never races a refresh after a decision), and each finding (claim or row not a match, consistency check) with its place, what
 * is printed, the checker's arithmetic, and its decision panel (the form for reviewers only).
 * @example <DocumentReview documentId={id} findings={review.findings} histories={review.histories} counts={review.counts} status={null} canDecide versions={new Map()} lang="vi" />
 */
export function DocumentReview({ documentId, findings, histories, counts, status, canDecide, versions, lang }: DocumentReviewProps) {
  const t = DECISION_STRINGS[lang];
  const statusOf = (id: string): DecisionStatus => histories.get(id)?.at(-1)?.status ?? 'unreviewed';
  const shown = status === null ? findings : findings.filter((f) => statusOf(f.id) === status);
  const langQuery = lang === 'en' ? '?lang=en' : '';
  return (
    <section aria-labelledby="document-review-title" className={styles.review}>
      <h2 id="document-review-title">{t.documentReviewTitle}</h2>
      <p className="muted">{t.documentReviewIntro}</p>
      <p className="note">
        <span className={styles.open}>{t.openFindings(formatNumber(counts.unreviewed, 0), formatNumber(findings.length, 0))}</span>
        {' · '}
        <Link href={`/phieu-ra-soat/${documentId}${langQuery}`}>{t.reviewSheetPage}</Link>
        {' · '}
        <a href={`/api/documents/${documentId}/review-sheet`} download>
          {t.reviewSheetDocx}
        </a>
      </p>
      {findings.length === 0 ? (
        <p>{t.noFindings}</p>
      ) : (
        <>
          <nav aria-label={t.statusFilter}>
            <ul className={styles.filter}>
              <li>
                <a href={filterHref(documentId, null, lang)} aria-current={status === null ? 'page' : undefined}>
                  {t.allStatuses} ({formatNumber(findings.length, 0)})
                </a>
              </li>
              {DECISION_STATUSES.map((s) => (
                <li key={s}>
                  <a href={filterHref(documentId, s, lang)} aria-current={status === s ? 'page' : undefined}>
                    <span aria-hidden="true">{STATUS_SYMBOLS[s]}</span> {t.statusWords[s]} ({formatNumber(counts[s], 0)})
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <p aria-live="polite" className="small muted">
            {t.showingFindings(formatNumber(shown.length, 0), formatNumber(findings.length, 0))}
          </p>
          {shown.length === 0 ? <p>{t.noFindingsWithStatus}</p> : null}
          <ol className={styles.list}>
            {shown.map((f) => {
              const title = f.checkName ? `${f.checkName[lang]}${f.indicator ? ` — ${f.indicator}` : ''}` : (f.indicator ?? f.printed);
              const where = t.location(f);
              return (
                <li key={f.id}>
                  <article className={docStyles.item} aria-labelledby={`finding-${f.id}`}>
                    <h3 id={`finding-${f.id}`} className={styles.title}>
                      {title}
                    </h3>
                    <p className="small">
                      <FindingLabel finding={f} lang={lang} /> <span className="muted">· {where}</span>
                    </p>
                    {f.printed ? (
                      <p>
                        <q>{f.printed}</q>
                        {f.values ? <span className="muted small"> · {f.values}</span> : null}
                      </p>
                    ) : null}
                    <p className="small">{f.figure ? `${f.figure[lang]}. ${f.message[lang]}` : f.message[lang]}</p>
                    {f.expected ? (
                      <p className="small">
                        {t.expected}: <q>{f.expected}</q>
                      </p>
                    ) : null}
                    <DecisionPanel
                      decisionsUrl={`/api/documents/${documentId}/decisions`}
                      target={f.id}
                      history={histories.get(f.id) ?? []}
                      canDecide={canDecide}
                      label={`${title} (${where})`}
                      lang={lang}
                      versions={versions}
                    />
                  </article>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
