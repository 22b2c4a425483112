import { foldDiacritics } from '../../claims/normalize-text';

/** A unit split into its scale words and what they count: "nghìn tỷ đồng" → 10^12 × "dong". */
export interface ScaledUnit {
  readonly scale: number;
  /** The counted unit, folded (no diacritics, lowercase, one space): "dong", "usd", "nguoi/km2". */
  readonly base: string;
}

const SCALES: Readonly<Record<string, number>> = { nghin: 1e3, ngan: 1e3, trieu: 1e6, ty: 1e9, ti: 1e9, van: 1e4 };

// Grammar: word := non-space+ (a unit is words separated by single spaces once collapsed)
// Example: "triệu tỉ đồng" → "triệu", "tỉ", "đồng".
const SPACES = /\s+/u;

/**
 * The scale words at the head of a unit multiplied out, and the rest as the base unit, so that figures printed
 * with different scale words compare after conversion (spec §2b): "919.000 tỉ đồng" and "1,49 triệu tỉ đồng".
 *
 * @example
 * scaledUnit('triệu tỉ đồng'); // { scale: 1e15, base: 'dong' }
 * scaledUnit('tỷ USD'); // { scale: 1e9, base: 'usd' }
 * scaledUnit('%'); // { scale: 1, base: '%' }
 */
export function scaledUnit(unit: string | null): ScaledUnit {
  const key = unit ?? '';
  const cached = scaledCache.get(key);
  if (cached !== undefined) return cached;
  const scaled = splitScale(key);
  if (scaledCache.size >= MAX_CACHED) scaledCache.clear();
  scaledCache.set(key, scaled);
  return scaled;
}

/** Units by text: a document prints few units and compares each of them many times. */
const scaledCache = new Map<string, ScaledUnit>();
const MAX_CACHED = 10_000;

function splitScale(unit: string): ScaledUnit {
  const words = foldDiacritics(unit.normalize('NFC')).trim().split(SPACES).filter((w) => w !== '');
  let scale = 1;
  let i = 0;
  for (; i < words.length - 1; i++) {
    const factor = SCALES[words[i] ?? ''];
    if (factor === undefined) break;
    scale *= factor;
  }
  if (words.length === 1 && SCALES[words[0] ?? ''] !== undefined) return { scale: SCALES[words[0] ?? ''] ?? 1, base: '' };
  return { scale, base: words.slice(i).join(' ') };
}

/**
 * Whether two units count the same thing (possibly at different scales): "tỷ USD" and "tỉ USD", "người" and
 * "triệu người"; not "tỷ đồng" and "tỷ USD".
 *
 * @example
 * sameBaseUnit('nghìn tỷ đồng', 'tỷ đồng'); // true
 */
export function sameBaseUnit(a: string | null, b: string | null): boolean {
  return scaledUnit(a).base === scaledUnit(b).base;
}
