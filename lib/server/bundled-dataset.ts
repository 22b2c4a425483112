import 'server-only';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset } from '../dataset/build-dataset';
import type { Dataset } from '../dataset/types';
import { checkFiles } from '../verify/check-files';
import { documentFileSchema } from './schemas';
import { describeTableProblem } from '../tables/messages';

export const BUNDLED_DATASET_ID = 'cao-bang';

/** The bundled data directory; `SOATSO_BUNDLED_DIR` overrides it (tests). */
function dataDir(): string {
  return process.env.SOATSO_BUNDLED_DIR ?? join(process.cwd(), 'data');
}

// Held on globalThis: Next bundles pages and route handlers apart, each with its own copy of this
// module, and the report must be read and checked once per process, not once per bundle.
const holder = globalThis as typeof globalThis & { __soatsoBundled?: { dir: string; dataset: Dataset } };

/**
 * The bundled Cao Bằng dataset, read and checked once per server process.
 * A broken bundled file is a deployment bug, so it throws with the file's one-line reason.
 *
 * @example
 * getBundledDataset().counts.wrong_direction // 1
 */
export function getBundledDataset(): Dataset {
  const dir = dataDir();
  const held = holder.__soatsoBundled;
  if (held && held.dir === dir) return held.dataset;
  const doc = documentFileSchema.parse(JSON.parse(readFileSync(/*turbopackIgnore: true*/ join(dir, 'document.json'), 'utf8')));
  const files = readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((n) => n.toLowerCase().endsWith('.csv'))
    .sort()
    .map((n) => ({ name: n, bytes: new Uint8Array(readFileSync(/*turbopackIgnore: true*/ join(/*turbopackIgnore: true*/ dir, n))) }));
  const outcome = checkFiles(files);
  if (!outcome.ok) throw new Error(describeTableProblem(outcome.error, 'vi'));
  const dataset = buildDataset(
    BUNDLED_DATASET_ID,
    { id: doc.id, title: doc.title, issuer: doc.issuer, date: doc.date, place: doc.place, notes: doc.notes, sections: doc.sections },
    outcome.tables,
    outcome.series,
    doc.tables.map((t) => ({ file: t.file, id: t.id, title: t.title, section: t.section })),
  );
  holder.__soatsoBundled = { dir, dataset };
  return dataset;
}
