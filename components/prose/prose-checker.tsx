'use client';

import { useId, useRef, useState, type FormEvent } from 'react';
import { SaveDocumentButton } from '@/components/documents/document-actions';
import { VerdictBadge } from '@/components/verdict/verdict-badge';
import type { Lang } from '@/lib/i18n/lang';
import type { ProseResponse } from '@/lib/prose/types';
import { compareVerdicts } from '@/lib/verify/labels';
import { VERDICTS, type Verdict } from '@/lib/verify/types';
import { ReferenceColumn } from '@/components/reference/reference-column';
import { DocumentTables } from './document-tables';
import { FindingsPanel } from './findings-panel';
import { ProseDocument } from './prose-document';
import styles from './prose.module.css';
import { PROSE_STRINGS } from './strings';

export interface DatasetOption {
  readonly id: string;
  readonly name: string;
}

const numberFormat = new Intl.NumberFormat('vi-VN');

function isProseResponse(body: unknown): body is ProseResponse {
  return typeof body === 'object' && body !== null && Array.isArray((body as { claims?: unknown }).claims);
}

function errorOf(body: unknown): string | null {
  return typeof body === 'object' && body !== null && typeof (body as { error?: unknown }).error === 'string' ? (body as { error: string }).error : null;
}

/** The title an export file is named after: the uploaded file without its extension, or a default. */
function fileTitleOf(result: ProseResponse, fallback: string): string {
  const name = result.input.name;
  // Grammar: a dot and the extension letters at the end. Example: "bao-cao.docx" → "bao-cao".
  return name === null ? fallback : `${fallback}-${name.replace(/\.[^.]+$/u, '')}`;
}

/**
 * The whole /van-ban tool: a form (paste or choose a file, which data to compare with) that posts to
 * /api/prose, then the marked text beside the findings panel.
 * @example <ProseChecker lang="vi" bundledTitle="Báo cáo …" datasets={[]} />
 */
export function ProseChecker({ lang, bundledTitle, datasets }: { lang: Lang; bundledTitle: string; datasets: readonly DatasetOption[] }) {
  const t = PROSE_STRINGS[lang];
  const ids = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [bundled, setBundled] = useState(true);
  const [dataset, setDataset] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ProseResponse | null>(null);
  /** What was sent for the result shown, so that saving it stores exactly that. */
  const [checked, setChecked] = useState<{ file: File | null; text: string; bundled: boolean; dataset: string }>({ file: null, text: '', bundled: true, dataset: '' });
  const [saveKey, setSaveKey] = useState(0);
  const [formOpen, setFormOpen] = useState(true);
  const [showValues, setShowValues] = useState(true);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (file === null && text.trim() === '') {
      setError(t.emptyInput);
      textRef.current?.focus();
      return;
    }
    const form = new FormData();
    if (file !== null) form.append('file', file);
    else form.append('text', text);
    form.append('bundled', bundled ? '1' : '0');
    if (dataset !== '') form.append('dataset', dataset);
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(`/api/prose?lang=${lang}`, { method: 'POST', body: form });
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok || !isProseResponse(body)) {
        setError(errorOf(body) ?? t.networkError);
        return;
      }
      setResult(body);
      setChecked({ file, text, bundled, dataset });
      setSaveKey((k) => k + 1);
      setFormOpen(false);
      window.requestAnimationFrame(() => resultsRef.current?.focus());
    } catch {
      setError(t.networkError);
    } finally {
      setBusy(false);
    }
  }

  function clearFile() {
    setFile(null);
    if (fileRef.current) fileRef.current.value = '';
  }

  const compared = result === null ? 0 : result.claims.filter((c) => c.verdict !== 'none').length;
  const present = result === null ? [] : VERDICTS.filter((v) => v !== 'none' && (result.counts[v] ?? 0) > 0).sort(compareVerdicts);

  return (
    <>
      <details className={`panel ${styles.formPanel}`} open={formOpen} onToggle={(e) => setFormOpen(e.currentTarget.open)}>
        <summary className={styles.formSummary}>{result === null ? t.formTitle : t.editAgain}</summary>
        <form onSubmit={submit} className={styles.form} noValidate>
          <div className={styles.field}>
            <label htmlFor={`${ids}-text`}>{t.textLabel}</label>
            <textarea
              id={`${ids}-text`}
              ref={textRef}
              name="text"
              rows={8}
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-describedby={`${ids}-text-hint`}
              spellCheck={false}
            />
            <p id={`${ids}-text-hint`} className="muted small">
              {t.textHint}
            </p>
          </div>
          <div className={styles.field}>
            <label htmlFor={`${ids}-file`}>{t.fileLabel}</label>
            <div className={styles.fileRow}>
              <input
                id={`${ids}-file`}
                ref={fileRef}
                type="file"
                name="file"
                accept=".txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
                aria-describedby={`${ids}-file-hint`}
              />
              {file !== null ? (
                <button type="button" className={styles.linkButton} onClick={clearFile}>
                  {t.clearFile}
                </button>
              ) : null}
            </div>
            <p id={`${ids}-file-hint`} className="muted small">
              {t.fileHint}
            </p>
          </div>
          <fieldset className={styles.sources}>
            <legend>{t.sourcesLegend}</legend>
            <label className={styles.checkbox}>
              <input type="checkbox" checked={bundled} onChange={(e) => setBundled(e.target.checked)} /> {t.bundledLabel(bundledTitle)}
            </label>
            <div className={styles.field}>
              <label htmlFor={`${ids}-dataset`}>{t.datasetLabel}</label>
              <select id={`${ids}-dataset`} value={dataset} onChange={(e) => setDataset(e.target.value)} disabled={datasets.length === 0}>
                <option value="">{datasets.length === 0 ? t.noUploads : t.datasetNone}</option>
                {datasets.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </select>
            </div>
          </fieldset>
          <div className={styles.actions}>
            <button type="submit" className="button" disabled={busy} aria-describedby={error ? `${ids}-error` : undefined}>
              {busy ? t.checking : t.submit}
            </button>
            <span aria-live="polite" className="muted small">
              {busy ? t.checking : ''}
            </span>
          </div>
        </form>
      </details>
      {error !== null ? (
        <p id={`${ids}-error`} role="alert" className={styles.error}>
          {error}
        </p>
      ) : null}

      {result !== null ? (
        <section aria-labelledby="prose-results-title" className={styles.results}>
          <div className={styles.resultsHead}>
            <h2 id="prose-results-title" ref={resultsRef} tabIndex={-1}>
              {t.resultsTitle}: {t.summary(result.claims.length, compared)}
            </h2>
            <p className="muted small">
              {t.readFrom(result.input.name, result.input.format, numberFormat.format(result.input.characters))}
              {result.input.pages !== null ? `, ${t.pagesRead(numberFormat.format(result.input.pages))}` : ''}
              {result.input.legacyFont ? t.legacyFont(result.input.legacyFont) : ''}.{' '}
              {result.sources.length === 0 ? t.searchedTextOnly : t.searched(result.sources.map((s) => (lang === 'en' ? (s.labelEn ?? s.label) : s.label)).join(', '))}
            </p>
            {(result.setAside ?? []).map((s) => (
              <p key={`${s.id ?? ''}${s.label}`} className="small" role="note">
                <span aria-hidden="true">⊘ </span>
                {s.message[lang]}
              </p>
            ))}
            <ul className={styles.counts} aria-label={t.legend}>
              {present.map((v: Verdict) => (
                <li key={v}>
                  <VerdictBadge verdict={v} lang={lang} /> <span className="num">{result.counts[v]}</span>
                </li>
              ))}
            </ul>
            <a href="#prose-findings" className={styles.skip}>
              {t.toPanel}
            </a>
            <SaveDocumentButton key={saveKey} file={checked.file} text={checked.text} bundled={checked.bundled} dataset={checked.dataset} lang={lang} />
          </div>
          <div className={styles.layout}>
            <section aria-labelledby="prose-document-title" className={styles.documentPanel}>
              <div className={styles.documentHead}>
                <h2 id="prose-document-title">{t.documentTitle}</h2>
                <label className={styles.checkbox}>
                  <input type="checkbox" checked={showValues} onChange={(e) => setShowValues(e.target.checked)} /> {t.showValues}
                </label>
              </div>
              <p className="muted small">{t.documentHint}</p>
              <ProseDocument display={result.display} claims={result.claims} showValues={showValues} lang={lang} pageBreaks={result.pageBreaks} />
            </section>
            <FindingsPanel claims={result.claims} checks={result.checks} lang={lang} fileTitle={fileTitleOf(result, t.fileTitle)} />
          </div>
          <ReferenceColumn claims={result.claims} questions={result.questions ?? []} lang={lang} />
          <DocumentTables tables={result.tables} lang={lang} />
        </section>
      ) : null}
    </>
  );
}
