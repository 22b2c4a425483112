import 'server-only';
import { join } from 'node:path';

/** Default byte limit of one upload: 10 MB. */
export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Default limit on data rows (report rows plus series points) in one upload. */
export const DEFAULT_MAX_ROWS = 50_000;

export interface UploadLimits {
  /** `SOATSO_MAX_UPLOAD_BYTES`: the largest file accepted. */
  readonly maxUploadBytes: number;
  /** `SOATSO_MAX_ROWS`: the most data rows accepted. */
  readonly maxRows: number;
}

type Env = Readonly<Record<string, string | undefined>>;

function positiveInteger(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  return Number.isSafeInteger(n) && n > 0 ? n : fallback;
}

/**
 * The upload limits from the environment; a missing or invalid value falls back to the default.
 *
 * @example
 * readLimits({ SOATSO_MAX_UPLOAD_BYTES: '1048576' }).maxUploadBytes // 1048576
 */
export function readLimits(env: Env = process.env): UploadLimits {
  return {
    maxUploadBytes: positiveInteger(env.SOATSO_MAX_UPLOAD_BYTES, DEFAULT_MAX_UPLOAD_BYTES),
    maxRows: positiveInteger(env.SOATSO_MAX_ROWS, DEFAULT_MAX_ROWS),
  };
}

/**
 * Where the embedded database lives: `SOATSO_DATA_DIR`, else `<project>/.data` (git-ignored).
 *
 * @example
 * dataDirectory({ SOATSO_DATA_DIR: '/var/lib/soatso' }) // '/var/lib/soatso'
 */
export function dataDirectory(env: Env = process.env): string {
  const dir = env.SOATSO_DATA_DIR;
  return dir !== undefined && dir.trim() !== '' ? dir : join(process.cwd(), '.data');
}

/** The longest office name shown on charts and printed reports. */
const MAX_ORG_NAME = 120;

/**
 * The issuing office's name for chart images and the printed report: `SOATSO_ORG_NAME`, trimmed
 * and cut to 120 characters; `null` when unset.
 *
 * @example
 * orgName({ SOATSO_ORG_NAME: 'Cục Thống kê tỉnh Cao Bằng' }) // 'Cục Thống kê tỉnh Cao Bằng'
 * orgName({}) // null
 */
export function orgName(env: Env = process.env): string | null {
  const name = env.SOATSO_ORG_NAME?.trim();
  return name ? name.slice(0, MAX_ORG_NAME) : null;
}
