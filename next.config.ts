import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  serverExternalPackages: ['better-sqlite3', 'exceljs'],
  poweredByHeader: false,
  // Inline the (small) stylesheets into the HTML: no render-blocking CSS request before the first paint.
  experimental: { inlineCss: true },
};

export default nextConfig;
