/**
 * Runs once when the server starts (Next.js instrumentation hook).
 * In the Node.js runtime: installs the HTTP method guard (TRACE and unknown methods answer 405
 * JSON instead of Next's 500; see lib/server/http/method-guard.ts).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { installMethodGuard } = await import('./lib/server/http/method-guard');
  installMethodGuard();
}
