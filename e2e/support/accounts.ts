import { expect, type APIRequestContext, type Browser, type BrowserContext } from '@playwright/test';

/*
 * The test accounts. The admin `e2e-admin` is created before `next start` by the user CLI in
 * Playwright's webServer command (playwright.config.ts), with the run's password
 * SOATSO_E2E_PASSWORD (random per run unless set). The server honours no test-only variable: the
 * admin exists because the same `npm run user` an operator runs created it in the test data
 * directory. The reviewer and viewer are created by the admin through the API (accounts.setup.ts).
 */

export type TestRole = 'admin' | 'reviewer' | 'viewer';

export const TEST_USERS: Readonly<Record<TestRole, string>> = {
  admin: 'e2e-admin',
  reviewer: 'e2e-reviewer',
  viewer: 'e2e-viewer',
};

/** Where the reviewer's signed-in browser state is kept (the default state of every spec). */
export const REVIEWER_STATE = '.data/e2e-auth/reviewer.json';

/**
 * The run's password of the test accounts.
 * @example testPassword() // 'q3Vf…'
 */
export function testPassword(): string {
  const password = process.env.SOATSO_E2E_PASSWORD;
  if (!password) throw new Error('SOATSO_E2E_PASSWORD is not set (playwright.config.ts sets it for its own server)');
  return password;
}

/**
 * Signs a request context in (its cookie jar keeps the session).
 * @example await signIn(request, 'e2e-admin', testPassword());
 */
export async function signIn(request: APIRequestContext, name: string, password: string = testPassword()): Promise<void> {
  const response = await request.post('/api/session', { data: { name, password } });
  expect(response.status(), `sign-in of ${name}`).toBe(200);
}

/**
 * Makes sure a test account exists with the run's password and the role (an admin's request).
 * @example await ensureUser(adminRequest, 'e2e-viewer', 'viewer');
 */
export async function ensureUser(admin: APIRequestContext, name: string, role: TestRole, password: string = testPassword()): Promise<void> {
  const created = await admin.post('/api/users', { data: { name, role, password } });
  if (created.status() === 201) return;
  expect(created.status(), `creating ${name}`).toBe(409);
  const { users } = (await (await admin.get('/api/users')).json()) as { users: { id: string; name: string }[] };
  const user = users.find((u) => u.name === name);
  expect(user, `${name} is listed`).toBeDefined();
  const changed = await admin.patch(`/api/users/${user?.id ?? ''}`, { data: { role, disabled: false, password } });
  expect(changed.status(), `resetting ${name}`).toBe(200);
}

/**
 * A fresh browser context signed in as the role's test account (its page and its `request` share the cookie).
 * @example const context = await signedInContext(browser, 'viewer');
 */
export async function signedInContext(browser: Browser, role: TestRole, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, locale: 'vi-VN', storageState: { cookies: [], origins: [] } });
  await signIn(context.request, TEST_USERS[role]);
  return context;
}
