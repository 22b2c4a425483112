import { describe, expect, it } from 'vitest';
import { layoutChartFrame } from './chart-frame';
import { escapeXml, renderFrameSvg } from './frame-svg';

describe('escapeXml', () => {
  it.each([
    ['a < b & "c"', 'a &lt; b &amp; &quot;c&quot;'],
    ["l'an", 'l&apos;an'],
    ['Tăng 3,8 lần', 'Tăng 3,8 lần'],
    ['<script>', '&lt;script&gt;'],
  ])('%j → %j', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

describe('renderFrameSvg', () => {
  const layout = layoutChartFrame(
    {
      panels: [{ heading: null, width: 400, height: 200 }],
      title: 'Thu ngân sách <trên địa bàn>',
      subtitle: 'Đơn vị: Tỷ đồng · 2009–2022',
      verdict: null,
      footer: ['Nguồn: Báo cáo, II.6'],
    },
    (t, size) => t.length * size * 0.5,
  );
  const svg = renderFrameSvg(layout, ['<svg class="recharts-surface" width="400" height="200"></svg>'], '@font-face{font-family:"Be Vietnam Pro"}', 'Thu ngân sách');

  it('is a standalone SVG of the frame size with the texts escaped', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain(`width="${layout.width}" height="${layout.height}"`);
    expect(svg).toContain('Thu ngân sách &lt;trên địa bàn&gt;');
    expect(svg).toContain('Nguồn: Báo cáo, II.6');
  });

  it('embeds the font CSS and places the chart surface', () => {
    expect(svg).toContain('<style><![CDATA[@font-face{font-family:"Be Vietnam Pro"}');
    expect(svg).toContain(`<g transform="translate(20 `);
    expect(svg).toContain('class="recharts-surface"');
  });
});

describe('edge cases', () => {
  it('drops a CDATA terminator from the CSS so the document stays well formed', () => {
    const layout = layoutChartFrame({ panels: [], title: 't', subtitle: '', verdict: null, footer: [] }, () => 1);
    const svg = renderFrameSvg(layout, [], 'a]]>b', 't');
    expect(svg).toContain('<![CDATA[ab');
  });

  it('a missing panel markup leaves an empty group', () => {
    const layout = layoutChartFrame({ panels: [{ heading: null, width: 300, height: 100 }], title: 't', subtitle: '', verdict: null, footer: [] }, () => 1);
    // Grammar: the group's opening tag with a translate(20 <y>) transform, then its closing tag. Example: '<g transform="translate(20 64.5)"></g>'.
    expect(renderFrameSvg(layout, [], '', 't')).toMatch(/<g transform="translate\(20 [\d.]+\)"><\/g>/);
  });
});
