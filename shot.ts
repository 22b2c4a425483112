import { chromium } from '@playwright/test';
const [path, name, ...tops] = process.argv.slice(2);
(async () => {
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const p = await b.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  await p.goto(`http://127.0.0.1:3106${path}`);
  await p.waitForTimeout(2500);
  for (const top of tops) await p.screenshot({ path: `screenshots/${name}-m${top}.png`, fullPage: true, clip: { x: 0, y: Number(top), width: 390, height: 844 } });
  await b.close();
})();
