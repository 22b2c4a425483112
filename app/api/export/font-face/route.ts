import { fontFaceCss } from '@/lib/server/export/font-face-css';
import { methodNotAllowed } from '@/lib/server/api/methods';

export const runtime = 'nodejs';

/**
 * `GET /api/export/font-face`: the local Be Vietnam Pro font as `@font-face` CSS with inlined
 * woff2 data, fetched by the chart export buttons and embedded in each exported SVG / PNG.
 * @example curl http://localhost:3000/api/export/font-face // → @font-face{font-family:'Be Vietnam Pro';…;src:url(data:font/woff2;base64,…)}
 */
export async function GET(): Promise<Response> {
  const css = await fontFaceCss();
  return new Response(css, {
    headers: {
      'content-type': 'text/css; charset=utf-8',
      'cache-control': 'public, max-age=86400',
      'x-content-type-options': 'nosniff',
    },
  });
}

/** Every other method: 405 JSON with `Allow`. */
const notAllowed = methodNotAllowed(['GET']);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
