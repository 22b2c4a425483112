import { namesPlaceOnly } from './find-indicator';
import { readObjectPhrase } from './object-phrase';
import type { ClaimMatch } from './match-claims';
import type { Segment } from '../text/segment-sentences';
import type { Figure } from '../types';

/*
 * Which words name a claim's indicator: the subject before it, or (for a level) the noun phrase after its figure
 * ("toàn tỉnh có 1.894 doanh nghiệp", "88% hộ gia đình").
 */

// Grammar: object-verb := ( "có" | "đón" | "gồm" | "với" ) space* end
// Example: "toàn tỉnh có " ends with a verb whose object names the indicator ("1.894 doanh nghiệp").
const OBJECT_VERB_BEFORE = /(?:^|\s)(?:có|đón|gồm|với)\s*$/iu;

/**
 * Words of a unit that measure (money, mass, area, ratio) rather than name what is counted, and the classifiers that
 * count without naming ("283.000 con": head of cattle, of pigs or of poultry; Hà Giang, 6 months of 2018).
 */
const MEASURE_WORDS = new Set([
  'usd', 'đô', 'la', 'đồng', 'tấn', 'tạ', 'kg', 'km', 'km2', 'km²', 'ha', 'm2', 'm3', 'mw', 'kwh', 'lần', 'điểm', 'ttq',
  'con', 'cái', 'chiếc', 'quả', 'cây',
]);

// Grammar: place-name := ( place-kind space+ )? proper ( space+ proper )* — the whole phrase, where
//   place-kind := "tỉnh" | "thành phố" | "huyện" | "quận" | "thị xã" | "vùng" (first letter in either case) and
//   proper := upper-case-letter ( letter | mark | "." )*
// Example: "Hà Nội", "TP.HCM", "tỉnh Quảng Ninh", "Thành phố Hồ Chí Minh"; not "Nhóm ngành dịch vụ" ("Tỉnh" alone is one,
//          but names no place: namesPlaceOnly).
const PLACE_NAME =
  /^(?:(?:[Tt]ỉnh|[Tt]hành\s+phố|[Hh]uyện|[Qq]uận|[Tt]hị\s+xã|[Vv]ùng)\s+)?\p{Lu}[\p{L}\p{M}.]*(?:\s+\p{Lu}[\p{L}\p{M}.]*)*$/u;

// Grammar: group-name := ( "nhóm" | "khu vực" | "ngành" | "lĩnh vực" | "khối" | "loại hình" | "thành phần" ) space+
//   word ( ","? space+ word ){0,7} — the whole phrase, first letter in either case; word := ( letter | mark | "-" )+
// Example: "Nhóm ngành dịch vụ", "khu vực nông, lâm nghiệp và thủy sản", "khối doanh nghiệp trong nước"; not "Công tác
//          xây dựng Đảng được phát triển".
const GROUP_NAME =
  /^(?:[Nn]hóm|[Kk]hu\s+vực|[Nn]gành|[Ll]ĩnh\s+vực|[Kk]hối|[Ll]oại\s+hình|[Tt]hành\s+phần)\s+[\p{L}\p{M}-]+(?:,?\s+[\p{L}\p{M}-]+){0,7}$/u;

/** Scale words, which neither measure nor name. */
const SCALE_WORDS = new Set(['nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ', 'vạn']);

// Grammar: opens-parenthesis := "(" space* end
// Example: "… thường xuyên (" — the claim that follows opens a parenthetical remark.
const OPENS_PARENTHESIS = /\(\s*$/u;

// Grammar: unit-word := run of non-space, non-"/" characters
// Example: "lượt khách" has the words "lượt" and "khách".
const UNIT_WORD = /[^\s/]+/gu;

/** Whether a unit names the things counted ("doanh nghiệp", "lượt khách", "bác sĩ/vạn dân"), so it can serve as an indicator. */
function isCountUnit(unit: string | null): unit is string {
  if (unit === null || unit.includes('%') || unit.includes('‰')) return false;
  const head = unit.split('/')[0] ?? '';
  const words = head.toLowerCase().match(UNIT_WORD) ?? [];
  return words.every((w) => !MEASURE_WORDS.has(w)) && words.some((w) => !SCALE_WORDS.has(w));
}

function isPercentLike(unit: string | null): boolean {
  return unit !== null && (unit.startsWith('%') || unit.startsWith('‰'));
}

/** A count unit without its scale words, as a name: "triệu lượt khách" names "lượt khách". */
function countedThings(unit: string): string {
  const words = unit.split(' ');
  while (words.length > 1 && SCALE_WORDS.has((words[0] ?? '').toLowerCase())) words.shift();
  return words.join(' ');
}

/** The indicator named after a figure ("1.894 doanh nghiệp", "88% hộ gia đình"), and where that phrase ends. */
function objectIndicator(text: string, match: ClaimMatch): { text: string; end: number } | null {
  const object = readObjectPhrase(text.slice(match.figureEnd));
  const first: Figure | undefined = match.figures[0];
  const unit = match.kind === 'value' && first !== undefined && isCountUnit(first.unit) ? countedThings(first.unit) : null;
  const joined = [unit, object?.text ?? null].filter((s): s is string => s !== null).join(' ');
  if (joined === '') return null;
  return { text: joined, end: match.figureEnd + (object?.end ?? 0) };
}

/**
 * The indicator from the words before the claim or, for levels, from the noun phrase after its figure, and where
 * the next claim's subject may start.
 *
 * @example
 * chooseIndicator(segment, match, 'Toàn tỉnh có ', 'Toàn tỉnh'); // { indicator: 'doanh nghiệp', consumed: 27 } for "… có 1.894 doanh nghiệp"
 */
export function chooseIndicator(
  segment: Segment,
  match: ClaimMatch,
  before: string,
  subject: string | null,
): { indicator: string | null; consumed: number } {
  const first = match.figures[0] ?? null;
  if (OPENS_PARENTHESIS.test(before) && isCountUnit(first?.unit ?? null)) {
    return { indicator: first?.unit ?? null, consumed: match.end };
  }
  if (match.kind !== 'value' && match.kind !== 'part-whole') return { indicator: subject, consumed: match.end };
  const object = objectIndicator(segment.text, match);
  if (object === null) return { indicator: subject, consumed: match.end };
  const afterVerb = OBJECT_VERB_BEFORE.test(before);
  const useObject = subject === null || afterVerb || (match.kind === 'value' && isPercentLike(first?.unit ?? null));
  if (!useObject) return { indicator: subject, consumed: match.end };
  // "Hà Nội đón 5,88 triệu lượt khách", "nhóm ngành dịch vụ có 10.177 doanh nghiệp": the place or group tells two
  // such counts apart ("lượt khách du lịch (Hà Nội)"); "toàn tỉnh có 1.894 doanh nghiệp" names none.
  const owned = subject !== null && ((PLACE_NAME.test(subject) && !namesPlaceOnly(subject)) || GROUP_NAME.test(subject));
  const owner = afterVerb && owned ? ` (${subject})` : '';
  return { indicator: `${object.text}${owner}`, consumed: Math.max(match.end, object.end) };
}
