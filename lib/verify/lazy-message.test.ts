import { describe, expect, it } from 'vitest';
import { withLazyMessage, withLazyMessageOf } from './lazy-message';

describe('withLazyMessage and withLazyMessageOf', () => {
  it.each([
    ['a closure', () => withLazyMessage({ verdict: 'match' }, () => 'một')],
    ['a static describe and data', () => withLazyMessageOf({ verdict: 'match' }, (d: string) => d, 'một')],
  ])('with %s: an enumerable message, read by JSON and by spread', (_name, make) => {
    const v = make();
    expect(v.message).toBe('một');
    expect(JSON.stringify(v)).toBe('{"verdict":"match","message":"một"}');
    expect({ ...v }).toEqual({ verdict: 'match', message: 'một' });
    expect(Object.keys(v)).toEqual(['verdict', 'message']);
  });

  it('builds each message once, only when it is read, from its own data', () => {
    const calls: number[] = [];
    const describeN = (n: number): string => {
      calls.push(n);
      return `số ${n}`;
    };
    const items = [1, 2, 3].map((n) => withLazyMessageOf({ n }, describeN, n));
    expect(calls).toEqual([]);
    expect(items[1]?.message).toBe('số 2');
    expect(items[1]?.message).toBe('số 2');
    expect(items[0]?.message).toBe('số 1');
    expect(calls).toEqual([2, 1]);
  });
});

describe('edge cases', () => {
  it('an object inheriting the message reads its prototype’s', () => {
    const base = withLazyMessage({ verdict: 'none' }, () => 'gốc');
    const derived = Object.create(base) as typeof base;
    expect(derived.message).toBe('gốc');
  });

  it('a describe that throws is retried on the next read', () => {
    let fail = true;
    const v = withLazyMessage({}, () => {
      if (fail) throw new Error('chưa');
      return 'xong';
    });
    expect(() => v.message).toThrow('chưa');
    fail = false;
    expect(v.message).toBe('xong');
  });

  it('the message cannot be deleted or reassigned', () => {
    const v = withLazyMessage({}, () => 'cố định') as { message: string };
    expect(Reflect.deleteProperty(v, 'message')).toBe(false);
    expect(Reflect.set(v, 'message', 'khác')).toBe(false);
    expect(v.message).toBe('cố định');
  });
});
