/**
 * What the screenshot scripts share: Debian's chromium with the flags the e2e tests use, the two
 * viewports, the base URL and a guard that blocks (and reports) requests to other origins.
 */
import { chromium, type Browser, type BrowserContext } from '@playwright/test';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A 1366×768 laptop and a 390×844 phone. */
export const VIEWPORTS = [
  { suffix: 'desktop', width: 1366, height: 768 },
  { suffix: 'mobile', width: 390, height: 844 },
] as const;

/**
 * The app's base URL: SCREENSHOT_BASE_URL, else PW_BASE_URL, else http://localhost:3000.
 * @example screenshotBase().origin // → "http://localhost:3000" when neither variable is set
 */
export function screenshotBase(): URL {
  return new URL(process.env.SCREENSHOT_BASE_URL ?? process.env.PW_BASE_URL ?? 'http://localhost:3000');
}

/**
 * Starts Debian's chromium (Playwright cannot download browsers here).
 * @example const browser = await launchChromium(); try { … } finally { await browser.close(); }
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * Lets the context reach only the app's origin (and data:/blob: URLs); every other request is
 * aborted and noted in `problems`.
 * @example await blockOtherOrigins(context, base, problems);
 */
export async function blockOtherOrigins(context: BrowserContext, base: URL, problems: string[]): Promise<void> {
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === base.origin || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    problems.push(`blocked request to another origin: ${url.href}`);
    return route.abort();
  });
}
