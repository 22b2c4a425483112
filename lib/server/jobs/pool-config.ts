import { availableParallelism } from 'node:os';

/** How the worker pool runs heavy jobs (parsing uploads, checking prose, re-checking). */
export interface PoolConfig {
  /** `SOATSO_JOB_THREADS`: jobs running at once (default: the machine's available parallelism). */
  readonly threads: number;
  /** `SOATSO_JOB_QUEUE`: jobs waiting for a thread; beyond this, 503 (default 256). */
  readonly queue: number;
  /** `SOATSO_JOB_TIMEOUT_MS`: a job running longer is ended, 422 (default 30 000 ms: a 50 000-row upload, the most the default row limit takes, is read, checked and built in one job). */
  readonly timeoutMs: number;
  /** `SOATSO_JOB_MEMORY_MB`: a job's heap limit; past it the job is ended, 413 (default 512 MB). */
  readonly memoryMb: number;
}

type Env = Readonly<Record<string, string | undefined>>;

function positive(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  return Number.isSafeInteger(n) && n > 0 ? n : fallback;
}

/**
 * The pool settings from the environment; a missing or invalid value falls back to the default.
 *
 * @example
 * readPoolConfig({ SOATSO_JOB_THREADS: '4' }).threads // 4
 */
export function readPoolConfig(env: Env = process.env): PoolConfig {
  return {
    threads: positive(env.SOATSO_JOB_THREADS, Math.max(1, availableParallelism())),
    queue: positive(env.SOATSO_JOB_QUEUE, 256),
    timeoutMs: positive(env.SOATSO_JOB_TIMEOUT_MS, 30_000),
    memoryMb: positive(env.SOATSO_JOB_MEMORY_MB, 512),
  };
}
