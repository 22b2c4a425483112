import { describe, expect, it } from 'vitest';
import { orgName } from './config';

describe('orgName', () => {
  it.each([
    [{ SOATSO_ORG_NAME: 'Cục Thống kê tỉnh Cao Bằng' }, 'Cục Thống kê tỉnh Cao Bằng'],
    [{ SOATSO_ORG_NAME: '  Chi cục Thống kê  ' }, 'Chi cục Thống kê'],
    [{}, null],
  ])('%j → %j', (env, expected) => {
    expect(orgName(env)).toBe(expected);
  });

  describe('edge cases', () => {
    it('treats a blank name as unset and cuts a long one to 120 characters', () => {
      expect(orgName({ SOATSO_ORG_NAME: '   ' })).toBeNull();
      expect(orgName({ SOATSO_ORG_NAME: 'x'.repeat(500) })?.length).toBe(120);
    });
  });
});
