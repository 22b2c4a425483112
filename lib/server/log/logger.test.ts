import { describe, expect, it } from 'vitest';
import { createLogger, describeError, logLevel } from './logger';

function capture(level: Parameters<typeof createLogger>[0]): { readonly logger: ReturnType<typeof createLogger>; readonly lines: string[] } {
  const lines: string[] = [];
  return { logger: createLogger(level, { write: (line: string) => void lines.push(line) }), lines };
}

describe('logLevel', () => {
  it.each([
    [undefined, 'info'],
    ['debug', 'debug'],
    ['WARN', 'warn'],
    [' error ', 'error'],
    ['silent', 'silent'],
  ])('LOG_LEVEL=%j → %s', (raw, level) => {
    expect(logLevel({ LOG_LEVEL: raw })).toBe(level);
  });
});

describe('createLogger', () => {
  it('writes one JSON object per line with an ISO time, at or above its level only', () => {
    const { logger, lines } = capture('warn');
    logger.info({ event: 'x' }, 'hidden');
    logger.warn({ event: 'y' }, 'shown');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ level: 40, event: 'y', msg: 'shown', time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
  });
});

describe('edge cases', () => {
  it.each(['loud', '', '30'])('an unknown LOG_LEVEL %j falls back to info', (raw) => {
    expect(logLevel({ LOG_LEVEL: raw })).toBe('info');
  });

  it('censors passwords, cookies, authorization and bodies that slip into a log call', () => {
    const { logger, lines } = capture('info');
    logger.info({ password: 'mat-khau-1', body: 'NOI-DUNG', request: { cookie: 'soatso-session=abc', authorization: 'Bearer t' } }, 'oops');
    const text = lines.join('');
    for (const secret of ['mat-khau-1', 'NOI-DUNG', 'soatso-session=abc', 'Bearer t']) expect(text).not.toContain(secret);
    expect(text).toContain('[redacted]');
  });

  it('describes a thrown value by its class and message, never the value itself', () => {
    expect(describeError(new RangeError('bad'))).toMatchObject({ type: 'RangeError', message: 'bad' });
    expect(describeError({ bytes: 'x'.repeat(600) })).toEqual({ type: 'object', message: '[object Object]' });
    expect(describeError('y'.repeat(600)).message).toHaveLength(500);
  });
});
