import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobOf } from '../jobs/jobs';
import { createPool, workerFile } from '../jobs/worker-pool';
import { openSqliteStore, type SqliteDatasetStore } from '../store/sqlite-store';
import { SAMPLE_CSV } from '../testing/sample-tables';
import { DEFAULT_GRACE_MS, shutDown, shutdownGraceMs, type ShutdownParts } from './shut-down';
import { readPoolConfig } from '../jobs/pool-config';

const CONFIG = { threads: 1, queue: 8, timeoutMs: 30_000, memoryMb: 256 };
const LIMITS = { maxUploadBytes: 10 * 1024 * 1024, maxRows: 50_000 };

function upload(text: string): JobOf<'analyse-upload'> {
  return { kind: 'analyse-upload', files: [{ name: 'bang.csv', bytes: new TextEncoder().encode(text) }], limits: LIMITS };
}

let dir: string;
let store: SqliteDatasetStore;
let events: string[];
const lines: string[] = [];
const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'soatso-shutdown-'));
  store = openSqliteStore(join(dir, 'soatso.db'));
  events = [];
  lines.splice(0);
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The parts of a shutdown over `pool` and the test store, noting when the store closes. */
function partsOver(pool: ReturnType<typeof createPool> | null, openRequests: () => number = () => 0): ShutdownParts {
  return {
    drainJobs: async (ms) => (pool ? pool.drain(ms) : null),
    openRequests,
    closeStore: () => {
      events.push('store closed');
      store.close();
    },
    logger,
  };
}

describe('shutDown', () => {
  it('lets the job in flight finish, takes no new job, then closes the store (checkpointed)', async () => {
    const pool = createPool(CONFIG, workerFile());
    await store.health(); // a write, so the WAL file exists until the checkpoint on close
    expect(existsSync(join(dir, 'soatso.db-wal'))).toBe(true);
    const job = pool.run(upload(SAMPLE_CSV)).then((outcome) => {
      events.push('job finished');
      return outcome;
    });
    expect(pool.load().running).toBe(1);
    const stopping = shutDown(partsOver(pool), 'SIGTERM', 30_000);
    const late = await pool.run(upload(SAMPLE_CSV));
    const report = await stopping;
    const outcome = await job;
    expect(outcome.ok && outcome.value.ok && outcome.value.value.results.map((r) => r.verdict)).toEqual(['match', 'mismatch', 'wrong_direction']);
    expect(late).toEqual({ ok: false, reason: 'stopping' });
    expect(events).toEqual(['job finished', 'store closed']);
    expect(report).toMatchObject({ jobsInFlight: 1, jobsAbandoned: 0, requestsLeft: 0 });
    expect(existsSync(join(dir, 'soatso.db-wal'))).toBe(false);
    const logged = lines.map((line) => JSON.parse(line) as { msg: string; signal: string });
    expect(logged.map((l) => [l.msg, l.signal])).toEqual([
      ['shutdown started', 'SIGTERM'],
      ['shutdown complete, store closed', 'SIGTERM'],
    ]);
  });

  it('waits for the requests being answered before closing the store', async () => {
    let open = 2;
    const timer = setInterval(() => {
      open -= 1;
      events.push(`request done (${open} left)`);
      if (open === 0) clearInterval(timer);
    }, 30);
    const report = await shutDown(partsOver(null, () => open), 'SIGINT', 5_000);
    expect(events).toEqual(['request done (1 left)', 'request done (0 left)', 'store closed']);
    expect(report).toMatchObject({ jobsInFlight: 0, jobsAbandoned: 0, requestsLeft: 0 });
  });
});

describe('edge cases', () => {
  it('ends the jobs still running or waiting when the grace period runs out', async () => {
    const pool = createPool(CONFIG, workerFile());
    const jobs = [pool.run(upload(SAMPLE_CSV)), pool.run(upload(SAMPLE_CSV))];
    const report = await shutDown(partsOver(pool), 'SIGTERM', 0);
    expect(await Promise.all(jobs)).toEqual([
      { ok: false, reason: 'stopping' },
      { ok: false, reason: 'stopping' },
    ]);
    expect(report).toMatchObject({ jobsInFlight: 2, jobsAbandoned: 2 });
    expect(events).toEqual(['store closed']);
    expect(pool.load()).toEqual({ running: 0, waiting: 0 });
    expect((JSON.parse(lines.at(-1) ?? '{}') as { level: number }).level).toBe(40);
  });

  it('a request that never ends is left at the deadline; the store still closes', async () => {
    const report = await shutDown(partsOver(null, () => 1), 'SIGTERM', 60);
    expect(report).toMatchObject({ requestsLeft: 1 });
    expect(report.elapsedMs).toBeGreaterThanOrEqual(50);
    expect(events).toEqual(['store closed']);
  });

  it('a second drain returns the first one', async () => {
    const pool = createPool(CONFIG, workerFile());
    expect(pool.drain(10)).toBe(pool.drain(10_000));
    expect(await pool.drain(0)).toEqual({ inFlight: 0, abandoned: 0 });
  });

  it.each([
    [undefined, DEFAULT_GRACE_MS],
    ['5000', 5000],
    ['0', 0],
    ['-1', DEFAULT_GRACE_MS],
    ['soon', DEFAULT_GRACE_MS],
    ['  ', DEFAULT_GRACE_MS],
  ])('SOATSO_SHUTDOWN_GRACE_MS=%j gives %i ms', (raw, ms) => {
    expect(shutdownGraceMs({ SOATSO_SHUTDOWN_GRACE_MS: raw })).toBe(ms);
  });

  it('by default a job running at SIGTERM has time to finish (grace above the job time limit)', () => {
    expect(shutdownGraceMs({})).toBeGreaterThan(readPoolConfig({}).timeoutMs);
  });
});
