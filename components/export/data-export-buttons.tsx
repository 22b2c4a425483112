'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { CsvDelimiter, NumberStyle } from '@/lib/export/types';
import type { Lang } from '@/lib/verify/labels';
import { downloadBlob, fileNameFromDisposition } from './download';
import styles from './export.module.css';
import { EXPORT_UI_STRINGS } from './strings';

/** What to export: one report table, one indicator's series, or the verification findings. */
export type DataExportSource = { readonly kind: 'table'; readonly id: string } | { readonly kind: 'indicator'; readonly id: string } | { readonly kind: 'findings' };

type Scope = 'visible' | 'all';
type Format = 'csv' | 'xlsx';

const OPTIONS_KEY = 'soatso-export-options';

interface SavedOptions {
  readonly delimiter: CsvDelimiter;
  readonly numberStyle: NumberStyle;
}

function readSaved(): SavedOptions | null {
  try {
    const raw = window.localStorage.getItem(OPTIONS_KEY);
    if (raw === null) return null;
    const value = JSON.parse(raw) as { delimiter?: unknown; numberStyle?: unknown };
    const delimiter = value.delimiter === ',' || value.delimiter === ';' ? value.delimiter : ';';
    const numberStyle = value.numberStyle === 'plain' || value.numberStyle === 'vi' ? value.numberStyle : 'vi';
    return { delimiter, numberStyle };
  } catch {
    return null;
  }
}

/**
 * "Tải CSV" and "Tải XLSX" for a table. The server builds the file from its own data; the page
 * only says which rows are visible after filters (their keys, in the order shown). Options:
 * visible rows or all, `;` (Vietnamese Excel) or `,`, vi-VN or plain numbers (remembered).
 * @example <DataExportButtons source={{ kind: 'table', id: 'bang-2-2009-2022' }} visibleKeys={null} total={12} lang="vi" />
 */
export function DataExportButtons({
  source,
  visibleKeys,
  total,
  lang,
  datasetId,
}: {
  source: DataExportSource;
  /** Keys of the rows shown after filters; `null` when the view has no filters (only "all"). */
  visibleKeys: readonly string[] | null;
  total: number;
  lang: Lang;
  datasetId?: string;
}) {
  const t = EXPORT_UI_STRINGS[lang];
  const ids = useId();
  const [scope, setScope] = useState<Scope>('visible');
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(';');
  const [numberStyle, setNumberStyle] = useState<NumberStyle>('vi');
  const [busy, setBusy] = useState<Format | null>(null);
  const [status, setStatus] = useState('');
  const [alignEnd, setAlignEnd] = useState(false);
  const panelRef = useRef<HTMLDivElement>(null);

  // The options open under their summary; near the right edge of the screen they open leftwards.
  const placePanel = () => {
    setAlignEnd(false);
    window.requestAnimationFrame(() => {
      const rect = panelRef.current?.getBoundingClientRect();
      if (rect && rect.right > document.documentElement.clientWidth - 8) setAlignEnd(true);
    });
  };

  useEffect(() => {
    const saved = readSaved();
    if (saved) {
      setDelimiter(saved.delimiter);
      setNumberStyle(saved.numberStyle);
    }
  }, []);

  const remember = (next: SavedOptions) => {
    try {
      window.localStorage.setItem(OPTIONS_KEY, JSON.stringify(next));
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  };

  const filtered = visibleKeys !== null && visibleKeys.length !== total;
  const keys = scope === 'visible' && visibleKeys !== null ? visibleKeys : null;

  const download = async (format: Format) => {
    setBusy(format);
    setStatus(t.working);
    try {
      const response = await fetch(`/api/export/${format}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ source, keys, lang, delimiter, numberStyle, ...(datasetId ? { dataset: datasetId } : {}) }),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const blob = await response.blob();
      const name = fileNameFromDisposition(response.headers.get('content-disposition')) ?? `soatso.${format}`;
      downloadBlob(blob, name);
      setStatus(t.done(name));
    } catch {
      setStatus(t.failed);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className={styles.bar} role="group" aria-label={t.dataGroup}>
      <button type="button" className={styles.button} onClick={() => download('csv')} disabled={busy !== null}>
        <span aria-hidden="true" className={styles.icon}>
          ⤓
        </span>
        {t.csv}
      </button>
      <button type="button" className={styles.button} onClick={() => download('xlsx')} disabled={busy !== null}>
        <span aria-hidden="true" className={styles.icon}>
          ⤓
        </span>
        {t.xlsx}
      </button>
      <details className={styles.options} onToggle={(e) => (e.currentTarget.open ? placePanel() : undefined)}>
        <summary>{t.options}</summary>
        <div ref={panelRef} className={`${styles.optionsPanel} ${alignEnd ? styles.alignEnd : ''}`}>
          {visibleKeys !== null ? (
            <fieldset>
              <legend>{t.scope}</legend>
              <label className={styles.radio}>
                <input type="radio" name={`${ids}-scope`} checked={scope === 'visible'} onChange={() => setScope('visible')} />
                {t.scopeVisible(visibleKeys.length)}
              </label>
              <label className={styles.radio}>
                <input type="radio" name={`${ids}-scope`} checked={scope === 'all'} onChange={() => setScope('all')} />
                {t.scopeAll(total)}
              </label>
            </fieldset>
          ) : null}
          <fieldset>
            <legend>{t.delimiter}</legend>
            {([';', ','] as const).map((d) => (
              <label key={d} className={styles.radio}>
                <input
                  type="radio"
                  name={`${ids}-delimiter`}
                  checked={delimiter === d}
                  onChange={() => {
                    setDelimiter(d);
                    remember({ delimiter: d, numberStyle });
                  }}
                />
                {d === ';' ? t.semicolon : t.comma}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t.numbers}</legend>
            {(['vi', 'plain'] as const).map((s) => (
              <label key={s} className={styles.radio}>
                <input
                  type="radio"
                  name={`${ids}-numbers`}
                  checked={numberStyle === s}
                  onChange={() => {
                    setNumberStyle(s);
                    remember({ delimiter, numberStyle: s });
                  }}
                />
                {s === 'vi' ? t.numbersVi : t.numbersPlain}
              </label>
            ))}
          </fieldset>
        </div>
      </details>
      <p className={styles.status} role="status" aria-live="polite" data-filtered={filtered ? 'true' : undefined}>
        {status}
      </p>
    </div>
  );
}
