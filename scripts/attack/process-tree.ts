import { readdirSync, readFileSync } from 'node:fs';

/**
 * Peak resident memory of a process and all its descendants, sampled from /proc (Linux). Worker
 * threads live inside their process, so its RSS counts them; child processes are found through
 * their parent ids.
 */

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Grammar: "pid (comm) state ppid …"; comm may hold spaces or ")", so read after the last ")".
    // Example: "123 (next-server (v1)) S 100 …" → ppid 100.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return null;
  }
}

function rssBytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const line = status.split('\n').find((l) => l.startsWith('VmRSS:'));
    return line ? Number(line.replace(/\D+/g, '')) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * The pids of `root` and every descendant.
 *
 * @example
 * processTree(process.pid) // [12345, 12377]
 */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const parent = parentOf(pid);
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const out: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() ?? 0;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/**
 * Samples the tree's summed RSS every `everyMs` until stopped; `stop()` gives the peak in bytes.
 *
 * @example
 * const sampler = sampleTreeRss(server.pid, 100); …; sampler.stop() // 612345856
 */
export function sampleTreeRss(root: number, everyMs: number): { stop(): number } {
  let peak = 0;
  const sample = (): void => {
    const total = processTree(root).reduce((sum, pid) => sum + rssBytes(pid), 0);
    if (total > peak) peak = total;
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
