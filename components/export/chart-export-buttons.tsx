'use client';

import { useId, useState, type RefObject } from 'react';
import { layoutChartFrame } from '@/lib/export/chart-frame';
import { exportFileName, type YearSpan } from '@/lib/export/file-name';
import { renderFrameSvg } from '@/lib/export/frame-svg';
import type { Lang } from '@/lib/verify/labels';
import { downloadBlob } from './download';
import styles from './export.module.css';
import { measureText, serializeChartPanels, svgToPng } from './serialize-chart';
import { EXPORT_UI_STRINGS } from './strings';

/** What an exported chart image says about itself, so it can be understood on its own. */
export interface ChartExportMeta {
  readonly title: string;
  /** The unit of the values (or of the axis, e.g. "Chỉ số, năm đầu = 100"). */
  readonly unit: string | null;
  readonly years: YearSpan;
  /** Where the figures come from: the document title and the section. */
  readonly source: { readonly document: string; readonly section: string | null };
  /** For a comparison chart: the verdict in words ("1 Sai chiều, 1 Không khớp, 6 Khớp"). */
  readonly verdictText?: string | null;
  /** Chart mode shown, when not the plain values ("Chỉ số (năm đầu = 100)", "Thang log"). */
  readonly modeLabel?: string | null;
  /** What the marks mean ("◇ số in · ● số tính lại"), when the chart needs a key. */
  readonly legend?: string | null;
  /** A chart mode's part of the file name (`chi-so`, `thang-log`), so each mode saves under its own name. */
  readonly modeSlug?: string | null;
  /** The claims marked on the chart, with their verdicts, one line each. */
  readonly claims?: readonly string[];
  /** Notes the figures depend on. */
  readonly notes?: readonly string[];
}

/** Image sizes in CSS pixels (the PNG has twice as many pixels): as drawn, a 16:9 slide, an A4 page width, a square. */
export const SIZE_PRESETS = {
  chart: null,
  slide: { width: 1200, height: 675 },
  a4: { width: 794, height: null },
  square: { width: 900, height: 900 },
} as const satisfies Record<string, { width: number; height: number | null } | null>;

export type SizePreset = keyof typeof SIZE_PRESETS;

const PRESETS: readonly SizePreset[] = ['chart', 'slide', 'a4', 'square'];

/** PNG pixels per CSS pixel. */
export const PNG_SCALE = 2;

let fontCss: Promise<string> | null = null;

/** The embedded-font CSS, fetched once per page. */
function loadFontCss(): Promise<string> {
  fontCss ??= fetch('/api/export/font-face')
    .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`font ${r.status}`))))
    .catch((err: unknown) => {
      fontCss = null;
      throw err;
    });
  return fontCss;
}

let orgRequest: Promise<string | null> | null = null;

/** The issuing office (`SOATSO_ORG_NAME` on the server), asked once per page; none when it cannot be read. */
function loadOrg(): Promise<string | null> {
  orgRequest ??= fetch('/api/export/org')
    .then((r) => (r.ok ? r.json() : null))
    .then((body: unknown) => (typeof body === 'object' && body !== null && 'org' in body && typeof body.org === 'string' ? body.org : null))
    .catch(() => {
      orgRequest = null;
      return null;
    });
  return orgRequest;
}

function yearsText(years: YearSpan): string | null {
  if (years === null) return null;
  const list = 'from' in years ? [years.from, years.to] : [...years];
  if (list.length === 0) return null;
  const from = Math.min(...list);
  const to = Math.max(...list);
  return from === to ? String(from) : `${from}–${to}`;
}

/**
 * Builds the standalone SVG of the chart inside `container` with its title, unit, years,
 * verdict and source, the font embedded.
 *
 * @example
 * const { svg, width, height } = await buildChartSvg(figure, meta, 'vi');
 */
export async function buildChartSvg(
  container: HTMLElement,
  meta: ChartExportMeta,
  lang: Lang,
  preset: SizePreset = 'chart',
): Promise<{ svg: string; width: number; height: number } | null> {
  const t = EXPORT_UI_STRINGS[lang];
  const panels = serializeChartPanels(container);
  if (panels.length === 0) return null;
  const [css, org] = await Promise.all([loadFontCss(), loadOrg()]);
  const years = yearsText(meta.years);
  const subtitle = [meta.unit ? `${t.unit}: ${meta.unit}` : null, years, meta.modeLabel ?? null].filter((x) => x !== null).join(' · ');
  const source = `${t.source}: ${meta.source.document}${meta.source.section ? `, ${meta.source.section}` : ''}`;
  const today = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());
  const layout = layoutChartFrame(
    {
      panels,
      title: meta.title,
      subtitle,
      verdict: meta.verdictText ? `${t.verdict}: ${meta.verdictText}` : null,
      legend: meta.legend ?? null,
      annotations: meta.claims ?? [],
      notes: (meta.notes ?? []).map((n) => `${t.note}: ${n}`),
      footer: [source, ...(org ? [org] : []), `${t.page}: ${window.location.href}`, t.credit(today)],
      size: SIZE_PRESETS[preset],
    },
    measureText,
  );
  const label = [meta.title, subtitle, meta.verdictText ?? '', ...(meta.claims ?? [])].filter((x) => x !== '').join('. ');
  return { svg: renderFrameSvg(layout, panels.map((p) => p.markup), css, label), width: layout.width, height: layout.height };
}

/**
 * "Tải PNG" and "Tải SVG" for the chart drawn inside `targetRef`. The image carries the title,
 * unit, years, the source line and, for comparison charts, the verdict in words; the PNG is at
 * 2× and uses the embedded Be Vietnam Pro font. File names are ASCII slugs.
 * @example <ChartExportButtons targetRef={chartRef} meta={meta} lang="vi" />
 */
export function ChartExportButtons({ targetRef, meta, lang }: { targetRef: RefObject<HTMLElement | null>; meta: ChartExportMeta; lang: Lang }) {
  const t = EXPORT_UI_STRINGS[lang];
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [preset, setPreset] = useState<SizePreset>('chart');
  const presetId = useId();

  const run = async (format: 'png' | 'svg') => {
    const container = targetRef.current;
    if (!container) return;
    setBusy(true);
    setStatus(t.working);
    try {
      const built = await buildChartSvg(container, meta, lang, preset);
      if (!built) {
        setStatus(t.noChart);
        return;
      }
      const base = [meta.title, meta.modeSlug, preset === 'chart' ? null : t.presetSlug[preset]].filter((x) => x).join(' ');
      const name = exportFileName(base, meta.years, format);
      const blob =
        format === 'svg'
          ? new Blob([built.svg], { type: 'image/svg+xml;charset=utf-8' })
          : await svgToPng(built.svg, built.width, built.height, PNG_SCALE);
      downloadBlob(blob, name);
      setStatus(t.done(name));
    } catch {
      setStatus(t.failed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.bar} role="group" aria-label={t.chartGroup}>
      <label className={styles.presetLabel} htmlFor={presetId}>
        {t.preset}
      </label>
      <select id={presetId} className={styles.preset} value={preset} onChange={(e) => setPreset(e.currentTarget.value as SizePreset)}>
        {PRESETS.map((p) => (
          <option key={p} value={p}>
            {t.presetName[p]}
          </option>
        ))}
      </select>
      <button type="button" className={styles.button} onClick={() => run('png')} disabled={busy} title={t.pngHint}>
        <span aria-hidden="true" className={styles.icon}>
          ⤓
        </span>
        {t.png}
      </button>
      <button type="button" className={styles.button} onClick={() => run('svg')} disabled={busy} title={t.svgHint}>
        <span aria-hidden="true" className={styles.icon}>
          ⤓
        </span>
        {t.svg}
      </button>
      <p className={styles.status} role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
