import type { Page } from '@playwright/test';

/*
 * Records, for one page, every Content-Security-Policy violation (the `securitypolicyviolation`
 * event and chromium's console report) and every request that leaves this machine.
 */

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Whether a request URL leaves this machine: an http(s)/ws(s) URL to any host but localhost.
 * data: and blob: URLs never leave.
 * @example leavesMachine('https://fonts.googleapis.com/css') // true
 */
export function leavesMachine(url: string): boolean {
  const parsed = new URL(url);
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol)) return false;
  return !LOCAL_HOSTS.has(parsed.hostname);
}

export interface PageGuards {
  /** The violations and external requests seen so far, as readable lines. */
  problems(): Promise<string[]>;
}

/**
 * Starts recording on the page (call before the first navigation); external requests are aborted.
 * @example const guards = await guardPage(page); …; expect(await guards.problems()).toEqual([]);
 */
export async function guardPage(page: Page): Promise<PageGuards> {
  const seen: string[] = [];
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`CSP ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname}`);
    });
  });
  page.on('console', (message) => {
    // Grammar: "Content Security Policy" anywhere in chromium's console report.
    // Example: "Refused to execute inline script because it violates the following Content Security Policy directive…".
    if (/Content Security Policy/i.test(message.text())) seen.push(`console: ${message.text()}`);
  });
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (leavesMachine(url)) {
      seen.push(`external request: ${url}`);
      await route.abort('blockedbyclient');
    } else {
      await route.fallback();
    }
  });
  return {
    async problems() {
      const inPage = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      return [...seen, ...inPage];
    },
  };
}
