import { headerKey } from './header-key';

/*
 * The labels a yearbook prints over a block of rows, years down ("Chỉ số phát triển (Năm trước = 100) - %" over the
 * years) or years across (a section row over the names again), and the English a bilingual yearbook adds to a label.
 * One grammar for read-years-down.ts and index-sections.ts.
 */

// Grammar (folded): index-label := "chi so phat trien" | base "=" space? "100", then a word end
// Example: "Chỉ số phát triển (Năm trước = 100) - %" and "Năm trước = 100" label index blocks; "Cơ cấu - Structure (%)" does not.
const INDEX_LABEL = /chi so phat trien|= ?100\b/;

// Grammar (folded): growth-label := ( "ty le tang" | "toc do tang" | "growth rate" | rise-fall ), without "binh quan" (an
//   average over several years) — a rate of growth on the year before; rise-fall := "tang" space? ( "(+)" space? )?
//   [",/"] space? "giam" — "tăng, giảm", "tăng/giảm", "tăng (+), giảm (-)"
// Example: "Tỷ lệ tăng - Growth rate (%)" and "Tăng, giảm năm 2019 so với năm 2018 (%)" label growth; "Tốc độ tăng bình
// quân (%)" does not.
const GROWTH_LABEL = /^(?!.*binh quan).*(?:ty le tang|toc do tang|growth rate|tang ?(?:\(\+\) ?)?[,/] ?giam)/;

// Grammar (folded): structure-label := ( "co cau" | "ty trong" | "ti trong" ) ( space? "-" space? "structure" [ space?
//   "(%)" ] | space? "(%)" ), the whole cell — a yearbook's label over the shares in % of the rows above it
// Example: "Cơ cấu - Structure (%)", "Cơ cấu (%)", "Tỷ trọng (%)" label a structure block; "Cơ cấu kinh tế (%)" (an
//          indicator) and "Cơ cấu" alone (a report's section) do not.
const STRUCTURE_LABEL = /^(?:co cau|t[yi] trong)(?: ?- ?structure(?: ?\(%\))?| ?\(%\))$/u;

/**
 * Whether a label opens a block of shares in % ("Cơ cấu - Structure (%)") over the names of the rows above it again.
 *
 * @example
 * isStructureLabel('Cơ cấu - Structure (%)') // true
 * isStructureLabel('Cơ cấu kinh tế (%)') // false
 */
export function isStructureLabel(label: string): boolean {
  return STRUCTURE_LABEL.test(headerKey(label));
}

// Grammar (folded): fixed-base := YEAR space? "=" space? "100" word-end — an index on one base year
// Example: "chi so phat trien (nam 2010 = 100) - %" → 2010.
const FIXED_BASE = /((?:19|20|21)\d{2}) ?= ?100\b/;

// Grammar: english-gloss := space* "-" space* ascii-text end — the English a bilingual yearbook adds to a label
// Example: "Người - Person" → "Người"; "Nghìn ha - Thous. ha" → "Nghìn ha"; "Tỷ đồng" stays.
const ENGLISH_GLOSS = /\s*-\s*[\x20-\x7e]+$/u;

/**
 * What the bare figures under a label are: indices on the year before (`index`), rates of growth on it (`growth`),
 * or values (`null`).
 *
 * @example
 * blockClaimsOf('Tỷ lệ tăng - Growth rate (%)') // 'growth'
 * blockClaimsOf('Người - Person') // null
 */
export function blockClaimsOf(label: string | null): 'index' | 'growth' | null {
  if (label === null) return null;
  const key = headerKey(label);
  return INDEX_LABEL.test(key) ? 'index' : GROWTH_LABEL.test(key) ? 'growth' : null;
}

/**
 * Whether a text names an index (its folded key holds "chỉ số phát triển" or "… = 100").
 *
 * @example
 * namesIndex('Năm trước = 100') // true
 */
export function namesIndex(text: string): boolean {
  return INDEX_LABEL.test(headerKey(text));
}

/**
 * The fixed base year a text names ("Năm 2010 = 100"), or `null` (an index on the year before).
 *
 * @example
 * fixedBaseOf('Chỉ số phát triển (Năm 2010 = 100) - %') // 2010
 */
export function fixedBaseOf(text: string): number | null {
  const m = FIXED_BASE.exec(headerKey(text));
  return m ? Number(m[1]) : null;
}

/**
 * A label without the English a bilingual yearbook adds after " - ".
 *
 * @example
 * withoutEnglishGloss('Người - Person') // 'Người'
 */
export function withoutEnglishGloss(text: string): string {
  return text.replace(ENGLISH_GLOSS, '').trim();
}

// Grammar (folded): breakdown-heading := ( "phan" | "chia" ) space "theo" space — a heading that breaks the rows under it
//   down by a criterion, inside a block as well as under the values
// Example: "Phân theo loại hình kinh tế - By types of ownership" under "Chỉ số phát triển (Năm trước = 100) - %" (Nghệ An's
//          yearbook 2020, freight by ownership and by mode): its rows are still indices.
const BREAKDOWN_HEADING = /^(?:phan|chia) theo /u;

/**
 * Whether a section heading breaks the rows under it down by a criterion ("Phân theo …", "Chia theo …").
 *
 * @example
 * isBreakdownHeading('Phân theo loại hình kinh tế - By types of ownership') // true
 * isBreakdownHeading('Năng suất - Yield (Tạ/ha)') // false
 */
export function isBreakdownHeading(title: string): boolean {
  return BREAKDOWN_HEADING.test(headerKey(title));
}
