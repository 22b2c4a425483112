import type { DocumentMeta } from '@/lib/dataset/types';
import type { Lang } from '@/lib/i18n/lang';
import { OVERVIEW_STRINGS } from './strings';

/**
 * The document's title, issuer and date: the page's title block.
 * @example <DocumentHeader document={dataset.document} lang="vi" />
 */
export function DocumentHeader({ document, lang }: { document: DocumentMeta; lang: Lang }) {
  const t = OVERVIEW_STRINGS[lang];
  return (
    <header className="page-head">
      <p className="page-head__eyebrow">
        {t.pageTitle} · {t.eyebrow}
      </p>
      <h1>{document.title}</h1>
      <dl className="page-head__meta">
        <div>
          <dt>{t.issuer}</dt>
          <dd>{document.issuer}</dd>
        </div>
        <div>
          <dt>{t.date}</dt>
          <dd>{document.date}</dd>
        </div>
        {document.place ? (
          <div>
            <dt>{t.place}</dt>
            <dd>{document.place}</dd>
          </div>
        ) : null}
      </dl>
    </header>
  );
}
