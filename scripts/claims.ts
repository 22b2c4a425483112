/**
 * `npm run --silent claims -- <text file> [--data <csv|dir>]... [--json]`: extracts every numeric claim of a
 * report text and checks it (spec §3), linking comparisons to the values the text prints, then to the tables
 * given with --data. Exit 0: no mismatch, wrong direction or consistency error; 1: at least one; 2: input
 * cannot be read.
 *
 *   npm run --silent claims -- ../shared/seed/000_240dbfc099c0156e.txt --data data --json
 */
import { compileRegExpsToMachineCode } from '../lib/server/regexp-tier';

// Before the engine is loaded, so that no pattern compiles the slow way first (lib/server/regexp-tier.ts).
compileRegExpsToMachineCode();

void import('../lib/server/cli/claims-cli').then(({ runClaimsCli }) =>
  runClaimsCli(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  }).then((code) => {
    process.exitCode = code;
  }),
);
