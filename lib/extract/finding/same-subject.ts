import type { ClaimMatch } from './match-claims';
import type { ExtractedClaim } from '../types';

/*
 * When a claim names no subject of its own but carries on the one before it: the words between them continue that
 * claim's predicate or object, or close a share's whole.
 */

// Grammar: joined-predicate := space* ","? ( any character but "," ";" ":" )* space "và" space* end
// Example: " dự toán HĐND tỉnh điều chỉnh và " or ", không đổi so với quý trước và " between two claims of one subject.
const JOINED_PREDICATE = /^\s*,?[^,;:]*\svà\s*$/u;

// Grammar: object-continued := space* "và" space+ ( any character but a digit, "," ";" ":" )+ "," space* end
// Example: " và quay lại hoạt động, " in "có 93.200 doanh nghiệp thành lập mới và quay lại hoạt động, tăng 6,9%": the
// level's object phrase goes on past "và"; the change that follows the comma is a change of that level.
const OBJECT_CONTINUED = /^\s*và\s+[^\d,;:]+,\s*$/u;

// Grammar: object-rest-bracket := ( any character but a digit, "," ";" ":" "." "(" ")" )* "(" space* end
// Example: " đăng ký đầu tư (" in "Có 1.227 dự án mới được cấp giấy chứng nhận đăng ký đầu tư (tăng 27,5% …)": the
// rest of the level's object phrase, then the change of that level in brackets.
const OBJECT_REST_BRACKET = /^[^\d,;:.()]*\(\s*$/u;

// Grammar: object-tail := space+ word ( space+ word ){0,2} space* "," space* end, where word := ( any character but
//   a digit, a space, "," ";" ":" "." "(" ")" )+ — up to three words glued to the level's unit, then a comma
// Example: " vận chuyển, " in "đạt 2.312,1 triệu lượt khách vận chuyển, tăng 4,3%"; " hành khách, " in "hơn 2,531 triệu
//   lượt hành khách, so với tháng trước bằng 101,72%": what the level counts, not the subject of the change after it.
const OBJECT_TAIL = /^\s+[^\d\s,;:.()]+(?:\s+[^\d\s,;:.()]+){0,2}\s*,\s*$/u;

// Grammar: share-whole := space* ( any character but a digit, "," ";" ":" "." "(" ")" )+ "," space* end
// Example: " tổng số doanh nghiệp thành lập mới, " in "… 10.177 doanh nghiệp, chiếm 75,2% tổng số doanh nghiệp thành
// lập mới, tăng 24,4%": the whole a share is of; the change after the comma is its subject's, not the whole's.
const SHARE_WHOLE = /^\s*[^\d,;:.()]+,\s*$/u;

// Grammar: compared-rate := start ( space | "," | ";" | "(" )* ( ( "nhưng" | "song" | "và" ) space+ )? ( "cao" | "thấp" ) space+ "hơn" space+ ( "so với" space+ )?
//   ( "mức" | "tốc độ" ) ( space+ "tăng" ( space+ "trưởng" )? )? space* end — the rate a change is compared with
// Example: ", cao hơn mức tăng " before "3,59% của 6 tháng đầu năm 2021" (Đắk Nông's GRDP, first half of 2022) and
//          " (cao hơn mức tăng " before the services' "2,65%": each the same indicator's rate of another period.
const COMPARED_RATE = /^[\s,;(]*(?:(?:nhưng|song|và)\s+)?(?:cao|thấp)\s+hơn\s+(?:so\s+với\s+)?(?:mức|tốc\s+độ)(?:\s+tăng(?:\s+trưởng)?)?\s*$/iu;

/** The claims of a sentence read so far, as subjectCarried needs them. */
export interface ClaimsBefore {
  readonly previous: ExtractedClaim | null;
  /** Whether the claim being read sits inside brackets. */
  readonly inBrackets: boolean;
  readonly found: readonly ExtractedClaim[];
}

/**
 * The subject a claim takes from the claims before it when the words `before` it only carry on theirs, else `null`:
 * - "đạt 17.363 tỷ đồng, bằng 111,6% dự toán HĐND tỉnh điều chỉnh và tăng 7,3%": words ending in "và" continue that
 *   claim's predicate;
 * - "có 93.200 doanh nghiệp thành lập mới và quay lại hoạt động, tăng 6,9%": the level's object goes on past "và";
 * - "đạt 2.312,1 triệu lượt khách vận chuyển, tăng 4,3%": the words glued to the level's unit are what it counts;
 * - "Có 1.227 dự án mới được cấp giấy chứng nhận đăng ký đầu tư (tăng 27,5% …)": a relative change in brackets after
 *   the rest of the level's object ("09 trung tâm … (giảm 125 trường học)" counts other things: not carried);
 * - "… có 10.177 doanh nghiệp, chiếm 75,2% tổng số …, tăng 24,4%": a change after a share and its whole is of the
 *   amount the share is of, when the sentence printed it right before the share;
 * - "tăng 6,41% (cao hơn mức tăng 2,65% trong 6 tháng đầu năm 2021)": the rate a change is compared with, dated after
 *   it, is of the same indicator in another period.
 *
 * @example
 * subjectCarried(match, ' dự toán HĐND tỉnh điều chỉnh và ', { previous: planClaim, inBrackets: false, found }) // 'Thu nội địa'
 */
export function subjectCarried(match: ClaimMatch, before: string, context: ClaimsBefore): string | null {
  const { previous } = context;
  if (previous === null) return null;
  // Only a rate dated after it is another period's: "cao hơn mức tăng 6,8% của cả nước" is another place's.
  if (match.kind === 'value') return match.figures[0]?.unit === '%' && match.ownYears !== null && COMPARED_RATE.test(before) ? previous.indicator : null;
  if (previous.kind === 'share' && match.kind === 'comparison' && SHARE_WHOLE.test(before)) {
    const amount = context.found[context.found.length - 2];
    return amount?.kind === 'value' ? amount.indicator : previous.indicator;
  }
  if (JOINED_PREDICATE.test(before)) return previous.indicator;
  if (previous.kind !== 'value' || (match.kind !== 'comparison' && match.kind !== 'index')) return null;
  const relative = match.claim?.ok === true && match.claim.kind !== 'absolute';
  const continued =
    OBJECT_CONTINUED.test(before) || OBJECT_TAIL.test(before) || (relative && context.inBrackets && OBJECT_REST_BRACKET.test(before));
  return continued ? previous.indicator : null;
}
