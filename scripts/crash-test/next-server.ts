import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import type { Options } from './options';

const MB = 1024 * 1024;

/**
 * Resolves after ms milliseconds.
 * @example await sleep(250);
 */
export function sleep(ms: number): Promise<void> {
  return new Promise<void>((resolve) => setTimeout(resolve, ms));
}

/** True when nothing listens on the port yet (another server there would receive our uploads). */
function portIsFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

/**
 * `next start` in its own process group, with SOATSO_DATA_DIR set, that can be killed with any signal.
 * @example const server = new Server(options); await server.start(1); await server.kill('SIGKILL');
 */
export class Server {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();

  constructor(private readonly options: Options) {}

  get url(): string {
    return `http://${this.options.host}:${this.options.port}`;
  }

  /**
   * Starts the server and waits until it answers `/api/datasets`; `ready` decides which answer
   * counts (an OK one by default; a storage test accepts its 503), `env` adds variables.
   */
  async start(round: number, ready: (response: Response) => boolean = (r) => r.ok, env: Readonly<Record<string, string>> = {}): Promise<void> {
    if (!(await portIsFree(this.options.port, this.options.host))) {
      throw new Error(`Cổng ${this.options.port} đang có tiến trình khác; chọn cổng khác bằng --port.`);
    }
    const nextBin = join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
    const log = createWriteStream(join(this.options.dataDir, `server-${round}.log`));
    const child = spawn(process.execPath, [nextBin, 'start', '-p', String(this.options.port), '-H', this.options.host], {
      cwd: process.cwd(),
      env: {
        ...process.env,
        SOATSO_DATA_DIR: this.options.dataDir,
        SOATSO_MAX_ROWS: String(Math.max(this.options.rows + 10, 50_000)),
        SOATSO_MAX_UPLOAD_BYTES: String(20 * MB),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so the kill reaches every process it started and nothing else.
      detached: true,
    });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`next start thoát sớm (mã ${child.exitCode}); xem ${this.options.dataDir}/server-${round}.log`);
      try {
        const response = await fetch(`${this.url}/api/datasets`);
        // Ready only if the answer came from our child (it is still running).
        if (ready(response) && child.exitCode === null) return;
      } catch {
        // not listening yet
      }
      await sleep(250);
    }
    throw new Error('next start không sẵn sàng sau 90 s');
  }

  async kill(signal: NodeJS.Signals): Promise<void> {
    const pid = this.child?.pid;
    if (pid === undefined || this.child?.exitCode !== null) return;
    try {
      process.kill(-pid, signal);
    } catch {
      this.child?.kill(signal);
    }
    await this.exited;
    this.child = null;
  }
}
