import { describe, expect, it } from 'vitest';
import { notComputableMessage, unparsedMessage, type NotComputableReason } from './message-strings';

describe('edge cases', () => {
  it.each(['vi', 'en'] as const)('every not-computable reason has a distinct message (%s)', (lang) => {
    const reasons: NotComputableReason[] = ['both-missing', 'no-figure', 'zero-base', 'negative-value', 'no-years', 'direction-needs-both', 'no-direction', 'not-implied', 'unbounded'];
    const messages = reasons.map((reason) => notComputableMessage(reason, lang));
    expect(new Set(messages).size).toBe(reasons.length);
    for (const message of messages) expect(message.length).toBeGreaterThan(10);
  });

  it('the unparsed message quotes the phrase in Vietnamese and leaves it to its column in English', () => {
    expect(unparsedMessage('Tăng mạnh', 'vi')).toMatch(/^'Tăng mạnh' không phải dạng nhận định đã biết/u);
    expect(unparsedMessage('Tăng mạnh', 'en')).not.toContain('Tăng');
  });
});
