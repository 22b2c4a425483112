/**
 * `npm run lcp` (after `npm run build`): Lighthouse LCP of the dashboard's home page against a
 * static HTML file holding the same table, measured in the same run on Debian's chromium.
 * Budget: LCP(/) ≤ 1.3 × LCP(static). Each page is measured LCP_ROUNDS times, alternating; medians compared.
 * Plain JavaScript on purpose: Lighthouse runs functions inside the page, and the TypeScript
 * runner's name-keeping helpers would break them.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const ROUNDS = Number(process.env.LCP_ROUNDS ?? 3);
const APP_PORT = 3210;
const STATIC_PORT = 3211;
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** `mobile` (Lighthouse's default: simulated slow 4G, mid-range phone) or `desktop` (its desktop preset). */
const PRESET = process.env.LCP_PRESET === 'desktop' ? 'desktop' : 'mobile';

async function waitFor(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not start`);
}

async function lcpOf(url, port) {
  const flags = { port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' };
  const result = PRESET === 'desktop' ? await lighthouse(url, flags, desktopConfig) : await lighthouse(url, flags);
  const lcp = result?.lhr.audits['largest-contentful-paint']?.numericValue;
  if (typeof lcp !== 'number') throw new Error(`no LCP for ${url}`);
  return lcp;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const html = execFileSync('npx', ['tsx', 'scripts/lcp-static-page.ts'], { encoding: 'utf8' });
  const staticServer = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  }).listen(STATIC_PORT, '127.0.0.1');
  // Node runs Next directly (not through npx) so the whole process group can be stopped at the end.
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(APP_PORT), '-H', '127.0.0.1'], {
    stdio: 'ignore',
    detached: true,
  });
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const appUrl = `http://127.0.0.1:${APP_PORT}/`;
    const staticUrl = `http://127.0.0.1:${STATIC_PORT}/`;
    await waitFor(appUrl, 60_000);
    await lcpOf(appUrl, chrome.port); // warm the server once
    const app = [];
    const plain = [];
    for (let i = 0; i < ROUNDS; i++) {
      app.push(await lcpOf(appUrl, chrome.port));
      plain.push(await lcpOf(staticUrl, chrome.port));
    }
    const ratio = median(app) / median(plain);
    console.log(`Lighthouse, cấu hình ${PRESET}, ${ROUNDS} lượt xen kẽ`);
    console.log(`LCP trang tổng quan /:  ${median(app).toFixed(0)} ms (các lượt: ${app.map((x) => x.toFixed(0)).join(', ')})`);
    console.log(`LCP tệp HTML tĩnh:      ${median(plain).toFixed(0)} ms (các lượt: ${plain.map((x) => x.toFixed(0)).join(', ')})`);
    console.log(`tỷ lệ: ${ratio.toFixed(2)}× (ngân sách ≤ 1,3×) ${ratio <= 1.3 ? 'ĐẠT' : 'VƯỢT'}`);
    process.exitCode = ratio <= 1.3 ? 0 : 1;
  } finally {
    await chrome.kill();
    staticServer.close();
    try {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 2;
});
