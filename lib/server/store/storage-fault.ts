import 'server-only';
import type { Localized } from '../../i18n/lang';

/**
 * Why the storage (not the user's file) failed:
 * - `corrupt`: the database file is damaged or not a database (SQLITE_CORRUPT, SQLITE_NOTADB,
 *   or the start-up integrity check found problems);
 * - `read-only`: the file or its directory cannot be written (SQLITE_READONLY, EACCES, EROFS, EPERM);
 * - `full`: the disk is full (SQLITE_FULL, ENOSPC);
 * - `unavailable`: the file cannot be opened or read at all (SQLITE_CANTOPEN, SQLITE_IOERR).
 */
export type StorageFaultKind = 'corrupt' | 'read-only' | 'full' | 'unavailable';

export interface StorageFault {
  readonly kind: StorageFaultKind;
  /** The driver's code or the integrity check's first finding, for the log and /api/health. */
  readonly detail: string;
}

/** The store's state: usable, or stopped by a fault. */
export type StoreHealth = { readonly ok: true } | { readonly ok: false; readonly fault: StorageFault };

/**
 * Thrown by the store when the storage fails, so that every caller (route, page) can tell a
 * server fault (503) from a bad file (4xx). Never thrown for anything the user sent.
 */
export class StorageError extends Error {
  constructor(readonly fault: StorageFault) {
    super(`storage ${fault.kind}: ${fault.detail}`);
    this.name = 'StorageError';
  }
}

/**
 * True for a StorageError, recognised by its shape: Next bundles instrumentation.ts (which opens
 * the store) apart from the routes, so the class the store threw may be another copy than the
 * one a route imports, and `instanceof` would miss it.
 *
 * @example
 * isStorageError(new StorageError({ kind: 'full', detail: 'ENOSPC' })) // true
 */
export function isStorageError(error: unknown): error is StorageError {
  if (!(error instanceof Error) || error.name !== 'StorageError' || !('fault' in error)) return false;
  const fault = (error as { fault: unknown }).fault;
  return typeof fault === 'object' && fault !== null && 'kind' in fault && typeof (fault as { kind: unknown }).kind === 'string' && (fault as { kind: string }).kind in MESSAGES;
}

const MESSAGES: Readonly<Record<StorageFaultKind, Localized>> = {
  corrupt: {
    vi: 'Lỗi ở máy chủ, không phải ở tệp của bạn: tệp cơ sở dữ liệu của máy chủ bị hỏng. Không lưu được gì cho đến khi quản trị viên khôi phục nó.',
    en: 'A server fault, not a problem with your file: the server’s database file is damaged. Nothing can be saved until an administrator restores it.',
  },
  'read-only': {
    vi: 'Lỗi ở máy chủ, không phải ở tệp của bạn: máy chủ không có quyền ghi vào thư mục dữ liệu. Hãy báo quản trị viên.',
    en: 'A server fault, not a problem with your file: the server cannot write to its data directory. Please tell the administrator.',
  },
  full: {
    vi: 'Lỗi ở máy chủ, không phải ở tệp của bạn: ổ đĩa của máy chủ đã đầy. Hãy báo quản trị viên rồi thử lại.',
    en: 'A server fault, not a problem with your file: the server’s disk is full. Please tell the administrator and try again.',
  },
  unavailable: {
    vi: 'Lỗi ở máy chủ, không phải ở tệp của bạn: máy chủ không mở được cơ sở dữ liệu. Hãy báo quản trị viên.',
    en: 'A server fault, not a problem with your file: the server cannot open its database. Please tell the administrator.',
  },
};

/**
 * The sentence shown for a storage fault, in both languages; it always says the server is at fault.
 *
 * @example
 * faultMessage('full').en // 'A server fault, not a problem with your file: the server’s disk is full. …'
 */
export function faultMessage(kind: StorageFaultKind): Localized {
  return MESSAGES[kind];
}

// The driver's codes by fault. better-sqlite3 gives extended codes (`SQLITE_READONLY_DBMOVED`,
// `SQLITE_IOERR_WRITE`), so a code is matched by its primary part; Node gives errno names.
const BY_CODE: Readonly<Record<string, StorageFaultKind>> = {
  SQLITE_CORRUPT: 'corrupt',
  SQLITE_NOTADB: 'corrupt',
  SQLITE_READONLY: 'read-only',
  SQLITE_PERM: 'read-only',
  SQLITE_AUTH: 'read-only',
  EACCES: 'read-only',
  EPERM: 'read-only',
  EROFS: 'read-only',
  SQLITE_FULL: 'full',
  ENOSPC: 'full',
  SQLITE_CANTOPEN: 'unavailable',
  SQLITE_IOERR: 'unavailable',
  EIO: 'unavailable',
};

function primaryCode(code: string): string {
  const parts = code.split('_');
  return parts.length > 2 && parts[0] === 'SQLITE' ? `${parts[0]}_${parts[1] ?? ''}` : code;
}

/**
 * The storage fault an error stands for, or null when it is not a storage error (a bug, or
 * something the caller sent).
 *
 * @example
 * classifyStorageError(Object.assign(new Error('disk I/O'), { code: 'SQLITE_FULL' })) // { kind: 'full', detail: 'SQLITE_FULL' }
 * classifyStorageError(new TypeError('x')) // null
 */
export function classifyStorageError(error: unknown): StorageFault | null {
  if (isStorageError(error)) return error.fault;
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const code = (error as { code: unknown }).code;
  if (typeof code !== 'string') return null;
  const kind = BY_CODE[code] ?? BY_CODE[primaryCode(code)];
  return kind === undefined ? null : { kind, detail: code };
}
