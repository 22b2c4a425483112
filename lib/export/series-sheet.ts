import type { IndicatorView } from '../dataset/types';
import type { Lang } from '../verify/labels';
import { numberCell, textCell, yearCell } from './cells';
import { EXPORT_STRINGS } from './strings';
import type { ExportColumn, ExportSheet } from './types';

/**
 * The export of one indicator's series: year, value (a number with its printed decimals), the
 * text as printed, the name the table used, the source and any data-quality warning. Rows are
 * keyed by year and sorted by year.
 *
 * @example
 * buildSeriesSheet(indicator, 'vi').rows[0]?.cells[1] // { kind: 'number', value: 1.8, decimals: 1 }
 */
export function buildSeriesSheet(indicator: Pick<IndicatorView, 'name' | 'unit' | 'points'>, lang: Lang): ExportSheet {
  const t = EXPORT_STRINGS[lang];
  const columns: ExportColumn[] = [
    { key: 'year', header: t.year, kind: 'number', width: 8 },
    { key: 'value', header: t.value(indicator.unit), kind: 'number', width: 16 },
    { key: 'printed', header: t.printed, kind: 'text', width: 16 },
    { key: 'name', header: t.name, kind: 'text', width: 44 },
    { key: 'source', header: t.source, kind: 'text', width: 30 },
    { key: 'warnings', header: t.warnings, kind: 'text', width: 50 },
  ];
  const rows = [...indicator.points]
    .sort((a, b) => a.year - b.year)
    .map((p) => ({
      key: String(p.year),
      cells: [yearCell(p.year), numberCell(p.value, p.decimals), textCell(p.raw), textCell(p.name), textCell(p.source), textCell(p.warning?.[lang] ?? null)],
      tone: null,
    }));
  return { title: indicator.name, columns, rows };
}
