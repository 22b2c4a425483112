/**
 * `npm run bundle`: the offline install. Builds the app as Next's standalone server
 * (SOATSO_STANDALONE=1, see next.config.js) and packs one tarball that runs with Node 20 alone, no
 * registry and no `npm install`:
 *
 *   soatso/server.js                 Next's standalone server (`node server.js`)
 *   soatso/.next/…, node_modules/…   the built app and its traced production dependencies,
 *                                    native better-sqlite3 and @node-rs/argon2 binaries included
 *   soatso/.next/static, public/     the browser's files
 *   soatso/data/                     the bundled Cao Bằng report
 *   soatso/dist/worker/              the worker pool's thread, with its own traced dependencies
 *   soatso/bin/soatso-user.cjs       `npm run user` without tsx (create the first admin)
 *   soatso/bin/soatso-backup.cjs     `npm run backup` / `restore` without tsx
 *
 * Written to dist/soatso-<version>-<platform>-<arch>-node<major>.tar.gz (the native binaries tie it
 * to one platform and Node major version). `--no-build` packs the existing .next/standalone.
 *
 *   npm run bundle
 *   npm run test:bundle            # unpacks it in a temp dir and serves it with no network
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { tarballPath } from './bundle-path';

const root = fileURLToPath(new URL('..', import.meta.url));
const stage = join(root, 'dist', 'bundle', 'soatso');

/** `import 'server-only'` → an empty module, as in scripts/build-worker.mjs (the tools are server code). */
const serverOnly: Plugin = {
  name: 'server-only',
  setup(b) {
    // Grammar: the whole specifier is `server-only` ("server-only" → empty; "server-only/x" → untouched);
    // every path in the `empty` namespace (".*": "server-only" → "").
    b.onResolve({ filter: /^server-only$/ }, () => ({ path: 'server-only', namespace: 'empty' }));
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: '', loader: 'js' }));
  },
};

interface Nft {
  nodeFileTrace(files: string[], options: { base: string; processCwd: string }): Promise<{ fileList: Set<string> }>;
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

function copy(from: string, to: string): void {
  cpSync(join(root, from), join(stage, to), { recursive: true, verbatimSymlinks: true });
}

/** Copies into the stage every node_modules file `entries` need at run time (Next's own tracer). */
async function copyTraced(entries: readonly string[]): Promise<number> {
  const { nodeFileTrace } = createRequire(import.meta.url)('next/dist/compiled/@vercel/nft') as Nft;
  const { fileList } = await nodeFileTrace(entries.map((e) => join(root, e)), { base: root, processCwd: root });
  let copied = 0;
  for (const file of fileList) {
    if (!file.startsWith('node_modules/') || existsSync(join(stage, file))) continue;
    const source = join(root, file);
    if (!statSync(source).isFile()) continue;
    mkdirSync(dirname(join(stage, file)), { recursive: true });
    cpSync(source, join(stage, file));
    copied += 1;
  }
  return copied;
}

/** The operator's command-line tools as plain CommonJS files (their packages come from node_modules). */
async function buildTools(): Promise<string[]> {
  const tools = [
    ['scripts/user.ts', 'bin/soatso-user.cjs'],
    ['scripts/backup.ts', 'bin/soatso-backup.cjs'],
  ] as const;
  for (const [entry, out] of tools) {
    await build({
      absWorkingDir: root,
      entryPoints: [entry],
      outfile: join(stage, out),
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      packages: 'external',
      plugins: [serverOnly],
      logLevel: 'warning',
    });
  }
  return tools.map(([, out]) => join('dist', 'bundle', 'soatso', out));
}

/** The native binaries the server cannot start without; a bundle missing one is refused. */
const NATIVE = ['node_modules/better-sqlite3/build/Release/better_sqlite3.node', `node_modules/@node-rs/argon2-${process.platform}-${process.arch}-gnu`];

async function main(): Promise<void> {
  const started = Date.now();
  if (!process.argv.includes('--no-build')) {
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, SOATSO_STANDALONE: '1' } });
    console.log(`bundle: build ${seconds(started)}`);
  }
  if (!existsSync(join(root, '.next', 'standalone', 'server.js'))) {
    throw new Error('.next/standalone/server.js is missing: run without --no-build');
  }
  const packing = Date.now();
  rmSync(join(root, 'dist', 'bundle'), { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  copy('.next/standalone/.', '.');
  copy('.next/static', '.next/static');
  if (existsSync(join(root, 'public'))) copy('public', 'public');
  copy('data', 'data');
  copy('dist/worker', 'dist/worker');
  const tools = await buildTools();
  const traced = await copyTraced(['dist/worker/soatso-worker.cjs', ...tools]);
  for (const native of NATIVE) {
    if (!existsSync(join(stage, native))) copy(native, native);
  }
  const tarball = tarballPath(root);
  rmSync(tarball, { force: true });
  execFileSync('tar', ['-czf', tarball, '-C', dirname(stage), 'soatso']);
  const megabytes = (statSync(tarball).size / 1024 / 1024).toFixed(1);
  console.log(`bundle: ${traced} traced files added for the worker and tools; packed in ${seconds(packing)}`);
  console.log(`bundle: ${tarball} (${megabytes} MB), ${seconds(started)} in all`);
}

main().catch((error: unknown) => {
  console.error(`bundle: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
