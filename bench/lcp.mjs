/**
 * Lighthouse LCP of app pages against static copies of the same pages, in alternating rounds
 * (called by bench/run.ts: `node bench/lcp.mjs '<json>'`, prints JSON). The static copy of a page
 * is the app's own HTML for it with every script removed, served by a plain Node server that also
 * serves the build's static files (fonts): the same content and styles, without server rendering
 * or JavaScript. Plain JavaScript on purpose: Lighthouse runs functions inside the page, and the
 * TypeScript runner's name-keeping helpers would break them.
 *
 * Input: { appBase, staticPort, rounds, chromePath, pages: [{ name, path }] }.
 * Output: { preset, pages: [{ name, path, appMs, staticMs, appRounds, staticRounds }] }.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const input = JSON.parse(process.argv[2] ?? '{}');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/*
 * Grammar of what is removed: "<script" attributes ">" body "</script>" (non-greedy, any body),
 * and "<link" … 'as="script"' … ">" (script preloads).
 * Example: '<script src="/a.js" async=""></script>' and '<link rel="preload" as="script" href="/a.js"/>' both go.
 */
const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/g;
const SCRIPT_PRELOAD = /<link\b[^>]*as="script"[^>]*>/g;

async function staticCopy(url) {
  const html = await (await fetch(url)).text();
  return html.replace(SCRIPT, '').replace(SCRIPT_PRELOAD, '');
}

async function lcpOf(url, port) {
  const flags = { port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' };
  const result = await lighthouse(url, flags);
  const lcp = result?.lhr.audits['largest-contentful-paint']?.numericValue;
  if (typeof lcp !== 'number') throw new Error(`no LCP for ${url}`);
  return lcp;
}

async function main() {
  const copies = new Map();
  for (const [i, page] of input.pages.entries()) copies.set(`/copy/${i}`, await staticCopy(`${input.appBase}${page.path}`));
  const staticDir = join(process.cwd(), '.next', 'static');
  const server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const copy = copies.get(path);
    if (copy !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(copy);
      return;
    }
    if (path.startsWith('/_next/static/')) {
      const file = normalize(join(staticDir, path.slice('/_next/static/'.length)));
      if (file.startsWith(staticDir)) {
        try {
          const body = await readFile(file);
          const type = file.endsWith('.woff2') ? 'font/woff2' : file.endsWith('.css') ? 'text/css' : 'application/octet-stream';
          res.writeHead(200, { 'content-type': type, 'cache-control': 'public, max-age=31536000, immutable' });
          res.end(body);
          return;
        } catch {
          // fall through to 404
        }
      }
    }
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(input.staticPort, '127.0.0.1', resolve));
  const chrome = await chromeLauncher.launch({
    chromePath: input.chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const pages = [];
    for (const [i, page] of input.pages.entries()) {
      const appUrl = `${input.appBase}${page.path}`;
      const staticUrl = `http://127.0.0.1:${input.staticPort}/copy/${i}`;
      await lcpOf(appUrl, chrome.port); // warm the route once
      const appRounds = [];
      const staticRounds = [];
      for (let r = 0; r < input.rounds; r++) {
        appRounds.push(await lcpOf(appUrl, chrome.port));
        staticRounds.push(await lcpOf(staticUrl, chrome.port));
      }
      pages.push({ name: page.name, path: page.path, appMs: median(appRounds), staticMs: median(staticRounds), appRounds, staticRounds });
    }
    process.stdout.write(JSON.stringify({ preset: 'mobile (Lighthouse default: simulated slow 4G)', pages }));
  } finally {
    await chrome.kill();
    server.close();
  }
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
});
