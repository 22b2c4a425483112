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

// A summary table pasted from Word keeps its tabs; the sentence after it speaks of a figure the table prints (our
// rows and sentence, figures invented and consistent).
const WITH_TABLE = [
  'Chỉ tiêu\tĐơn vị tính\tThực hiện năm 2022\tƯớc tính năm 2023\tNăm 2023 so với năm 2022 (%)',
  'Thu ngân sách trên địa bàn\tTỷ đồng\t2.480,5\t2.712,3\t109,35',
  'Kim ngạch xuất khẩu\tTriệu USD\t845,5\t912,4\t107,91',
  '',
  'Năm 2023, thu ngân sách trên địa bàn ước đạt 2.712,3 tỷ đồng, tăng 9,35% so với năm 2022.',
].join('\n');

describe('a document with a table of its own', () => {
  it.each([
    ['pasted', { kind: 'text', text: WITH_TABLE } as const],
    ['as a .txt file', { kind: 'file', name: 'bao-cao.txt', bytes: new TextEncoder().encode(WITH_TABLE) } as const],
  ])('%s: the table is checked, and the sentence against the table\'s 2022 value', async (_name, body) => {
    const answer = await checkProseBody(body, []);
    if (!answer.ok) throw new Error('refused');
    expect(answer.value.tables[0]?.results.map((r) => r.verdict)).toEqual(['match', 'match']);
    const change = answer.value.claims.find((c) => c.claim === 'tăng 9,35%');
    expect(change).toMatchObject({ verdict: 'match', from: { year: 2022, value: 2480.5 } });
    expect(answer.value.sources.map((s) => s.label)).toContain('các bảng trong văn bản');
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
