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
  /** Lines under the chart: the claims marked on it with their verdicts, one per line. */
  readonly annotations?: readonly string[];
  /** Notes the figures depend on (a row's `Ghi chú`), one per line. */
  readonly notes?: readonly string[];
  /**
   * A fixed frame (a slide, a page width, a square): the chart is scaled to the room left by
   * the texts. `height: null` keeps the natural height at the given width. Absent: the chart's
   * own size plus padding.
   */
  readonly size?: { readonly width: number; readonly height: number | null } | null;
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
  /** The drawn size, after `scale`. */
  readonly width: number;
  readonly height: number;
  /** How much the chart surface is enlarged or reduced to fit a fixed frame (1 otherwise). */
  readonly scale: number;
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

const ANNOTATION: TextStyle = { size: 12, weight: 400, fill: INK };
const PANEL_GAP = 10;

interface Line {
  readonly text: string;
  readonly style: TextStyle;
}

/** The wrapped lines of a block of texts, and the gap after each text. */
function linesOf(items: readonly { text: string; style: TextStyle; gapAfter: number }[], content: number, measure: MeasureText) {
  const out: { line: Line; gapAfter: number }[] = [];
  for (const item of items) {
    const lines = wrapText(item.text, content, item.style.size, item.style.weight, measure);
    lines.forEach((text, i) => out.push({ line: { text, style: item.style }, gapAfter: i === lines.length - 1 ? item.gapAfter : 0 }));
  }
  return out;
}

function heightOf(lines: readonly { line: Line; gapAfter: number }[]): number {
  return lines.reduce((h, l) => h + l.line.style.size * LINE_HEIGHT + l.gapAfter, 0);
}

/**
 * Lays out a self-explaining chart image (Datawrapper / Our World in Data style): the title,
 * unit and years, the verdict in words for a comparison chart, a key, each chart surface under its
 * heading, the claims marked on the chart, the notes, then the source and credit lines. Texts wrap
 * to the content width. Without `size` the frame is the chart width plus padding; with `size` (a
 * 16:9 slide, an A4 width, a square) the chart is scaled into the room the texts leave. All sizes
 * are CSS pixels.
 *
 * @example
 * const frame = layoutChartFrame({ panels: [{ heading: null, width: 600, height: 300 }], title: 'Thu ngân sách', subtitle: 'Tỷ đồng · 2009–2022', verdict: null, footer: ['Nguồn: Báo cáo …'] }, estimateTextWidth);
 * frame.width // 640
 * layoutChartFrame({ ...input, size: { width: 1200, height: 675 } }, measure).height // 675
 */
export function layoutChartFrame(input: FrameInput, measure: MeasureText): FrameLayout {
  const natural = Math.max(MIN_CONTENT_WIDTH, ...input.panels.map((p) => Math.ceil(p.width)));
  const width = input.size ? Math.max(input.size.width, MIN_CONTENT_WIDTH + 2 * FRAME_PADDING) : natural + 2 * FRAME_PADDING;
  const content = width - 2 * FRAME_PADDING;
  const top = linesOf(
    [
      { text: input.title, style: TITLE, gapAfter: 2 },
      { text: input.subtitle, style: SUBTITLE, gapAfter: 4 },
      ...(input.verdict ? [{ text: input.verdict, style: VERDICT, gapAfter: 4 }] : []),
      ...(input.legend ? [{ text: input.legend, style: SUBTITLE, gapAfter: 4 }] : []),
    ],
    content,
    measure,
  );
  const bottom = linesOf(
    [
      ...(input.annotations ?? []).map((text) => ({ text, style: ANNOTATION, gapAfter: 1 })),
      ...(input.notes ?? []).map((text) => ({ text, style: SUBTITLE, gapAfter: 1 })),
      ...input.footer.map((text) => ({ text, style: FOOTER, gapAfter: 0 })),
    ],
    content,
    measure,
  );
  const headings = input.panels.map((p) => (p.heading ? linesOf([{ text: p.heading, style: HEADING, gapAfter: 2 }], content, measure) : []));
  const headingsHeight = headings.reduce((h, lines) => h + heightOf(lines), 0);
  const surfaces = input.panels.reduce((h, p) => h + p.height, 0);
  const gaps = input.panels.length * PANEL_GAP;
  const widest = Math.max(1, ...input.panels.map((p) => p.width));
  const fixed = FRAME_PADDING + heightOf(top) + 8 + headingsHeight + gaps + 4 + heightOf(bottom) + FRAME_PADDING - 6;
  let scale = 1;
  if (input.size) {
    const byWidth = content / widest;
    const room = input.size.height === null ? Infinity : input.size.height - fixed;
    scale = Math.max(0.2, Math.min(byWidth, surfaces > 0 ? room / surfaces : byWidth));
  }

  const texts: FrameText[] = [];
  const panels: FramePanel[] = [];
  let y = FRAME_PADDING;
  const write = (lines: readonly { line: Line; gapAfter: number }[]) => {
    for (const { line, gapAfter } of lines) {
      // Baseline at about 0.8 of the line box.
      texts.push({ x: FRAME_PADDING, y: y + line.style.size * 0.95, text: line.text, ...line.style });
      y += line.style.size * LINE_HEIGHT + gapAfter;
    }
  };
  write(top);
  y += 8;
  input.panels.forEach((panel, i) => {
    write(headings[i] ?? []);
    const w = panel.width * scale;
    const h = panel.height * scale;
    // A scaled chart is centred in the content width.
    const x = input.size ? FRAME_PADDING + Math.max(0, (content - w) / 2) : FRAME_PADDING;
    panels.push({ x, y, width: w, height: h, scale });
    y += h + PANEL_GAP;
  });
  y += 4;
  if (input.size?.height) y = Math.max(y, input.size.height - heightOf(bottom) - (FRAME_PADDING - 6));
  write(bottom);
  y += FRAME_PADDING - 6;
  // A fixed frame keeps its size exactly (a 16:9 slide stays 16:9); the chart was scaled to fit it.
  const height = input.size?.height ? input.size.height : Math.ceil(y);
  return { width: Math.ceil(width), height, texts, panels };
}
