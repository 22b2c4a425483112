'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import styles from '@/components/account/team.module.css';
import { sendJson } from '@/components/account/send-json';
import type { Lang } from '@/lib/i18n/lang';
import { DECISION_STATUSES, type DecisionStatus } from '@/lib/team/types';
import { DECISION_STRINGS } from './strings';

/**
 * A reviewer's decision on one finding: a status and a comment, sent to `decisionsUrl`
 * (`POST /api/datasets/:id/decisions` or `POST /api/documents/:id/decisions`); the page is then
 * refreshed to show it and its history.
 * @example <DecisionForm decisionsUrl="/api/datasets/cao-bang/decisions" target="bang-2:14" current="unreviewed" label="GDP · 2015–2022" lang="vi" />
 */
export function DecisionForm({
  decisionsUrl,
  target,
  current,
  label,
  lang,
}: {
  decisionsUrl: string;
  target: string;
  current: DecisionStatus;
  /** Names the finding in the form's accessible name (several forms share a page). */
  label: string;
  lang: Lang;
}) {
  const t = DECISION_STRINGS[lang];
  const router = useRouter();
  const ids = { status: useId(), comment: useId() };
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setStatus(t.saving);
    const sent = await sendJson(
      `${decisionsUrl}?lang=${lang}`,
      'POST',
      { target, status: String(form.get('status') ?? ''), comment: String(form.get('comment') ?? '') },
      { network: t.networkError, unreadable: t.unreadableResponse },
    );
    if (!sent.ok) {
      setStatus('');
      setError(sent.error);
      return;
    }
    setError(null);
    setStatus(t.saved);
    formElement.reset();
    router.refresh();
  };
  return (
    <form className={styles.row} onSubmit={(e) => void submit(e)} aria-label={`${t.decide}: ${label}`}>
      <div className={styles.field}>
        <label htmlFor={ids.status}>{t.newStatus}</label>
        <select id={ids.status} name="status" defaultValue={current === 'unreviewed' ? 'confirmed' : current}>
          {DECISION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t.statusWords[s]}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={ids.comment}>{t.comment}</label>
        <textarea id={ids.comment} name="comment" maxLength={2000} rows={2} />
      </div>
      <button type="submit" className="button">
        {t.save}
      </button>
      <p role="status" className={styles.hint}>
        {status}
      </p>
      {error !== null ? (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      ) : null}
    </form>
  );
}
