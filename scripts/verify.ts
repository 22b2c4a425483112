/**
 * `npm run --silent verify -- <file|dir>... [--json]`: checks every claim in the given tables
 * (spec §4). Exit 0: no mismatch or wrong direction; 1: at least one; 2: input cannot be read.
 */
import { runVerifyCli } from '../lib/server/cli/verify-cli';
import { compileRegExpsToMachineCode } from '../lib/server/regexp-tier';

compileRegExpsToMachineCode();

process.exitCode = runVerifyCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
});
