'use client';

import { useMemo, useState } from 'react';
import { DocumentTables } from '@/components/prose/document-tables';
import { FindingsPanel } from '@/components/prose/findings-panel';
import { ProseDocument } from '@/components/prose/prose-document';
import styles from '@/components/prose/prose.module.css';
import { PROSE_STRINGS } from '@/components/prose/strings';
import type { DocumentCheckResult } from '@/lib/documents/types';
import type { ProseClaimResult } from '@/lib/extract/check-prose';
import type { Lang } from '@/lib/i18n/lang';
import type { MatchQuestion } from '@/lib/verify/reference-lookup';
import { ReferenceColumn } from '@/components/reference/reference-column';

/** The questions the claims raise, once each (documents stored before issue 15 raise none). */
function questionsOf(claims: readonly ProseClaimResult[]): MatchQuestion[] {
  const seen = new Map<string, MatchQuestion>();
  for (const c of claims) if (c.reference?.kind === 'question') seen.set(c.reference.question.printed, c.reference.question);
  return [...seen.values()];
}

/**
 * A stored document's marked text beside its findings panel, and its tables: the /van-ban result view
 * for a saved check. Claims are keyed by their position in the text here (marks, links).
 * @example <DocumentView result={document} lang="vi" fileTitle="bao-cao" />
 */
export function DocumentView({ result, lang, fileTitle }: { result: DocumentCheckResult; lang: Lang; fileTitle: string }) {
  const t = PROSE_STRINGS[lang];
  const [showValues, setShowValues] = useState(true);
  const claims = useMemo((): ProseClaimResult[] => result.claims.map((c) => ({ ...c, id: c.position })), [result.claims]);
  return (
    <>
      <div className={styles.layout}>
        <section aria-labelledby="prose-document-title" className={styles.documentPanel}>
          <div className={styles.documentHead}>
            <h2 id="prose-document-title">{t.documentTitle}</h2>
            <label className={styles.checkbox}>
              <input type="checkbox" checked={showValues} onChange={(e) => setShowValues(e.target.checked)} /> {t.showValues}
            </label>
          </div>
          <p className="muted small">{t.documentHint}</p>
          <ProseDocument display={result.display} claims={claims} showValues={showValues} lang={lang} pageBreaks={result.pageBreaks} />
        </section>
        <FindingsPanel claims={claims} checks={result.checks} lang={lang} fileTitle={fileTitle} />
      </div>
      <ReferenceColumn claims={claims} questions={questionsOf(claims)} lang={lang} />
      <DocumentTables tables={result.tables} lang={lang} />
    </>
  );
}
