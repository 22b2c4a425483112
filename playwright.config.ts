import { randomBytes } from 'node:crypto';
import { defineConfig, devices } from '@playwright/test';
import { REVIEWER_STATE } from './e2e/support/accounts';

/**
 * End-to-end tests on Debian's chromium (Playwright cannot download browsers here).
 * `PW_BASE_URL` points the tests at an already running server (e.g. `next dev` while
 * developing); otherwise the production build is served on port 3100.
 */
const external = process.env.PW_BASE_URL;
const port = Number(process.env.PW_PORT ?? 3100);

/*
 * The password of the test accounts, random per run (the workers inherit it). Against an external
 * server (PW_BASE_URL) set SOATSO_E2E_PASSWORD to the password of its `e2e-admin`.
 */
process.env.SOATSO_E2E_PASSWORD ??= randomBytes(18).toString('base64url');

/*
 * The test admin is created before `next start` by the user CLI, the way an operator creates the
 * first admin (README), in the test data directory: `add`, or `passwd` when an earlier run left it.
 * The password reaches the CLI on standard input, never on a command line.
 */
const createAdmin =
  `(printf '%s\\n' "$SOATSO_E2E_PASSWORD" | npm run --silent user -- add e2e-admin --role admin` +
  ` || printf '%s\\n' "$SOATSO_E2E_PASSWORD" | npm run --silent user -- passwd e2e-admin)`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: external ?? `http://127.0.0.1:${port}`,
    locale: 'vi-VN',
    acceptDownloads: true,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    // Creates the reviewer and viewer accounts and saves the reviewer's session (e2e/accounts.setup.ts).
    { name: 'setup', testMatch: /accounts\.setup\.ts/ },
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], channel: undefined, storageState: REVIEWER_STATE },
      dependencies: ['setup'],
    },
  ],
  webServer: external
    ? undefined
    : {
        command: `npm run build && ${createAdmin} && npx next start -p ${port} -H 127.0.0.1`,
        url: `http://127.0.0.1:${port}`,
        timeout: 300_000,
        reuseExistingServer: !process.env.CI,
        // The suite uploads and checks far faster than an official: limits well above its pace.
        // The browser tests run on SQLite, the default deployment, even when DATABASE_URL is set
        // (PostgreSQL has its own tests: npm run test:pg and test:two-servers).
        env: {
          DATABASE_URL: '',
          SOATSO_DATA_DIR: process.env.SOATSO_DATA_DIR ?? '.data/e2e',
          SOATSO_RATE_UPLOAD: '1000/60',
          SOATSO_RATE_SAVE: '1000/60',
          SOATSO_RATE_CHECK: '1000/60',
          SOATSO_RATE_SIGN_IN: '1000/60',
        },
      },
});
