/**
 * `npm run --silent verify -- <file|dir>... [--json]`: checks every claim in the given tables
 * (spec §4). Exit 0: no mismatch or wrong direction; 1: at least one; 2: input cannot be read.
 */
import { compileRegExpsToMachineCode } from '../lib/server/regexp-tier';

// Before the engine is loaded, so that no pattern compiles the slow way first (lib/server/regexp-tier.ts).
compileRegExpsToMachineCode();

void import('../lib/server/cli/verify-cli').then(({ runVerifyCli }) => {
  process.exitCode = runVerifyCli(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  });
});
