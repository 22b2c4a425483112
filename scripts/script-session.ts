/**
 * How the measurement scripts (load, attack, crash and storage tests) sign in, since every upload
 * needs a signed-in reviewer. A script that starts its own server creates a reviewer in that
 * server's data directory with the user CLI (`npm run user`, the password on standard input);
 * the load test, run against a server you started, takes SOATSO_USER and SOATSO_PASSWORD.
 * The session cookie is then sent with every upload (scriptHeaders).
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

export interface Credentials {
  readonly name: string;
  readonly password: string;
}

let cookie: string | null = null;

/**
 * The Cookie header of the script's session (empty before signing in).
 * @example await fetch(url, { method: 'POST', body, headers: scriptHeaders() })
 */
export function scriptHeaders(): Record<string, string> {
  return cookie === null ? {} : { cookie };
}

/**
 * Creates a reviewer with a random password in `dataDir` through the user CLI.
 * @example const reviewer = createReviewer('.data/attack-1'); await signInScript(base, reviewer);
 */
export function createReviewer(dataDir: string, name = 'script-reviewer'): Credentials {
  const password = randomBytes(18).toString('base64url');
  const add = spawnSync('npm', ['run', '--silent', 'user', '--', 'add', name, '--role', 'reviewer'], {
    input: `${password}\n`,
    env: { ...process.env, SOATSO_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  if (add.status !== 0) {
    const reset = spawnSync('npm', ['run', '--silent', 'user', '--', 'passwd', name], {
      input: `${password}\n`,
      env: { ...process.env, SOATSO_DATA_DIR: dataDir },
      encoding: 'utf8',
    });
    if (reset.status !== 0) throw new Error(`npm run user failed: ${add.stderr}${reset.stderr}`);
  }
  return { name, password };
}

/**
 * The credentials of SOATSO_USER and SOATSO_PASSWORD, or null when unset.
 * @example credentialsFromEnv() // { name: 'lan', password: '…' }
 */
export function credentialsFromEnv(): Credentials | null {
  const name = process.env.SOATSO_USER;
  const password = process.env.SOATSO_PASSWORD;
  return name && password ? { name, password } : null;
}

/**
 * Signs in (POST /api/session) and keeps the cookie for scriptHeaders.
 * @example await signInScript('http://127.0.0.1:3000', { name: 'lan', password: '…' });
 */
export async function signInScript(base: string, credentials: Credentials): Promise<void> {
  const response = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${credentials.name} answered ${response.status}: ${await response.text()}`);
  const setCookie = response.headers.get('set-cookie') ?? '';
  cookie = setCookie.split(';')[0] ?? null;
}
