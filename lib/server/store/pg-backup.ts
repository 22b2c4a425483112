import 'server-only';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/*
 * Backup and restore of the PostgreSQL store with PostgreSQL's own tools: `pg_dump` in its custom
 * format (compressed, every table with its data, restorable table by table) and `pg_restore` in
 * one transaction, so a failed restore leaves the database as it was. `npm run backup` and
 * `npm run restore` call these when DATABASE_URL is set (SQLite uses its backup API).
 */

type Env = Readonly<Record<string, string | undefined>>;

export type PgToolResult = { readonly ok: true; readonly bytes: number } | { readonly ok: false; readonly reason: string };

/**
 * Where `pg_dump` and `pg_restore` are: `SOATSO_PG_BIN`, else the newest
 * `/usr/lib/postgresql/<major>/bin` (Debian's layout; a dump tool must be at least as new as the
 * server), else the PATH (an empty string).
 *
 * @example
 * pgBinDirectory({}) // '/usr/lib/postgresql/15/bin' on Debian with postgresql 15
 */
export function pgBinDirectory(env: Env = process.env, root = '/usr/lib/postgresql'): string {
  if (env.SOATSO_PG_BIN) return env.SOATSO_PG_BIN;
  if (!existsSync(root)) return '';
  const majors = readdirSync(root)
    .filter((name) => Number.isSafeInteger(Number(name)) && existsSync(join(root, name, 'bin', 'pg_dump')))
    .map(Number)
    .sort((a, b) => b - a);
  return majors[0] === undefined ? '' : join(root, String(majors[0]), 'bin');
}

/**
 * The URL without its password, and the password apart: the tools get it through PGPASSWORD,
 * never on a command line other users could read in `ps`.
 *
 * @example
 * splitPassword('postgres://u:s3cret@h:5432/db') // { url: 'postgres://u@h:5432/db', password: 's3cret' }
 */
export function splitPassword(url: string): { readonly url: string; readonly password: string | null } {
  const parsed = new URL(url);
  const password = parsed.password === '' ? null : decodeURIComponent(parsed.password);
  parsed.password = '';
  return { url: parsed.toString(), password };
}

function runTool(tool: string, args: readonly string[], url: string, env: Env): Promise<PgToolResult> {
  const { url: bare, password } = splitPassword(url);
  const bin = pgBinDirectory(env);
  const command = bin === '' ? tool : join(bin, tool);
  return new Promise((resolve) => {
    const child = spawn(command, [...args, `--dbname=${bare}`], {
      env: { ...process.env, ...(password === null ? {} : { PGPASSWORD: password }) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      // Bounded: only the start of the tool's complaint is kept.
      if (stderr.length < 4000) stderr += chunk;
    });
    child.once('error', (error) => resolve({ ok: false, reason: `${command}: ${error.message}` }));
    child.once('close', (code) => resolve(code === 0 ? { ok: true, bytes: 0 } : { ok: false, reason: `${tool} exited with ${code}: ${stderr.trim()}` }));
  });
}

/**
 * Dumps the database of `url` into `file` (pg_dump's custom format); a failed dump leaves no file.
 *
 * @example
 * await backupPostgres(process.env.DATABASE_URL ?? '', '/var/backups/soatso.pgdump') // { ok: true, bytes: 18342 }
 */
export async function backupPostgres(url: string, file: string, env: Env = process.env): Promise<PgToolResult> {
  // pg_dump writes as it goes: into a side file, renamed into place only when the dump is whole.
  const partial = `${file}.partial`;
  const result = await runTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`], url, env);
  if (!result.ok) {
    rmSync(partial, { force: true });
    return result;
  }
  renameSync(partial, file);
  return { ok: true, bytes: statSync(file).size };
}

/**
 * Restores a dump made by backupPostgres into the database of `url`, replacing the tables it
 * holds, in one transaction: either every table is restored or the database is left unchanged.
 * Stop the servers first (a restore waits for their locks).
 *
 * @example
 * await restorePostgres(process.env.DATABASE_URL ?? '', '/var/backups/soatso.pgdump') // { ok: true, bytes: 18342 }
 */
export async function restorePostgres(url: string, file: string, env: Env = process.env): Promise<PgToolResult> {
  if (!existsSync(file)) return { ok: false, reason: `${file}: no such file` };
  const result = await runTool('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', file], url, env);
  return result.ok ? { ok: true, bytes: statSync(file).size } : result;
}
