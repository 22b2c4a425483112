/**
 * `node scripts/check-layers.mjs`: checks that imports point one way (the developers' guide):
 * lib/i18n and lib/numbers → lib/claims → the other pure lib modules → lib/server → components, app.
 * Prints every import against the layers and every import cycle between files; exit 1 when any.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(new URL('..', import.meta.url).pathname);

/** Layer rank of a file: a file may import only files of the same or a lower rank. */
function rankOf(file) {
  if (file.startsWith('lib/i18n/') || file.startsWith('lib/numbers/')) return 0;
  if (file.startsWith('lib/claims/')) return 1;
  if (file.startsWith('lib/server/')) return 3;
  if (file.startsWith('lib/')) return 2;
  return 4;
}

function walk(dir, out = []) {
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) continue;
    if (statSync(join(ROOT, path)).isDirectory()) walk(path, out);
    else if (/\.(ts|tsx)$/.test(name) && !/\.(pg-)?test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

// Grammar: "import" or "export" … "from" quote specifier quote (also `import type`, `import('x')`).
// Example: import { parseClaim } from '../claims/parse-claim';
const IMPORT = /(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g;

function resolveSpecifier(from, spec) {
  let base;
  if (spec.startsWith('@/')) base = spec.slice(2);
  else if (spec.startsWith('.')) base = relative(ROOT, resolve(ROOT, dirname(from), spec));
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    try {
      if (statSync(join(ROOT, candidate)).isFile()) return candidate;
    } catch {}
  }
  return null;
}

const files = ['lib', 'components', 'app'].flatMap((d) => walk(d));
const graph = new Map();
const problems = [];
for (const file of files) {
  const deps = [];
  for (const m of readFileSync(join(ROOT, file), 'utf8').matchAll(IMPORT)) {
    const target = resolveSpecifier(file, m[1]);
    if (target === null) continue;
    deps.push(target);
    if (rankOf(target) > rankOf(file)) problems.push(`layer: ${file} imports ${target}`);
  }
  graph.set(file, deps);
}

// Cycles: depth-first search with colours.
const colour = new Map();
const stack = [];
function visit(file) {
  colour.set(file, 'grey');
  stack.push(file);
  for (const dep of graph.get(file) ?? []) {
    if (colour.get(dep) === 'grey') problems.push(`cycle: ${[...stack.slice(stack.indexOf(dep)), dep].join(' → ')}`);
    else if (!colour.has(dep)) visit(dep);
  }
  stack.pop();
  colour.set(file, 'black');
}
for (const file of graph.keys()) if (!colour.has(file)) visit(file);

console.log(`${files.length} files, ${[...graph.values()].reduce((n, d) => n + d.length, 0)} internal imports checked`);
for (const p of problems) console.log(p);
console.log(problems.length === 0 ? 'imports point one way, no cycles' : `${problems.length} problems`);
process.exitCode = problems.length === 0 ? 0 : 1;
