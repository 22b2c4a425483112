import Link from 'next/link';
import { VerdictBadge } from '@/components/verdict/verdict-badge';
import type { RowView } from '@/lib/dataset/types';
import type { Lang } from '@/lib/i18n/lang';
import styles from './overview.module.css';
import { reviewItems, type ReviewItem } from './review-items';
import { OVERVIEW_STRINGS } from './strings';

function Item({ item, lang }: { item: ReviewItem; lang: Lang }) {
  const t = OVERVIEW_STRINGS[lang].review;
  return (
    <li className={styles.reviewItem} data-verdict={item.verdict}>
      <VerdictBadge verdict={item.verdict} lang={lang} />
      <div className={styles.reviewBody}>
        <p className={styles.reviewClaim}>
          <Link href={item.href} aria-label={`${item.indicator}: ${item.claim}. ${t.rowLink}`}>
            <span lang="vi">{item.indicator}</span>
          </Link>
          {item.claim ? (
            <>
              {' '}
              <q lang="vi">{item.claim}</q>
            </>
          ) : null}
        </p>
        <p className={styles.reviewReason}>{item.reason}</p>
      </div>
    </li>
  );
}

/**
 * The top of the overview: the claims to look at again, worst first, each with its verdict, a
 * one-line reason and a link to its table row. Implied values and unreadable claims follow,
 * folded, so the wrong ones lead.
 * @example <ReviewList claims={dataset.claims} lang="vi" />
 */
export function ReviewList({ claims, lang }: { claims: readonly RowView[]; lang: Lang }) {
  const t = OVERVIEW_STRINGS[lang].review;
  const items = reviewItems(claims, lang);
  const urgent = items.filter((i) => i.urgent);
  const others = items.filter((i) => !i.urgent);
  return (
    <section aria-labelledby="review-title" className={`panel ${styles.review}`}>
      <h2 id="review-title" className={styles.sectionTitleFirst}>
        {t.title}
      </h2>
      <p>{t.intro(urgent.length)}</p>
      {urgent.length > 0 ? (
        <ol className={styles.reviewList}>
          {urgent.map((item) => (
            <Item key={item.key} item={item} lang={lang} />
          ))}
        </ol>
      ) : null}
      {others.length > 0 ? (
        <details className={styles.reviewMore}>
          <summary>{t.others(others.length)}</summary>
          <ol className={styles.reviewList}>
            {others.map((item) => (
              <Item key={item.key} item={item} lang={lang} />
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}
