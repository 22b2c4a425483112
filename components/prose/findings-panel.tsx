'use client';

import { useState } from 'react';
import { VerdictBadge } from '@/components/verdict/verdict-badge';
import type { ProseCheck, ProseClaimResult } from '@/lib/extract/check-prose';
import { CONSISTENCY_LABELS, SEVERITY_LABELS } from '@/lib/extract/checks/consistency-labels';
import { exportFileName } from '@/lib/export/file-name';
import type { CsvDelimiter } from '@/lib/export/types';
import { localize, type Lang } from '@/lib/i18n/lang';
import { orderFindings, yearsText } from './findings';
import { markId } from './prose-document';
import { proseCsv } from './prose-sheet';
import styles from './prose.module.css';
import { PROSE_STRINGS } from './strings';

function reducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Scrolls a claim's mark into view and focuses it (which opens its arithmetic). */
function goToClaim(id: number): void {
  const mark = document.getElementById(markId(id));
  if (mark === null) return;
  mark.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
  mark.focus({ preventScroll: true });
}

function download(csv: string, name: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The side panel: the consistency checks, then every claim that compares something, worst first; each one
 * jumps to its mark in the text. The findings export as CSV from here.
 * @example <FindingsPanel claims={report.claims} checks={report.checks} lang="vi" fileTitle="bao-cao.txt" />
 */
export function FindingsPanel({
  claims,
  checks,
  lang,
  fileTitle,
}: {
  claims: readonly ProseClaimResult[];
  checks: readonly ProseCheck[];
  lang: Lang;
  /** What the export file is named after (the uploaded file, or a default). */
  fileTitle: string;
}) {
  const t = PROSE_STRINGS[lang];
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(';');
  const findings = orderFindings(claims);
  return (
    <aside className={styles.panel} id="prose-findings" aria-labelledby="prose-findings-title" tabIndex={-1}>
      <h2 id="prose-findings-title" className={styles.panelTitle}>
        {t.panelTitle}
      </h2>

      <section aria-labelledby="prose-checks-title">
        <h3 id="prose-checks-title">{t.checksTitle}</h3>
        {checks.length === 0 ? (
          <p className="muted small">{t.checksNone}</p>
        ) : (
          <ul className={styles.checkList} aria-label={t.checksTitle}>
            {checks.map((check, i) => {
              const severity = SEVERITY_LABELS[check.severity];
              const first = check.claims[0];
              return (
                <li key={i} className={styles.check} data-tone={severity.tone}>
                  <p className={styles.checkHead}>
                    <span className={`verdict verdict--${severity.tone}`}>
                      <span className="verdict__symbol" aria-hidden="true">
                        {severity.symbol}
                      </span>
                      <span className="verdict__word">{severity.word[lang]}</span>
                    </span>{' '}
                    <strong>{CONSISTENCY_LABELS[check.kind][lang]}</strong>
                  </p>
                  <p className={styles.checkMessage} data-message="check">
                    {localize(check.message, lang)}
                  </p>
                  {first !== undefined ? (
                    <button type="button" className={styles.linkButton} onClick={() => goToClaim(first)}>
                      {t.goTo}
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="prose-list-title">
        <h3 id="prose-list-title">{t.findingsTitle}</h3>
        {findings.length === 0 ? (
          <p className="muted small">{t.findingsNone}</p>
        ) : (
          <ol className={styles.findingList} aria-label={t.findingsTitle}>
            {findings.map((claim) => (
              <li key={claim.id}>
                <button type="button" className={styles.finding} onClick={() => goToClaim(claim.id)} data-verdict={claim.verdict}>
                  <VerdictBadge verdict={claim.verdict} lang={lang} />
                  <span className={styles.findingText}>“{claim.text}”</span>
                  <span className={styles.findingWhat}>
                    {claim.indicator ?? t.noIndicator}
                    {yearsText(claim.years, claim.period, lang) !== '' ? ` · ${yearsText(claim.years, claim.period, lang)}` : ''}
                    {claim.page !== undefined ? ` · ${t.page(claim.page)}` : ''}
                  </span>
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="prose-export-title" className={styles.export}>
        <h3 id="prose-export-title">{t.exportTitle}</h3>
        <div className={styles.exportRow}>
          <label htmlFor="prose-delimiter">{t.delimiter}</label>
          <select id="prose-delimiter" value={delimiter} onChange={(e) => setDelimiter(e.target.value === ',' ? ',' : ';')}>
            <option value=";">{t.delimiterSemicolon}</option>
            <option value=",">{t.delimiterComma}</option>
          </select>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => download(proseCsv({ claims, checks }, lang, delimiter), exportFileName(fileTitle, null, 'csv'))}
          >
            {t.download}
          </button>
        </div>
      </section>
    </aside>
  );
}
