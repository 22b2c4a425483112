import type { Lang } from '../verify/labels';
import { VERDICTS, type Verdict } from '../verify/types';

/** How the indicator chart draws its series. */
export type ChartMode = 'absolute' | 'index' | 'log';

export const CHART_MODES: readonly ChartMode[] = ['absolute', 'index', 'log'];

/**
 * What a page shows, as held in the URL so that a reload or a shared link restores it.
 * `null` = not set (the page's default).
 */
export interface ViewState {
  /** A report table id (`bang-2-2009-2022`). */
  readonly table: string | null;
  /** An indicator id (`thu-ngan-sach-tren-dia-ban`). */
  readonly indicator: string | null;
  /** Year range, inclusive. */
  readonly from: number | null;
  readonly to: number | null;
  readonly mode: ChartMode | null;
  readonly verdict: Verdict | null;
  /** Free-text search. */
  readonly q: string | null;
  readonly lang: Lang | null;
}

/** The URL parameters the view state owns, in the order they are written. */
export const VIEW_KEYS = ['table', 'indicator', 'from', 'to', 'mode', 'verdict', 'q', 'lang'] as const satisfies readonly (keyof ViewState)[];

export const EMPTY_VIEW: ViewState = {
  table: null,
  indicator: null,
  from: null,
  to: null,
  mode: null,
  verdict: null,
  q: null,
  lang: null,
};

const MAX_QUERY = 200;
const MIN_YEAR = 1000;
const MAX_YEAR = 2999;

export type ParamSource = URLSearchParams | string | Readonly<Record<string, string | readonly string[] | undefined>>;

function toParams(source: ParamSource): URLSearchParams {
  if (source instanceof URLSearchParams) return new URLSearchParams(source);
  if (typeof source === 'string') return new URLSearchParams(source.startsWith('?') ? source.slice(1) : source);
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(source)) {
    if (typeof value === 'string') params.append(key, value);
    else if (Array.isArray(value)) for (const v of value) params.append(key, v);
  }
  return params;
}

function readId(value: string | null): string | null {
  // Grammar: 1–120 of ASCII letters, digits, hyphen, underscore. Example: "bang-2-2009-2022".
  return value !== null && /^[A-Za-z0-9_-]{1,120}$/.test(value) ? value : null;
}

function readYear(value: string | null): number | null {
  // Grammar: exactly four ASCII digits. Example: "2015" → 2015.
  if (value === null || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

function readOne<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/**
 * Reads the view state from URL search params. Anything malformed is ignored (the page default
 * applies), so an old or hand-edited link still opens.
 *
 * @example
 * readViewState('?mode=index&from=2015&to=2022&lang=en') // { ...EMPTY_VIEW, mode: 'index', from: 2015, to: 2022, lang: 'en' }
 * readViewState({ verdict: 'bogus', q: '  ngân sách ' })  // { ...EMPTY_VIEW, q: 'ngân sách' }
 */
export function readViewState(source: ParamSource): ViewState {
  const params = toParams(source);
  // A reversed range is kept as written: the page says so (e.g. the growth calculator's message).
  const from = readYear(params.get('from'));
  const to = readYear(params.get('to'));
  const q = params.get('q')?.trim().slice(0, MAX_QUERY) ?? '';
  return {
    table: readId(params.get('table')),
    indicator: readId(params.get('indicator')),
    from,
    to,
    mode: readOne(params.get('mode'), CHART_MODES),
    verdict: readOne(params.get('verdict'), VERDICTS),
    q: q === '' ? null : q,
    lang: readOne(params.get('lang'), ['vi', 'en'] as const),
  };
}

/** Values a page treats as its default: written as "not set", so links stay short. */
export type ViewDefaults = Partial<ViewState>;

/**
 * Applies a change to URL search params: set keys are written, `null` (or a value equal to the
 * page default) removes the key. Parameters the view state does not own are kept as they are.
 *
 * @example
 * writeViewState('lang=en&x=1', { mode: 'index' }).toString()                            // 'lang=en&x=1&mode=index'
 * writeViewState('mode=index', { mode: 'absolute' }, { mode: 'absolute' }).toString()     // ''
 * writeViewState('q=a', { q: 'ngân sách' }).toString()                                  // 'q=ng%C3%A2n+s%C3%A1ch'
 */
export function writeViewState(source: ParamSource, patch: Partial<ViewState>, defaults: ViewDefaults = {}): URLSearchParams {
  const params = toParams(source);
  for (const key of VIEW_KEYS) {
    if (!(key in patch)) continue;
    const value = patch[key];
    const trimmed = typeof value === 'string' ? value.trim() : value;
    if (trimmed === null || trimmed === undefined || trimmed === '' || trimmed === defaults[key]) params.delete(key);
    else params.set(key, String(trimmed));
  }
  return params;
}

/**
 * A same-site link: the path, `?` and the params when there are any, and a hash if given.
 *
 * @example
 * viewHref('/chi-tieu/thu-ngan-sach', new URLSearchParams('mode=log')) // '/chi-tieu/thu-ngan-sach?mode=log'
 * viewHref('/kiem-tra', new URLSearchParams())                        // '/kiem-tra'
 */
export function viewHref(pathname: string, params: URLSearchParams, hash = ''): string {
  const query = params.toString();
  return `${pathname}${query ? `?${query}` : ''}${hash}`;
}

/**
 * The link to share: the current URL with the page language made explicit, so a colleague opens
 * the same view in the same language whatever their saved preference.
 *
 * @example
 * shareableUrl('http://localhost:3000/bang/bang-2?q=gdp#row-3', 'en') // 'http://localhost:3000/bang/bang-2?q=gdp&lang=en#row-3'
 */
export function shareableUrl(href: string, lang: Lang): string {
  const url = new URL(href);
  if (url.searchParams.get('lang') !== lang) url.searchParams.set('lang', lang);
  return url.toString();
}
