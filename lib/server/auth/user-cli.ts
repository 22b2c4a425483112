import 'server-only';
import { readRole, ROLES, type Role } from '../../team/types';
import type { TeamStore } from '../store/team-types';
import { hashPassword, passwordProblem } from './password';
import { userNameProblem } from './user-name';

export interface UserCliIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  /** The password: the first line of standard input. */
  readonly readPassword: () => Promise<string>;
}

const USAGE = `Cách dùng / usage:
  npm run user -- add <tên> --role <viewer|reviewer|admin>   (mật khẩu đọc từ đầu vào chuẩn / password from stdin)
  npm run user -- passwd <tên>                               (mật khẩu mới từ đầu vào chuẩn / new password from stdin)
  npm run user -- list
`;

type Command =
  | { readonly kind: 'add'; readonly name: string; readonly role: Role }
  | { readonly kind: 'passwd'; readonly name: string }
  | { readonly kind: 'list' };

function parseArgs(args: readonly string[]): Command | null {
  const [verb, name, ...rest] = args;
  if (verb === 'list' && name === undefined) return { kind: 'list' };
  if (verb === 'passwd' && name !== undefined && rest.length === 0) return { kind: 'passwd', name };
  if (verb === 'add' && name !== undefined && rest.length === 2 && rest[0] === '--role') {
    const role = readRole(rest[1]);
    return role ? { kind: 'add', name, role } : null;
  }
  return null;
}

/**
 * `npm run user -- add <name> --role <role>` (create the first admin this way), `passwd <name>`
 * and `list`. The password is the first line of standard input, never an argument (it would stay
 * in the shell history and the process list). Exit 0 on success, 1 when refused, 2 for bad usage.
 *
 * @example
 * await runUserCli(['add', 'lan', '--role', 'admin'], store, io) // 0, "Đã tạo tài khoản lan (admin)."
 */
export async function runUserCli(args: readonly string[], store: TeamStore, io: UserCliIo): Promise<number> {
  const command = parseArgs(args);
  if (!command) {
    io.stderr(USAGE);
    return 2;
  }
  switch (command.kind) {
    case 'list': {
      for (const user of await store.users()) io.stdout(`${user.name}\t${user.role}${user.disabled ? '\t(khoá / disabled)' : ''}\n`);
      return 0;
    }
    case 'add': {
      const nameProblem = userNameProblem(command.name);
      if (nameProblem) {
        io.stderr(`${nameProblem.vi}\n${nameProblem.en}\n`);
        return 1;
      }
      const password = await io.readPassword();
      const problem = passwordProblem(password);
      if (problem) {
        io.stderr(`${problem.vi}\n${problem.en}\n`);
        return 1;
      }
      const created = await store.createUser({ name: command.name, role: command.role, passwordHash: await hashPassword(password) });
      if (!created.ok) {
        io.stderr(`Tên ${command.name} đã có. / The name ${command.name} is taken.\n`);
        return 1;
      }
      await store.appendAudit({ userName: null, action: 'user.create', target: created.user.name, detail: `role ${command.role} (npm run user)` });
      io.stdout(`Đã tạo tài khoản ${created.user.name} (${created.user.role}). / Created ${created.user.name} (${created.user.role}).\n`);
      return 0;
    }
    case 'passwd': {
      const user = await store.userByName(command.name);
      if (!user) {
        io.stderr(`Không có tài khoản ${command.name}. / No user ${command.name}.\n`);
        return 1;
      }
      const password = await io.readPassword();
      const problem = passwordProblem(password);
      if (problem) {
        io.stderr(`${problem.vi}\n${problem.en}\n`);
        return 1;
      }
      await store.updateUser(user.id, { passwordHash: await hashPassword(password) });
      await store.appendAudit({ userName: null, action: 'user.password', target: user.name, detail: 'npm run user' });
      io.stdout(`Đã đặt mật khẩu mới cho ${user.name}. / New password set for ${user.name}.\n`);
      return 0;
    }
  }
}

export { ROLES };
