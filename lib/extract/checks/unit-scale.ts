import { baseOfUnit, scaleOfUnit } from '../../claims/scale-words';

/** A unit split into its scale words and what they count: "nghìn tỷ đồng" → 10^12 × "dong". */
export interface ScaledUnit {
  readonly scale: number;
  /** The counted unit, folded (no diacritics, lowercase, one space): "dong", "usd", "nguoi/km2". */
  readonly base: string;
}

/**
 * A unit's scale words multiplied out, and what it counts, so that figures printed with different scale words
 * compare after conversion (spec §2b): "919.000 tỉ đồng" and "1,49 triệu tỉ đồng".
 *
 * @example
 * scaledUnit('triệu tỉ đồng'); // { scale: 1e15, base: 'dong' }
 * scaledUnit('tỷ USD'); // { scale: 1e9, base: 'usd' }
 * scaledUnit('%'); // { scale: 1, base: '%' }
 */
export function scaledUnit(unit: string | null): ScaledUnit {
  return { scale: scaleOfUnit(unit), base: baseOfUnit(unit ?? '') };
}
