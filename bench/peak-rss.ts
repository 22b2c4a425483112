/**
 * Peak resident memory of the server (its whole process tree) while a 10 MB upload is checked
 * and stored: /proc is sampled every 10 ms from just before the request to the answer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { generateReportTable } from './generate-table';
import { httpCall, storeTable } from './http-call';

export interface RssFigures {
  readonly uploadMegabytes: number;
  readonly beforeMegabytes: number;
  readonly peakMegabytes: number;
}

const PAGE_KB = 4;

function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    try {
      // Grammar of /proc/<pid>/stat: pid " (" comm ") " state " " ppid …; comm may hold spaces, so split after the last ")".
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(pid, ppid);
    } catch {
      // the process ended meanwhile
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  }
  return tree;
}

function rssMegabytes(pids: readonly number[]): number {
  let kb = 0;
  for (const pid of pids) {
    try {
      const resident = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
      kb += resident * PAGE_KB;
    } catch {
      // ended
    }
  }
  return kb / 1024;
}

/**
 * @example await measurePeakRss('http://127.0.0.1:3105', serverPid) // { peakMegabytes: 420, … }
 */
export async function measurePeakRss(base: string, serverPid: number): Promise<RssFigures> {
  // The readers take at most 100 000 rows: 84 000 rows of ~121 bytes (names lengthened) make ~10,2 MB.
  const bytes = generateReportTable(84_000, 7, ' (số liệu ước tính cả năm)');
  const pids = processTree(serverPid);
  const beforeMegabytes = rssMegabytes(pids);
  let peak = beforeMegabytes;
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMegabytes(pids));
  }, 10);
  try {
    const id = await storeTable(base, bytes, 'bang-10mb.csv');
    peak = Math.max(peak, rssMegabytes(pids));
    await httpCall('DELETE', `${base}/api/datasets/${id}`);
  } finally {
    clearInterval(timer);
  }
  return { uploadMegabytes: bytes.byteLength / 1e6, beforeMegabytes, peakMegabytes: peak };
}
