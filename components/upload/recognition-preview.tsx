'use client';

import { useId } from 'react';
import type { Lang } from '@/lib/i18n/lang';
import type { RoleCorrection } from '@/lib/tables/apply-roles';
import type { HeaderRowsCorrection } from '@/lib/tables/header-rows';
import { COLUMN_ROLES, type ColumnRole } from '@/lib/tables/types';
import { describeTableProblem } from '@/lib/tables/messages';
import type { PreviewTable, RecognisePreview } from '@/lib/upload/types';
import { VerdictBadge } from '../verdict/verdict-badge';
import { HeaderRowsEditor } from './header-rows-editor';
import { PREVIEW_STRINGS } from './preview-strings';
import styles from './upload.module.css';

function lines(rows: readonly number[]): string {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first === undefined || last === undefined) return '—';
  return first === last ? String(first) : `${first}–${last}`;
}

interface TableProps {
  readonly table: PreviewTable;
  readonly lang: Lang;
  readonly onRole: (correction: RoleCorrection) => void;
  readonly onHeaderRows: (correction: HeaderRowsCorrection) => void;
  readonly onUndoReused: (table: string) => void;
}

function TablePreview({ table, lang, onRole, onHeaderRows, onUndoReused }: TableProps) {
  const t = PREVIEW_STRINGS[lang];
  const ids = useId();
  const years =
    table.years.length === 0
      ? t.noYears
      : t.years(table.years.map((y) => (table.estimateYears.includes(y) ? `${y} (${t.estimate})` : String(y))).join(', '));
  const unsure: string[] = [];
  if (table.shape === 'years-across' && table.years.length < 2 && table.compare === null) unsure.push(t.fewYears);
  if (table.claimCount > 0 && table.uncomputable > 0) unsure.push(t.uncomputable(table.uncomputable, table.claimCount));
  return (
    <section className={`panel ${styles.preview}`} aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>{t.title(table.title ?? table.table)}</h3>
      <ul className={styles.previewFacts}>
        <li>{t.headerRows(table.headerForced ? `${lines(table.headerRows)} (${t.headerChosen})` : lines(table.headerRows))}</li>
        <li>{years}</li>
        <li>{table.shape === 'years-down' ? t.yearsDown : t.yearsAcross}</li>
        <li>{t.numberStyle(table.numberStyle)}</li>
        {table.compare ? <li>{t.compare(table.compare.to, table.compare.from)}</li> : null}
        <li>{t.rowCount(table.rowCount, table.sections.length)}</li>
        {table.legacyFont ? <li>{t.legacyFont(table.legacyFont)}</li> : null}
      </ul>
      {table.reused ? (
        <div className={styles.reused}>
          <p role="status">
            {t.reused(table.reused.name, table.reused.columns, table.reused.headerRows ? lines([table.reused.headerRows.from, table.reused.headerRows.to]) : null)}
          </p>
          <button type="button" className="button button--secondary" onClick={() => onUndoReused(table.table)}>
            {t.undoReused}
          </button>
        </div>
      ) : null}
      {unsure.map((text) => (
        <p key={text} className={styles.unsure} role="note">
          {text}
        </p>
      ))}
      <HeaderRowsEditor key={table.headerRows.join(',')} table={table} lang={lang} onHeaderRows={onHeaderRows} />
      <h4 id={`${ids}-columns`}>{t.columnsTitle}</h4>
      <p className="muted small">{t.columnsHint}</p>
      <ul className={styles.roleList} aria-labelledby={`${ids}-columns`}>
        {table.columns.map((column) => {
          const name = column.header === '' ? t.unnamedColumn(column.index + 1) : column.header;
          return (
            <li key={column.index} className={styles.roleItem}>
              <label htmlFor={`${ids}-role-${column.index}`}>
                <span className={styles.roleHeader}>{name}</span>
                {column.group ? <span className="muted small"> · {t.group(column.group)}</span> : null}
              </label>
              <select
                id={`${ids}-role-${column.index}`}
                aria-label={t.roleOf(name)}
                value={column.role}
                onChange={(e) => onRole({ table: table.table, column: column.index, role: e.target.value as ColumnRole })}
              >
                {COLUMN_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t.roles[role]}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
      <div className={styles.previewScroll}>
        <table className="data-table">
          <caption>{t.rowsTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.line}</th>
              <th scope="col">{t.indicator}</th>
              <th scope="col">{t.unit}</th>
              {table.years.map((y) => (
                <th key={y} scope="col" className="num">
                  {table.estimateYears.includes(y) ? `${y} (${t.estimate})` : y}
                </th>
              ))}
              <th scope="col">{t.claim}</th>
              <th scope="col">{t.verdict}</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.line}>
                <td className="num">{row.line}</td>
                <th scope="row">{row.indicator}</th>
                <td>{row.unit}</td>
                {row.values.map((v, i) => (
                  <td key={table.years[i] ?? i} className="num">
                    {v}
                  </td>
                ))}
                <td>{row.claim ?? ''}</td>
                <td>
                  <VerdictBadge verdict={row.verdict} lang={lang} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.notes.length > 0 ? (
        <>
          <h4>{t.notes}</h4>
          <ul>
            {table.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/**
 * The "Đã nhận ra" preview: what the reader recognised in each table of the chosen file, before
 * anything is stored: header rows, years (estimates marked), whether years run across or down,
 * the number style, the header rows (the rows around them listed, two fields to choose them again),
 * each column's role (a select per column to correct it) and the first rows as
 * read, with their verdicts. Says in words where the reader is unsure, which saved correction was
 * applied (with a button to undo it) and which sheets held no table.
 *
 * @example
 * <RecognitionPreview preview={preview} lang="vi" onRole={(c) => correct(c)} onHeaderRows={(c) => correctHeader(c)} onUndoReused={(t) => undo(t)} />
 */
export function RecognitionPreview({
  preview,
  lang,
  onRole,
  onHeaderRows,
  onUndoReused,
}: {
  preview: RecognisePreview;
  lang: Lang;
  onRole: (correction: RoleCorrection) => void;
  onHeaderRows: (correction: HeaderRowsCorrection) => void;
  onUndoReused: (table: string) => void;
}) {
  const t = PREVIEW_STRINGS[lang];
  const ids = useId();
  return (
    <div className={styles.previewList}>
      <p>{t.intro}</p>
      {preview.tables.map((table) => (
        <TablePreview key={table.table} table={table} lang={lang} onRole={onRole} onHeaderRows={onHeaderRows} onUndoReused={onUndoReused} />
      ))}
      {preview.skipped.length > 0 ? (
        <section className={`panel ${styles.preview}`} aria-labelledby={`${ids}-skipped`}>
          <h3 id={`${ids}-skipped`}>{t.skippedTitle}</h3>
          <ul>
            {preview.skipped.map((s) => (
              <li key={s.name}>{describeTableProblem(s.error, lang)}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
