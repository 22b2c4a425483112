'use client';

import { useState } from 'react';
import { VerdictBadge } from '@/components/verdict/verdict-badge';
import type { ProseClaimResult } from '@/lib/extract/check-prose';
import { isPeriod } from '@/lib/extract/finding/find-time-phrases';
import type { Lang } from '@/lib/i18n/lang';
import type { MatchQuestion } from '@/lib/verify/reference-lookup';
import { differsFromReference, referenceText } from './reference-text';
import styles from './reference.module.css';
import { REFERENCE_STRINGS } from './strings';

function yearText(claim: ProseClaimResult): string {
  if (isPeriod(claim.years)) return `${claim.years.from}–${claim.years.to}`;
  return claim.years.join(', ');
}

/**
 * A checked text's figures beside the reference series: the "Đối chiếu với số liệu gốc" column, one row for each
 * figure the references speak about, then the questions an ambiguous indicator raises, with buttons to answer.
 * @example <ReferenceColumn claims={result.claims} questions={result.questions ?? []} lang="vi" />
 */
export function ReferenceColumn({ claims, questions, lang }: { claims: readonly ProseClaimResult[]; questions: readonly MatchQuestion[]; lang: Lang }) {
  const t = REFERENCE_STRINGS[lang];
  const rows = claims.flatMap((claim) => {
    const text = referenceText(claim, lang);
    return text === null ? [] : [{ claim, text }];
  });
  return (
    <section className={styles.section} aria-labelledby="reference-title">
      <h2 id="reference-title">{t.tableTitle}</h2>
      <p className="muted small">{t.tableIntro}</p>
      {rows.length === 0 ? (
        <p className="muted small">{t.noRows}</p>
      ) : (
        <div className={styles.scroll}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t.colFigure}</th>
                <th scope="col">{t.colIndicator}</th>
                <th scope="col">{t.colYear}</th>
                <th scope="col">{t.colVerdict}</th>
                <th scope="col">{t.columnTitle}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ claim, text }) => (
                <tr key={claim.id} data-differs={differsFromReference(claim) ? 'true' : undefined}>
                  <td lang="vi">“{claim.text}”</td>
                  <td lang="vi">{claim.indicator ?? '—'}</td>
                  <td className="num">{yearText(claim)}</td>
                  <td>{claim.verdict === 'none' ? '—' : <VerdictBadge verdict={claim.verdict} lang={lang} />}</td>
                  <td className={differsFromReference(claim) ? styles.differs : undefined}>{text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {questions.length > 0 ? <Questions questions={questions} lang={lang} /> : null}
    </section>
  );
}

function Questions({ questions, lang }: { questions: readonly MatchQuestion[]; lang: Lang }) {
  const t = REFERENCE_STRINGS[lang];
  const [status, setStatus] = useState<Record<string, string>>({});
  async function answer(question: MatchQuestion, choice: string | null) {
    const response = await fetch(`/api/indicators/answers?lang=${lang}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ printed: question.printed, choice }),
    }).catch(() => null);
    const body: unknown = response === null ? null : await response.json().catch(() => null);
    const error = typeof body === 'object' && body !== null && typeof (body as { error?: unknown }).error === 'string' ? (body as { error: string }).error : null;
    setStatus((s) => ({ ...s, [question.printed]: response?.ok === true ? t.answered : `${t.answerFailed}${error === null ? '' : `: ${error}`}` }));
  }
  return (
    <section aria-labelledby="reference-questions-title">
      <h3 id="reference-questions-title">{t.questionsTitle}</h3>
      <p className="muted small">{t.questionsIntro}</p>
      <ul className={styles.questions}>
        {questions.map((q) => (
          <li key={q.printed}>
            <p lang="vi">{t.question(q.name, q.candidates.map((c) => `“${c}”`).join(lang === 'vi' ? ' hay ' : ' or '))}</p>
            <div className={styles.answers} role="group" aria-label={q.name}>
              {q.candidates.map((c) => (
                <button key={c} type="button" className="button button--secondary" onClick={() => void answer(q, c)}>
                  {c}
                </button>
              ))}
              <button type="button" className="button button--secondary" onClick={() => void answer(q, null)}>
                {t.answerNone}
              </button>
            </div>
            <p role="status" className="small">
              {status[q.printed] ?? ''}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
