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

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ['better-sqlite3', 'exceljs', '@node-rs/argon2'],
  poweredByHeader: false,
  // Inline the (small) stylesheets into the HTML: no render-blocking CSS request before the first paint.
  experimental: { inlineCss: true },
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
