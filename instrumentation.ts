/**
 * Next calls `register()` once when a server process starts. On the Node.js runtime it opens the
 * dataset store (integrity check at start-up) and makes a clean stop checkpoint the WAL into
 * `soatso.db` (see lib/server/store/lifecycle.ts).
 * @example next start // → [soatso store] … logged at start when the database file is damaged
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startStoreLifecycle } = await import('./lib/server/store/lifecycle');
  startStoreLifecycle();
}
