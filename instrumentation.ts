/**
 * Next calls `register()` once when a server process starts. On the Node.js runtime it has V8 compile regular
 * expressions straight to machine code (lib/server/regexp-tier.ts), installs
 * the HTTP method guard (TRACE and methods Next cannot take answer 405 JSON instead of a 500; see
 * lib/server/http/method-guard.ts), then the request log (one JSON line per API request with its
 * `x-request-id`; lib/server/http/request-log.ts), opens the dataset store (integrity check at
 * start-up) and installs the graceful shutdown (see lib/server/store/lifecycle.ts).
 * @example next start // → {"level":30,…,"event":"request","route":"/api/health","status":200,…} per API request
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { compileRegExpsToMachineCode } = await import('./lib/server/regexp-tier');
  compileRegExpsToMachineCode();
  const { installMethodGuard } = await import('./lib/server/http/method-guard');
  installMethodGuard();
  const { installRequestLog } = await import('./lib/server/http/request-log');
  installRequestLog();
  const { startStoreLifecycle } = await import('./lib/server/store/lifecycle');
  startStoreLifecycle();
}
