import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertXls, findOfficeOnPath, isOle2, officeCommand, type RunOutcome, type Runner } from './convert-xls';

const OLE2 = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
const FAKE_XLSX = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);

let root = '';
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'soatso-xls-test-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

interface Call {
  readonly command: string;
  readonly args: readonly string[];
  readonly timeoutMs: number;
}

/** A runner that records its call and, like LibreOffice, writes `out/in.xlsx` of `output` bytes (or fails). */
function fakeRunner(calls: Call[], outcome: RunOutcome, output: Uint8Array | null = FAKE_XLSX): Runner {
  return async (command, args, options) => {
    calls.push({ command, args, timeoutMs: options.timeoutMs });
    if (outcome.ok && output !== null) {
      const outDir = args[args.indexOf('--outdir') + 1] ?? '';
      await mkdir(outDir, { recursive: true });
      await writeFile(join(outDir, 'in.xlsx'), output);
    }
    return outcome;
  };
}

const office = async () => '/usr/bin/soffice';

describe('isOle2', () => {
  it.each<[string, Uint8Array, boolean]>([
    ['an Excel 97–2003 header', OLE2, true],
    ['a zip (.xlsx)', FAKE_XLSX, false],
    ['text', new TextEncoder().encode('STT;Chỉ tiêu'), false],
  ])('%s → %s', (_name, bytes, expected) => {
    expect(isOle2(bytes)).toBe(expected);
  });
});

describe('officeCommand', () => {
  it('runs headless with its own profile and writes xlsx into the output directory', () => {
    expect(officeCommand('/usr/bin/soffice', '/tmp/x/in.xls', '/tmp/x/out', '/tmp/x/profile')).toEqual({
      command: '/usr/bin/soffice',
      args: ['--headless', '--norestore', '--nolockcheck', '-env:UserInstallation=file:///tmp/x/profile', '--convert-to', 'xlsx', '--outdir', '/tmp/x/out', '/tmp/x/in.xls'],
    });
  });
});

describe('convertXls', () => {
  it.each<[string, RunOutcome, Uint8Array | null, number, number | null, RegExp]>([
    ['a timeout', { ok: false, reason: 'timeout', detail: 'killed' }, null, 1_000_000, 422, /bang\.xls: .*quá 60 giây.*Tệp → Lưu thành/],
    ['a failed conversion', { ok: false, reason: 'failed', detail: 'exit 1' }, null, 1_000_000, 415, /bang\.xls: .*không chuyển đổi được/],
    ['no output file', { ok: true }, null, 1_000_000, 415, /bang\.xls: .*không chuyển đổi được/],
    ['an output over the cap', { ok: true }, new Uint8Array(64), 10, 413, /bang\.xls: .*vượt giới hạn/],
    ['a converted workbook', { ok: true }, FAKE_XLSX, 1_000_000, null, /./],
  ])('%s', async (_name, outcome, output, maxOutputBytes, status, message) => {
    const calls: Call[] = [];
    const r = await convertXls(OLE2, 'bang.xls', { findOffice: office, run: fakeRunner(calls, outcome, output), maxOutputBytes, tempRoot: root, timeoutMs: 1234 });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.command).toBe('/usr/bin/soffice');
    expect(calls[0]?.timeoutMs).toBe(1234);
    expect(calls[0]?.args.slice(0, 2)).toEqual(['--headless', '--norestore']);
    if (status === null) {
      expect(r).toEqual({ ok: true, value: FAKE_XLSX });
    } else {
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.status).toBe(status);
      expect(r.error.message.vi).toMatch(message);
    }
    // The temporary directory is gone whatever happened.
    expect(await readdir(root)).toEqual([]);
  });
});

describe('edge cases', () => {
  it('without LibreOffice: a 415 naming the file and asking for .xlsx, and nothing is run', async () => {
    const calls: Call[] = [];
    const r = await convertXls(OLE2, 'so-lieu-cu.xls', { findOffice: async () => null, run: fakeRunner(calls, { ok: true }), maxOutputBytes: 1e6, tempRoot: root });
    expect(calls).toEqual([]);
    expect(r).toEqual({
      ok: false,
      error: {
        status: 415,
        message: {
          vi: 'so-lieu-cu.xls: đây là tệp Excel 97–2003 (.xls) và máy chủ chưa cài LibreOffice để chuyển đổi. Hãy mở tệp trong Excel, chọn Tệp → Lưu thành → Sổ làm việc Excel (.xlsx), rồi tải tệp .xlsx lên.',
          en: 'so-lieu-cu.xls: this is an Excel 97–2003 workbook (.xls) and the server has no LibreOffice to convert it. Open it in Excel, choose File → Save As → Excel Workbook (.xlsx), then upload the .xlsx file.',
        },
      },
    });
  });

  it('a runner that throws still leaves no temporary directory', async () => {
    const run: Runner = async () => {
      throw new Error('spawn EACCES');
    };
    await expect(convertXls(OLE2, 'bang.xls', { findOffice: office, run, maxOutputBytes: 1e6, tempRoot: root })).rejects.toThrow('EACCES');
    expect(await readdir(root)).toEqual([]);
  });

  it('finds soffice on PATH only where it is executable', async () => {
    const bin = join(root, 'bin');
    await mkdir(bin);
    await writeFile(join(bin, 'libreoffice'), '#!/bin/sh\n', { mode: 0o644 });
    expect(await findOfficeOnPath(bin)).toBeNull();
    await writeFile(join(bin, 'soffice'), '#!/bin/sh\n', { mode: 0o755 });
    expect(await findOfficeOnPath(`/nonexistent:${bin}`)).toBe(join(bin, 'soffice'));
    await rm(bin, { recursive: true });
  });
});
