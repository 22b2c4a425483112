import { VerdictBadge } from '@/components/verdict/verdict-badge';
import { VERSION_STATES, type FindingView, type VersionComparison as Comparison } from '@/lib/documents/compare-versions';
import type { Lang } from '@/lib/i18n/lang';
import styles from './documents.module.css';
import { StateLabel } from './state-label';
import { DOCUMENT_STRINGS } from './strings';

function Side({ finding, lang }: { finding: FindingView | null; lang: Lang }) {
  const t = DOCUMENT_STRINGS[lang];
  if (finding === null) return <span className="muted">{t.absent}</span>;
  return (
    <>
      {finding.verdict !== null ? <VerdictBadge verdict={finding.verdict} lang={lang} /> : <span className="small">{t.check}</span>}{' '}
      {finding.message !== null ? (
        <span data-message="check">{finding.message[lang]}</span>
      ) : (
        <span lang="vi">“{finding.text}”</span>
      )}
      {finding.page !== null ? <span className="muted small"> · {t.page(finding.page)}</span> : null}
    </>
  );
}

/**
 * Two versions of a document side by side, finding by finding: its state (đã sửa, còn nguyên, mới) in
 * words, the indicator, and the earlier and later claim with their verdicts, changed figures marked.
 * @example <VersionComparison comparison={c} from={1} to={2} lang="vi" />
 */
export function VersionComparison({ comparison, from, to, lang }: { comparison: Comparison; from: number; to: number; lang: Lang }) {
  const t = DOCUMENT_STRINGS[lang];
  const number = new Intl.NumberFormat('vi-VN');
  return (
    <section aria-labelledby="version-comparison-title">
      <h2 id="version-comparison-title">{t.compareTitle(from, to)}</h2>
      <p className="muted">{t.compareIntro}</p>
      <ul className={styles.counts} aria-label={t.compareCounts}>
        {VERSION_STATES.map((state) => (
          <li key={state}>
            <StateLabel state={state} lang={lang} /> <span className="num">{number.format(comparison.counts[state])}</span>
          </li>
        ))}
      </ul>
      <div className={styles.scroll} role="group" aria-labelledby="version-comparison-title" tabIndex={0}>
        <table className={styles.comparison}>
          <thead>
            <tr>
              <th scope="col">{t.colState}</th>
              <th scope="col">{t.colIndicator}</th>
              <th scope="col">{t.colBefore}</th>
              <th scope="col">{t.colAfter}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.entries.map((entry, i) => (
              <tr key={`${entry.after?.id ?? ''}:${entry.before?.id ?? ''}:${i}`} data-state={entry.state}>
                <td>
                  <StateLabel state={entry.state} lang={lang} />
                  {entry.figureChanged ? <div className="small muted">{t.figureChanged}</div> : null}
                </td>
                <th scope="row">{entry.after?.indicator ?? entry.before?.indicator ?? t.noIndicator}</th>
                <td>
                  <Side finding={entry.before} lang={lang} />
                </td>
                <td>
                  <Side finding={entry.after} lang={lang} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
