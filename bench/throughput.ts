/**
 * Requests per second (autocannon) of `/`, of `POST /api/verify` with a small table, and of a
 * static file served by the same Next server, in alternating rounds.
 */
import autocannon from 'autocannon';
import { median } from './measure';

/** A small report table for /api/verify (three claims), written for the benchmark. */
const SMALL_TABLE =
  'Chỉ tiêu;Đơn vị tính;Năm 2015;Năm 2020;Năm 2020 so với năm 2015\r\n' +
  'GDP bình quân đầu người;Triệu đồng;10,6;39,8;Tăng 3,8 lần\r\n' +
  'Thu ngân sách;Tỷ đồng;1.000;1.200;Tăng 25%\r\n' +
  'Tỷ lệ hộ nghèo;%;20;15;Tăng 5 điểm %\r\n';

export interface ThroughputFigures {
  readonly staticFile: string;
  readonly staticRps: number;
  readonly homeRps: number;
  readonly verifyRps: number;
  readonly rounds: { static: number[]; home: number[]; verify: number[] };
}

interface Target {
  readonly url: string;
  readonly method?: 'GET' | 'POST';
  readonly body?: string;
  readonly headers?: Record<string, string>;
}

async function rps(target: Target, seconds: number): Promise<number> {
  const result = await autocannon({ ...target, connections: 10, duration: seconds });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${target.url}: ${result.non2xx} answers not 2xx, ${result.errors} errors`);
  }
  return result.requests.average;
}

/**
 * @example await measureThroughput('http://127.0.0.1:3105', 2, 5) // { homeRps: 40, staticRps: 1900, … }
 */
export async function measureThroughput(base: string, rounds: number, seconds: number): Promise<ThroughputFigures> {
  const html = await (await fetch(`${base}/`)).text();
  // Grammar: src="/_next/static/ then anything up to the closing quote. Example: src="/_next/static/chunks/a1.js".
  const staticFile = /src="(\/_next\/static\/[^"]+)"/.exec(html)?.[1];
  if (!staticFile) throw new Error('no static script on /');
  const targets = {
    static: { url: `${base}${staticFile}` },
    home: { url: `${base}/` },
    verify: { url: `${base}/api/verify`, method: 'POST', body: SMALL_TABLE, headers: { 'content-type': 'text/csv' } },
  } as const satisfies Record<string, Target>;
  const times = { static: [] as number[], home: [] as number[], verify: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    times.static.push(await rps(targets.static, seconds));
    times.home.push(await rps(targets.home, seconds));
    times.verify.push(await rps(targets.verify, seconds));
  }
  return {
    staticFile,
    staticRps: median(times.static),
    homeRps: median(times.home),
    verifyRps: median(times.verify),
    rounds: times,
  };
}
