/**
 * The claim grammar of spec §2, as regular expressions over FOLDED text: NFC, whitespace
 * collapsed to single spaces, lower-cased, Vietnamese diacritics removed ("Tăng 3,8 lần" →
 * "tang 3,8 lan"). Every pattern is anchored at the start; text after a complete claim is
 * trailing context ("so với năm 2015") and is ignored, provided it is cut off by END.
 *
 * The patterns are built once from the string fragments below (hoisted: the parser runs on
 * every row of large tables).
 */

// Grammar: QUAL = "tren" | "hon" | "duoi" | "chua den" | "chua toi" | "gan" | "khoang" | "xap xi" |
// "uoc tinh" | "uoc dat" | "uoc" (trên/hơn → lower bound, dưới/chưa đến/chưa tới → upper bound,
// the rest → about). Longer alternatives come first so "uoc tinh" is not read as "uoc" + "tinh".
// Example: "tang tren 10%" → QUAL = "tren"; "tang chua den 5%" → QUAL = "chua den".
const QUAL = 'tren|hon|duoi|chua den|chua toi|gan|khoang|xap xi|uoc tinh|uoc dat|uoc';

// Grammar: NUM = GROUPED | PLAIN, where GROUPED = [1-9] then 0–2 digits, then one or more
// ("." | " ") + 3 digits, then optionally "," + digits; PLAIN = digits, optionally ("," | ".")
// + digits. GROUPED is tried first so "1.042.100" is read whole.
// Example: "1.042.100" (GROUPED), "51,8" (PLAIN), "0,4" (PLAIN).
const NUM = '[1-9]\\d{0,2}(?:[. ]\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?';

// Grammar: END = end of text | a following space or punctuation ; : ( ) ! ? … - – — * " “ ”
// | a "." or "," not followed by a digit | "/" space? ( "kh" | "ke hoach" ) as a word (a report's "actual/plan"
// notation: "tăng 8,31%/KH tăng 3-4%") | "[" digit{1,2} "]" (a footnote mark: "tăng 6,12%[2]", GSO's releases). A
// lookahead: it consumes nothing. Any other "/" is not an END, so "10%/tháng" is not a percent claim with trailing "/tháng".
// Example: "tang 3,8 lan so voi nam 2015" → END matches before " so voi …"; "tang 8,31%/kh tang 3-4%" → before "/kh";
//   "tang 6,12%[2], dong gop" → before "[2]".
const END = '(?=$|[ ;:()!?…\\-–—*"“”]|[.,](?!\\d)|\\/ ?(?:kh|ke hoach)(?![a-z])|\\[\\d{1,2}\\])';

// Grammar: WORD = one or more characters that are not a space, a digit or punctuation.
// Example: in "tang 785 doanh nghiep", the WORDs are "tang", "doanh" and "nghiep".
const WORD = '[^ \\d%‰(),;:.!?/*"“”…]+';

// Grammar: UNIT_STOP = a word that starts trailing context rather than continuing a unit
// ("so" of "so với", "từ", "đến", "trong", "năm", "vào", "sau", "và", "nhưng", "mỗi năm",
// "hằng năm", "một năm"), as a whole word (followed by a space or the end).
// Example: "tang 785 doanh nghiep so voi nam 2015" → the unit stops before "so".
const UNIT_STOP = '(?:so|tu|den|trong|nam|vao|sau|va|nhung|(?:moi|hang|mot) nam)(?= |$)';

// Grammar: SLASH_WORD = WORD ("/" PER_PART)*, PER_PART = characters that are not a space, "/", a bracket,
// punctuation, "%" or "‰" (digits allowed: "km2"): a unit word, slashes included (spec §2b).
// Example: "nguoi/km2", "dong/nguoi/thang", "nguoi/ho".
const SLASH_WORD = `${WORD}(?:\\/[^ \\/(),;:.!?*"“”…%‰]+)*`;

// Grammar: UNIT_WORDS = SLASH_WORD not a UNIT_STOP, then up to 5 more (" " + SLASH_WORD not a UNIT_STOP).
// Example: "tang 3,5 bac si" → UNIT_WORDS = "bac si"; "thap hon 0,2 nguoi/ho" → "nguoi/ho".
const UNIT_WORDS = `(?!${UNIT_STOP})${SLASH_WORD}(?: (?!${UNIT_STOP})${SLASH_WORD}){0,5}`;

// Grammar: PER_MILLE_OR_PERCENT_WORDS = "phan tram" (%) | "phan nghin" | "phan ngan" (‰).
// Example: "tang 6 diem phan tram" → "phan tram".
const SIGN_WORDS = 'phan tram|phan nghin|phan ngan';

// Grammar: AVG = ("binh quan" | "trung binh") [" " ("moi" | "hang") " nam"].
// Example: "tang binh quan moi nam 7%" → AVG = "binh quan moi nam".
const AVG = '(?:binh quan|trung binh)(?: (?:moi|hang) nam)?';

// Grammar: PER_YEAR = [" "] "/" [" "] ["1 " | "mot "] "nam" | " " ("moi" | "mot" | "hang") " nam".
// Example: "tang 10%/nam" → PER_YEAR = "/nam"; "tang 7% moi nam" → " moi nam".
const PER_YEAR = ' ?\\/ ?(?:1 |mot )?nam| (?:moi|mot|hang) nam';

// Grammar: CMP = ("cao" | "thap" | "nhieu" | "it" | "lon" | "nho") " hon": a comparative that states a signed
// difference (spec §2b): cao/nhiều/lớn hơn → up, thấp/ít/nhỏ hơn → down.
// Example: "thap hon 0,2 nguoi/ho" → CMP "thap hon"; "cao hon 0,6 diem phan tram" → "cao hon".
const CMP = '(?:cao|thap|nhieu|it|lon|nho) hon';

// Grammar: RANGE_TAIL = [" "] ["%" | "‰"] [" "] ("-" | "–" | "—") [" "] NUM: the upper bound of a range.
// Example: "tang 7-8%" → num "7", range "-8", num2 "8"; "6,5% - 7%/nam" → num "6,5", range "% - 7".
const RANGE_TAIL = ` ?(?<rangeSign>[%‰])? ?[-–—] ?(?<num2>${NUM})`;

// Grammar (FIGURE_CLAIM, ratio / percent / points / absolute / average-annual):
//   [QUAL " "] [AVG " " | ("moi" | "hang") " nam "] [(VERB | CMP) " "] [MOD " "] [MANNER " "] [AVG " "]
//   [QUAL " "] [("cao" | "lon") " "] ["gap "] [QUAL " "] ["(" [" "]] [SIGN [" "]] NUM [RANGE_TAIL] [UNIT] [PER_YEAR] [[" "] ")"] END
// with VERB = "tang truong" [" am"] | "tang" | "giam" (growth, and negative growth, read in per cent only); MOD = "them" | "len" | "di"; MANNER = [ ( "kha" | "rat" ) " " ]
// ( "manh" | "nhe" | "nhanh" | "nhieu" not before " hon" | "cao" not before " gap" | "thap" not before " hon" | "an tuong" |
// "dot bien" | "sau" )
// [" nhat" [" " ("voi" | "la" | "o muc")]] [" "] [ [ "kha " ] "o muc " before a figure ] [ ( "den" | "toi" ) " " before a
// figure, a sign or a qualifier ]
// (how strongly: "tăng mạnh 20%" is a rise of 20 %, "giảm nhiều (-9,28%)" a fall of 9,28 %, "tăng cao nhất với 1,04%"
// one of 1,04 %, "tăng khá ấn tượng 11,13%" one of 11,13 %, "tăng khá ở mức 2,01%" (GSO, first half of 2017) one of 2,01 %, "tăng thấp ở mức 0,72%" (GSO, 2016) one of 0,72 %
// and "giảm đến 64,4%" one of 64,4 %, only after a verb;
// "cao gấp" is a ratio, "nhiều hơn" a comparative);
// SIGN = "-" | "−" | "+" (a sign that repeats the
// verb: "giam (-9,28%)" is a fall of 9,28 %, spec §2b);
// UNIT = [" "] "lan" | " diem" (" " SIGN_WORDS | [" "] ("%" | "‰") | not followed by " " + a unit WORD)
//        | [" "] ("%" | "‰")
//        | " " SIGN_WORDS | [" "] UNIT_WORDS (a unit may stick to its number: "giảm 1.686ha").
// Which combinations make sense (a verb or "gap" is needed, "them" only with "lan", a bracket closed, a
// sign that agrees with the verb, …) is decided by the parser from the captured groups.
// "diem" alone is points only when no unit word follows: "tang 40 diem truong" counts schools (absolute).
// Example: "binh quan tang tren 10%/nam so voi 2015" → avg0 "binh quan", verb "tang",
//   q1 "tren", num "10", sign "%", per "/nam"; " so voi 2015" is trailing context.
//   "giam (-9,28%)" → verb "giam", open "(", bsign "-", num "9,28", sign "%", close ")".
//   "tang cao 14,6%" → verb "tang", manner "cao", num "14,6", sign "%".
//   "giam nhieu (-9,28%)" → verb "giam", manner "nhieu", open "(", bsign "-", num "9,28", sign "%", close ")".
//   "tang truong am 1,2%" → verb "tang truong am", num "1,2", sign "%".
export const FIGURE_CLAIM = new RegExp(
  `^(?:(?<q0>${QUAL}) )?` +
    `(?:(?<avg0>${AVG}) |(?<each>moi|hang) nam )?` +
    `(?:(?:(?<verb>tang truong(?: am)?|tang|giam)|(?<cmp>${CMP})) )?` +
    `(?:(?<mod>them|len|di) )?` +
    `(?:(?:kha |rat )?(?<manner>manh|nhe|nhanh|nhieu(?! hon)|cao(?! gap)|thap(?! hon)|an tuong|dot bien|sau)(?: nhat(?: (?:voi|la|o muc))?)? )?` +
    `(?:(?:kha )?o muc (?=\\d))?` +
    `(?:(?:den|toi) (?=[(−+\\-]|\\d|(?:${QUAL}) ))?` +
    `(?:(?<avg1>${AVG}) )?` +
    `(?:(?<q1>${QUAL}) )?` +
    `(?:(?<high>cao|lon) )?` +
    `(?:(?<gap>gap) )?` +
    `(?:(?<q2>${QUAL}) )?` +
    `(?:(?<open>\\() ?)?(?:(?<bsign>[-−+]) ?)?` +
    `(?<num>${NUM})` +
    `(?<range>${RANGE_TAIL})?` +
    `(?: ?(?<lan>lan)` +
    `| (?<diem>diem)(?: (?<diemWords>${SIGN_WORDS})| ?(?<diemSign>[%‰])|(?! (?!${UNIT_STOP})${WORD}))` +
    `| ?(?<sign>[%‰])` +
    `| (?<signWords>${SIGN_WORDS})` +
    `| ?(?<words>${UNIT_WORDS}))?` +
    `(?<per>${PER_YEAR})?` +
    `(?<close> ?\\))?` +
    END,
  'd',
);

// Grammar (WORD_RATIO_CLAIM): [QUAL " "] [("tang" | "cao" | "lon" | "giam") " "] ["len "] "gap " [QUAL " "] WORD_NUM [" lan"] END,
//   WORD_NUM = "doi" (2) | "ruoi" (1,5) | "ba" (3) | "bon" (4) | "muoi" (10): a multiple said in words.
// Example: "tang gap doi" → verb "tang", word "doi" (a ratio of 2); "gap ruoi" → 1,5; "cao gap ba lan" → 3;
// "giam gap doi" → verb "giam": halved, as "giảm 2 lần" (from / to = 2).
export const WORD_RATIO_CLAIM = new RegExp(
  `^(?:(?<q0>${QUAL}) )?(?:(?<verb>tang|cao|lon|giam) )?(?:len )?gap (?:(?<q1>${QUAL}) )?(?<word>doi|ruoi|ba|bon|muoi)(?: lan)?` + END,
);

// Grammar: FT_STOP = a word that ends the unit of a from–to figure: "len", "xuong", "den",
// "toi", "con", "muc", "nam", "vao", "cuoi", "dau", as a whole word.
// Example: "tu 10,6 trieu dong len 39,8" → the unit "trieu dong" stops before "len".
const FT_STOP = '(?:len|xuong|den|toi|con|muc|nam|vao|cuoi|dau)(?= |$)';

// Grammar: FT_WORD = SLASH_WORD: a unit word of a from–to figure, slashes included.
// Example: "nguoi/km2", "dong/nguoi/thang".
const FT_WORD = SLASH_WORD;

// Grammar: FT_UNIT(x) = [" "] ("%" | "‰") captured as x | " " up to 4 FT_WORDs that are not FT_STOP.
// Example: "tu 34% len …" → "%"; "tu 10,6 trieu dong len …" → " trieu dong"; "tu 259 nguoi/km2 nam 2009" → " nguoi/km2".
function ftUnit(signGroup: string): string {
  return `(?: ?(?<${signGroup}>[%‰])| (?!${FT_STOP})${FT_WORD}(?: (?!${FT_STOP})${FT_WORD}){0,3})`;
}

// Grammar: YEAR = [" "] "(" [" "] [("cuoi " | "dau " | "vao ")] ["nam "] 4 digits [" "] ")"
//        | " " ["vao "] [("cuoi " | "dau ")] "nam " 4 digits.
// Example: "17,89% (nam 2015)" → " (nam 2015)"; "19,9% nam 2015" → " nam 2015".
const YEAR =
  '(?: ?\\( ?(?:(?:cuoi |dau |vao )?nam )?\\d{4} ?\\)| (?:vao )?(?:cuoi |dau )?nam \\d{4})';

// Grammar: LINK = "len" [" den" | " toi" | " muc"] | "xuong" [" con" | " den" | " toi" | " muc"]
//        | "den" | "toi" | "con".
// Example: "xuong con" in "giam tu 19,9% xuong con 16,4%".
const LINK = 'len(?: den| toi| muc)?|xuong(?: con| den| toi| muc)?|den|toi|con';

// Grammar (FROM_TO_CLAIM): [VERB " "] "tu " NUM [FT_UNIT] [YEAR] [","] " " LINK " " NUM [FT_UNIT] [YEAR] END.
// Example: "tang tu 17,89% (nam 2015) len 20,76% (nam 2022)" → verb "tang", from "17,89",
//   fromSign "%", link "len", to "20,76", toSign "%".
export const FROM_TO_CLAIM = new RegExp(
  `^(?:(?<verb>tang|giam) )?tu (?<from>${NUM})${ftUnit('fromSign')}?${YEAR}?,? ` +
    `(?<link>${LINK}) (?<to>${NUM})${ftUnit('toSign')}?${YEAR}?` +
    END,
);

// Grammar (PLAN_CLAIM): [QUAL " "] [PLAN_VERB " "] [QUAL " "] NUM [" "] "%" [" "]
//   ["so voi " | "so " | "cua "] PLAN_WORD END (the space after "%" may be missing: "65,9%KH"), with
//   PLAN_VERB = "bang" | "tuong duong" [" voi"] | "dat duoc" | "dat" | "thuc hien" | "hoan thanh" | "vuot" | "tang" (vượt, or tăng before
//   the plan's name: the excess over the plan, value / plan × 100 − 100) and PLAN_WORD = "ke hoach" | "kh" | "du toan" | "nhiem vu chi" | "nhiem vu thu"
//   | "chi tieu" | "muc tieu" | "muc duoc giao" | "muc giao" (the amount assigned) | "nghi quyet" (the targets a resolution sets)
//   | "kich ban" (a growth scenario set as the target: "bằng 100,3% kịch bản", Yên Bái's industry).
// Example: "bang 85,1% so voi ke hoach" → verb "bang", num "85,1"; "vuot 4% ke hoach" → verb "vuot"; "dat 101,1% so du toan";
// "dat 65,9%kh"; "tang 14,7% so voi du toan" → verb "tang" (Bà Rịa - Vũng Tàu's crude oil revenue, 10 months of 2023);
// "tuong duong gan 39,3% ke hoach" → verb "tuong duong", q1 "gan" (Đắk Lắk's budget, 6 months of 2024); "bang 24% so voi
// nghi quyet" → verb "bang", num "24" (Hòa Bình's budget, first quarter of 2019: "… so với Nghị quyết HĐND tỉnh").
// A PLAN_VERB before the figure is needed for "tang": "tăng 5%" alone is a change, not a plan.
// The plan may lead instead of closing: LEAD = ("so voi " | "so ") PLAN_WORD [" giao" | " duoc giao"] " ", then PLAN_VERB,
//   and nothing after "%" (a lookbehind finds the lead: only a claim that opens with it can start with "so").
// Example: "so du toan giao dat 42%" → verb "dat", num "42" (Đức Trọng's budget, first half of 2020: "so dự toán giao
// đạt 42% và bằng 96% so với cùng kỳ").
const PLAN_WORD = '(?:ke hoach|kh|du toan|nhiem vu chi|nhiem vu thu|chi tieu|muc tieu|muc (?:duoc )?giao|nghi quyet|kich ban)';
export const PLAN_CLAIM = new RegExp(
  `^(?:so (?:voi )?${PLAN_WORD}(?: giao| duoc giao)? (?=(?:${QUAL} )?(?:bang|dat|thuc hien|hoan thanh) ))?` +
    `(?:(?<q0>${QUAL}) )?(?:(?<verb>bang|tuong duong(?: voi)?|dat duoc|dat|thuc hien|hoan thanh|vuot|tang) )?` +
    `(?:(?<q1>${QUAL}) )?(?<num>${NUM}) ?%(?:(?<=^so [^%]*%)| ?(?:so voi |so |cua )?${PLAN_WORD})` +
    END,
);

// Grammar (RATE_CLAIM): [AVG [" " digits " nam"] [" " ["giai doan "] YEAR4 [" "] DASH [" "] YEAR4] " "] RATE_VERB " "
//   [QUAL " "] NUM [" "] "%" [PER_YEAR] END, with RATE_VERB = "dat" | "la" | "o muc" | "muc" and DASH = "-" | "–" | "—".
//   A yearly rate stated as a level; the parser needs AVG or PER_YEAR.
// Example: "binh quan dat 12,5%/nam" → avg "binh quan", num "12,5", per "/nam";
//   "binh quan 3 nam 2016 - 2018 dat 6,57%" → avg; "muc 5,91%/nam" → per.
export const RATE_CLAIM = new RegExp(
  `^(?:(?<avg>${AVG})(?: \\d+ nam)?(?: (?:giai doan )?\\d{4} ?[-–—] ?\\d{4})? )?(?:dat|la|o muc|muc) ` +
    `(?:(?<q>${QUAL}) )?(?<num>${NUM}) ?%(?<per>${PER_YEAR})?` +
    END,
);

// Grammar (INDEX_CLAIM, spec §2b): an index, the later value as a percentage of the earlier, in three forms:
//   SAME_BASE: [("bang" | "dat duoc" | "dat" | "tuong duong") " "] [QUAL " "] NUM [" "] "%" followed by " so voi" | " so cung ky"
//     | " so ck" | " so nam" | " so quy" | " so thang" | " cung ky" | " ck" (the base named without "so với": "bằng 89,7%
//     cùng kỳ năm 2022", "bằng 100,5% CK" in Lào Cai's reports) | (" " WORD){1,3} " nam truoc" (the same season a year before: "bằng 98,4% vụ mùa năm trước")
//     (the comparison is trailing context, read by the caller; PLAN_CLAIM is tried first, so
//     "bằng 85% so với kế hoạch" stays a plan claim);
//   BASE_BEFORE: "bang" " " [QUAL " "] NUM [" "] "%" " "* CLAUSE_END — the base named before it ("so với tháng trước
//     bằng 101,72%"), which the caller reads; CLAUSE_END := end of text | ; : ( ) ! ? … - – — * " “ ” | "." or ","
//     not before a digit; "bằng 58,33% số xã" (a share: a word follows) is not one;
//   GROWTH: ("toc do" | "chi so") " phat trien" [" " ("dat" | "la" | "bang")] " " [QUAL " "] NUM [" "] "%" END.
// Example: "bang 104,2% so voi cung ky" → verb "bang", num "104,2"; "tuong duong 84,74% so voi cung ky" → verb "tuong
//   duong", num "84,74" (Hà Nội's budget revenue, 9 months); "bang 98,4% vu mua nam truoc" → num "98,4" (GSO, October
//   2020); "bang 101,72%." → num3 "101,72";
//   "toc do phat trien 109,48%" → num2 "109,48".
export const INDEX_CLAIM = new RegExp(
  `^(?:(?:(?<verb>bang|dat duoc|dat|tuong duong) )?(?:(?<q>${QUAL}) )?(?<num>${NUM}) ?%(?= (?:so (?:voi|sanh voi|cung ky|ck|nam|quy|thang)|cung ky|ck|(?:${WORD} ){1,3}nam truoc)(?![a-z]))` +
    `|bang (?:(?<q3>${QUAL}) )?(?<num3>${NUM}) ?%(?= *(?:$|[;:()!?…\\-–—*"“”]|[.,](?!\\d)))` +
    `|(?:toc do|chi so) phat trien(?: (?:dat|la|bang))? (?:(?<q2>${QUAL}) )?(?<num2>${NUM}) ?%${END})`,
);

// Grammar (SHARE_CLAIM, spec §2b share forms): a rate named by "ty le" / "ti le" and what it is a rate of, then its
//   figure, or a part's "chiem" and its figure:
//   ( ("ty le" | "ti le") (" " NAME_WORD){1,6} [" " ("la" | "dat" | "chiem" | "o muc")] | "chiem" [" " ("ty trong" | "ti trong"
//   | "ty le" | "ti le")] )
//   " " [QUAL " "] NUM [" "] "%" END,
//   with NAME_WORD = a WORD that is no verb of another claim ("tang", "giam", "gap", "bang", "vuot", "len", "xuong",
//   "con", "tu", "so"), no verb of this one ("la", "dat", "chiem"), no "nam" (a year follows it: "tỷ lệ hộ nghèo năm
//   2012 …" is read by the year's claim) and no QUAL right before the figure ("trên địa bàn" stays a name word).
//   Only readShareClaimAt reads it: a share needs its two counts, which only prose prints beside it.
// Example: "ty le ho ngheo 10,44%" → num "10,44"; "ty le ho ngheo chiem khoang 7,5%" → q "khoang", num "7,5";
//   "chiem 49,8%" (after "dân số nam là 47.881.061 người") → num "49,8"; "chiem ty le 51%" (after "42/82 xã") → num "51";
//   "ty le ho ngheo giam 2%" is no share (a
//   percent change).
export const SHARE_CLAIM = new RegExp(
  `^(?:t[yi] le(?: (?!(?:tang|giam|gap|bang|vuot|len|xuong|con|tu|so|nam|la|dat|chiem)(?= |$)|(?:${QUAL}) \\d)${WORD}){1,6}` +
    `(?: (?:la|dat|chiem|o muc))?|chiem(?: t[yi] (?:trong|le))?) (?:(?<q>${QUAL}) )?(?<num>${NUM}) ?%` +
    END,
);

// Grammar (LEVEL_CHANGE_CLAIM): a direction word, then the level reached: ("tang len" | "giam xuong") [" " ("con" | "muc"
//   | "den")] " " [QUAL " "] NUM [" "] ["%" | "‰"] END ("tăng xuống" says two directions: no claim). It states the new level, not the size of
//   the change, so it is a direction claim (spec §2: sign of to − from) whose earlier value the prose printed before
//   it. Only readLevelChangeAt reads it: parseClaim keeps "tăng lên 20%" unparsed (a table cell has no level before).
//   A figure followed by "lan" is a ratio ("tăng lên 3 lần"), not a level.
// Example: "tang len 14,8%" → verb "tang", num "14,8", sign "%"; "giam xuong con 6,05%" → down "giam".
export const LEVEL_CHANGE_CLAIM = new RegExp(
  `^(?:(?<verb>tang) len|(?<down>giam) xuong)(?: (?:con|muc|den))? (?:(?<q>${QUAL}) )?(?<num>${NUM})(?: ?(?<sign>[%‰])|(?! ?lan(?![a-z])))` + END,
);

// Grammar (CELL_FIGURE): a table cell that holds only a figure: [(MINUS | PLUS) [" "]] NUM [" "] ["%" | "lan"] [" "] end,
// MINUS = "-" | "−", PLUS = "+". Read as an index in a column headed "(%)" or "Năm trước = 100", as an average annual
// rate in a column headed "Tốc độ tăng bình quân … (%)" and as a rise or fall in a growth column (where a minus is a
// fall and a plus a rise), and as a ratio when "lan" is written ("3,06 lần" in a comparison column); spec §2b.
// Example: "99,72" → num "99,72"; "3,30 lan" → num "3,30", lan "lan"; "-2,3" → minus "-", num "2,3"; "+8,37" → plus
// "+", num "8,37" (a column headed "% tăng/ giảm so cùng kỳ": Lâm Đồng's key indicators, first half of 2015).
export const CELL_FIGURE = new RegExp(`^(?:(?:(?<minus>[-−])|(?<plus>\\+)) ?)?(?<num>${NUM}) ?(?:(?<sign>%)|(?<lan>lan))? ?$`);

// Grammar: DIRECTION_WORD = VERB | CMP, as a whole word (followed by a space, punctuation or the end), with
// VERB = "tang" | "giam": the word of a direction-only claim (spec §2: sign of to − from), which prose prints
// before the base it compares with ("giảm so với năm 2022 (100 doanh nghiệp)", "thấp hơn mức chung (4,24%)").
// Example: "thap hon muc chung" → cmp "thap hon"; "tang so voi" → verb "tang"; "tang manh" → verb "tang"
// (whether the rest makes it a claim is for the reader: a cell must match DIRECTION_CLAIM).
const DIRECTION_WORDS = `(?:(?<verb>tang|giam)|(?<cmp>${CMP}))`;
export const DIRECTION_WORD = new RegExp(`^${DIRECTION_WORDS}(?=$|[ .,;:!?()])`);

// Grammar (DIRECTION_CLAIM): DIRECTION_WORD [. | ; | !] [[" "] "(" anything | " " ("so" | "trong") (" " anything | end)] end.
// Only a bare word or a word followed by a comparison ("so với …") or a parenthesis is a whole
// direction claim: "tang manh" (strongly) is not, it stays unparsed.
// Example: "tang so voi nam 2015" → verb "tang"; "thap hon so voi ca nuoc" → cmp "thap hon".
export const DIRECTION_CLAIM = new RegExp(`^${DIRECTION_WORDS}[.;!]?(?: ?\\(.*| (?:so|trong)(?: .*)?)?$`);

// Grammar: any decimal digit. Text without one can only be a direction claim.
// Example: "tang manh" has none; "tang 3,8 lan" has.
export const HAS_DIGIT = /\d/;
