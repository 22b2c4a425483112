import 'server-only';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The unicode ranges of the two subsets (as the font package declares them). */
const SUBSET_RANGES = {
  vietnamese:
    'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB',
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
} as const;

/** The weights the chart images use: body text, headings and titles. */
const WEIGHTS = [400, 600, 700] as const;

function fontDir(): string {
  return join(process.cwd(), 'node_modules', '@fontsource', 'be-vietnam-pro', 'files');
}

let cached: Promise<string> | null = null;

/**
 * `@font-face` rules for Be Vietnam Pro (Vietnamese and Latin subsets, weights 400/600/700) with
 * the woff2 files inlined as base64 data URLs, to embed in exported SVG charts: an SVG drawn as
 * an image cannot load fonts from the page, so without this a PNG would lose the font. Read once.
 *
 * @example
 * (await fontFaceCss()).startsWith("@font-face{font-family:'Be Vietnam Pro'") // true
 */
export function fontFaceCss(): Promise<string> {
  cached ??= buildCss().catch((err: unknown) => {
    cached = null;
    throw err;
  });
  return cached;
}

async function buildCss(): Promise<string> {
  const rules: string[] = [];
  for (const subset of ['latin', 'vietnamese'] as const) {
    for (const weight of WEIGHTS) {
      const file = join(fontDir(), `be-vietnam-pro-${subset}-${weight}-normal.woff2`);
      const base64 = (await readFile(file)).toString('base64');
      rules.push(
        `@font-face{font-family:'Be Vietnam Pro';font-style:normal;font-weight:${weight};` +
          `src:url(data:font/woff2;base64,${base64}) format('woff2');unicode-range:${SUBSET_RANGES[subset]}}`,
      );
    }
  }
  return rules.join('\n');
}
