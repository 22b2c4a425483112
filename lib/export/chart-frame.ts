import { wrapText, type MeasureText } from './wrap-text';

/** One chart surface (an SVG drawn by the page) and the heading shown above it, if any. */
export interface FramePanelInput {
  readonly heading: string | null;
  readonly width: number;
  readonly height: number;
}

export interface FrameInput {
  readonly panels: readonly FramePanelInput[];
  readonly title: string;
  /** Unit, years and chart mode on one line (wrapped when long). */
  readonly subtitle: string;
  /** For a comparison chart: the verdict in words. */
  readonly verdict: string | null;
  /** What the marks mean, when the chart needs a key (one line, wrapped when long). */
  readonly legend?: string | null;
  /** The source line, then any credit lines. */
  readonly footer: readonly string[];
}

export interface FrameText {
  readonly x: number;
  /** Baseline. */
  readonly y: number;
  readonly text: string;
  readonly size: number;
  readonly weight: number;
  readonly fill: string;
}

export interface FramePanel {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface FrameLayout {
  readonly width: number;
  readonly height: number;
  readonly texts: readonly FrameText[];
  readonly panels: readonly FramePanel[];
}

export const FRAME_PADDING = 20;
const MIN_CONTENT_WIDTH = 280;
const LINE_HEIGHT = 1.35;
const INK = '#1b1f24';
const MUTED = '#4d5562';

interface TextStyle {
  readonly size: number;
  readonly weight: number;
  readonly fill: string;
}

const TITLE: TextStyle = { size: 18, weight: 700, fill: INK };
const SUBTITLE: TextStyle = { size: 13, weight: 400, fill: MUTED };
const VERDICT: TextStyle = { size: 13, weight: 600, fill: INK };
const HEADING: TextStyle = { size: 13, weight: 600, fill: INK };
const FOOTER: TextStyle = { size: 11, weight: 400, fill: MUTED };

/**
 * Lays out a self-explaining chart image (Datawrapper / Our World in Data style): the title,
 * unit and years, the verdict in words for a comparison chart, a key, each chart surface under its
 * heading, then the source line. Texts wrap to the content width. The frame is the chart width
 * plus padding on both sides; all sizes are CSS pixels.
 *
 * @example
 * const frame = layoutChartFrame({ panels: [{ heading: null, width: 600, height: 300 }], title: 'Thu ngân sách', subtitle: 'Tỷ đồng · 2009–2022', verdict: null, footer: ['Nguồn: Báo cáo …'] }, estimateTextWidth);
 * frame.width // 640
 */
export function layoutChartFrame(input: FrameInput, measure: MeasureText): FrameLayout {
  const content = Math.max(MIN_CONTENT_WIDTH, ...input.panels.map((p) => Math.ceil(p.width)));
  const width = content + 2 * FRAME_PADDING;
  const texts: FrameText[] = [];
  const panels: FramePanel[] = [];
  let y = FRAME_PADDING;

  const write = (text: string, style: TextStyle, gapAfter: number) => {
    const lines = wrapText(text, content, style.size, style.weight, measure);
    for (const line of lines) {
      // Baseline at about 0.8 of the line box.
      texts.push({ x: FRAME_PADDING, y: y + style.size * 0.95, text: line, ...style });
      y += style.size * LINE_HEIGHT;
    }
    if (lines.length > 0) y += gapAfter;
  };

  write(input.title, TITLE, 2);
  write(input.subtitle, SUBTITLE, 4);
  if (input.verdict) write(input.verdict, VERDICT, 4);
  if (input.legend) write(input.legend, SUBTITLE, 4);
  y += 8;
  for (const panel of input.panels) {
    if (panel.heading) write(panel.heading, HEADING, 2);
    panels.push({ x: FRAME_PADDING, y, width: panel.width, height: panel.height });
    y += panel.height + 10;
  }
  y += 4;
  for (const line of input.footer) write(line, FOOTER, 0);
  y += FRAME_PADDING - 6;
  return { width: Math.ceil(width), height: Math.ceil(y), texts, panels };
}
