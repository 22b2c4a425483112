import { describe, expect, it } from 'vitest';
import { classifyPgError, poolSize } from './pg-client';
import { storeKind } from './store-kind';

const withCode = (code: unknown): Error => Object.assign(new Error('x'), { code });

describe('classifyPgError', () => {
  it.each([
    ['53100', 'full'],
    ['25006', 'read-only'],
    ['42501', 'read-only'],
    ['XX001', 'corrupt'],
    ['57P01', 'unavailable'],
    ['08006', 'unavailable'],
    ['ECONNREFUSED', 'unavailable'],
    ['CONNECTION_CLOSED', 'unavailable'],
    ['CONNECT_TIMEOUT', 'unavailable'],
  ])('%s → %s', (code, kind) => {
    expect(classifyPgError(withCode(code))).toEqual({ kind, detail: `PostgreSQL ${code}` });
  });

  describe('edge cases', () => {
    it.each([
      ['a unique violation (a bug or a taken id)', withCode('23505')],
      ['a syntax error', withCode('42601')],
      ['a class-08 look-alike of the wrong length', withCode('08')],
      ['a numeric code', withCode(53100)],
      ['no code at all', new TypeError('x')],
      ['not an object', 'ECONNREFUSED'],
    ])('%s is not a storage fault', (_label, error) => {
      expect(classifyPgError(error)).toBeNull();
    });
  });
});

describe('storeKind and poolSize', () => {
  it.each([
    [{}, 'sqlite'],
    [{ DATABASE_URL: '' }, 'sqlite'],
    [{ DATABASE_URL: '  ' }, 'sqlite'],
    [{ DATABASE_URL: 'postgres://soatso@db/soatso' }, 'postgres'],
  ])('%j → %s', (env, kind) => {
    expect(storeKind(env)).toBe(kind);
  });

  describe('edge cases', () => {
    it.each([
      [undefined, 10],
      ['4', 4],
      ['0', 10],
      ['1000', 10],
      ['x', 10],
    ])('SOATSO_PG_POOL=%j → %i', (value, expected) => {
      expect(poolSize({ SOATSO_PG_POOL: value })).toBe(expected);
    });
  });
});
