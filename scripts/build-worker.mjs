/**
 * Bundles the worker pool's thread entry (lib/server/jobs/worker-entry.ts) into one CommonJS file,
 * dist/worker/soatso-worker.cjs, that plain Node runs under `next start`, `next dev` and vitest
 * alike (Turbopack does not bundle worker_threads entries given as a path). Packages stay
 * external and load from node_modules; `server-only` becomes an empty module (the worker is
 * server code by construction). Run by `npm run build`, `npm run dev` and the vitest setup.
 *
 * Usage: node scripts/build-worker.mjs
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const WORKER_OUT = 'dist/worker/soatso-worker.cjs';

/** `import 'server-only'` → an empty module. */
const serverOnly = {
  name: 'server-only',
  setup(b) {
    b.onResolve({ filter: /^server-only$/ }, () => ({ path: 'server-only', namespace: 'empty' }));
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: '', loader: 'js' }));
  },
};

/** Builds the worker bundle; resolves when it is written. */
export async function buildWorker() {
  await build({
    absWorkingDir: root,
    entryPoints: ['lib/server/jobs/worker-entry.ts'],
    outfile: WORKER_OUT,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    plugins: [serverOnly],
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildWorker();
  console.log(`worker: ${WORKER_OUT}`);
}
