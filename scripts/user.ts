/**
 * `npm run user -- add <name> --role <viewer|reviewer|admin>`: creates an account in the store of
 * SOATSO_DATA_DIR (default .data/), the password read from the first line of standard input.
 * `passwd <name>` sets a new password the same way; `list` lists the accounts.
 *
 *   printf '%s\n' 'một mật khẩu dài' | npm run user -- add lan --role admin
 *
 * Run through tsx with the `react-server` condition (package.json), so lib/server's
 * `import 'server-only'` resolves to its empty module.
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { runUserCli } from '../lib/server/auth/user-cli';
import { endStore, getTeamStore } from '../lib/server/store/default-store';

/** The first line of standard input; on a terminal, asked for without echoing it. */
async function readPassword(): Promise<string> {
  const terminal = process.stdin.isTTY === true;
  if (terminal) process.stderr.write('Mật khẩu / password: ');
  // On a terminal the typed characters are echoed to a stream that drops them.
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
  const lines = createInterface({ input: process.stdin, output: terminal ? muted : undefined, terminal });
  for await (const line of lines) {
    lines.close();
    if (terminal) process.stderr.write('\n');
    return line.replace(/\r$/, '');
  }
  return '';
}

runUserCli(process.argv.slice(2), getTeamStore(), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readPassword,
})
  .then((code) => {
    process.exitCode = code;
  })
  .finally(() => endStore());
