import Link from 'next/link';
import { VerdictBadge } from '@/components/verdict/verdict-badge';
import { claimVerdicts } from '@/components/overview/verdict-counts';
import type { Lang } from '@/lib/i18n/lang';
import { describeTableProblem } from '@/lib/tables/messages';
import type { DatasetAnswer, Recognition } from '@/lib/upload/types';
import { compareVerdicts } from '@/lib/verify/labels';
import type { RowResult } from '@/lib/verify/result';
import type { VerdictCounts } from '@/lib/dataset/types';
import { describeRecognition } from './describe-recognition';
import { PREVIEW_STRINGS } from './preview-strings';
import styles from './upload.module.css';
import { UPLOAD_STRINGS } from './strings';
import { QUALITY_STRINGS } from '@/components/quality/strings';
import { rowMessage } from '@/lib/dataset/row-text';

/** The file's name, or the table's when it is a second table of the file (`bieu.csv #2`). */
function shownName(r: Recognition): string {
  return r.table !== undefined && r.table.includes(' #') ? r.table : r.file;
}

/** What the reader recognised, one line per file, with its warnings folded away. */
export function RecognitionList({ recognised, lang }: { recognised: readonly Recognition[]; lang: Lang }) {
  const t = UPLOAD_STRINGS[lang];
  const warnings = recognised.flatMap((r) => r.warnings);
  const more = recognised.reduce((n, r) => n + r.moreWarnings, 0);
  return (
    <div className={styles.recognised}>
      <h3>{t.recognisedTitle}</h3>
      <ul>
        {recognised.map((r, i) => (
          <li key={`${r.file}-${i}`}>
            <strong>{shownName(r)}</strong>: {describeRecognition(r, lang)}
          </li>
        ))}
      </ul>
      {warnings.length > 0 ? (
        <details className={styles.warnings}>
          <summary>⚠ {t.warningsTitle(warnings.length + more)}</summary>
          <ul>
            {warnings.map((w, i) => (
              <li key={i} data-message="">
                {describeTableProblem(w, lang)}
              </li>
            ))}
            {more > 0 ? <li data-message="">{t.moreWarnings(more)}</li> : null}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

/** Claims per verdict, worst first, each with its badge. */
export function VerdictCountTable({ counts, lang }: { counts: VerdictCounts; lang: Lang }) {
  const t = UPLOAD_STRINGS[lang];
  const verdicts = claimVerdicts(counts);
  if (verdicts.length === 0) return <p>{t.noClaims}</p>;
  return (
    <table className={`data-table ${styles.counts}`}>
      <thead>
        <tr>
          <th scope="col">{t.verdictColumn}</th>
          <th scope="col" className="num">
            {t.countColumn}
          </th>
        </tr>
      </thead>
      <tbody>
        {verdicts.map((v) => (
          <tr key={v}>
            <th scope="row">
              <VerdictBadge verdict={v} lang={lang} />
            </th>
            <td className="num">{counts[v]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Checked claims, worst first: row, indicator, printed claim, verdict and the arithmetic. `total`: how many
 * claims there are when `results` lists only the worst (an upload's answer), so the rest are counted.
 */
export function FindingsTable({ results, lang, total }: { results: readonly RowResult[]; lang: Lang; total?: number }) {
  const t = UPLOAD_STRINGS[lang];
  const shown = results.filter((r) => r.verdict !== 'none').sort((a, b) => compareVerdicts(a.verdict, b.verdict));
  if (shown.length === 0) return null;
  return (
    <>
      <div className="table-scroll">
        <table className={`data-table ${styles.findings}`}>
          <caption className="visually-hidden">{t.findingsTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.verdictColumn}</th>
              <th scope="col">{t.indicatorColumn}</th>
              <th scope="col">{t.claimColumn}</th>
              <th scope="col">{t.messageColumn}</th>
              <th scope="col" className="num">
                {t.rowColumn}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={`${r.file}:${r.row}`}>
                <td data-label={t.verdictColumn}>
                  <VerdictBadge verdict={r.verdict} lang={lang} />
                </td>
                <th scope="row" data-label={t.indicatorColumn}>
                  {r.indicator}
                  {r.unit ? <span className="muted small"> ({r.unit})</span> : null}
                </th>
                <td data-label={t.claimColumn}>{r.claim}</td>
                <td data-label={t.messageColumn} className={styles.message} lang={lang} data-message="engine">
                  {rowMessage(r, lang)}
                </td>
                <td data-label={t.rowColumn} className="num">
                  {r.row}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {total !== undefined && shown.length < total ? <p className="muted">{t.moreFindings(total - shown.length)}</p> : null}
    </>
  );
}

/** The answer to an upload: what was recognised, the verdicts, the worst findings, and where to go next. */
export function UploadResult({ detail, lang }: { detail: DatasetAnswer; lang: Lang }) {
  const t = UPLOAD_STRINGS[lang];
  return (
    <section className={`panel ${styles.result}`} aria-labelledby="upload-result-title">
      <h2 id="upload-result-title" className={styles.resultTitle}>
        {t.resultTitle}: {detail.name}
      </h2>
      <RecognitionList recognised={detail.recognised} lang={lang} />
      {detail.skipped && detail.skipped.length > 0 ? (
        <div className={styles.recognised}>
          <h3>{PREVIEW_STRINGS[lang].skippedTitle}</h3>
          <ul>
            {detail.skipped.map((k) => (
              <li key={k.name}>{describeTableProblem(k.error, lang)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <VerdictCountTable counts={detail.counts} lang={lang} />
      {detail.quality && detail.quality.warnings + detail.quality.notes > 0 ? (
        <p className={detail.quality.warnings > 0 ? styles.qualityWarning : undefined}>
          {detail.quality.warnings > 0 ? '⚠ ' : ''}
          {t.qualityFound(QUALITY_STRINGS[lang].count(detail.quality.warnings, detail.quality.notes))}
        </p>
      ) : null}
      {detail.claimCount > 0 ? <h3>{t.findingsTitle}</h3> : null}
      <FindingsTable results={detail.findings} lang={lang} total={detail.claimCount} />
      <p>
        <Link className="button" href={`/du-lieu/${detail.id}${lang === 'en' ? '?lang=en' : ''}`}>
          {t.openDataset}
        </Link>
      </p>
    </section>
  );
}
