import Link from 'next/link';
import type { Lang } from '@/lib/i18n/lang';
import { pageHref, pageLinks, type PageWindow, type SearchParamRecord } from './page-window';
import { PAGINATION_STRINGS } from './strings';

/**
 * Links to the other pages of a long list (server component, plain links, so it works without
 * JavaScript). Every other URL parameter is kept. Nothing is drawn for a list of one page.
 *
 * @example
 * <Pagination path="/bang/bang-2" params={sp} name="page" window={win} noun="Dòng" label="Trang của bảng" lang="vi" />
 */
export function Pagination({
  path,
  params,
  name,
  window,
  noun,
  label,
  lang,
  hash = '',
}: {
  path: string;
  params: SearchParamRecord;
  /** The page parameter (`page`, `findings`). */
  name: string;
  window: PageWindow;
  /** What is counted (`Dòng`, `Kết quả`). */
  noun: string;
  /** The navigation landmark's name. */
  label: string;
  lang: Lang;
  /** Where the link lands on the new page (`#findings-title`). */
  hash?: string;
}) {
  const t = PAGINATION_STRINGS[lang];
  const { page, pageCount, offset, pageSize, total } = window;
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(total, offset + pageSize);
  const href = (p: number) => pageHref(path, params, name, p, hash);
  return (
    <nav aria-label={label} className="pagination">
      <p className="small muted">{t.showing(from, to, total, noun)}</p>
      {pageCount > 1 ? (
        <ul>
          <li>{page > 1 ? <Link href={href(page - 1)} rel="prev">{t.previous}</Link> : <span aria-disabled="true">{t.previous}</span>}</li>
          {pageLinks(page, pageCount).map((p, i) =>
            p === 'gap' ? (
              <li key={`gap-${i}`} aria-hidden="true">
                …
              </li>
            ) : (
              <li key={p}>
                {p === page ? (
                  <span aria-current="page">{t.page(p)}</span>
                ) : (
                  <Link href={href(p)} aria-label={t.page(p)}>
                    {p}
                  </Link>
                )}
              </li>
            ),
          )}
          <li>{page < pageCount ? <Link href={href(page + 1)} rel="next">{t.next}</Link> : <span aria-disabled="true">{t.next}</span>}</li>
        </ul>
      ) : null}
    </nav>
  );
}
