import { slugify } from '../dataset/slugify';

export type YearSpan = readonly number[] | { readonly from: number; readonly to: number } | null;

function spanOf(years: YearSpan): { from: number; to: number } | null {
  if (years === null) return null;
  if ('from' in years) return { from: Math.min(years.from, years.to), to: Math.max(years.from, years.to) };
  const finite = years.filter((y) => Number.isFinite(y));
  if (finite.length === 0) return null;
  return { from: Math.min(...finite), to: Math.max(...finite) };
}

/**
 * An ASCII file name for an export: the slug of the title, then the years it covers (left out
 * when the title already names them), then the extension.
 *
 * @example
 * exportFileName('GDP bình quân đầu người', [2009, 2015, 2022], 'png') // 'gdp-binh-quan-dau-nguoi-2009-2022.png'
 * exportFileName('Bảng 2 (2009–2022)', { from: 2009, to: 2022 }, 'csv') // 'bang-2-2009-2022.csv'
 * exportFileName('Tỷ lệ hộ nghèo', [2022], 'xlsx')                       // 'ty-le-ho-ngheo-2022.xlsx'
 * exportFileName('Năm 2022 so với năm 2015', [2015, 2022], 'png')       // 'nam-2022-so-voi-nam-2015.png'
 */
export function exportFileName(title: string, years: YearSpan, ext: string): string {
  const span = spanOf(years);
  const yearSlug = span === null ? '' : span.from === span.to ? `${span.from}` : `${span.from}-${span.to}`;
  const base = slugify(title);
  const words = new Set(base.split('-'));
  const named = span !== null && words.has(String(span.from)) && words.has(String(span.to));
  const withYears = yearSlug === '' || named ? base : `${base}-${yearSlug}`;
  // Grammar: any character that is not an ASCII letter or digit. Example: ".PNG" → "png".
  const extension = ext.toLowerCase().replace(/[^a-z0-9]/g, '') || 'bin';
  return `${withYears}.${extension}`;
}
