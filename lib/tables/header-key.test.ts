import { describe, expect, it } from 'vitest';
import { headerKey } from './header-key';

describe('headerKey', () => {
  it.each<[string, string]>([
    ['Chỉ tiêu', 'chi tieu'],
    ['ĐVT', 'dvt'],
    ['Đơn vị\ntính:', 'don vi tinh'],
    ['Năm 2022\nso sánh với\nnăm 2009', 'nam 2022 so sanh voi nam 2009'],
    ['indicator_id', 'indicator id'],
    ['Năm 2022*', 'nam 2022'],
    ['Chỉ tiêu'.normalize('NFD'), 'chi tieu'],
    ['  STT ', 'stt'],
  ])('%j → %j', (input, expected) => {
    expect(headerKey(input)).toBe(expected);
  });
});

describe('edge cases', () => {
  it('keeps an empty header empty', () => {
    expect(headerKey('')).toBe('');
  });

  it('treats headers typed without diacritics like the written ones', () => {
    expect(headerKey('Chi tieu')).toBe(headerKey('Chỉ tiêu'));
    expect(headerKey('Don vi tinh')).toBe(headerKey('Đơn vị tính'));
  });
});
