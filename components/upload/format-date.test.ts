import { describe, expect, it } from 'vitest';
import { formatUploadDate } from './format-date';

describe('formatUploadDate', () => {
  it.each([
    ['2024-03-01T02:30:00.000Z', 'vi', '09:30 01/03/2024'],
    ['2024-03-01T02:30:00.000Z', 'en', '01/03/2024, 09:30'],
    ['2024-12-31T20:00:00.000Z', 'vi', '03:00 01/01/2025'],
  ] as const)('%s in %s', (iso, lang, expected) => {
    expect(formatUploadDate(iso, lang)).toBe(expected);
  });
});

describe('edge cases', () => {
  it('an unreadable date is shown as given', () => {
    expect(formatUploadDate('hôm qua', 'vi')).toBe('hôm qua');
  });
});
