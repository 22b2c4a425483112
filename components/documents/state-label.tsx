import type { VersionState } from '@/lib/documents/compare-versions';
import type { Lang } from '@/lib/i18n/lang';
import styles from './documents.module.css';
import { DOCUMENT_STRINGS } from './strings';

/**
 * A finding's state across versions as symbol and word (never colour alone).
 * @example <StateLabel state="fixed" lang="vi" /> // ✓ đã sửa
 */
export function StateLabel({ state, lang }: { state: VersionState; lang: Lang }) {
  const label = DOCUMENT_STRINGS[lang].states[state];
  return (
    <span className={styles.state} data-state={state}>
      <span aria-hidden="true">{label.symbol}</span>
      <span>{label.word}</span>
    </span>
  );
}
