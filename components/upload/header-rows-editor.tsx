'use client';

import { useId, useState, type FormEvent } from 'react';
import type { Lang } from '@/lib/i18n/lang';
import { MAX_FORCED_HEADER_ROWS, type HeaderRowsCorrection } from '@/lib/tables/header-rows';
import type { PreviewTable } from '@/lib/upload/types';
import { PREVIEW_STRINGS } from './preview-strings';
import styles from './upload.module.css';

/**
 * The header rows asked for, checked as the server will (whole numbers from 1, in order, at most
 * MAX_FORCED_HEADER_ROWS rows); null when they are not.
 *
 * @example
 * headerRowsOf('a.csv', '2', '3'); // { table: 'a.csv', from: 2, to: 3 }
 * headerRowsOf('a.csv', '3', '2'); // null
 */
export function headerRowsOf(table: string, from: string, to: string): HeaderRowsCorrection | null {
  const a = Number(from.trim());
  const b = Number(to.trim());
  if (from.trim() === '' || to.trim() === '' || !Number.isInteger(a) || !Number.isInteger(b)) return null;
  if (a < 1 || b < a || b - a >= MAX_FORCED_HEADER_ROWS) return null;
  return { table, from: a, to: b };
}

/**
 * The header rows of one table in the preview: the raw rows around the header with their line
 * numbers (the header rows marked; folded away until opened), and two number fields to choose the first and last header
 * row; "Đọc lại với các dòng này" reads the table again with them.
 *
 * @example
 * <HeaderRowsEditor table={table} lang="vi" onHeaderRows={(c) => correctHeader(c)} />
 */
export function HeaderRowsEditor({
  table,
  lang,
  onHeaderRows,
}: {
  table: PreviewTable;
  lang: Lang;
  onHeaderRows: (correction: HeaderRowsCorrection) => void;
}) {
  const t = PREVIEW_STRINGS[lang];
  const ids = useId();
  const [from, setFrom] = useState(String(table.headerRows[0] ?? ''));
  const [to, setTo] = useState(String(table.headerRows[table.headerRows.length - 1] ?? ''));
  const [invalid, setInvalid] = useState(false);
  const width = Math.max(1, ...table.headerLines.map((l) => l.cells.length));

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const correction = headerRowsOf(table.table, from, to);
    setInvalid(correction === null);
    if (correction) onHeaderRows(correction);
  };

  return (
    <form className={styles.headerRows} onSubmit={submit} aria-labelledby={`${ids}-title`}>
      <h4 id={`${ids}-title`}>{t.headerTitle}</h4>
      <p className="muted small" id={`${ids}-hint`}>
        {t.headerHint}
      </p>
      {table.headerLines.length > 0 ? (
        <details className={styles.previewScroll}>
          <summary>{t.headerLinesCaption}</summary>
          <table className="data-table" aria-label={t.headerLinesCaption}>
            <thead>
              <tr>
                <th scope="col">{t.line}</th>
                {Array.from({ length: width }, (_, i) => (
                  <th key={i} scope="col" className="num">
                    {i + 1}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.headerLines.map((line) => {
                const header = table.headerRows.includes(line.line);
                return (
                  <tr key={line.line} className={header ? styles.headerLine : undefined}>
                    <th scope="row" className="num">
                      {header ? `${line.line} (${t.headerMark})` : line.line}
                    </th>
                    {Array.from({ length: width }, (_, i) => (
                      <td key={i}>{line.cells[i] ?? ''}</td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </details>
      ) : null}
      <div className={styles.headerFields}>
        <label htmlFor={`${ids}-from`}>{t.headerFrom}</label>
        <input
          id={`${ids}-from`}
          type="number"
          inputMode="numeric"
          min={1}
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          aria-describedby={`${ids}-hint${invalid ? ` ${ids}-invalid` : ''}`}
          aria-invalid={invalid}
        />
        <label htmlFor={`${ids}-to`}>{t.headerTo}</label>
        <input
          id={`${ids}-to`}
          type="number"
          inputMode="numeric"
          min={1}
          value={to}
          onChange={(e) => setTo(e.target.value)}
          aria-describedby={`${ids}-hint${invalid ? ` ${ids}-invalid` : ''}`}
          aria-invalid={invalid}
        />
        <button type="submit" className="button button--secondary">
          {t.headerApply}
        </button>
      </div>
      {invalid ? (
        <p id={`${ids}-invalid`} role="alert" className={styles.unsure}>
          {t.headerInvalid(MAX_FORCED_HEADER_ROWS)}
        </p>
      ) : null}
    </form>
  );
}
