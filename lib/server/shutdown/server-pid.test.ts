import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PID_FILE, liveServerPid, readServerPid, removeServerPid, writeServerPid } from './server-pid';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'soatso-pid-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('server pid file', () => {
  it('is written, read back as a live server, and removed by its owner', () => {
    expect(writeServerPid(dir, process.ppid)).toBe(true);
    expect(readServerPid(dir)).toBe(process.ppid);
    expect(liveServerPid(dir)).toBe(process.ppid);
    removeServerPid(dir, process.ppid);
    expect(existsSync(join(dir, PID_FILE))).toBe(false);
  });
});

describe('edge cases', () => {
  it.each([
    ['garbled', 'abc\n', null],
    ['empty', '', null],
    ['negative', '-5\n', null],
    ['fractional', '12.5', null],
    ['with spaces', '  4242 \n', 4242],
  ])('a %s pid file reads as %s', (_label, text, pid) => {
    writeFileSync(join(dir, PID_FILE), text);
    expect(readServerPid(dir)).toBe(pid);
  });

  it('no file, a dead process or this very process is no live server', () => {
    expect(liveServerPid(dir)).toBeNull();
    writeServerPid(dir, 2 ** 22 + 17);
    expect(liveServerPid(dir)).toBeNull();
    writeServerPid(dir);
    expect(liveServerPid(dir)).toBeNull();
  });

  it('a file naming another process is left in place by removeServerPid', () => {
    writeServerPid(dir, process.ppid);
    removeServerPid(dir);
    expect(readServerPid(dir)).toBe(process.ppid);
  });

  it('an unwritable directory is reported, not thrown', () => {
    expect(writeServerPid(join(dir, 'missing', 'deeper'))).toBe(false);
  });
});
