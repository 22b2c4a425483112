/**
 * `npx tsx scripts/storage-test.ts [--port 3291]` (`npm run test:storage`), after `npm run build`.
 *
 * The store's start-up and shutdown with a real `next start`, in a fresh temp directory:
 * 1. Clean stop: uploads a few tables (each answered 201), sends SIGTERM, then copies
 *    `soatso.db` ALONE (no -wal, no -shm) and checks that the copy holds every acknowledged upload.
 * 2. Damaged file: overwrites a page of that file, starts the server, and checks that the pages
 *    show the storage banner (Vietnamese and English), the overview says the uploads cannot be
 *    listed, uploads answer 503 (never 201), /api/health answers 503, and the file's bytes are
 *    unchanged after the server stopped.
 * 3. Read-only: a sound copy opened with SOATSO_READ_ONLY=1, standing for a data directory the
 *    server may not write (this runs as root, whom file permissions do not stop): reads work,
 *    uploads and /api/health answer 503, the banner shows, the file is unchanged.
 * Exit status: 0 when every check passed, 1 when one failed, 2 when it could not run.
 */
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Server } from './crash-test/next-server';
import { parseArgs } from './crash-test/options';
import { postSmall, smallTable } from './crash-test/uploads';
import { createReviewer, scriptHeaders, signInScript } from './script-session';

const failures: string[] = [];

function check(ok: boolean, what: string): void {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function idsIn(file: string): Set<string> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return new Set(db.prepare('SELECT id FROM datasets').pluck().all() as string[]);
  } finally {
    db.close();
  }
}

const anyAnswer = (): boolean => true;

async function pageText(url: string): Promise<string> {
  return (await fetch(url)).text();
}

async function faultChecks(server: Server, label: string, reason: string): Promise<void> {
  const home = await pageText(`${server.url}/`);
  check(home.includes('Máy chủ đang gặp sự cố lưu trữ') && home.includes('The server has a storage problem'), `${label}: the home page shows the banner in both languages`);
  const uploads = await pageText(`${server.url}/tai-len`);
  check(uploads.includes('storage-banner'), `${label}: the upload page shows the banner`);
  if (reason !== 'read-only') {
    check(uploads.includes('Không liệt kê được các bộ dữ liệu đã tải lên'), `${label}: the upload page says the uploads cannot be listed`);
  }
  const form = new FormData();
  form.append('file', new File([smallTable(label)], 'bang.csv', { type: 'text/csv' }));
  const posted = await fetch(`${server.url}/api/datasets`, { method: 'POST', body: form, headers: scriptHeaders() });
  const body = (await posted.json()) as { error?: string; reason?: string };
  check(posted.status === 503 && body.reason === reason && (body.error ?? '').includes('không phải ở tệp của bạn'), `${label}: an upload answers 503 (${posted.status}, ${body.reason})`);
  const health = await fetch(`${server.url}/api/health`);
  const healthBody = (await health.json()) as { store?: string };
  check(health.status === 503 && healthBody.store === reason, `${label}: /api/health answers 503 { store: "${healthBody.store}" }`);
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(join(process.cwd(), '.next', 'BUILD_ID'))) {
    console.error('No build: run `npm run build` first, from the project directory.');
    return 2;
  }
  const dbFile = join(options.dataDir, 'soatso.db');
  console.log(`Data directory: ${options.dataDir}; port ${options.port}.`);
  const server = new Server(options);
  try {
    // 1. Clean stop. Uploads need a signed-in reviewer (created with the user CLI); the session
    // is kept in the database, so the same cookie reaches the read-only and damaged copies.
    const reviewer = createReviewer(options.dataDir);
    await server.start(1);
    await signInScript(server.url, reviewer);
    const acknowledged: string[] = [];
    for (let i = 0; i < 5; i++) {
      const id = await postSmall(server.url, `sigterm-${i}`);
      if (id) acknowledged.push(id);
    }
    check(acknowledged.length === 5, `5 uploads answered 201 (${acknowledged.length})`);
    await server.kill('SIGTERM');
    check(!existsSync(`${dbFile}-wal`) || readFileSync(`${dbFile}-wal`).byteLength === 0, 'after SIGTERM the write-ahead log is merged (no -wal left)');
    const copyDir = join(options.dataDir, 'copy');
    mkdirSync(copyDir, { recursive: true });
    copyFileSync(dbFile, join(copyDir, 'soatso.db'));
    const copied = idsIn(join(copyDir, 'soatso.db'));
    check(acknowledged.every((id) => copied.has(id)), `soatso.db copied alone holds every acknowledged upload (${copied.size}/${acknowledged.length})`);

    // 3 first, on a sound copy: read-only.
    const readOnlyDir = join(options.dataDir, 'read-only');
    mkdirSync(readOnlyDir, { recursive: true });
    copyFileSync(dbFile, join(readOnlyDir, 'soatso.db'));
    const readOnlyHash = sha256(join(readOnlyDir, 'soatso.db'));
    const readOnly = new Server({ ...options, dataDir: readOnlyDir });
    await readOnly.start(3, anyAnswer, { SOATSO_READ_ONLY: '1' });
    const listed = await fetch(`${readOnly.url}/api/datasets`);
    check(listed.status === 200, `read-only: the datasets are still listed (${listed.status})`);
    await faultChecks(readOnly, 'read-only', 'read-only');
    await readOnly.kill('SIGTERM');
    check(sha256(join(readOnlyDir, 'soatso.db')) === readOnlyHash, 'read-only: soatso.db is byte for byte unchanged');

    // 2. Damaged file: the second page (the schema's first b-tree page below the root) overwritten.
    const fd = openSync(dbFile, 'r+');
    writeSync(fd, new Uint8Array(2048).fill(0x5a), 0, 2048, 4096);
    closeSync(fd);
    const damagedHash = sha256(dbFile);
    await server.start(2, anyAnswer);
    await faultChecks(server, 'damaged', 'corrupt');
    await server.kill('SIGTERM');
    check(sha256(dbFile) === damagedHash, 'damaged: nothing was written into soatso.db (same bytes after the server stopped)');
  } finally {
    await server.kill('SIGTERM');
  }
  console.log(failures.length === 0 ? 'Every check passed.' : `${failures.length} check(s) failed.`);
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
