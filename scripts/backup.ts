/**
 * `npm run backup -- <file>`: a consistent copy of the store while the server runs (SQLite's
 * online backup API; lib/server/backup). `npm run restore -- <file> [--force]`: puts a backup back,
 * with the server stopped. The data directory is SOATSO_DATA_DIR (default .data/).
 *
 *   npm run backup -- /srv/backup/soatso-$(date +%F).db
 *   npm run restore -- /srv/backup/soatso-2026-12-04.db
 *
 * Run through tsx with the `react-server` condition (package.json), so lib/server's
 * `import 'server-only'` resolves to its empty module.
 */
import { runBackupCli, runRestoreCli } from '../lib/server/backup/backup-cli';

const [command, ...args] = process.argv.slice(2);
const io = { stdout: (s: string) => void process.stdout.write(s), stderr: (s: string) => void process.stderr.write(s) };
const run = command === 'restore' ? runRestoreCli : runBackupCli;

run(args, process.env, io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
