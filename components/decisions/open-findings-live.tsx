'use client';

import { useEffect, useState } from 'react';
import type { Lang } from '@/lib/i18n/lang';
import { OpenFindings } from './open-findings';

/**
 * The open-findings line of a static page (the overview), fetched after first paint from
 * `GET /api/datasets/:id/decisions` (`{ open, findings }`); nothing is shown until it answers.
 * @example <OpenFindingsLive datasetId="cao-bang" lang="vi" />
 */
export function OpenFindingsLive({ datasetId, lang }: { datasetId: string; lang: Lang }) {
  const [counts, setCounts] = useState<{ open: number; total: number } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/datasets/${datasetId}/decisions`, { signal: controller.signal, cache: 'no-store' })
      .then(async (response) => (response.ok ? ((await response.json()) as { open: number; findings: number }) : null))
      .then(
        (body) => setCounts(body ? { open: body.open, total: body.findings } : null),
        () => setCounts(null),
      );
    return () => controller.abort();
  }, [datasetId]);
  return counts ? <OpenFindings datasetId={datasetId} open={counts.open} total={counts.total} lang={lang} /> : null;
}
