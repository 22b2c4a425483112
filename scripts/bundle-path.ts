import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where `npm run bundle` writes the offline tarball for this version, platform and Node major
 * version (the native binaries inside tie it to both).
 *
 * @example
 * tarballPath('/srv/soatso') // '/srv/soatso/dist/soatso-0.1.0-linux-x64-node20.tar.gz'
 */
export function tarballPath(root: string): string {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const major = process.versions.node.split('.')[0] ?? '0';
  return join(root, 'dist', `soatso-${version}-${process.platform}-${process.arch}-node${major}.tar.gz`);
}
