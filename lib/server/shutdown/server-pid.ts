import 'server-only';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A running server writes its process id to `<data dir>/soatso.pid` and removes it when it exits,
 * so `npm run restore` can refuse to replace the database under a live server.
 */
export const PID_FILE = 'soatso.pid';

/**
 * Writes this process's id into the data directory; false when the directory is not writable
 * (a read-only deployment: restore then cannot see the server, and the README says to stop it).
 *
 * @example
 * writeServerPid('/var/lib/soatso') // true; /var/lib/soatso/soatso.pid holds "4242"
 */
export function writeServerPid(dataDir: string, pid: number = process.pid): boolean {
  try {
    writeFileSync(join(dataDir, PID_FILE), `${pid}\n`);
    return true;
  } catch {
    return false;
  }
}

/**
 * Removes the pid file if it still names `pid` (a newer server may have replaced it).
 *
 * @example
 * removeServerPid('/var/lib/soatso') // at exit
 */
export function removeServerPid(dataDir: string, pid: number = process.pid): void {
  if (readServerPid(dataDir) === pid) rmSync(join(dataDir, PID_FILE), { force: true });
}

/**
 * The process id in the data directory's pid file, or null when there is none or it is garbled.
 *
 * @example
 * readServerPid('/var/lib/soatso') // 4242
 */
export function readServerPid(dataDir: string): number | null {
  let text: string;
  try {
    text = readFileSync(join(dataDir, PID_FILE), 'utf8');
  } catch {
    return null;
  }
  const pid = Number(text.trim());
  return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
}

/**
 * The id of a live server using the data directory, or null: the pid file names a process that
 * still exists (and is not this one). A stale file left by a crash names a dead process.
 *
 * @example
 * liveServerPid('/var/lib/soatso') // 4242 while `node server.js` runs, null once it stopped
 */
export function liveServerPid(dataDir: string): number | null {
  const pid = readServerPid(dataDir);
  if (pid === null || pid === process.pid) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: the process exists but belongs to another user; it is alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}
