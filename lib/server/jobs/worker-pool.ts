import 'server-only';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Job, JobKind, JobOf, JobResults } from './jobs';
import { describeError, getLogger } from '../log/logger';
import { readPoolConfig, type PoolConfig } from './pool-config';

/**
 * A small pool of worker threads for heavy jobs. At most `threads` jobs run at once, up to
 * `queue` more wait; each running job has a time limit and each thread a heap limit
 * (`resourceLimits`). A job over either limit has its thread terminated (a fresh one takes its
 * place), and the caller gets a failure to answer with 422 or 413: the server and the other
 * requests go on.
 */

export type PoolFailure = 'timeout' | 'memory' | 'busy' | 'crashed' | 'unavailable' | 'stopping';

/** How a drain ended: every job finished in time, or the ones still running were ended. */
export interface DrainReport {
  /** Jobs running or waiting when the drain began. */
  readonly inFlight: number;
  /** Jobs ended unfinished because the grace period ran out (answered 'stopping'). */
  readonly abandoned: number;
}

export type PoolOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: PoolFailure };

interface Task {
  readonly id: number;
  readonly job: Job;
  readonly resolve: (outcome: PoolOutcome<unknown>) => void;
}

interface Slot {
  readonly worker: Worker;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

interface Reply {
  readonly id: number;
  readonly ok: boolean;
  readonly result?: unknown;
}

export interface WorkerPool {
  run<K extends JobKind>(job: JobOf<K>): Promise<PoolOutcome<JobResults[K]>>;
  /** Jobs running and waiting, for tests and health checks. */
  load(): { readonly running: number; readonly waiting: number };
  /**
   * Stops taking jobs (a new one answers 'stopping' at once), lets the running and waiting ones
   * finish within `graceMs`, ends those still unfinished then (answered 'stopping') and stops
   * every thread. Calling it again returns the same drain.
   */
  drain(graceMs: number): Promise<DrainReport>;
}

/**
 * Where the bundled worker lives: `SOATSO_WORKER_FILE`, else `dist/worker/soatso-worker.cjs` under
 * the project directory (written by `node scripts/build-worker.mjs`, part of `npm run build`).
 *
 * @example
 * workerFile({}) // '/srv/soatso/dist/worker/soatso-worker.cjs'
 */
export function workerFile(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env.SOATSO_WORKER_FILE ?? join(process.cwd(), 'dist', 'worker', 'soatso-worker.cjs');
}

/**
 * A pool running the worker at `file` with the given limits; threads start when first needed.
 *
 * @example
 * const pool = createPool(readPoolConfig(), workerFile());
 * await pool.run({ kind: 'list-sheets', file, maxInflatedBytes: 1e8 }) // { ok: true, value: { ok: true, value: ['Bảng 1'] } }
 */
export function createPool(config: PoolConfig, file: string): WorkerPool {
  const slots: Slot[] = [];
  const queue: Task[] = [];
  let nextId = 1;
  let draining: Promise<DrainReport> | null = null;
  let idle: (() => void) | null = null;

  function settle(slot: Slot, outcome: PoolOutcome<unknown>): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const task = slot.task;
    slot.task = null;
    task?.resolve(outcome);
    if (idle && queue.length === 0 && slots.every((s) => s.task === null)) idle();
  }

  /** Ends a thread (over a limit, or dead) and answers its job; a fresh thread replaces it on demand. */
  function retire(slot: Slot, reason: PoolFailure): void {
    const at = slots.indexOf(slot);
    if (at < 0) return;
    slots.splice(at, 1);
    settle(slot, { ok: false, reason });
    void slot.worker.terminate();
    dispatch();
  }

  function spawn(): Slot {
    const worker = new Worker(file, {
      resourceLimits: { maxOldGenerationSizeMb: config.memoryMb, maxYoungGenerationSizeMb: Math.min(64, config.memoryMb) },
    });
    worker.unref();
    const slot: Slot = { worker, task: null, timer: null };
    worker.on('message', (reply: Reply) => {
      if (slot.task?.id !== reply.id) return;
      settle(slot, reply.ok ? { ok: true, value: reply.result } : { ok: false, reason: 'crashed' });
      dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY') getLogger().error({ event: 'worker-error', err: describeError(error) }, 'worker thread failed');
      retire(slot, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crashed');
    });
    worker.on('exit', () => retire(slot, 'crashed'));
    slots.push(slot);
    return slot;
  }

  function dispatch(): void {
    while (queue.length > 0) {
      const slot = slots.find((s) => s.task === null) ?? (slots.length < config.threads ? spawn() : undefined);
      if (!slot) return;
      const task = queue.shift();
      if (!task) return;
      slot.task = task;
      slot.timer = setTimeout(() => retire(slot, 'timeout'), config.timeoutMs);
      slot.worker.postMessage({ id: task.id, job: task.job });
    }
  }

  /** Waits until no job runs or waits, or `graceMs` passes; then ends what is left and every thread. */
  async function drainPool(graceMs: number): Promise<DrainReport> {
    const inFlight = queue.length + slots.filter((s) => s.task !== null).length;
    if (inFlight > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => (idle = resolve)),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
      ]);
      clearTimeout(timer);
      idle = null;
    }
    const left = queue.splice(0);
    const abandoned = left.length + slots.filter((s) => s.task !== null).length;
    for (const task of left) task.resolve({ ok: false, reason: 'stopping' });
    for (const slot of slots.splice(0)) {
      settle(slot, { ok: false, reason: 'stopping' });
      slot.worker.removeAllListeners('exit');
      await slot.worker.terminate();
    }
    return { inFlight, abandoned };
  }

  return {
    run<K extends JobKind>(job: JobOf<K>): Promise<PoolOutcome<JobResults[K]>> {
      if (draining) return Promise.resolve({ ok: false, reason: 'stopping' });
      if (!existsSync(file)) {
        getLogger().error({ event: 'worker-missing', file }, 'worker file missing (run "node scripts/build-worker.mjs" or "npm run build")');
        return Promise.resolve({ ok: false, reason: 'unavailable' });
      }
      if (queue.length >= config.queue) return Promise.resolve({ ok: false, reason: 'busy' });
      return new Promise((resolve) => {
        queue.push({ id: nextId++, job, resolve: resolve as (outcome: PoolOutcome<unknown>) => void });
        dispatch();
      });
    },
    load() {
      return { running: slots.filter((s) => s.task !== null).length, waiting: queue.length };
    },
    drain(graceMs: number): Promise<DrainReport> {
      draining ??= drainPool(graceMs);
      return draining;
    },
  };
}

const POOL_KEY = Symbol.for('soatso.worker-pool');

/**
 * The process's one pool (kept on globalThis, so every route bundle shares it), configured from
 * the environment on first use.
 *
 * @example
 * await getPool().run({ kind: 'check-prose', body, sources })
 */
export function getPool(): WorkerPool {
  const holder = globalThis as { [POOL_KEY]?: WorkerPool };
  holder[POOL_KEY] ??= createPool(readPoolConfig(), workerFile());
  return holder[POOL_KEY];
}

/**
 * The process's pool if a job ever started one, else null (shutdown has nothing to drain then).
 *
 * @example
 * await existingPool()?.drain(30_000)
 */
export function existingPool(): WorkerPool | null {
  return (globalThis as { [POOL_KEY]?: WorkerPool })[POOL_KEY] ?? null;
}
