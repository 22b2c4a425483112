import { parentPort } from 'node:worker_threads';
import { runJob, type Job } from './jobs';

/**
 * The worker thread's entry (bundled to dist/worker/soatso-worker.cjs by scripts/build-worker.mjs):
 * runs one job per message and posts the answer back with the job's id.
 */

interface JobMessage {
  readonly id: number;
  readonly job: Job;
}

parentPort?.on('message', (message: JobMessage) => {
  runJob(message.job).then(
    (result) => parentPort?.postMessage({ id: message.id, ok: true, result }),
    (error: unknown) => {
      console.error('[soatso worker]', error);
      parentPort?.postMessage({ id: message.id, ok: false });
    },
  );
});
