'use client';

import { useId, useState, type FormEvent } from 'react';
import type { Lang } from '@/lib/i18n/lang';
import type { Synonym } from '@/lib/verify/reference-types';
import styles from './reference.module.css';
import { REFERENCE_STRINGS } from './strings';

async function errorOf(response: Response | null): Promise<string | null> {
  if (response === null) return null;
  const body: unknown = await response.json().catch(() => null);
  return typeof body === 'object' && body !== null && typeof (body as { error?: unknown }).error === 'string' ? (body as { error: string }).error : null;
}

/**
 * The indicator synonym table (`/tai-len`): the built-in pairs, and the admin's, which an admin adds and removes
 * (`/api/indicators/synonyms`).
 * @example <SynonymEditor builtIn={DEFAULT_SYNONYMS} synonyms={[]} isAdmin lang="vi" />
 */
export function SynonymEditor({ builtIn, synonyms, isAdmin, lang }: { builtIn: readonly Synonym[]; synonyms: readonly Synonym[]; isAdmin: boolean; lang: Lang }) {
  const t = REFERENCE_STRINGS[lang];
  const ids = useId();
  const [items, setItems] = useState(synonyms);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [status, setStatus] = useState('');
  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const response = await fetch(`/api/indicators/synonyms?lang=${lang}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from, to }),
    }).catch(() => null);
    const body: unknown = response === null ? null : await response.clone().json().catch(() => null);
    if (response?.ok !== true || typeof body !== 'object' || body === null) {
      const error = await errorOf(response);
      setStatus(`${t.synonymFailed}${error === null ? '' : `: ${error}`}`);
      return;
    }
    const saved = body as Synonym;
    setItems((all) => [...all.filter((s) => s.from !== saved.from), { from: saved.from, to: saved.to }]);
    setFrom('');
    setTo('');
    setStatus(`${saved.from} → ${saved.to}`);
  }
  async function remove(synonym: Synonym) {
    const response = await fetch(`/api/indicators/synonyms?lang=${lang}&from=${encodeURIComponent(synonym.from)}`, { method: 'DELETE' }).catch(() => null);
    if (response?.ok !== true) {
      const error = await errorOf(response);
      setStatus(`${t.synonymFailed}${error === null ? '' : `: ${error}`}`);
      return;
    }
    setItems((all) => all.filter((s) => s.from !== synonym.from));
  }
  return (
    <section className={styles.section} aria-labelledby="synonyms-title">
      <h2 id="synonyms-title">{t.synonymsTitle}</h2>
      <p className="muted small">{t.synonymsIntro}</p>
      <ul className={styles.questions}>
        {builtIn.map((s) => (
          <li key={`b-${s.from}`}>
            {s.from} → {s.to} <span className="muted small">({t.builtIn})</span>
          </li>
        ))}
        {items.map((s) => (
          <li key={s.from} className={styles.inline}>
            <span>
              {s.from} → {s.to}
            </span>
            {isAdmin ? (
              <button type="button" className="button button--secondary" onClick={() => void remove(s)}>
                {t.removeSynonym(s.from)}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {isAdmin ? (
        <form className={styles.inline} onSubmit={(e) => void add(e)}>
          <div>
            <label htmlFor={`${ids}-from`}>{t.synonymFrom}</label>
            <input id={`${ids}-from`} type="text" value={from} maxLength={100} onChange={(e) => setFrom(e.target.value)} />
          </div>
          <div>
            <label htmlFor={`${ids}-to`}>{t.synonymTo}</label>
            <input id={`${ids}-to`} type="text" value={to} maxLength={100} onChange={(e) => setTo(e.target.value)} />
          </div>
          <button type="submit" className="button">
            {t.addSynonym}
          </button>
        </form>
      ) : null}
      <p role="status" className="small">
        {status}
      </p>
    </section>
  );
}
