import { describe, expect, it } from 'vitest';
import { userNameProblem } from './user-name';

describe('userNameProblem', () => {
  it.each([
    ['lan', true],
    ['lan.nguyen', true],
    ['Hùng_2', true],
    ['a-b', true],
    ['a b', false],
    [' lan', false],
    ['', false],
    ['.lan', false],
    ['lan;drop', false],
  ])('%j acceptable: %s', (name, ok) => {
    expect(userNameProblem(name) === null).toBe(ok);
  });

  describe('edge cases', () => {
    it('takes 64 characters and refuses 65', () => {
      expect(userNameProblem('a'.repeat(64))).toBeNull();
      expect(userNameProblem('a'.repeat(65))).not.toBeNull();
    });
  });
});
