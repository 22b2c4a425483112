import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The crash test's command-line options. */
export interface Options {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly rounds: number;
  readonly rows: number;
}

/**
 * Reads `--port`, `--data-dir`, `--rounds` and `--rows`; without `--data-dir` a fresh temp directory.
 * @example parseArgs(['--rounds', '2']) // → { port: 3291, host: '127.0.0.1', dataDir: '/tmp/soatso-crash-…', rounds: 2, rows: 30000 }
 */
export function parseArgs(argv: readonly string[]): Options {
  let port = 3291;
  let dataDir: string | null = null;
  let rounds = 5;
  let rows = 30_000;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--port') port = Number(argv[++i]);
    else if (arg === '--data-dir') dataDir = argv[++i] ?? null;
    else if (arg === '--rounds') rounds = Number(argv[++i]);
    else if (arg === '--rows') rows = Number(argv[++i]);
  }
  return {
    port,
    host: '127.0.0.1',
    dataDir: dataDir ?? mkdtempSync(join(tmpdir(), 'soatso-crash-')),
    rounds,
    rows,
  };
}
