'use client';

import Link from 'next/link';
import { useId, useState, type FormEvent } from 'react';
import { claimVerdicts } from '@/components/overview/verdict-counts';
import { VerdictBadge } from '@/components/verdict/verdict-badge';
import type { Lang } from '@/lib/i18n/lang';
import type { ApiErrorBody, DatasetSummary } from '@/lib/upload/types';
import { formatUploadDate } from './format-date';
import { DECISION_STRINGS } from '@/components/decisions/strings';
import { formatNumber } from '@/lib/numbers/format-number';
import { UPLOAD_STRINGS } from './strings';
import styles from './upload.module.css';

type Mode = { readonly kind: 'view' } | { readonly kind: 'rename'; readonly id: string } | { readonly kind: 'confirm'; readonly id: string };

async function errorOf(response: Response, fallback: string): Promise<string> {
  const body = (await response.json().catch(() => null)) as Partial<ApiErrorBody> | null;
  return typeof body?.error === 'string' ? body.error : fallback;
}

function RenameForm({
  item,
  lang,
  onSave,
  onCancel,
}: {
  item: DatasetSummary;
  lang: Lang;
  onSave: (name: string) => void;
  onCancel: () => void;
}) {
  const t = UPLOAD_STRINGS[lang];
  const id = useId();
  const [value, setValue] = useState(item.name);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    onSave(value);
  };
  return (
    <form className={styles.renameForm} onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {t.renameLabel(item.name)}
      </label>
      <input id={id} type="text" value={value} maxLength={200} autoFocus onChange={(e) => setValue(e.target.value)} />
      <button type="submit" className="button">
        {t.save}
      </button>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {t.cancel}
      </button>
    </form>
  );
}

/**
 * Uploaded datasets (name, date, files, verdict summary) with rename and delete. Usable on the
 * upload page and on the overview; `initial` comes from the server's store. Without `canWrite`
 * (a visitor or a viewer) the rename and delete buttons are not shown.
 */
export function DatasetList({
  initial,
  lang,
  canWrite,
  openFindings = {},
}: {
  initial: readonly DatasetSummary[];
  lang: Lang;
  canWrite: boolean;
  /** Per dataset id, how many findings nobody has reviewed yet. */
  openFindings?: Readonly<Record<string, number>>;
}) {
  const d = DECISION_STRINGS[lang];
  const t = UPLOAD_STRINGS[lang];
  const [items, setItems] = useState<readonly DatasetSummary[]>(initial);
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const langQuery = lang === 'en' ? '?lang=en' : '';

  const rename = async (item: DatasetSummary, name: string) => {
    setError(null);
    try {
      const response = await fetch(`/api/datasets/${item.id}?lang=${lang}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name }),
      });
      if (!response.ok) {
        setError(await errorOf(response, t.unreadableResponse));
        return;
      }
      const updated = (await response.json()) as DatasetSummary;
      setItems((list) => list.map((d) => (d.id === updated.id ? updated : d)));
      setMode({ kind: 'view' });
      setStatus(t.renamed(updated.name));
    } catch {
      setError(t.networkError);
    }
  };

  const remove = async (item: DatasetSummary) => {
    setError(null);
    try {
      const response = await fetch(`/api/datasets/${item.id}?lang=${lang}`, { method: 'DELETE' });
      if (!response.ok && response.status !== 404) {
        setError(await errorOf(response, t.unreadableResponse));
        return;
      }
      setItems((list) => list.filter((d) => d.id !== item.id));
      setMode({ kind: 'view' });
      setStatus(t.deleted(item.name));
    } catch {
      setError(t.networkError);
    }
  };

  return (
    <div className={styles.list}>
      <p role="status" className={styles.listStatus}>
        {status}
      </p>
      {error !== null ? (
        <div role="alert" className={styles.alert}>
          <p className={styles.alertMessage}>{error}</p>
        </div>
      ) : null}
      {items.length === 0 ? (
        <p className="muted">{t.listEmpty}</p>
      ) : (
        <ul className={styles.cards} aria-label={t.listCaption}>
          {items.map((item) => (
            <li key={item.id} className={styles.card}>
              {mode.kind === 'rename' && mode.id === item.id ? (
                <RenameForm item={item} lang={lang} onSave={(name) => void rename(item, name)} onCancel={() => setMode({ kind: 'view' })} />
              ) : (
                <h3 className={styles.cardTitle}>
                  <Link href={`/du-lieu/${item.id}${langQuery}`}>{item.name}</Link>
                </h3>
              )}
              <p className={`small muted ${styles.cardMeta}`}>
                <time dateTime={item.createdAt}>{formatUploadDate(item.createdAt, lang)}</time>
                {' · '}
                {item.files.map((f) => (f.sheet ? `${f.name} (${f.sheet})` : f.name)).join(', ')}
                {' · '}
                {item.claimCount > 0 ? t.claims(item.claimCount) : t.noClaimsShort}
                {openFindings[item.id] !== undefined && openFindings[item.id] !== 0 ? (
                  <>
                    {' · '}
                    <Link href={`/kiem-tra?ds=${item.id}&status=unreviewed`}>{d.openFindingsShort(formatNumber(openFindings[item.id] ?? 0, 0))}</Link>
                  </>
                ) : null}
              </p>
              {item.claimCount > 0 ? (
                <ul className={styles.badges} aria-label={t.summaryColumn}>
                  {claimVerdicts(item.counts).map((v) => (
                    <li key={v}>
                      <VerdictBadge verdict={v} lang={lang} /> <span className="num">{item.counts[v]}</span>
                    </li>
                  ))}
                </ul>
              ) : null}
              {mode.kind === 'confirm' && mode.id === item.id ? (
                <div className={styles.actions} role="group" aria-label={t.confirmDelete(item.name)}>
                  <span className="small">{t.confirmDelete(item.name)}</span>
                  <button type="button" className={`button ${styles.danger}`} onClick={() => void remove(item)}>
                    {t.confirmYes}
                  </button>
                  <button type="button" className="button button--secondary" onClick={() => setMode({ kind: 'view' })}>
                    {t.cancel}
                  </button>
                </div>
              ) : (mode.kind === 'rename' && mode.id === item.id) || !canWrite ? null : (
                <div className={styles.actions}>
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={`${t.rename}: ${item.name}`}
                    onClick={() => setMode({ kind: 'rename', id: item.id })}
                  >
                    {t.rename}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={`${t.delete}: ${item.name}`}
                    onClick={() => setMode({ kind: 'confirm', id: item.id })}
                  >
                    {t.delete}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
