import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { runJob, type Job } from './jobs';
import { compileRegExpsToMachineCode } from '../regexp-tier';

/**
 * The worker thread's entry (bundled to dist/worker/soatso-worker.cjs by scripts/build-worker.mjs):
 * runs one job per message and posts the answer back with the job's id.
 */

/** Below the main thread, which answers every other request meanwhile (Linux nice values are per thread). */
const JOB_NICENESS = 10;

// The server's register() has set this already; a pool started elsewhere (the tests, the bench) sets it here.
compileRegExpsToMachineCode();

if (process.platform === 'linux') {
  try {
    setPriority(0, JOB_NICENESS);
  } catch {
    // Not permitted here: the job runs at normal priority.
  }
}

interface JobMessage {
  readonly id: number;
  readonly job: Job;
}

parentPort?.on('message', (message: JobMessage) => {
  runJob(message.job).then(
    ({ result, transfer }) => parentPort?.postMessage({ id: message.id, ok: true, result }, [...transfer]),
    (error: unknown) => {
      console.error('[soatso worker]', error);
      parentPort?.postMessage({ id: message.id, ok: false });
    },
  );
});
