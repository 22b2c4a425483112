'use client';

import { useRef, type ReactNode } from 'react';
import type { Lang } from '@/lib/verify/labels';
import { ChartExportButtons, type ChartExportMeta } from './chart-export-buttons';

/**
 * Wraps a chart rendered by a server component and adds "Tải PNG" / "Tải SVG" above it, for
 * charts whose own component has no place for the buttons (the overview's verdict chart).
 * @example <ExportableChart meta={meta} lang="vi"><VerdictSummaryChart bars={bars} label="…" /></ExportableChart>
 */
export function ExportableChart({ meta, lang, children }: { meta: ChartExportMeta; lang: Lang; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  return (
    <>
      <ChartExportButtons targetRef={ref} meta={meta} lang={lang} />
      <div ref={ref}>{children}</div>
    </>
  );
}
