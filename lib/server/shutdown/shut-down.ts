import 'server-only';
import type { Logger } from 'pino';
import type { DrainReport } from '../jobs/worker-pool';

/** What a shutdown stops, given as functions so a test can watch each step. */
export interface ShutdownParts {
  /** Stops taking jobs and waits for those in flight up to `graceMs`; null when no pool was started. */
  readonly drainJobs: (graceMs: number) => Promise<DrainReport | null>;
  /** Requests being answered now (any path). */
  readonly openRequests: () => number;
  /** Checkpoints and closes the store. */
  readonly closeStore: () => void;
  readonly logger: Logger;
}

/** How a shutdown went. */
export interface ShutdownReport {
  readonly jobsInFlight: number;
  readonly jobsAbandoned: number;
  /** Requests still open when the grace period ran out (their connections end with the process). */
  readonly requestsLeft: number;
  readonly elapsedMs: number;
}

/** Default grace period: a job's default time limit (8 s) and the save after it, with room. */
export const DEFAULT_GRACE_MS = 35_000;

/**
 * The grace period from `SOATSO_SHUTDOWN_GRACE_MS` (milliseconds), else 35 000 (above a job's default 30 s limit,
 * so a job running at SIGTERM can finish).
 *
 * @example
 * shutdownGraceMs({ SOATSO_SHUTDOWN_GRACE_MS: '5000' }) // 5000
 */
export function shutdownGraceMs(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const raw = env.SOATSO_SHUTDOWN_GRACE_MS?.trim();
  const n = raw ? Number(raw) : NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : DEFAULT_GRACE_MS;
}

const POLL_MS = 25;

async function waitForRequests(open: () => number, untilMs: number): Promise<number> {
  while (open() > 0 && Date.now() < untilMs) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  return open();
}

/**
 * Stops the server's work in order, within `graceMs`: no new jobs (a request needing one answers
 * 503 "stopping"), the jobs in flight finish (those still running at the deadline are ended), the
 * requests being answered finish (they may still save what their job found), then the store is
 * checkpointed and closed. The caller exits the process afterwards.
 *
 * @example
 * const report = await shutDown({ drainJobs, openRequests, closeStore, logger }, 'SIGTERM', 15_000);
 * process.exit(143);
 */
export async function shutDown(parts: ShutdownParts, signal: NodeJS.Signals, graceMs: number): Promise<ShutdownReport> {
  const started = Date.now();
  const deadline = started + graceMs;
  parts.logger.info({ event: 'shutdown', signal, graceMs, openRequests: parts.openRequests() }, 'shutdown started');
  const drained = await parts.drainJobs(graceMs);
  const requestsLeft = await waitForRequests(parts.openRequests, deadline);
  parts.closeStore();
  const report: ShutdownReport = {
    jobsInFlight: drained?.inFlight ?? 0,
    jobsAbandoned: drained?.abandoned ?? 0,
    requestsLeft,
    elapsedMs: Date.now() - started,
  };
  const clean = report.jobsAbandoned === 0 && requestsLeft === 0;
  parts.logger[clean ? 'info' : 'warn']({ event: 'shutdown', signal, ...report }, 'shutdown complete, store closed');
  return report;
}
