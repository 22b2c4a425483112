import 'server-only';
import { execFile } from 'node:child_process';
import { access, constants, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter as PATH_SEPARATOR, join } from 'node:path';
import type { Localized } from '../../i18n/lang';
import { refuse, type ApiResult } from '../api/respond';

/** The programs that convert a workbook headless, in the order they are looked for on PATH. */
const OFFICE_PROGRAMS = ['soffice', 'libreoffice'] as const;
/** A conversion taking longer than this is killed. */
export const CONVERT_TIMEOUT_MS = 60_000;
/** At most this many conversions run at once (LibreOffice is heavy); more are told to wait. */
const MAX_RUNNING = 2;

/** How a child process ended. */
export type RunOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: 'timeout' | 'failed'; readonly detail: string };

/** Runs a program without a shell, killed after `timeoutMs`. */
export type Runner = (command: string, args: readonly string[], options: { readonly timeoutMs: number; readonly cwd: string }) => Promise<RunOutcome>;

export interface ConvertOptions {
  /** The converter program's path, or null when none is installed (default: `soffice`/`libreoffice` on PATH). */
  readonly findOffice?: () => Promise<string | null>;
  readonly run?: Runner;
  readonly timeoutMs?: number;
  /** The converted workbook is refused past this many bytes. */
  readonly maxOutputBytes: number;
  /** Where the temporary directory is made (default: the system's). */
  readonly tempRoot?: string;
}

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

/**
 * Whether the bytes start like an OLE2 compound file (Excel 97–2003 `.xls`, old `.doc`).
 *
 * @example
 * isOle2(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) // true
 */
export function isOle2(bytes: Uint8Array): boolean {
  return OLE2_MAGIC.every((b, i) => bytes[i] === b);
}

/**
 * The refusal for an .xls file the server cannot convert: names the file and says how to save it as .xlsx.
 *
 * @example
 * saveAsXlsxMessage('bang.xls', 'no-office').vi // 'bang.xls: đây là tệp Excel 97–2003 (.xls) … Tệp → Lưu thành → …'
 */
export function saveAsXlsxMessage(file: string, why: 'no-office' | 'timeout' | 'failed' | 'too-large' | 'busy'): Localized {
  const how = {
    vi: 'Hãy mở tệp trong Excel, chọn Tệp → Lưu thành → Sổ làm việc Excel (.xlsx), rồi tải tệp .xlsx lên.',
    en: 'Open it in Excel, choose File → Save As → Excel Workbook (.xlsx), then upload the .xlsx file.',
  };
  const seconds = Math.round(CONVERT_TIMEOUT_MS / 1000);
  const reason: Localized = (() => {
    switch (why) {
      case 'no-office':
        return { vi: 'máy chủ chưa cài LibreOffice để chuyển đổi', en: 'the server has no LibreOffice to convert it' };
      case 'timeout':
        return { vi: `việc chuyển đổi quá ${seconds} giây nên đã dừng`, en: `converting it took more than ${seconds} seconds, so it was stopped` };
      case 'failed':
        return { vi: 'LibreOffice không chuyển đổi được tệp này', en: 'LibreOffice could not convert this file' };
      case 'too-large':
        return { vi: 'tệp sau khi chuyển đổi vượt giới hạn dung lượng', en: 'the converted file is over the size limit' };
      case 'busy':
        return { vi: 'máy chủ đang bận chuyển đổi tệp khác', en: 'the server is busy converting other files' };
    }
  })();
  return {
    vi: `${file}: đây là tệp Excel 97–2003 (.xls) và ${reason.vi}. ${how.vi}`,
    en: `${file}: this is an Excel 97–2003 workbook (.xls) and ${reason.en}. ${how.en}`,
  };
}

/**
 * The headless conversion command: its own user profile (so conversions never share a lock), no
 * restore dialog, the .xlsx written into `outDir`.
 *
 * @example
 * officeCommand('/usr/bin/soffice', '/tmp/x/in.xls', '/tmp/x/out', '/tmp/x/profile').args
 * // ['--headless', '--norestore', '--nolockcheck', '-env:UserInstallation=file:///tmp/x/profile', '--convert-to', 'xlsx', '--outdir', '/tmp/x/out', '/tmp/x/in.xls']
 */
export function officeCommand(office: string, input: string, outDir: string, profileDir: string): { command: string; args: string[] } {
  return {
    command: office,
    args: ['--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=${new URL(`file://${profileDir}`).href}`, '--convert-to', 'xlsx', '--outdir', outDir, input],
  };
}

/**
 * The first of `soffice`, `libreoffice` found executable on PATH, or null.
 *
 * @example
 * await findOfficeOnPath('/usr/bin:/bin') // '/usr/bin/soffice' (or null)
 */
export async function findOfficeOnPath(path: string = process.env.PATH ?? ''): Promise<string | null> {
  for (const program of OFFICE_PROGRAMS) {
    for (const dir of path.split(PATH_SEPARATOR)) {
      if (dir === '') continue;
      // Paths outside the project: not for the bundler to trace.
      const candidate = join(/*turbopackIgnore: true*/ dir, program);
      try {
        await access(/*turbopackIgnore: true*/ candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return null;
}

/** The default runner: `execFile` (no shell), SIGKILL at the timeout, output kept small. */
const runFile: Runner = (command, args, options) =>
  new Promise((resolve) => {
    execFile(
      command,
      [...args],
      { cwd: options.cwd, timeout: options.timeoutMs, killSignal: 'SIGKILL', maxBuffer: 1024 * 1024, windowsHide: true },
      (error) => {
        if (!error) resolve({ ok: true });
        else resolve({ ok: false, reason: error.killed ? 'timeout' : 'failed', detail: error.message.slice(0, 500) });
      },
    );
  });

let running = 0;

/**
 * Converts an Excel 97–2003 workbook to .xlsx with LibreOffice headless, in a child process bounded
 * by a timeout, inside a temporary directory removed afterwards; the result is refused past
 * `maxOutputBytes`. Without LibreOffice, or when the conversion fails, a 415 names the file and asks
 * the user to save it as .xlsx.
 *
 * @example
 * const xlsx = await convertXls(bytes, 'bang.xls', { maxOutputBytes: 1e8 });
 * if (!xlsx.ok) return errorResponse(xlsx.error); // 415: 'bang.xls: đây là tệp Excel 97–2003 (.xls) …'
 */
export async function convertXls(bytes: Uint8Array, file: string, options: ConvertOptions): Promise<ApiResult<Uint8Array>> {
  const office = await (options.findOffice ?? (() => findOfficeOnPath()))();
  if (office === null) return refuse(415, saveAsXlsxMessage(file, 'no-office'));
  if (running >= MAX_RUNNING) return refuse(503, saveAsXlsxMessage(file, 'busy'));
  running++;
  try {
    return await convertInTemp(bytes, file, office, options);
  } finally {
    running--;
  }
}

/** One conversion in its own temporary directory, removed whatever happens. */
async function convertInTemp(bytes: Uint8Array, file: string, office: string, options: ConvertOptions): Promise<ApiResult<Uint8Array>> {
  const dir = await mkdtemp(join(/*turbopackIgnore: true*/ options.tempRoot ?? tmpdir(), 'soatso-xls-'));
  try {
    const input = join(/*turbopackIgnore: true*/ dir, 'in.xls');
    await writeFile(/*turbopackIgnore: true*/ input, bytes);
    const { command, args } = officeCommand(office, input, join(/*turbopackIgnore: true*/ dir, 'out'), join(/*turbopackIgnore: true*/ dir, 'profile'));
    const outcome = await (options.run ?? runFile)(command, args, { timeoutMs: options.timeoutMs ?? CONVERT_TIMEOUT_MS, cwd: dir });
    if (!outcome.ok) {
      console.error(`[soatso xls] ${file}: ${outcome.reason} (${outcome.detail})`);
      return refuse(outcome.reason === 'timeout' ? 422 : 415, saveAsXlsxMessage(file, outcome.reason));
    }
    const output = join(/*turbopackIgnore: true*/ dir, 'out', 'in.xlsx');
    const size = await stat(/*turbopackIgnore: true*/ output).then((s) => s.size, () => null);
    if (size === null) return refuse(415, saveAsXlsxMessage(file, 'failed'));
    if (size > options.maxOutputBytes) return refuse(413, saveAsXlsxMessage(file, 'too-large'));
    return { ok: true, value: new Uint8Array(await readFile(/*turbopackIgnore: true*/ output)) };
  } finally {
    await rm(/*turbopackIgnore: true*/ dir, { recursive: true, force: true });
  }
}

/**
 * The upload with every Excel 97–2003 workbook (`.xls`, or no extension, holding OLE2 bytes)
 * converted to .xlsx under its own name, so the workbook reader takes it; the first refusal
 * refuses the upload. Other files pass unchanged.
 *
 * @example
 * const files = await convertLegacyWorkbooks(upload.files, { maxOutputBytes: 1e8 });
 * if (files.ok) files.value[0]?.bytes // PK… (an .xlsx)
 */
export async function convertLegacyWorkbooks<F extends { readonly name: string; readonly bytes: Uint8Array }>(
  files: readonly F[],
  options: ConvertOptions,
): Promise<ApiResult<F[]>> {
  const out: F[] = [];
  for (const file of files) {
    const dot = file.name.lastIndexOf('.');
    const ext = dot <= 0 ? '' : file.name.slice(dot + 1).toLowerCase();
    if ((ext === 'xls' || ext === '') && isOle2(file.bytes)) {
      const converted = await convertXls(file.bytes, file.name, options);
      if (!converted.ok) return converted;
      out.push({ ...file, bytes: converted.value });
    } else {
      out.push(file);
    }
  }
  return { ok: true, value: out };
}
