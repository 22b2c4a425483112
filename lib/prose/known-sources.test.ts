import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findKnownValue } from '../extract/finding/known-values';
import { knownFromFiles } from './known-sources';

const file = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(`data/${name}`)) });

describe('knownFromFiles', () => {
  it.each<[string, number, number | null]>([
    ['Thu ngân sách trên địa bàn', 2009, 393.6],
    ['Thu ngân sách trên địa bàn', 2022, 3957.9],
    ['Sản lượng lương thực', 1991, 147.21],
    ['Tổng vốn đầu tư toàn xã hội', 2015, 7600],
    ['Tổng vốn đầu tư toàn xã hội', 2016, null],
  ])('keeps %s in %i from the bundled files', (indicator, year, value) => {
    const known = knownFromFiles([file('bang-1-1991-2008.csv'), file('bang-2-2009-2022.csv'), file('chi-tieu-theo-nam.csv')], { vi: 'dữ liệu', en: 'data' });
    expect(known.ok).toBe(true);
    if (!known.ok) return;
    expect(known.source).toMatchObject({ origin: 'tables', label: 'dữ liệu' });
    expect(findKnownValue([known.source], { indicator, year, part: '', unit: null })?.value.value ?? null).toBe(value);
  });
});

describe('edge cases', () => {
  it('refuses the set with the reader’s one-line reason when a file cannot be read', () => {
    const known = knownFromFiles([{ name: 'rong.csv', bytes: new Uint8Array(0) }], { vi: 'dữ liệu', en: 'data' });
    expect(known.ok).toBe(false);
    if (known.ok) return;
    expect(known.message).toContain('rong.csv');
    expect(known.message).not.toContain('\n');
  });

  it('marks an upload as such', () => {
    const known = knownFromFiles([file('bang-2-2009-2022.csv')], { vi: 'Bảng tải lên', en: 'Uploaded table' }, 'upload');
    expect(known.ok && known.source.origin).toBe('upload');
  });
});
