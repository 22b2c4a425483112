'use client';

import { useRouter } from 'next/navigation';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { Lang } from '@/lib/i18n/lang';
import styles from './documents.module.css';
import { DOCUMENT_STRINGS } from './strings';

async function errorOf(response: Response, fallback: string): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
  return typeof body?.error === 'string' ? body.error : fallback;
}

/**
 * Checks a stored document again from its original file (`POST /api/documents/:id/recheck`).
 * @example <RecheckDocumentButton documentId={id} lang="vi" />
 */
export function RecheckDocumentButton({ documentId, lang }: { documentId: string; lang: Lang }) {
  const t = DOCUMENT_STRINGS[lang];
  const router = useRouter();
  const [state, setState] = useState<{ busy: boolean; status: string; error: string | null }>({ busy: false, status: '', error: null });
  const run = async () => {
    setState({ busy: true, status: t.rechecking, error: null });
    try {
      const response = await fetch(`/api/documents/${documentId}/recheck?lang=${lang}`, { method: 'POST' });
      if (!response.ok) {
        setState({ busy: false, status: '', error: await errorOf(response, t.unreadable) });
        return;
      }
      setState({ busy: false, status: t.rechecked, error: null });
      router.refresh();
    } catch {
      setState({ busy: false, status: '', error: t.networkError });
    }
  };
  return (
    <div>
      <button type="button" className="button button--secondary" disabled={state.busy} onClick={() => void run()}>
        {t.recheck}
      </button>
      <span role="status" className="small">
        {' '}
        {state.status}
      </span>
      {state.error !== null ? (
        <p role="alert" className={styles.alert}>
          {state.error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Uploads the next version of a stored document (`POST /api/documents` with `versionOf`), then opens it.
 * @example <NewVersionForm documentId={id} lang="vi" />
 */
export function NewVersionForm({ documentId, lang }: { documentId: string; lang: Lang }) {
  const t = DOCUMENT_STRINGS[lang];
  const ids = useId();
  const router = useRouter();
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (file === undefined) {
      setError(t.chooseFile);
      fileRef.current?.focus();
      return;
    }
    const form = new FormData();
    form.append('file', file);
    form.append('versionOf', documentId);
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(`/api/documents?lang=${lang}`, { method: 'POST', body: form });
      if (!response.ok) {
        setError(await errorOf(response, t.unreadable));
        return;
      }
      const body = (await response.json().catch(() => null)) as { summary?: { id?: unknown } } | null;
      const id = body?.summary?.id;
      if (typeof id !== 'string') {
        setError(t.unreadable);
        return;
      }
      router.push(`/tai-lieu/${id}${lang === 'en' ? '?lang=en' : ''}`);
    } catch {
      setError(t.networkError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t.newVersionTitle}</h2>
      <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor={`${ids}-file`}>{t.newVersionFile}</label>
        <input
          id={`${ids}-file`}
          ref={fileRef}
          type="file"
          name="file"
          accept=".txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-describedby={`${ids}-hint`}
        />
        <p id={`${ids}-hint`} className="muted small">
          {t.newVersionHint}
        </p>
        <div>
          <button type="submit" className="button" disabled={busy}>
            {busy ? t.uploading : t.newVersionSubmit}
          </button>
        </div>
        {error !== null ? (
          <p role="alert" className={styles.alert}>
            {error}
          </p>
        ) : null}
      </form>
    </section>
  );
}

/**
 * Saves what /van-ban just checked as a stored document (`POST /api/documents`): the chosen file, or the
 * pasted text as a .txt file, with the same sources; then links to it.
 * @example <SaveDocumentButton file={file} text={text} bundled dataset="" lang="vi" />
 */
export function SaveDocumentButton({
  file,
  text,
  bundled,
  dataset,
  lang,
}: {
  file: File | null;
  text: string;
  bundled: boolean;
  dataset: string;
  lang: Lang;
}) {
  const t = DOCUMENT_STRINGS[lang];
  const [state, setState] = useState<{ busy: boolean; id: string | null; error: string | null }>({ busy: false, id: null, error: null });
  const save = async () => {
    const form = new FormData();
    form.append('file', file ?? new File([text], 'van-ban.txt', { type: 'text/plain' }));
    form.append('bundled', bundled ? '1' : '0');
    if (dataset !== '') form.append('dataset', dataset);
    setState({ busy: true, id: null, error: null });
    try {
      const response = await fetch(`/api/documents?lang=${lang}`, { method: 'POST', body: form });
      const body = (await response.json().catch(() => null)) as { summary?: { id?: unknown }; error?: unknown } | null;
      const id = body?.summary?.id;
      if (!response.ok || typeof id !== 'string') {
        setState({ busy: false, id: null, error: typeof body?.error === 'string' ? body.error : t.unreadable });
        return;
      }
      setState({ busy: false, id, error: null });
    } catch {
      setState({ busy: false, id: null, error: t.networkError });
    }
  };
  return (
    <div>
      <p className="muted small">{t.saveHint}</p>
      <button type="button" className="button button--secondary" disabled={state.busy || state.id !== null} onClick={() => void save()}>
        {state.busy ? t.saving : t.save}
      </button>
      <span role="status" className="small">
        {' '}
        {state.id !== null ? (
          <>
            {t.saved} <a href={`/tai-lieu/${state.id}${lang === 'en' ? '?lang=en' : ''}`}>{t.open}</a>
          </>
        ) : null}
      </span>
      {state.error !== null ? (
        <p role="alert" className={styles.alert}>
          {state.error}
        </p>
      ) : null}
    </div>
  );
}
