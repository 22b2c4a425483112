/** Vitest global setup: the route tests run heavy jobs in the worker pool, so build its bundle first. */
import { buildWorker } from './build-worker.mjs';

export default async function setup() {
  await buildWorker();
}
