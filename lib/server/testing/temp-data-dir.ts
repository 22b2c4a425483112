import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { closeStore } from '../store/default-store';

/**
 * Gives the calling test file its own empty data directory: SOATSO_DATA_DIR points at a fresh
 * temp directory before the file's tests; afterwards the store is closed and the directory removed.
 * Call it at the top level of a test file; it returns the directory's path once the tests run.
 * @example const dataDir = useTempDataDir('soatso-api-'); // later: join(dataDir(), 'x')
 */
export function useTempDataDir(prefix: string): () => string {
  let dataDir = '';
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), prefix));
    process.env.SOATSO_DATA_DIR = dataDir;
  });
  afterAll(() => {
    closeStore();
    rmSync(dataDir, { recursive: true, force: true });
    delete process.env.SOATSO_DATA_DIR;
  });
  return () => dataDir;
}
