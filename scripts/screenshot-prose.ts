/**
 * `npx tsx scripts/screenshot-prose.ts [text file]`
 *
 * Screenshots /van-ban with a text loaded (default: ../shared/seed/000_240dbfc099c0156e.txt, uploaded as a
 * file) at a 1366×768 laptop and a 390×844 phone: the page after checking, and the page with the first
 * finding's arithmetic open, into screenshots/prose-*.png. Base URL: SCREENSHOT_BASE_URL, else PW_BASE_URL,
 * else http://localhost:3000. Requests to other origins are blocked and reported (exit 1).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { blockOtherOrigins, launchChromium, screenshotBase, VIEWPORTS } from './screenshot-browser';

async function main(): Promise<void> {
  const file = resolve(process.argv[2] ?? join('..', 'shared', 'seed', '000_240dbfc099c0156e.txt'));
  const base = screenshotBase();
  const outDir = join(process.cwd(), 'screenshots');
  mkdirSync(outDir, { recursive: true });
  const problems: string[] = [];
  const browser = await launchChromium();
  try {
    for (const vp of VIEWPORTS) {
      const context = await browser.newContext({
        viewport: { width: vp.width, height: vp.height },
        locale: 'vi-VN',
        reducedMotion: 'reduce',
        isMobile: vp.suffix === 'mobile',
        hasTouch: vp.suffix === 'mobile',
      });
      await blockOtherOrigins(context, base, problems);
      const page = await context.newPage();
      page.on('pageerror', (err) => problems.push(`page error (${vp.suffix}): ${err.message}`));
      await page.goto(new URL('/van-ban', base).href, { waitUntil: 'networkidle' });
      await page.screenshot({ path: join(outDir, `prose-form-${vp.suffix}.png`), fullPage: true });
      await page.getByLabel('chọn tệp').setInputFiles(file);
      await page.getByRole('button', { name: 'Kiểm tra văn bản' }).click();
      // Grammar: start "Kết quả". Example: "Kết quả: 12 số liệu" matches; "Xem kết quả" does not.
      await page.getByRole('heading', { level: 2, name: /^Kết quả/ }).waitFor();
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.screenshot({ path: join(outDir, `prose-${vp.suffix}.png`) });
      await page.getByRole('list', { name: 'nặng nhất trước' }).getByRole('button').first().click();
      await page.getByRole('tooltip').waitFor();
      await page.waitForTimeout(600);
      await page.screenshot({ path: join(outDir, `prose-tooltip-${vp.suffix}.png`) });
      process.stdout.write(`screenshots/prose-*-${vp.suffix}.png\n`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  for (const p of problems) process.stderr.write(`${p}\n`);
  if (problems.length > 0) process.exitCode = 1;
}

main().catch((err: unknown) => {
  process.stderr.write(`screenshot failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
