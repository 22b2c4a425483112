/**
 * Browser-only helpers that turn the charts drawn on the page into standalone SVG markup:
 * CSS-module styles are inlined (an exported file has no stylesheet), hidden parts dropped.
 */

/** Presentation properties copied from the page's computed styles onto every exported element. */
const PAINT = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linecap', 'stroke-linejoin', 'opacity'] as const;
const FONT = ['font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'letter-spacing', 'paint-order'] as const;
const TEXT_TAGS = new Set(['text', 'tspan', 'textPath']);

/** A chart surface ready to place in the frame. */
export interface SerializedPanel {
  readonly heading: string | null;
  readonly width: number;
  readonly height: number;
  readonly markup: string;
}

function inlineStyles(original: Element, copy: Element): boolean {
  const style = window.getComputedStyle(original);
  if (style.display === 'none' || style.visibility === 'hidden') return false;
  if (!(copy instanceof SVGElement)) return true;
  const props: readonly string[] = TEXT_TAGS.has(copy.tagName) ? [...PAINT, ...FONT] : PAINT;
  for (const prop of props) {
    const value = style.getPropertyValue(prop);
    if (value !== '') copy.style.setProperty(prop, value);
  }
  return true;
}

/** The heading of the panel a surface sits in (the comparison chart's small multiples), if any. */
function headingOf(surface: SVGSVGElement, container: HTMLElement): string | null {
  const marked = surface.closest('[data-export-heading]');
  if (marked && container.contains(marked)) return marked.getAttribute('data-export-heading');
  const section = surface.closest('section');
  if (!section || section === container || !container.contains(section)) return null;
  if (section.querySelectorAll('svg.recharts-surface').length !== 1) return null;
  // Grammar: a run of whitespace → one space. Example: "Gấp\n  lần" → "Gấp lần".
  const text = section.querySelector('h3, h4')?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/**
 * Every visible recharts surface inside `container`, in page order, as SVG markup with its
 * styles inlined and its size fixed, plus the panel heading above it when there is one.
 *
 * @example
 * serializeChartPanels(figureElement) // [{ heading: null, width: 712, height: 320, markup: '<svg …>' }]
 */
export function serializeChartPanels(container: HTMLElement): SerializedPanel[] {
  const surfaces = [...container.querySelectorAll<SVGSVGElement>('svg.recharts-surface')];
  const out: SerializedPanel[] = [];
  for (const surface of surfaces) {
    const rect = surface.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) continue;
    const copy = surface.cloneNode(true) as SVGSVGElement;
    const originals = [...surface.querySelectorAll('*')];
    const copies = [...copy.querySelectorAll('*')];
    inlineStyles(surface, copy);
    const hidden: Element[] = [];
    originals.forEach((original, i) => {
      const twin = copies[i];
      if (twin && !inlineStyles(original, twin)) hidden.push(twin);
    });
    for (const el of hidden) el.remove();
    const width = Math.round(rect.width);
    const height = Math.round(rect.height);
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    copy.setAttribute('width', String(width));
    copy.setAttribute('height', String(height));
    if (!copy.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
    copy.removeAttribute('tabindex');
    copy.removeAttribute('role');
    copy.style.removeProperty('width');
    copy.style.removeProperty('height');
    out.push({ heading: headingOf(surface, container), width, height, markup: new XMLSerializer().serializeToString(copy) });
  }
  return out;
}

let canvasContext: CanvasRenderingContext2D | null | undefined;

/**
 * Text width in CSS pixels in Be Vietnam Pro (the page has the font loaded), for wrapping the
 * frame's texts; falls back to an estimate without a canvas.
 *
 * @example
 * measureText('Thu ngân sách', 13, 400) // ≈ 88
 */
export function measureText(text: string, size: number, weight: number): number {
  if (canvasContext === undefined) canvasContext = document.createElement('canvas').getContext('2d');
  if (!canvasContext) return text.length * size * 0.6;
  canvasContext.font = `${weight} ${size}px 'Be Vietnam Pro', sans-serif`;
  return canvasContext.measureText(text).width;
}

/**
 * Draws an SVG document onto a canvas at `scale` times its size and returns the PNG. Waits for
 * the image (and the fonts embedded in it) to load and decode before drawing.
 *
 * @example
 * await svgToPng(svgText, 640, 420, 2) // Blob image/png, 1280 × 840 pixels
 */
export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.width = width;
    image.height = height;
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('svg-image-error'));
    });
    image.src = url;
    await loaded;
    await image.decode().catch(() => undefined);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no-canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no-png'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
