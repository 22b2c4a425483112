import 'server-only';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Localized } from '../../i18n/lang';
import { dataDirectory } from '../config';
import { DATABASE_FILE } from '../store/default-store';
import { SCHEMA_VERSION } from '../store/migrations';
import { backupPostgres, restorePostgres } from '../store/pg-backup';
import { storeKind } from '../store/store-kind';
import type { BackupContents, InspectFailure } from './inspect-backup';
import { backupSqlite, type BackupFailure } from './sqlite-backup';
import { restoreSqlite, type RestoreFailure } from './sqlite-restore';

/** Where a command writes; the tests collect the text. */
export interface BackupCliIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
}

type Env = Readonly<Record<string, string | undefined>>;

const BACKUP_USAGE = `Cách dùng / usage:
  npm run backup -- <tệp sao lưu / backup file>
`;
const RESTORE_USAGE = `Cách dùng / usage:
  npm run restore -- <tệp sao lưu / backup file> [--force]
  (dừng máy chủ trước / stop the server first)
`;

/** A failed pg_dump/pg_restore, with the tool's own words (they are in English). */
function describePgFailure(action: 'backup' | 'restore', reason: string): Localized {
  return action === 'backup'
    ? { vi: `Sao lưu PostgreSQL không thành công: ${reason}`, en: `The PostgreSQL backup failed: ${reason}` }
    : { vi: `Khôi phục PostgreSQL không thành công, dữ liệu cũ giữ nguyên: ${reason}`, en: `The PostgreSQL restore failed and the old data is unchanged: ${reason}` };
}

const viNumber = new Intl.NumberFormat('vi-VN');
const enNumber = new Intl.NumberFormat('en-US');

function say(io: BackupCliIo['stdout'], text: Localized): void {
  io(`${text.vi}\n${text.en}\n`);
}

function describeContents(c: BackupContents): Localized {
  const vi = (n: number): string => viNumber.format(n);
  const en = (n: number): string => enNumber.format(n);
  return {
    vi: `${vi(c.datasets)} bộ số liệu, ${vi(c.documents)} văn bản, ${vi(c.users)} tài khoản, ${vi(c.decisions)} quyết định (lược đồ ${c.schemaVersion}).`,
    en: `${en(c.datasets)} datasets, ${en(c.documents)} documents, ${en(c.users)} users, ${en(c.decisions)} decisions (schema ${c.schemaVersion}).`,
  };
}

/**
 * Why a file is not a usable soatso backup, in both languages.
 *
 * @example
 * describeInspectFailure({ reason: 'newer-schema', version: 12 }, 'b.db').en
 * // 'b.db: the backup comes from a newer soatso (schema 12; this one knows up to 9). Upgrade soatso first.'
 */
export function describeInspectFailure(problem: InspectFailure, file: string, knownVersion: number = SCHEMA_VERSION): Localized {
  switch (problem.reason) {
    case 'not-sqlite':
      return { vi: `${file}: không phải tệp cơ sở dữ liệu SQLite.`, en: `${file}: not an SQLite database file.` };
    case 'corrupt':
      return { vi: `${file}: tệp hỏng (${problem.detail}).`, en: `${file}: the file is damaged (${problem.detail}).` };
    case 'not-soatso':
      return { vi: `${file}: không phải bản sao lưu của soatso.`, en: `${file}: not a soatso backup.` };
    case 'newer-schema':
      return {
        vi: `${file}: bản sao lưu từ phiên bản soatso mới hơn (lược đồ ${problem.version}; bản này chỉ biết đến ${knownVersion}). Hãy nâng cấp soatso trước.`,
        en: `${file}: the backup comes from a newer soatso (schema ${problem.version}; this one knows up to ${knownVersion}). Upgrade soatso first.`,
      };
  }
}

function describeBackupFailure(failure: BackupFailure): Localized {
  switch (failure.reason) {
    case 'no-database':
      return { vi: `Không có cơ sở dữ liệu để sao lưu: ${failure.path}.`, en: `There is no database to back up: ${failure.path}.` };
    case 'target-exists':
      return { vi: `${failure.file} đã có; chọn tên khác (không ghi đè).`, en: `${failure.file} already exists; choose another name (nothing is overwritten).` };
    case 'write-failed':
      return { vi: `Không ghi được ${failure.file}: ${failure.detail}.`, en: `Could not write ${failure.file}: ${failure.detail}.` };
    case 'unsound-copy':
      return describeInspectFailure(failure.problem, 'bản sao / the copy');
  }
}

function describeRestoreFailure(failure: RestoreFailure): Localized {
  switch (failure.reason) {
    case 'no-file':
      return { vi: `Không có tệp ${failure.file}.`, en: `There is no file ${failure.file}.` };
    case 'server-running':
      return {
        vi: `Máy chủ soatso (tiến trình ${failure.pid}) đang chạy trên thư mục dữ liệu này. Hãy dừng máy chủ rồi khôi phục; chỉ dùng --force khi tệp soatso.pid đã cũ.`,
        en: `A soatso server (process ${failure.pid}) is running on this data directory. Stop it, then restore; use --force only when soatso.pid is stale.`,
      };
    case 'invalid':
      return describeInspectFailure(failure.problem, failure.file);
    case 'write-failed':
      return { vi: `Khôi phục không thành công, dữ liệu cũ giữ nguyên: ${failure.detail}.`, en: `The restore failed and the old data is unchanged: ${failure.detail}.` };
  }
}

/**
 * `npm run backup -- <file>`: an online, consistent copy of the store while the server runs.
 * Exit 0 when written, 1 when refused or failed, 2 for bad usage.
 *
 * @example
 * await runBackupCli(['/srv/backup/soatso.db'], process.env, io) // 0, "Đã sao lưu … / Backed up …"
 */
export async function runBackupCli(args: readonly string[], env: Env, io: BackupCliIo): Promise<number> {
  const [target, ...rest] = args;
  if (target === undefined || target.startsWith('-') || rest.length > 0) {
    io.stderr(BACKUP_USAGE);
    return 2;
  }
  const kind = storeKind(env);
  switch (kind) {
    case 'sqlite': {
      const result = await backupSqlite(resolve(dataDirectory(env), DATABASE_FILE), resolve(target));
      if (!result.ok) {
        say(io.stderr, describeBackupFailure(result));
        return 1;
      }
      const { file, bytes, contents, ms } = result.done;
      say(io.stdout, {
        vi: `Đã sao lưu vào ${file} (${viNumber.format(bytes)} byte, ${viNumber.format(ms)} ms).`,
        en: `Backed up to ${file} (${enNumber.format(bytes)} bytes, ${enNumber.format(ms)} ms).`,
      });
      say(io.stdout, describeContents(contents));
      return 0;
    }
    case 'postgres': {
      const file = resolve(target);
      if (existsSync(file)) {
        say(io.stderr, describeBackupFailure({ reason: 'target-exists', file }));
        return 1;
      }
      const started = Date.now();
      const result = await backupPostgres(env.DATABASE_URL ?? '', file, env);
      if (!result.ok) {
        say(io.stderr, describePgFailure('backup', result.reason));
        return 1;
      }
      const ms = Date.now() - started;
      say(io.stdout, {
        vi: `Đã sao lưu PostgreSQL vào ${file} (pg_dump, ${viNumber.format(result.bytes)} byte, ${viNumber.format(ms)} ms).`,
        en: `Backed up PostgreSQL to ${file} (pg_dump, ${enNumber.format(result.bytes)} bytes, ${enNumber.format(ms)} ms).`,
      });
      return 0;
    }
  }
}

/**
 * `npm run restore -- <file> [--force]`: replaces the store with a backup, checked first; the
 * server must be stopped. Exit 0 when restored, 1 when refused or failed, 2 for bad usage.
 *
 * @example
 * await runRestoreCli(['/srv/backup/soatso.db'], process.env, io) // 0, "Đã khôi phục … / Restored …"
 */
export async function runRestoreCli(args: readonly string[], env: Env, io: BackupCliIo): Promise<number> {
  const force = args.includes('--force');
  const files = args.filter((a) => a !== '--force');
  const [source, ...rest] = files;
  if (source === undefined || source.startsWith('-') || rest.length > 0) {
    io.stderr(RESTORE_USAGE);
    return 2;
  }
  const kind = storeKind(env);
  switch (kind) {
    case 'sqlite': {
      const result = await restoreSqlite(dataDirectory(env), resolve(source), { force });
      if (!result.ok) {
        say(io.stderr, describeRestoreFailure(result));
        return 1;
      }
      const { database, contents, previous, ms } = result.done;
      say(io.stdout, { vi: `Đã khôi phục ${database} (${viNumber.format(ms)} ms).`, en: `Restored ${database} (${enNumber.format(ms)} ms).` });
      say(io.stdout, describeContents(contents));
      if (previous) say(io.stdout, { vi: `Cơ sở dữ liệu cũ giữ tại ${previous}.`, en: `The previous database is kept as ${previous}.` });
      return 0;
    }
    case 'postgres': {
      // pg_restore runs in one transaction: it waits for the servers' locks, so stop them first.
      const file = resolve(source);
      const started = Date.now();
      const result = await restorePostgres(env.DATABASE_URL ?? '', file, env);
      if (!result.ok) {
        say(io.stderr, describePgFailure('restore', result.reason));
        return 1;
      }
      const ms = Date.now() - started;
      say(io.stdout, { vi: `Đã khôi phục PostgreSQL từ ${file} (pg_restore, ${viNumber.format(ms)} ms).`, en: `Restored PostgreSQL from ${file} (pg_restore, ${enNumber.format(ms)} ms).` });
      return 0;
    }
  }
}
