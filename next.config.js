// @ts-check

/**
 * The Content-Security-Policy of every response (README, "Security headers").
 * Scripts and styles come from this origin only. `'unsafe-inline'` stays in script-src because
 * Next writes each page's React Server Components payload as inline `<script>` tags whose text
 * differs per page, language and dataset, so no hash can be computed ahead of time, and nonces
 * would force every page to render per request. `'unsafe-eval'` is allowed only by `next dev`
 * (React's development tooling needs it). Images may be `data:`/`blob:` URLs: the chart export
 * draws its SVG onto a canvas through one.
 *
 * @param {boolean} development
 * @returns {string}
 * @example
 * contentSecurityPolicy(false) // "default-src 'self'; script-src 'self' 'unsafe-inline'; …"
 */
function contentSecurityPolicy(development) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/*
 * Every page lives under `app/[lang]/`, so that a page with no per-user part (the overview) is
 * prerendered once per language and served as a static file, while the URLs people share carry
 * no language prefix. These rewrites pick the language inside the server, in this order: `?lang=`,
 * then the saved `soatso-lang` cookie, then Vietnamese.
 *
 *   page   := "/" | "/" first ( "/" … )*     where first is not "api", "_next", "vi" or "en"
 *
 *   GET /kiem-tra?lang=en → /en/kiem-tra;  GET / with cookie soatso-lang=en → /en;  GET /api/verify → untouched
 */
const PAGE_SOURCES = ['/', '/:path((?!api(?:/|$)|_next/|vi(?:/|$)|en(?:/|$)).+)'];
const LANG_COOKIE = 'soatso-lang';

/**
 * The language rewrites for one source pattern, most specific first.
 * @param {string} source
 * @returns {import('next/dist/lib/load-custom-routes').Rewrite[]}
 * @example languageRewrites('/')[0] // { source: '/', has: [{ type: 'query', key: 'lang', value: 'en' }], destination: '/en' }
 */
function languageRewrites(source) {
  const to = (/** @type {'vi' | 'en'} */ lang) => (source === '/' ? `/${lang}` : `/${lang}/:path`);
  return [
    { source, has: [{ type: 'query', key: 'lang', value: 'en' }], destination: to('en') },
    { source, has: [{ type: 'query', key: 'lang', value: 'vi' }], destination: to('vi') },
    { source, has: [{ type: 'cookie', key: LANG_COOKIE, value: 'en' }], destination: to('en') },
    { source, destination: to('vi') },
  ];
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ['better-sqlite3', 'exceljs', 'unpdf', '@node-rs/argon2', 'pino'],
  // `npm run bundle` builds with SOATSO_STANDALONE=1: `.next/standalone/server.js` with the traced
  // production dependencies, for the offline tarball (scripts/bundle.ts). Other builds stay as
  // they were, so `next start` (tests, README) runs without Next's standalone warning.
  output: process.env.SOATSO_STANDALONE === '1' ? 'standalone' : undefined,
  poweredByHeader: false,
  // Stylesheets stay separate files: inlined, they were written twice into every page (once in the
  // HTML, once in the RSC payload), 38 KB of the overview's 200 KB, and could not be cached.
  experimental: { inlineCss: false },
  async rewrites() {
    return { beforeFiles: PAGE_SOURCES.flatMap(languageRewrites), afterFiles: [], fallback: [] };
  },
  // Every page, API answer and static file carries the security headers.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: contentSecurityPolicy(process.env.NODE_ENV === 'development') },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          {
            key: 'Permissions-Policy',
            value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), midi=()',
          },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
          { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
