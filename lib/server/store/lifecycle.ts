import 'server-only';
import { closeStore, getStore } from './default-store';

const installed = globalThis as typeof globalThis & { __soatsoLifecycle?: true };

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Called once when the server starts (instrumentation.ts):
 * - opens the store, so its integrity check runs and a fault is logged at start-up, not at the
 *   first request;
 * - on exit, checkpoints the WAL into `soatso.db` and closes it, so the file alone holds every
 *   acknowledged upload. `next start` answers SIGTERM/SIGINT itself by closing the HTTP server
 *   and calling `process.exit`, which fires 'exit' after in-flight requests are done; the store
 *   closes there (better-sqlite3 is synchronous, as an 'exit' listener must be). With
 *   NEXT_MANUAL_SIG_HANDLE set Next leaves the signals alone, so they are handled here.
 *
 * @example
 * startStoreLifecycle(); // once per process; later calls do nothing
 */
export function startStoreLifecycle(): void {
  if (installed.__soatsoLifecycle) return;
  installed.__soatsoLifecycle = true;
  getStore();
  process.once('exit', () => closeStore());
  if (process.env.NEXT_MANUAL_SIG_HANDLE) {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        closeStore();
        process.exit(SIGNAL_EXIT_CODES[signal]);
      });
    }
  }
}
