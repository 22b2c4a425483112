import type { APIRequestContext } from '@playwright/test';

/**
 * Deletes every stored dataset whose name holds `run` (a spec's run tag): what a spec uploaded, and nothing else.
 *
 * @example
 * test.afterAll(async ({ request }) => deleteDatasetsOf(request, RUN));
 */
export async function deleteDatasetsOf(request: APIRequestContext, run: string): Promise<void> {
  const response = await request.get('/api/datasets');
  const { datasets } = (await response.json()) as { datasets: { id: string; name: string }[] };
  for (const d of datasets) if (d.name.includes(run)) await request.delete(`/api/datasets/${d.id}`);
}
