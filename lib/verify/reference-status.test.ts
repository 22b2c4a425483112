import { describe, expect, it } from 'vitest';
import { isProvisional, parseStatusCell, statusLabel } from './reference-status';

describe('parseStatusCell', () => {
  it.each([
    ['Sơ bộ', 'preliminary'],
    ['so bo', 'preliminary'],
    ['Ước tính', 'estimate'],
    ['ước thực hiện', 'estimate'],
    ['Chính thức', 'final'],
    ['', 'final'],
  ] as const)('reads “%s” as %s', (cell, status) => {
    expect(parseStatusCell(cell)).toBe(status);
    expect(statusLabel(status, 'vi').length).toBeGreaterThan(0);
  });

  describe('edge cases', () => {
    it('refuses an unknown word', () => {
      expect(parseStatusCell('tạm')).toBeNull();
    });
    it.each([
      ['preliminary', true],
      ['estimate', true],
      ['final', false],
    ] as const)('%s is provisional: %s', (status, provisional) => {
      expect(isProvisional(status)).toBe(provisional);
    });
  });
});
