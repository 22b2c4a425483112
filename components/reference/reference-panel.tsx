'use client';

import { useState } from 'react';
import type { Lang } from '@/lib/i18n/lang';
import styles from './reference.module.css';
import { REFERENCE_STRINGS } from './strings';

export interface ReferenceChoice {
  readonly id: string;
  readonly name: string;
  readonly reference: boolean;
}

async function errorOf(response: Response | null): Promise<string | null> {
  if (response === null) return null;
  const body: unknown = await response.json().catch(() => null);
  return typeof body === 'object' && body !== null && typeof (body as { error?: unknown }).error === 'string' ? (body as { error: string }).error : null;
}

/**
 * Which stored datasets are reference series (`/tai-len`): an admin marks and unmarks each one
 * (`PATCH /api/datasets/:id` with `{ reference }`); others see the marks only.
 * @example <ReferencePanel datasets={[{ id, name, reference: false }]} isAdmin lang="vi" />
 */
export function ReferencePanel({ datasets, isAdmin, lang }: { datasets: readonly ReferenceChoice[]; isAdmin: boolean; lang: Lang }) {
  const t = REFERENCE_STRINGS[lang];
  const [items, setItems] = useState(datasets);
  const [status, setStatus] = useState('');
  async function toggle(item: ReferenceChoice) {
    const response = await fetch(`/api/datasets/${item.id}?lang=${lang}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ reference: !item.reference }),
    }).catch(() => null);
    if (response?.ok !== true) {
      const error = await errorOf(response);
      setStatus(`${t.markFailed}${error === null ? '' : `: ${error}`}`);
      return;
    }
    setItems((all) => all.map((d) => (d.id === item.id ? { ...d, reference: !d.reference } : d)));
    setStatus(`${item.name}: ${item.reference ? t.notReference : t.isReference}`);
  }
  return (
    <section className={styles.section} aria-labelledby="reference-panel-title">
      <h2 id="reference-panel-title">{t.referenceMark}</h2>
      <p className="muted small">{t.tableIntro}</p>
      <ul className={styles.questions}>
        {items.map((item) => (
          <li key={item.id} className={styles.inline}>
            <span lang="vi">{item.name}</span>
            {item.reference ? <strong>· {t.isReference}</strong> : <span className="muted">· {t.notReference}</span>}
            {isAdmin ? (
              <button type="button" className="button button--secondary" onClick={() => void toggle(item)} aria-label={`${item.reference ? t.unmarkReference : t.markReference}: ${item.name}`}>
                {item.reference ? t.unmarkReference : t.markReference}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <p role="status" className="small">
        {status}
      </p>
    </section>
  );
}
