import 'server-only';
import { dataDirectory } from '../config';
import { openRequestCount } from '../http/request-log';
import { existingPool } from '../jobs/worker-pool';
import { getLogger } from '../log/logger';
import { removeServerPid, writeServerPid } from '../shutdown/server-pid';
import { shutDown, shutdownGraceMs } from '../shutdown/shut-down';
import { closeStore, getStore } from './default-store';
import { storeKind } from './store-kind';

const installed = globalThis as typeof globalThis & { __soatsoLifecycle?: true };

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/** Seconds past the grace period after which the process exits whatever is still running. */
const BACKSTOP_MS = 5_000;

/**
 * Called once when the server starts (instrumentation.ts):
 * - opens the store, so its integrity check runs and a fault is logged at start-up, not at the
 *   first request, and writes `<data dir>/soatso.pid` (see server-pid.ts);
 * - on SIGTERM/SIGINT shuts down gracefully (shutdown/shut-down.ts): no new jobs, the jobs and
 *   requests in flight finish within SOATSO_SHUTDOWN_GRACE_MS, the WAL is checkpointed into
 *   `soatso.db` and the store closed, then the process exits 143/130. `next start` (and the
 *   standalone server.js) meanwhile stops taking connections and waits for open requests; its own
 *   exit also closes the store (the 'exit' listener; better-sqlite3 is synchronous, as an 'exit'
 *   listener must be). With NEXT_MANUAL_SIG_HANDLE set Next leaves the signals to this code alone.
 *
 * @example
 * startStoreLifecycle(); // once per process; later calls do nothing
 */
export function startStoreLifecycle(): void {
  if (installed.__soatsoLifecycle) return;
  installed.__soatsoLifecycle = true;
  getStore();
  const dataDir = dataDirectory();
  writeServerPid(dataDir);
  process.once('exit', () => {
    closeStoreOnce();
    removeServerPid(dataDir);
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => void stopOnSignal(signal));
  }
}

let storeClosed = false;

/** Closes the store once, logging it (synchronously: this also runs in the 'exit' listener). */
function closeStoreOnce(): void {
  if (storeClosed) return;
  storeClosed = true;
  closeStore();
  const kind = storeKind();
  getLogger().info({ event: 'store-closed', store: kind }, kind === 'sqlite' ? 'store closed (WAL checkpointed)' : 'store closed (PostgreSQL pool ended)');
}

async function stopOnSignal(signal: 'SIGTERM' | 'SIGINT'): Promise<void> {
  const graceMs = shutdownGraceMs();
  setTimeout(() => process.exit(SIGNAL_EXIT_CODES[signal]), graceMs + BACKSTOP_MS).unref();
  await shutDown(
    {
      drainJobs: async (ms) => (await existingPool()?.drain(ms)) ?? null,
      openRequests: openRequestCount,
      closeStore: closeStoreOnce,
      logger: getLogger(),
    },
    signal,
    graceMs,
  );
  process.exit(SIGNAL_EXIT_CODES[signal]);
}
