import { describe, expect, it } from 'vitest';
import { FRAME_PADDING, layoutChartFrame, type FrameInput } from './chart-frame';

const mono = (text: string, size: number) => text.length * size * 0.5;

const INPUT: FrameInput = {
  panels: [{ heading: null, width: 600, height: 300 }],
  title: 'GDP bình quân đầu người',
  subtitle: 'Đơn vị: Triệu đồng · 2009–2022',
  verdict: null,
  footer: ['Nguồn: Báo cáo thành tích tỉnh Cao Bằng, II.6. Giai đoạn 2009 – 2022'],
};

describe('layoutChartFrame', () => {
  it('is the chart width plus padding, with title, subtitle, chart and source in that order', () => {
    const frame = layoutChartFrame(INPUT, mono);
    expect(frame.width).toBe(600 + 2 * FRAME_PADDING);
    expect(frame.texts.map((t) => t.text)).toEqual([INPUT.title, INPUT.subtitle, INPUT.footer[0]]);
    const [title, subtitle, source] = frame.texts;
    const panel = frame.panels[0];
    expect(title && subtitle && panel && source).toBeTruthy();
    if (!title || !subtitle || !panel || !source) return;
    expect(title.y).toBeLessThan(subtitle.y);
    expect(subtitle.y).toBeLessThan(panel.y);
    expect(panel.y + panel.height).toBeLessThan(source.y);
    expect(source.y).toBeLessThan(frame.height);
  });

  it.each([
    [null, 3],
    ['Kết luận: 1 Sai chiều, 1 Không khớp, 6 Khớp', 4],
  ])('verdict %j gives %d texts', (verdict, count) => {
    expect(layoutChartFrame({ ...INPUT, verdict }, mono).texts).toHaveLength(count);
  });

  it('writes the key after the verdict, before the chart', () => {
    const frame = layoutChartFrame({ ...INPUT, verdict: 'Kết luận: 1 Khớp', legend: '◇ số in · ● số tính lại' }, mono);
    expect(frame.texts.map((t) => t.text)).toEqual([INPUT.title, INPUT.subtitle, 'Kết luận: 1 Khớp', '◇ số in · ● số tính lại', INPUT.footer[0]]);
    const legend = frame.texts[3];
    expect(legend && frame.panels[0] && legend.y < frame.panels[0].y).toBe(true);
  });

  it('puts each panel under its heading, stacked', () => {
    const frame = layoutChartFrame(
      {
        ...INPUT,
        panels: [
          { heading: 'Gấp bao nhiêu lần', width: 600, height: 200 },
          { heading: 'Tăng bao nhiêu %', width: 580, height: 120 },
        ],
      },
      mono,
    );
    const headings = frame.texts.filter((t) => t.text.startsWith('Gấp') || t.text.startsWith('Tăng'));
    expect(headings).toHaveLength(2);
    const [a, b] = frame.panels;
    expect(a && b && a.y + a.height < b.y).toBe(true);
    expect(headings[1] && b && headings[1].y < b.y && a && headings[1].y > a.y + a.height).toBe(true);
  });
});

describe('fixed sizes (slide, A4 width, square)', () => {
  it.each([
    ['16:9 slide', { width: 1200, height: 675 }],
    ['square', { width: 900, height: 900 }],
  ])('%s: the frame has exactly the size asked, the chart scaled into it', (_name, size) => {
    const frame = layoutChartFrame({ ...INPUT, size }, mono);
    expect([frame.width, frame.height]).toEqual([size.width, size.height]);
    const panel = frame.panels[0];
    const source = frame.texts[frame.texts.length - 1];
    expect(panel && source && panel.y + panel.height < source.y && source.y < frame.height).toBe(true);
    expect(panel && panel.width <= size.width - 2 * FRAME_PADDING).toBe(true);
  });

  it('A4 width: the chart fills the width and the height follows', () => {
    const frame = layoutChartFrame({ ...INPUT, size: { width: 794, height: null } }, mono);
    expect(frame.width).toBe(794);
    expect(frame.panels[0]?.scale).toBeCloseTo((794 - 2 * FRAME_PADDING) / 600, 5);
  });

  it('writes the claims and notes under the chart, before the source', () => {
    const frame = layoutChartFrame({ ...INPUT, annotations: ['1. 2009 → 2022 “Tăng 3,8 lần”: ✓ Khớp'], notes: ['Tài liệu không in giá trị năm 2015'] }, mono);
    expect(frame.texts.map((t) => t.text).slice(-3)).toEqual(['1. 2009 → 2022 “Tăng 3,8 lần”: ✓ Khớp', 'Tài liệu không in giá trị năm 2015', INPUT.footer[0]]);
    const panel = frame.panels[0];
    expect(panel && (frame.texts[2]?.y ?? 0) > panel.y + panel.height).toBe(true);
  });
});

describe('edge cases', () => {
  it('wraps a long title onto more lines and grows the height', () => {
    const short = layoutChartFrame(INPUT, mono);
    const long = layoutChartFrame({ ...INPUT, title: `${INPUT.title} `.repeat(8) }, mono);
    expect(long.texts.length).toBeGreaterThan(short.texts.length);
    expect(long.height).toBeGreaterThan(short.height);
  });

  it('a very narrow chart still gets a readable minimum width', () => {
    expect(layoutChartFrame({ ...INPUT, panels: [{ heading: null, width: 100, height: 80 }] }, mono).width).toBe(280 + 2 * FRAME_PADDING);
  });

  it('no panels still lays out the texts', () => {
    const frame = layoutChartFrame({ ...INPUT, panels: [] }, mono);
    expect(frame.panels).toEqual([]);
    expect(frame.height).toBeGreaterThan(0);
  });
});
