/**
 * `npx tsx scripts/screenshot.ts <url-path> <name> [--viewport-only] [--wait <css>] [--lang vi|en]`
 *
 * Screenshots one page of the running app at a 1366×768 laptop and a 390×844 phone, into
 * screenshots/<name>-desktop.png and screenshots/<name>-mobile.png (full page unless --viewport-only).
 * Base URL: SCREENSHOT_BASE_URL, else PW_BASE_URL, else http://localhost:3000.
 * Waits for the network to settle and for recharts to draw (`svg.recharts-surface`) when the page
 * has charts. Any request to another origin is blocked and reported: no request may leave the server.
 * Exit status: 0 on success, 1 when the page fails to load or asked for another origin.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { blockOtherOrigins, launchChromium, screenshotBase, VIEWPORTS } from './screenshot-browser';

interface Options {
  readonly path: string;
  readonly name: string;
  readonly fullPage: boolean;
  readonly waitFor: string | null;
  readonly lang: 'vi' | 'en' | null;
}

function usage(): never {
  process.stderr.write('usage: npx tsx scripts/screenshot.ts <url-path> <name> [--viewport-only] [--wait <css>] [--lang vi|en]\n');
  process.exit(2);
}

function parseArgs(argv: readonly string[]): Options {
  const positional: string[] = [];
  let fullPage = true;
  let waitFor: string | null = null;
  let lang: 'vi' | 'en' | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--viewport-only') fullPage = false;
    else if (arg === '--wait') waitFor = argv[++i] ?? usage();
    else if (arg === '--lang') {
      const value = argv[++i];
      if (value !== 'vi' && value !== 'en') usage();
      lang = value;
    } else if (arg !== undefined) positional.push(arg);
  }
  const [path, name] = positional;
  if (!path || !name || positional.length > 2) usage();
  // A name becomes a file name: keep it to letters, digits, dot, dash and underscore.
  // Grammar: one character outside [A-Za-z0-9._-]. Example: "bang/1" → "bang-1".
  return { path: path.startsWith('/') ? path : `/${path}`, name: name.replace(/[^A-Za-z0-9._-]/g, '-'), fullPage, waitFor, lang };
}

async function shoot(browser: Browser, base: URL, options: Options, outDir: string): Promise<string[]> {
  const problems: string[] = [];
  for (const vp of VIEWPORTS) {
    const context = await browser.newContext({
      viewport: { width: vp.width, height: vp.height },
      deviceScaleFactor: 1,
      locale: 'vi-VN',
      isMobile: vp.suffix === 'mobile',
      hasTouch: vp.suffix === 'mobile',
    });
    if (options.lang) {
      await context.addCookies([{ name: 'soatso-lang', value: options.lang, url: base.origin }]);
    }
    await blockOtherOrigins(context, base, problems);
    const page = await context.newPage();
    page.on('pageerror', (err) => problems.push(`page error (${vp.suffix}): ${err.message}`));
    const target = new URL(options.path, base);
    const response = await page.goto(target.href, { waitUntil: 'load' });
    // Link prefetches of slow dynamic pages may keep the network busy for a while: wait, but not for ever.
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
    if (!response || response.status() >= 400) problems.push(`${target.href} answered ${response?.status() ?? 'nothing'}`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    if ((await page.locator('.recharts-wrapper').count()) > 0) {
      await page.locator('svg.recharts-surface').first().waitFor({ state: 'visible', timeout: 15_000 });
    }
    if (options.waitFor) await page.locator(options.waitFor).first().waitFor({ state: 'visible', timeout: 15_000 });
    const file = join(outDir, `${options.name}-${vp.suffix}.png`);
    await page.screenshot({ path: file, fullPage: options.fullPage });
    process.stdout.write(`${file}\n`);
    await context.close();
  }
  return problems;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const base = screenshotBase();
  const outDir = join(process.cwd(), 'screenshots');
  mkdirSync(outDir, { recursive: true });
  const browser = await launchChromium();
  try {
    const problems = await shoot(browser, base, options, outDir);
    for (const p of problems) process.stderr.write(`${p}\n`);
    if (problems.length > 0) process.exitCode = 1;
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`screenshot failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
