import type { ExtractedClaim } from '../types';

/*
 * Crop and livestock paragraphs name what they measure in a heading and then print bare measures: "- Cây lúa: diện
 * tích gieo cấy 42.300 ha, …; năng suất 58,6 tạ/ha. - Cây ngô: diện tích gieo trồng 5.100 ha, …". Without the heading
 * every crop's "sản lượng" is one indicator, and two crops of one year look like one figure printed twice.
 */

// Grammar: heading := ( start | ";" | "." | "," | bullet ) space* words ":"
//          words   := word ( space word ){0,3}           word: letters and marks only (no digit, no punctuation)
//          bullet  := "-" | "+" | "•" | "*" | "–"
// Example: "- Cây lúa: diện tích gieo cấy 42.300 ha" → heading "Cây lúa"; "Năm 2023, Ngô: diện tích" → "Ngô";
// "Vụ Đông Xuân năm 2024:" is none (a digit).
const HEADING = /(?:^|[;.,\-+•*–])\s*(?<words>\p{L}[\p{L}\p{M}]*(?:[ \t]+\p{L}[\p{L}\p{M}]*){0,3})\s*:/gu;

// Grammar: not-a-topic := start ( "về" | "đối với" | "các" | "những" | "một số" | "chỉ tiêu" | "trong đó" | "cụ thể" | "bao gồm" | "gồm" | "kết quả" | "tình hình"
//            | "tính chung" | "lũy kế" | "luỹ kế" | "cộng dồn" | "ước tính" | "dự kiến" | "như" | "là" ) word-end
//          | any ( "sản xuất" | "nông nghiệp" | "lâm nghiệp" | "thủy sản" | "thuỷ sản" | "trồng trọt" | "chăn nuôi" ) word-end
// Example: "Kết quả", "Sản xuất nông nghiệp", "Về chăn nuôi" introduce no crop, nor does "…, như:" (Sóc Trăng, 9 months
// of 2024: "như: Khâu làm đất đạt 100%; …"): the measures after them keep their name.
const NOT_A_TOPIC =
  /^(?:về|đối với|các|những|một số|chỉ tiêu|trong đó|cụ thể|bao gồm|gồm|kết quả|tình hình|tính chung|lũy kế|luỹ kế|cộng dồn|ước tính|dự kiến|như|là)(?![\p{L}\p{M}])|(?:sản xuất|nông nghiệp|lâm nghiệp|thủy sản|thuỷ sản|trồng trọt|chăn nuôi)(?![\p{L}\p{M}])/iu;

// Grammar: bare-measure := ( "tổng" space )? ( "diện tích" [ space ( "gieo cấy" | "gieo trồng" | "thu hoạch" | "trồng mới"
//            | "hiện có" | "cho sản phẩm" ) ] | "năng suất" [ space "bình quân" ] | "sản lượng" [ space ( "thu hoạch" | "khai thác" ) ]
//            | "số lượng" | "đàn" | "số con" ) end
// Example: "diện tích gieo cấy" and "sản lượng" measure the heading's crop; "sản lượng lúa" names its own.
const BARE_MEASURE =
  /^(?:tổng\s+)?(?:diện\s+tích(?:\s+(?:gieo\s+cấy|gieo\s+trồng|thu\s+hoạch|trồng\s+mới|hiện\s+có|cho\s+sản\s+phẩm))?|năng\s+suất(?:\s+bình\s+quân)?|sản\s+lượng(?:\s+(?:thu\s+hoạch|khai\s+thác))?|số\s+lượng|đàn|số\s+con)$/iu;

interface Heading {
  /** Where the heading's colon ends, in the raw text. */
  readonly end: number;
  readonly words: string;
}

function headingsIn(raw: string, start: number, end: number): Heading[] {
  const headings: Heading[] = [];
  for (const m of raw.slice(start, end).matchAll(HEADING)) {
    const words = m.groups?.words?.replace(/\s+/gu, ' ') ?? '';
    if (words === '' || NOT_A_TOPIC.test(words) || BARE_MEASURE.test(words)) continue;
    headings.push({ end: start + m.index + m[0].length, words });
  }
  return headings;
}

/**
 * The measure named with its heading: "sản lượng" under "Cây lúa" is "sản lượng cây lúa" (an acronym such as "ĐX"
 * kept), and "tổng đàn" under "Đàn trâu" is "tổng đàn trâu", the classifier said once.
 */
function named(measure: string, words: string): string {
  const [first = '', ...rest] = words.split(' ');
  const classifier = measure.split(/\s+/u).at(-1)?.toLowerCase();
  if (classifier === first.toLowerCase() && rest.length > 0) return `${measure} ${rest.join(' ')}`;
  return `${measure} ${first === first.toUpperCase() ? words : words.charAt(0).toLowerCase() + words.slice(1)}`;
}

/**
 * The claims of a sentence (from `start` in the raw text), each bare measure named with the crop or herd heading
 * before it in the sentence: "sản lượng" under "Cây ngô:" is "sản lượng cây ngô".
 *
 * @example
 * withHeadingTopic('- Cây ngô: sản lượng 23.100 tấn', 0, claims)[0]?.indicator // 'sản lượng cây ngô'
 */
export function withHeadingTopic(raw: string, start: number, found: readonly ExtractedClaim[]): readonly ExtractedClaim[] {
  const last = found[found.length - 1];
  if (last === undefined) return found;
  const headings = headingsIn(raw, start, last.end);
  if (headings.length === 0) return found;
  return found.map((claim) => {
    const indicator = claim.indicator?.trim() ?? null;
    if (indicator === null || !BARE_MEASURE.test(indicator)) return claim;
    const heading = headings.filter((h) => h.end <= claim.start).at(-1);
    return heading === undefined ? claim : { ...claim, indicator: named(indicator, heading.words) };
  });
}
