import { describe, expect, it } from 'vitest';
import { checkProseBody } from './check-prose-body';

// Figures in the style of the Cao Bằng 2022 report (data/), sentences in our own words.
const TEXT = 'Năm 2015 vốn đầu tư đạt 7.600 tỷ đồng. Năm 2022 vốn đầu tư đạt 10.607 tỷ đồng, tăng 39,6% so với năm 2015.';

describe('checkProseBody', () => {
  it('checks pasted text and names its input', async () => {
    const answer = await checkProseBody({ kind: 'text', text: TEXT }, []);
    expect(answer.ok && answer.value.input).toEqual({ name: null, format: 'paste', characters: TEXT.length, pages: null });
    expect(answer.ok && answer.value.counts.match).toBeGreaterThan(0);
  });

  it('reads a raw body as text, a named one as a file', async () => {
    const bytes = new TextEncoder().encode(TEXT);
    const raw = await checkProseBody({ kind: 'file', name: null, bytes }, []);
    const named = await checkProseBody({ kind: 'file', name: 'bao-cao.txt', bytes }, []);
    expect(raw.ok && raw.value.input.format).toBe('paste');
    expect(named.ok && named.value.input).toMatchObject({ name: 'bao-cao.txt', format: 'txt' });
  });
});

describe('edge cases', () => {
  it.each([
    ['an empty text', { kind: 'text', text: '  \n ' } as const, 400],
    ['a text over 400 000 characters', { kind: 'text', text: 'a'.repeat(400_001) } as const, 413],
    ['an old .doc file', { kind: 'file', name: 'cu.doc', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) } as const, 415],
  ])('%s is refused (%i)', async (_label, body, status) => {
    const answer = await checkProseBody(body, []);
    expect(answer.ok ? 200 : answer.error.status).toBe(status);
  });
});
