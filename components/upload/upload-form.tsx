'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, type DragEvent, type FormEvent } from 'react';
import type { Lang } from '@/lib/i18n/lang';
import type { RoleCorrection } from '@/lib/tables/apply-roles';
import type { HeaderRowsCorrection } from '@/lib/tables/header-rows';
import type { DatasetAnswer, RecognisePreview } from '@/lib/upload/types';
import { errorText, sendWithProgress } from './send-form';
import { PREVIEW_STRINGS } from './preview-strings';
import { appendCorrections, NO_CORRECTIONS, withDeclined, withHeaderRows, withRole, type Corrections } from './corrections';
import { RecognitionPreview } from './recognition-preview';
import { UPLOAD_STRINGS } from './strings';
import styles from './upload.module.css';
import { UploadResult } from './upload-result';

type Phase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'uploading'; readonly percent: number }
  | { readonly kind: 'checking' }
  | { readonly kind: 'done'; readonly detail: DatasetAnswer }
  | { readonly kind: 'error'; readonly message: string };

const ACCEPTED = ['.csv', '.tsv', '.txt', '.xlsx', '.xlsm', '.xls'];

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

function isWorkbook(file: File): boolean {
  const ext = extensionOf(file.name);
  return ext === '.xlsx' || ext === '.xlsm';
}

/**
 * The upload form: drag and drop or choose a file, an optional name, the sheet of an .xlsx
 * workbook, progress while uploading and checking, then what was recognised and the verdicts.
 * Errors from the server are shown as they come, in a `role="alert"` box.
 */
export function UploadForm({ lang, maxBytes }: { lang: Lang; maxBytes: number }) {
  const t = UPLOAD_STRINGS[lang];
  const router = useRouter();
  const ids = useId();
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState('');
  const [sheets, setSheets] = useState<readonly string[] | null>(null);
  const [sheet, setSheet] = useState('');
  const [loadingSheets, setLoadingSheets] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [preview, setPreview] = useState<RecognisePreview | null>(null);
  const [previewing, setPreviewing] = useState(false);
  // Roles, header rows and declined saved corrections, from the preview.
  const [corrections, setCorrections] = useState<Corrections>(NO_CORRECTIONS);
  const p = PREVIEW_STRINGS[lang];
  const busy = phase.kind === 'uploading' || phase.kind === 'checking' || loadingSheets || previewing;

  /** Reads the file on the server without storing it (`POST /api/recognise`), with the corrections made so far. */
  const recognise = async (chosen: File, given: Corrections, chosenSheet: string): Promise<boolean> => {
    setPreviewing(true);
    try {
      const form = new FormData();
      form.append('file', chosen);
      if (chosenSheet !== '') form.append('sheet', chosenSheet);
      appendCorrections(form, given);
      const response = await fetch(`/api/recognise?lang=${lang}`, { method: 'POST', body: form });
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok || body === null) {
        // A correction the reader refuses (header rows past the table…) leaves the last preview to correct again.
        if (given === NO_CORRECTIONS) setPreview(null);
        setPhase({ kind: 'error', message: errorText(body, t.unreadableResponse) });
        return false;
      }
      setPreview(body as RecognisePreview);
      setPhase({ kind: 'idle' });
      return true;
    } catch {
      setPhase({ kind: 'error', message: t.networkError });
      return false;
    } finally {
      setPreviewing(false);
    }
  };

  /** Applies a correction and reads the file again with it (an undone saved correction: read as recognised, with the user's own). */
  const update = (next: Corrections) => {
    if (!file) return;
    const before = corrections;
    setCorrections(next);
    void recognise(file, next, sheet).then((ok) => ok || setCorrections(before));
  };
  const correct = (correction: RoleCorrection) => update(withRole(corrections, correction));
  const correctHeader = (correction: HeaderRowsCorrection) => update(withHeaderRows(corrections, correction));
  const undoReused = (table: string) => update(withDeclined(corrections, table));

  const listSheets = async (chosen: File) => {
    setLoadingSheets(true);
    try {
      const form = new FormData();
      form.append('file', chosen);
      const response = await fetch(`/api/sheets?lang=${lang}`, { method: 'POST', body: form });
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok) {
        setPhase({ kind: 'error', message: errorText(body, t.unreadableResponse) });
        return;
      }
      const names = (body as { sheets?: unknown }).sheets;
      const list = Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : [];
      setSheets(list);
      // Every sheet with a table is read unless the user picks one.
      setSheet('');
    } catch {
      setPhase({ kind: 'error', message: t.networkError });
    } finally {
      setLoadingSheets(false);
    }
  };

  const choose = (chosen: File | undefined) => {
    setSheets(null);
    setSheet('');
    setPreview(null);
    setCorrections(NO_CORRECTIONS);
    if (!chosen) {
      setFile(null);
      return;
    }
    // A file refused here is not kept: the button stays disabled until another file is chosen.
    if (!ACCEPTED.includes(extensionOf(chosen.name))) {
      setFile(null);
      setPhase({ kind: 'error', message: t.wrongTypeClient(chosen.name) });
      return;
    }
    if (chosen.size > maxBytes) {
      setFile(null);
      setPhase({ kind: 'error', message: t.tooLargeClient(chosen.name, chosen.size, maxBytes) });
      return;
    }
    setFile(chosen);
    setPhase({ kind: 'idle' });
    if (isWorkbook(chosen)) void listSheets(chosen);
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    const dropped = e.dataTransfer.files[0];
    if (dropped) choose(dropped);
  };

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!file || busy) return;
    const form = new FormData();
    form.append('file', file);
    if (name.trim() !== '') form.append('name', name.trim());
    if (sheet !== '') form.append('sheet', sheet);
    appendCorrections(form, corrections);
    setPhase({ kind: 'uploading', percent: 0 });
    try {
      const answer = await sendWithProgress(
        `/api/datasets?lang=${lang}`,
        form,
        (percent) => setPhase({ kind: 'uploading', percent }),
        () => setPhase({ kind: 'checking' }),
      );
      if (answer.status === 201 && answer.body !== null) {
        setPhase({ kind: 'done', detail: answer.body as DatasetAnswer });
        router.refresh();
      } else {
        setPhase({ kind: 'error', message: errorText(answer.body, t.unreadableResponse) });
      }
    } catch {
      setPhase({ kind: 'error', message: t.networkError });
    }
  };

  const inputId = `${ids}-file`;
  return (
    <>
      <form className={`panel ${styles.form}`} onSubmit={onSubmit} aria-labelledby={`${ids}-title`} noValidate>
        <h2 id={`${ids}-title`} className={styles.formTitle}>
          {t.formTitle}
        </h2>
        <div
          className={`${styles.dropZone} ${dragging ? styles.dragging : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <input
            id={inputId}
            className={`visually-hidden ${styles.fileInput}`}
            type="file"
            accept={ACCEPTED.join(',')}
            aria-describedby={`${ids}-accepted`}
            onChange={(e) => choose(e.target.files?.[0])}
          />
          <p className={styles.dropText}>
            <span aria-hidden="true" className={styles.dropIcon}>
              ⇪
            </span>{' '}
            {t.dropHint}{' '}
            <label htmlFor={inputId} className={styles.chooseLabel}>
              {t.chooseFile}
            </label>
          </p>
          <p id={`${ids}-accepted`} className="muted small">
            {t.accepted(maxBytes)}
          </p>
          {file ? <p className={styles.chosen}>{t.chosen(file.name, file.size)}</p> : null}
        </div>

        <div className={styles.fields}>
          <div className={styles.field}>
            <label htmlFor={`${ids}-name`}>{t.nameLabel}</label>
            <input
              id={`${ids}-name`}
              type="text"
              value={name}
              maxLength={200}
              aria-describedby={`${ids}-name-hint`}
              onChange={(e) => setName(e.target.value)}
            />
            <span id={`${ids}-name-hint`} className="muted small">
              {t.nameHint}
            </span>
          </div>
          {loadingSheets ? <p role="status">{t.sheetLoading}</p> : null}
          {sheets && sheets.length > 0 ? (
            <div className={styles.field}>
              <label htmlFor={`${ids}-sheet`}>{t.sheetLabel}</label>
              <select
                id={`${ids}-sheet`}
                value={sheet}
                onChange={(e) => {
                  setSheet(e.target.value);
                  setPreview(null);
                  setCorrections(NO_CORRECTIONS);
                }}
              >
                {sheets.length > 1 ? <option value="">{t.allSheets}</option> : null}
                {sheets.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </div>

        <p className={styles.actions}>
          <button type="button" className="button button--secondary" disabled={!file || busy} onClick={() => file && void recognise(file, corrections, sheet)}>
            {p.previewButton}
          </button>
          <button type="submit" className="button" disabled={!file || busy}>
            {preview ? p.submitChecked : t.submit}
          </button>
          <a href={`/api/template?lang=${lang}`} download className={styles.template}>
            {p.template}
          </a>
        </p>
        {previewing ? <p role="status">{p.previewing}</p> : null}
        {corrections.roles.length > 0 ? <p role="status">{p.corrected(corrections.roles.length)}</p> : null}
        {corrections.headerRows.length > 0 ? <p role="status">{p.headerCorrected(corrections.headerRows.length)}</p> : null}

        <div className={styles.progress} aria-live="polite">
          {phase.kind === 'uploading' ? (
            <>
              <progress max={100} value={phase.percent} aria-label={t.progressLabel} />
              <p role="status">{t.uploading(phase.percent)}</p>
            </>
          ) : null}
          {phase.kind === 'checking' ? (
            <>
              <progress aria-label={t.progressLabel} />
              <p role="status">{t.checking}</p>
            </>
          ) : null}
        </div>
        {phase.kind === 'error' ? (
          <div role="alert" className={styles.alert}>
            <p className={styles.alertTitle}>{t.errorTitle}</p>
            <p className={styles.alertMessage}>{phase.message}</p>
          </div>
        ) : null}
      </form>
      {preview && phase.kind !== 'done' ? <RecognitionPreview preview={preview} lang={lang} onRole={correct} onHeaderRows={correctHeader} onUndoReused={undoReused} /> : null}
      {phase.kind === 'done' ? <UploadResult detail={phase.detail} lang={lang} /> : null}
    </>
  );
}
