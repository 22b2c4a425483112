import { describe, expect, it } from 'vitest';
import { makeZip } from '../testing/make-zip';
import { inflateEntry, streamEntry } from './inflate-entry';
import { readZipDirectory, type ZipEntry } from './zip-directory';

function entriesOf(bytes: Uint8Array): readonly ZipEntry[] {
  const dir = readZipDirectory(bytes);
  if (!dir.ok) throw new Error(dir.reason);
  return dir.entries;
}

describe('inflateEntry', () => {
  it.each([
    ['short text', 'Năm 2022 đạt 845,5 triệu USD.'],
    ['a longer part', '<row>'.repeat(50_000)],
  ])('gives back %s', async (_label, text) => {
    const bytes = makeZip([{ name: 'a.xml', data: text }]);
    const [entry] = entriesOf(bytes);
    const read = await inflateEntry(bytes, entry!, { remaining: 10 * 1024 * 1024 });
    expect(read.ok && new TextDecoder().decode(read.bytes)).toBe(text);
  });

  it('counts against one budget across entries', async () => {
    const bytes = makeZip([{ name: 'a', data: 'x'.repeat(600) }, { name: 'b', data: 'y'.repeat(600) }]);
    const [a, b] = entriesOf(bytes);
    const budget = { remaining: 1000 };
    expect((await inflateEntry(bytes, a!, budget)).ok).toBe(true);
    expect(await inflateEntry(bytes, b!, budget)).toEqual({ ok: false, reason: 'too-large' });
  });
});

describe('edge cases', () => {
  it('a bomb that declares 1 000 bytes stops at the cap, whatever it declares', async () => {
    const bytes = makeZip([{ name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(20 * 1024 * 1024), declaredSize: 1000 }]);
    const [entry] = entriesOf(bytes);
    expect(entry?.uncompressedSize).toBe(1000);
    let seen = 0;
    const outcome = await streamEntry(bytes, entry!, { remaining: 1024 * 1024 }, (chunk) => {
      seen += chunk.byteLength;
      return true;
    });
    expect(outcome).toEqual({ ok: false, reason: 'too-large' });
    expect(seen).toBeLessThanOrEqual(1024 * 1024);
  });

  it('a reader that asks to stop stops the stream', async () => {
    const bytes = makeZip([{ name: 'a', data: 'z'.repeat(1024 * 1024) }]);
    const [entry] = entriesOf(bytes);
    let calls = 0;
    const outcome = await streamEntry(bytes, entry!, { remaining: 1e9 }, () => ++calls < 2);
    expect(outcome).toEqual({ ok: false, reason: 'stopped' });
    expect(calls).toBe(2);
  });

  it('corrupt deflate data is broken, not a crash', async () => {
    const bytes = makeZip([{ name: 'a', data: 'abc'.repeat(1000) }]);
    const [entry] = entriesOf(bytes);
    bytes.fill(0xff, 40, 60);
    expect(await inflateEntry(bytes, entry!, { remaining: 1e6 })).toEqual({ ok: false, reason: 'broken' });
  });
});
