import Link from 'next/link';
import { VerdictBadge } from '@/components/verdict/verdict-badge';
import type { RowView } from '@/lib/dataset/types';
import type { Lang } from '@/lib/verify/labels';
import { claimYears, sortClaims } from './indicator-view';
import { INDICATOR_STRINGS } from './strings';
import styles from './indicator.module.css';
import { isPlanKind } from '@/lib/verify/kind-rules';
import { rowMessage } from '@/lib/dataset/row-text';

/**
 * Every checked claim about the indicator, worst first, each with its verdict and a link to its table row.
 * @example <ClaimList claims={claims} tableTitles={{ 'bang-2-2009-2022': 'Bảng 2' }} lang="vi" langQuery="" />
 */
export function ClaimList({
  claims,
  tableTitles,
  lang,
  langQuery,
  total,
}: {
  claims: readonly RowView[];
  tableTitles: Readonly<Record<string, string>>;
  lang: Lang;
  /** `?lang=en` when the page was opened with it, so links keep the language. */
  langQuery: string;
  /** Claims in all when `claims` is one page of them. */
  total?: number;
}) {
  const t = INDICATOR_STRINGS[lang];
  if (claims.length === 0) return <p className="muted">{t.claimsNone}</p>;
  return (
    <>
      <p className="muted">{t.claimsIntro(total ?? claims.length)}</p>
      <ul className={styles.claims}>
        {sortClaims(claims).map((c) => {
          const span = claimYears(c);
          const years = span && isPlanKind(c.kind) ? t.claimPlan(span) : span;
          const table = tableTitles[c.tableId] ?? c.tableId;
          return (
            <li key={c.key} className={styles.claim}>
              <div className={styles.claimHead}>
                <VerdictBadge verdict={c.verdict} lang={lang} showCode />
                {years ? (
                  <span className={styles.claimYears}>
                    <span className="visually-hidden">{t.claimYears}: </span>
                    {years}
                  </span>
                ) : null}
              </div>
              <p className={styles.claimText}>
                <span className="visually-hidden">{t.claimPrinted}: </span>“{c.claim}”
                {c.indicator ? <span className={styles.claimIndicator}> — {c.indicator}</span> : null}
              </p>
              <p className={styles.claimMessage} lang={lang} data-message="engine">
                {rowMessage(c, lang)}
              </p>
              {c.expected ? (
                <p className={styles.claimExpected}>
                  {t.claimExpected}: <strong className="num">{c.expected}</strong>
                </p>
              ) : null}
              <Link className={styles.claimLink} href={`/bang/${c.tableId}${langQuery}${langQuery ? '&' : '?'}row=${c.row}#row-${c.row}`}>
                {t.claimRowLink(table, c.stt)}
              </Link>
            </li>
          );
        })}
      </ul>
    </>
  );
}
