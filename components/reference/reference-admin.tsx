import type { Lang } from '@/lib/i18n/lang';
import { listUploadedDatasets } from '@/lib/server/data';
import { DEFAULT_SYNONYMS } from '@/lib/server/references';
import { getReferenceStore } from '@/lib/server/store/default-store';
import { ReferencePanel } from './reference-panel';
import { SynonymEditor } from './synonym-editor';

/**
 * The reference-data section of `/tai-len` (server component): which datasets are references, and the synonym
 * table; the controls for an admin only. A store that cannot be read leaves the section out.
 * @example <ReferenceAdmin lang="vi" isAdmin />
 */
export async function ReferenceAdmin({ lang, isAdmin }: { lang: Lang; isAdmin: boolean }) {
  try {
    const [datasets, marked, synonyms] = await Promise.all([listUploadedDatasets(), getReferenceStore().referenceIds(), getReferenceStore().synonyms()]);
    const references = new Set(marked);
    return (
      <>
        {datasets.length > 0 ? (
          <ReferencePanel datasets={datasets.map((d) => ({ id: d.id, name: d.name, reference: references.has(d.id) }))} isAdmin={isAdmin} lang={lang} />
        ) : null}
        <SynonymEditor builtIn={DEFAULT_SYNONYMS} synonyms={synonyms.map(({ from, to }) => ({ from, to }))} isAdmin={isAdmin} lang={lang} />
      </>
    );
  } catch (error) {
    console.error('[soatso /tai-len] reference data could not be read', error);
    return null;
  }
}
