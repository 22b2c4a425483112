import { foldDiacritics, normalizeText } from '../../claims/normalize-text';
import { readValueUnitSign } from '../value-unit';
import type { ShareGroup } from './shares';
import type { QualitySeries, SharePart } from './types';

// Grammar: a share word in folded text: "co cau" | "ty trong" | "ti trong".
// Example: "co cau kinh te" and "ty trong nganh dich vu" match; "cong nghiep" does not.
const SHARE_WORD = /(?<![a-z])(?:co cau|t[yi] trong)(?![a-z])/u;

// Grammar: TITLE ":" PART — the name of a part under the title of its whole.
// Example: "Cơ cấu kinh tế: dịch vụ" → title "Cơ cấu kinh tế", part "dịch vụ".
const TITLED_PART = /^([^:]+):\s*(.+)$/u;

// Grammar: a total row's folded part name: "tong" [" so" | " cong"] | "toan tinh" | "total" | "100".
// Example: "tong so" and "toan tinh" are totals; "tong san pham" is not.
const TOTAL_PART = /^(?:tong(?: so| cong)?|toan tinh|total|100)$/u;

/** A row or series that may be a share: its name, unit, section and values by year. */
export interface ShareCandidate {
  readonly indicatorId: string;
  readonly indicator: string;
  readonly unit: string;
  /** The section heading the row sits under, if any. */
  readonly section: string | null;
  readonly values: ReadonlyMap<number, { readonly raw: string; readonly value: number; readonly decimals: number }>;
}

/**
 * Whether a value in this unit can be a share of a whole (a percentage): rows in other units are never
 * share candidates, so callers need not make them.
 *
 * @example
 * isShareUnit('%') // true
 * isShareUnit('Tỷ đồng') // false
 */
export function isShareUnit(unit: string): boolean {
  return readValueUnitSign(unit) === '%';
}

/**
 * The whole a candidate is a share of: the title before `:` in its name when that title names a
 * structure (`Cơ cấu kinh tế: dịch vụ`), else its section when the section does (`Cơ cấu GRDP
 * (%)`). `null` for a row that is no share: not in %, no structure word, or the total itself.
 *
 * @example
 * wholeOf({ indicator: 'Cơ cấu kinh tế: dịch vụ', unit: '%', section: null, … }) // 'co cau kinh te'
 */
export function wholeOf(c: ShareCandidate): string | null {
  if (!isShareUnit(c.unit)) return null;
  const titled = TITLED_PART.exec(normalizeText(c.indicator));
  const title = titled?.[1] ? foldDiacritics(titled[1]).trim() : '';
  const part = titled?.[2] ? foldDiacritics(titled[2]).trim() : foldDiacritics(normalizeText(c.indicator));
  if (TOTAL_PART.test(part)) return null;
  if (SHARE_WORD.test(title)) return title;
  const section = c.section === null ? '' : foldDiacritics(normalizeText(c.section));
  return SHARE_WORD.test(section) ? `section:${section}` : null;
}

/**
 * Groups candidates into shares of one whole per year: every year in which each part of the
 * whole (two or more) has a value. Candidates from one source (one table, or the series).
 *
 * @example
 * shareGroups(rows, 'so-sanh-2015-2022') // [{ year: 2015, parts: [3 parts] }, { year: 2022, … }]
 */
export function shareGroups(candidates: readonly ShareCandidate[], tableId: string | null): ShareGroup[] {
  const wholes = new Map<string, ShareCandidate[]>();
  for (const c of candidates) {
    const whole = wholeOf(c);
    if (whole === null) continue;
    const list = wholes.get(whole);
    if (list) list.push(c);
    else wholes.set(whole, [c]);
  }
  const out: ShareGroup[] = [];
  for (const members of wholes.values()) {
    if (members.length < 2) continue;
    const years = new Set(members.flatMap((m) => [...m.values.keys()]));
    for (const year of [...years].sort((a, b) => a - b)) {
      const parts: SharePart[] = [];
      for (const m of members) {
        const v = m.values.get(year);
        if (v) parts.push({ indicatorId: m.indicatorId, indicator: m.indicator, ...v });
      }
      if (parts.length === members.length) out.push({ year, parts, tableId });
    }
  }
  return out;
}

/**
 * A series as a share candidate (a long series has no sections).
 *
 * @example
 * seriesCandidate(series) // { indicatorId, indicator, unit: '%', section: null, values }
 */
export function seriesCandidate(series: QualitySeries): ShareCandidate {
  const values = new Map<number, { raw: string; value: number; decimals: number }>();
  for (const p of series.points) if (!values.has(p.year)) values.set(p.year, { raw: p.raw, value: p.value, decimals: p.decimals });
  return { indicatorId: series.indicatorId, indicator: series.indicator, unit: series.points[0]?.unit ?? '', section: null, values };
}
