import { describe, expect, it } from 'vitest';
import { fontFaceCss } from './font-face-css';

describe('fontFaceCss', () => {
  it.each([
    ['latin', 400],
    ['latin', 700],
    ['vietnamese', 400],
    ['vietnamese', 600],
  ])('has the %s subset at weight %d', async (subset, weight) => {
    const css = await fontFaceCss();
    const rule = css.split('\n').find((r) => r.includes(`font-weight:${weight};`) && r.includes(subset === 'latin' ? 'U+0000-00FF' : 'U+1EA0-1EF9'));
    expect(rule).toBeDefined();
    expect(rule).toContain('src:url(data:font/woff2;base64,');
  });
});

describe('edge cases', () => {
  it('inlines real woff2 data (the files start with "wOF2")', async () => {
    const css = await fontFaceCss();
    const first = css.indexOf('base64,') + 'base64,'.length;
    const head = Buffer.from(css.slice(first, first + 8), 'base64').subarray(0, 4).toString('latin1');
    expect(head).toBe('wOF2');
    expect(css.split('\n')).toHaveLength(6);
  });

  it('is read once and shared', async () => {
    expect(fontFaceCss()).toBe(fontFaceCss());
  });
});
