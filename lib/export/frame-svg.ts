import type { FrameLayout } from './chart-frame';

/**
 * Escapes text for XML content and attribute values.
 *
 * @example
 * escapeXml('a < b & "c"') // 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeXml(text: string): string {
  return text
    .split('&')
    .join('&amp;')
    .split('<')
    .join('&lt;')
    .split('>')
    .join('&gt;')
    .split('"')
    .join('&quot;')
    .split("'")
    .join('&apos;');
}

export const FRAME_FONT_FAMILY = "'Be Vietnam Pro', 'DejaVu Sans', sans-serif";

/**
 * The standalone SVG document of a chart image: a white background, the frame's texts, each
 * chart surface (already serialised SVG markup) moved to its place, and the font embedded as
 * `@font-face` CSS (data URLs) so the file renders the same anywhere, offline.
 *
 * @example
 * renderFrameSvg(layoutChartFrame(input, measure), ['<svg …>…</svg>'], fontCss, 'GDP bình quân đầu người')
 * // '<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" width="640" height="420" …'
 */
export function renderFrameSvg(layout: FrameLayout, panelMarkup: readonly string[], fontCss: string, label: string): string {
  const texts = layout.texts
    .map(
      (t) =>
        `<text x="${t.x}" y="${t.y.toFixed(1)}" font-size="${t.size}" font-weight="${t.weight}" fill="${t.fill}">${escapeXml(t.text)}</text>`,
    )
    .join('');
  const panels = layout.panels
    .map((p, i) => {
      const scale = p.scale === 1 ? '' : ` scale(${p.scale.toFixed(4)})`;
      return `<g transform="translate(${Number(p.x.toFixed(1))} ${p.y.toFixed(1)})${scale}">${panelMarkup[i] ?? ''}</g>`;
    })
    .join('');
  // CDATA keeps the CSS verbatim; "]]>" cannot occur in base64 font data or in the rules we write.
  const style = `<style><![CDATA[${fontCss.split(']]>').join('')}\nsvg{font-family:${FRAME_FONT_FAMILY}}]]></style>`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${layout.width}" height="${layout.height}" ` +
    `viewBox="0 0 ${layout.width} ${layout.height}" role="img" aria-label="${escapeXml(label)}" font-family="${escapeXml(FRAME_FONT_FAMILY)}">` +
    `<title>${escapeXml(label)}</title><defs>${style}</defs>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${texts}${panels}</svg>`
  );
}
