/**
 * Starts `next start` (the production build) for the benchmark on its own port and data
 * directory, with the row, byte and job (time, heap) limits raised for the benchmark's large tables and rate
 * limits off, and a reviewer created with the user CLI and signed in (uploads need one); stops it
 * with its whole process group.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createReviewer, signInScript } from '../scripts/script-session';

export interface AppServer {
  readonly base: string;
  readonly pid: number;
  stop(): void;
}

async function waitFor(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not start within ${ms} ms`);
}

/**
 * @example const app = await startApp(3105); … app.stop();
 */
export async function startApp(port: number): Promise<AppServer> {
  const dataDir = mkdtempSync(join(process.cwd(), '.data', 'bench-'));
  const reviewer = createReviewer(dataDir, 'bench-reviewer');
  const child: ChildProcess = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      stdio: 'ignore',
      detached: true,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        SOATSO_DATA_DIR: dataDir,
        SOATSO_MAX_ROWS: '1000000',
        SOATSO_MAX_UPLOAD_BYTES: String(64 * 1024 * 1024),
        SOATSO_RATE_LIMITS: 'off',
        // A 100 000-row table takes longer and more heap than a job's defaults (8 s, 512 MB) allow.
        SOATSO_JOB_TIMEOUT_MS: String(10 * 60 * 1000),
        SOATSO_JOB_MEMORY_MB: '4096',
      },
    },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error('next start did not start');
  const base = `http://127.0.0.1:${port}`;
  const stop = (): void => {
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // already gone
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitFor(`${base}/`, 90_000);
    await signInScript(base, reviewer);
  } catch (error) {
    stop();
    throw error;
  }
  return { base, pid, stop };
}
