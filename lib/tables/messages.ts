import type { Lang, Localized } from '../i18n/lang';
import { TABLE_PROBLEM_STRINGS } from './table-strings';
import type { Location, TableError, TableWarning } from './types';

/**
 * Every TableError and TableWarning (problems.ts makes them) worded by `describeTableProblem` as one line in Vietnamese
 * or English, starting with its location: `bang.csv: dòng 5, cột "Năm 2022": …` / `bang.csv: row 5, column "Năm 2022": …`.
 */

export type { BadSeriesProblem, NotTextKind } from './types';

const MAX_SHOWN = 40;

function numberLocale(lang: Lang): string {
  return lang === 'vi' ? 'vi-VN' : 'en-GB';
}

function formatInteger(n: number, lang: Lang): string {
  return new Intl.NumberFormat(numberLocale(lang), { maximumFractionDigits: 0 }).format(n);
}

function formatMegabytes(bytes: number, lang: Lang): string {
  return new Intl.NumberFormat(numberLocale(lang), { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
}

/** A cell's text fit for a one-line message: whitespace collapsed, long text cut. */
function showCell(raw: string): string {
  let out = '';
  let space = false;
  for (const ch of raw.trim()) {
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t' || ch === '\u00a0') {
      space = true;
      continue;
    }
    if (space && out !== '') out += ' ';
    space = false;
    out += ch;
  }
  return out.length > MAX_SHOWN ? `${out.slice(0, MAX_SHOWN)}…` : out;
}

/**
 * The location prefix of a message: file, then the row, then the column when known.
 *
 * @example
 * formatLocation({ file: 'bang.csv', row: 5, column: 'Năm 2022' }, 'vi'); // 'bang.csv: dòng 5, cột "Năm 2022"'
 * formatLocation({ file: 'bang.csv', row: 5, column: 'Năm 2022' }, 'en'); // 'bang.csv: row 5, column "Năm 2022"'
 */
export function formatLocation(location: Location, lang: Lang): string {
  const t = TABLE_PROBLEM_STRINGS[lang];
  const parts: string[] = [];
  if (location.row !== undefined) parts.push(t.row(formatInteger(location.row, lang)));
  if (location.column !== undefined) parts.push(t.column(showCell(location.column)));
  return parts.length === 0 ? location.file : `${location.file}: ${parts.join(', ')}`;
}

function problemText(problem: TableError | TableWarning, lang: Lang): string {
  const t = TABLE_PROBLEM_STRINGS[lang];
  switch (problem.code) {
    case 'empty-file':
      return t.emptyFile;
    case 'not-text':
      return t.notText[problem.kind];
    case 'too-large':
      return problem.unit === 'bytes'
        ? t.tooManyBytes(formatMegabytes(problem.size, lang), formatMegabytes(problem.limit, lang))
        : t.tooManyRows(formatInteger(problem.limit, lang));
    case 'no-rows':
      return t.noRows;
    case 'no-indicator-column':
      return t.noIndicatorColumn;
    case 'no-year-column':
      return t.noYearColumn;
    case 'no-value-column':
      return t.noValueColumn;
    case 'unbalanced-quotes':
      return t.unbalancedQuotes;
    case 'duplicate-year-column':
      return t.duplicateYearColumn(problem.year, showCell(problem.firstColumn));
    case 'bad-series-row':
      return problem.problem === 'bad-year' ? t.badYear(showCell(problem.raw)) : t.missingIndicator;
    case 'bad-header-rows':
      return t.badHeaderRows[problem.problem];
    case 'not-a-number':
      return t.notANumber(showCell(problem.raw));
    case 'dotted-decimal':
      return t.dottedDecimal(showCell(problem.raw), problem.read);
    case 'mixed-marks':
      return t.mixedMarks(showCell(problem.raw));
    case 'mixed-number-style':
      return t.mixedNumberStyle(problem.style);
    case 'extra-cells':
      return problem.delimiter === ',' ? t.extraCells(problem.cells, problem.width) : t.strayCell(problem.cells, problem.width);
    case 'legacy-font':
      return t.legacyFont(problem.font);
    case 'indices-only':
      return t.indicesOnly;
    case 'year-from-title':
      return t.yearFromTitle(problem.year) + (problem.indices ?? []).map((i) => ` ${t.measureIndex(showCell(i.column), showCell(i.measure), i.from)}`).join('');
  }
}

/**
 * A table error or warning as one line in the given language, naming file, row and column.
 *
 * @example
 * describeTableProblem(notANumberWarning('bang.csv', 5, 'Năm 2022', 'abc'), 'vi');
 * // 'bang.csv: dòng 5, cột "Năm 2022": "abc" không phải là số'
 * describeTableProblem(notANumberWarning('bang.csv', 5, 'Năm 2022', 'abc'), 'en');
 * // 'bang.csv: row 5, column "Năm 2022": "abc" is not a number'
 */
export function describeTableProblem(problem: TableError | TableWarning, lang: Lang): string {
  return `${formatLocation(problem, lang)}: ${problemText(problem, lang)}`;
}

/**
 * A table error or warning in both languages, for an API refusal.
 *
 * @example
 * refuse(415, localizeTableProblem(notTextError('bang.pdf', 'pdf')));
 */
export function localizeTableProblem(problem: TableError | TableWarning): Localized {
  return { vi: describeTableProblem(problem, 'vi'), en: describeTableProblem(problem, 'en') };
}
