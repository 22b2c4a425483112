/** Search params as Next gives them to a page. */
export type SearchParamRecord = Readonly<Record<string, string | string[] | undefined>>;

/** One page of a list: which page, how many, and the row range to read. */
export interface PageWindow {
  /** 1-based, clamped to 1…pageCount. */
  readonly page: number;
  readonly pageCount: number;
  readonly pageSize: number;
  readonly offset: number;
  readonly total: number;
}

// Grammar: one or more ASCII digits, the whole parameter. Example: "12" → 12; "2a", "-1", "" are not pages.
const PAGE_NUMBER = /^\d+$/;

/**
 * A whole number ≥ 0 given as a URL parameter (the first, when repeated), else null.
 *
 * @example
 * wholeNumberParam({ row: '42' }, 'row') // 42
 * wholeNumberParam({ row: '4x' }, 'row') // null
 */
export function wholeNumberParam(params: SearchParamRecord, name: string): number | null {
  const raw = params[name];
  const text = Array.isArray(raw) ? raw[0] : raw;
  return text !== undefined && PAGE_NUMBER.test(text) ? Number(text) : null;
}

/**
 * The page a URL asks for (`?page=3`), clamped to the pages there are; a missing or malformed
 * value is page 1, a page past the end is the last page.
 *
 * @example
 * pageWindow({ page: '3' }, 'page', 1000, 200) // { page: 3, pageCount: 5, pageSize: 200, offset: 400, total: 1000 }
 * pageWindow({ page: 'x' }, 'page', 1000, 200).page // 1
 */
export function pageWindow(params: SearchParamRecord, name: string, total: number, pageSize: number): PageWindow {
  const asked = wholeNumberParam(params, name) ?? 1;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(pageCount, Math.max(1, asked));
  return { page, pageCount, pageSize, offset: (page - 1) * pageSize, total };
}

/** Columns a report table row has besides its years: STT, indicator, unit, claim, verdict, computed. */
const FIXED_COLUMNS = 6;

/**
 * How many rows of a table fit a page: a budget of cells shared by the rows, so a wide table
 * (many year columns) gets fewer rows and the page's HTML stays small; between `min` and `max`.
 *
 * @example
 * rowsPerPage(2, 1600, 20, 200) // 200 (8 columns a row)
 * rowsPerPage(50, 1600, 20, 200) // 28 (56 columns a row)
 */
export function rowsPerPage(yearColumns: number, cellBudget: number, min: number, max: number): number {
  const perRow = Math.max(0, yearColumns) + FIXED_COLUMNS;
  return Math.min(max, Math.max(min, Math.floor(cellBudget / perRow)));
}

/**
 * The link to another page of the same list: every other search parameter (`ds`, `lang`, `q`,
 * `verdict`…) kept, the page parameter set (dropped for page 1), an optional hash.
 *
 * @example
 * pageHref('/bang/bang-2', { ds: 'ab12', page: '2', q: 'thu' }, 'page', 3) // '/bang/bang-2?ds=ab12&page=3&q=thu'
 * pageHref('/bang/bang-2', { page: '2' }, 'page', 1) // '/bang/bang-2'
 */
export function pageHref(path: string, params: SearchParamRecord, name: string, page: number, hash = ''): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (key === name || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) query.append(key, v);
  }
  if (page > 1) query.set(name, String(page));
  query.sort();
  const search = query.toString();
  return `${path}${search ? `?${search}` : ''}${hash}`;
}

/**
 * The page numbers to link, with gaps: the first, the last, and two either side of the current one.
 *
 * @example
 * pageLinks(7, 250) // [1, 'gap', 5, 6, 7, 8, 9, 'gap', 250]
 * pageLinks(1, 3) // [1, 2, 3]
 */
export function pageLinks(page: number, pageCount: number): (number | 'gap')[] {
  const shown = new Set<number>([1, pageCount]);
  for (let p = page - 2; p <= page + 2; p++) if (p >= 1 && p <= pageCount) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  sorted.forEach((p, i) => {
    const previous = sorted[i - 1];
    if (previous !== undefined && p - previous > 1) out.push('gap');
    out.push(p);
  });
  return out;
}
