import { NUMBER_SOURCE, QUALIFIER_SOURCE, UNIT_SOURCE, YEAR_SOURCE } from './figure-grammar';

/** The claim patterns of report prose, one regular expression per shape. Matched on NFC text. */

const N = NUMBER_SOURCE;
const U = UNIT_SOURCE;
const Q = QUALIFIER_SOURCE;
const Y = YEAR_SOURCE;
/** Not glued to a letter before: the start of a word. */
const WORD_START = '(?<![\\p{L}\\p{M}])';
/** Not glued to a letter after: the end of a word. */
const WORD_END = '(?![\\p{L}\\p{M}])';

// Grammar: from-to := ( ( "tăng" | "giảm" ) space )? "từ" space qualifier? number space* unit? year-note?
//                     space* ","? space+ to-word space+ qualifier? number space* unit? year-note?
//   year-note := space* "(" ( "năm" space )? year ")" | space+ "năm" space year
//   to-word := "xuống còn" | "lên đến" | "lên mức" | "xuống mức" | "lên" | "xuống" | "còn" | "đến"
// Example: "giảm từ 14,2% năm 2018 xuống còn 6,05% năm 2023"; "từ 22% (năm 2018) lên 29,4% (năm 2023)".
export const FROM_TO = new RegExp(
  `${WORD_START}(?:(?<dir>tăng|giảm)\\s+)?từ\\s+(?<q1>${Q})?(?<n1>${N})\\s*(?<u1>${U})?` +
    `(?:\\s*\\(\\s*(?:năm\\s+)?(?<y1>${Y})\\s*\\)|\\s+năm\\s+(?<y1b>${Y}))?\\s*,?\\s+` +
    `(?<to>xuống\\s+còn|lên\\s+đến|lên\\s+mức|xuống\\s+mức|lên|xuống|còn|đến)\\s+(?<q2>${Q})?(?<n2>${N})\\s*(?<u2>${U})?` +
    `(?:\\s*\\(\\s*(?:năm\\s+)?(?<y2>${Y})\\s*\\)|\\s+năm\\s+(?<y2b>${Y}))?`,
  'giu',
);

// Grammar: level-change := ( "tăng" space+ "lên" | "giảm" space+ "xuống" ) ( space+ ( "còn" | "mức" | "đến" ) )? space+ number
//   space* unit — a direction word and the level reached; the earlier level is printed before it (link-level-change.ts).
// Example: "đến năm 2018 tăng lên 14,8%" → "tăng lên 14,8%"; "giảm xuống còn 6,05%".
export const LEVEL_CHANGE = new RegExp(
  `${WORD_START}(?:tăng\\s+lên|giảm\\s+xuống)(?:\\s+(?:còn|mức|đến))?\\s+(?<n>${N})\\s*(?<u>${U})`,
  'giu',
);

// Grammar: plan := ( ( "bằng" | "tương đương" [ space "với" ] | "đạt" | "vượt" | "hoàn thành" | "tăng" ) space | after-list ) qualifier? number space* "%" space*
//                  ( ( "so với" | "so" | "của" ) space )? plan-word ( space plan-name-word )* ( space year )?
//   plan-word := "kế hoạch" | "KH" | "chỉ tiêu" | "mục tiêu" | "dự toán" | "nhiệm vụ chi" | "nhiệm vụ thu" | "mức được giao"
//     | "mức giao" | "nghị quyết" (the targets a resolution sets) | "kịch bản" (a growth scenario set as the target)
//   plan-name-word := "năm" | "cả năm" | "giao" | "được giao" | "đề ra" | "điều chỉnh" | "xây dựng" | "Trung ương" | "TW"
//                   | "tỉnh" | "HĐND" | "UBND" | "thành phố" | "huyện" | "địa phương" | "Thủ tướng" | "Chính phủ" | "Quốc hội"
//                   | "Hội đồng nhân dân" | "Ủy ban nhân dân" | "Bộ Tài chính" (who set the plan: part of its name)
//   after-list := a place right after "," or ";" and spaces, or after "và" — the verb of the plan before, not printed again
// Example: "bằng 104,3% kế hoạch"; "đạt 100% kế hoạch năm 2015"; "bằng 19,2% dự toán HĐND tỉnh giao"; "đạt 101,1% so
// dự toán tỉnh giao"; "đạt 49% dự toán tỉnh, 42% dự toán huyện giao" (two plans, the second without its verb); "bằng
// 76,3% dự toán Thủ tướng Chính phủ giao" (Nghệ An's budget, first half of 2021); "bằng 24% so với Nghị quyết HĐND Tỉnh"
// (Hòa Bình's budget, first quarter of 2019); "tăng 4,71% so với kế hoạch" (Cao Bằng's grain, eight months of 2022: the
// excess over the plan, as "vượt"); "bằng 100,3% kịch bản" (Yên Bái's industry, eleven months).
// A "tăng" before the plan's name is the excess over it (lib/claims reads it so); "tăng 5%" alone is a change.
const PLAN_WORD = 'kế\\s+hoạch|KH|chỉ\\s+tiêu|mục\\s+tiêu|dự\\s+toán|nhiệm\\s+vụ\\s+(?:chi|thu)|mức\\s+(?:được\\s+)?giao|nghị\\s+quyết|kịch\\s+bản';
export const PLAN = new RegExp(
  `${WORD_START}(?:(?<verb>bằng|tương\\s+đương(?:\\s+với)?|đạt|vượt|hoàn\\s+thành|tăng)\\s+|(?<=[,;]\\s+|\\svà\\s+))(?<q>${Q})?(?<n>${N})\\s*%\\s*(?:(?:so\\s+với|so|của)\\s+)?` +
    `(?<plan>${PLAN_WORD})${WORD_END}` +
    `(?:\\s+(?:năm|cả\\s+năm|giao|được\\s+giao|đề\\s+ra|điều\\s+chỉnh|xây\\s+dựng|trung\\s+ương|TW|tỉnh|HĐND|UBND|thành\\s+phố|huyện|địa\\s+phương|thủ\\s+tướng|chính\\s+phủ|quốc\\s+hội|hội\\s+đồng\\s+nhân\\s+dân|[uủ]y\\s+ban\\s+nhân\\s+dân|bộ\\s+tài\\s+chính)${WORD_END})*` +
    `(?:\\s+${Y})?`,
  'giu',
);

// Grammar: plan-leading := "so" space+ ( "với" space+ )? plan-word ( space+ ( "giao" | "được giao" ) )? space+ ( "đạt" | "bằng"
//   | "thực hiện" | "hoàn thành" ) space+ qualifier? number space* "%" — the plan named before its share
// Example: "so dự toán giao đạt 42%" (Đức Trọng's budget, first half of 2020: "… 404 tỷ đồng, so dự toán giao đạt 42% và bằng
//          96% so với cùng kỳ"); not "so cùng kỳ đạt 42%".
export const PLAN_LEADING = new RegExp(
  `${WORD_START}so\\s+(?:với\\s+)?(?:${PLAN_WORD})` +
    `(?:\\s+(?:giao|được\\s+giao))?\\s+(?:đạt|bằng|thực\\s+hiện|hoàn\\s+thành)\\s+(?<q>${Q})?(?<n>${N})\\s*%`,
  'giu',
);

// Grammar: change := average-before? ( direction modifier? manner? | comparative | "cao"? "gấp" ) average-after? space
//                    qualifier? signed-bracket? number range? space* unit? ( space* ")" )?
//   average-before := ( "bình quân" | "trung bình" ) ( space ( "hằng" | "hàng" | "mỗi" ) space "năm" )? space
//   direction := "tăng" not after "giá trị gia" (value added: "giá trị gia tăng khoảng 4.206.175 triệu đồng" is a level)
//                nor after ( "hơn" | "so với" ) space "mức" (the rate compared with: "cao hơn mức tăng 7,6% của cùng kỳ
//                2012" is a level of 2012, Hà Nội's first half of 2013)
//                | "giảm" | growth      modifier := space "thêm" | space "gấp" | space "đi" after "giảm"
//   growth := "tăng trưởng" ( space "âm" )? not after "tốc độ" or "mức" (a rate's name: "tốc độ tăng trưởng 7,5%" is a
//             level of the rate, read by RATE and VALUE) unless "đạt", "có" or "với" comes before them (what the subject
//             did: "GRDP đạt mức tăng trưởng 6,4%" is "GRDP tăng trưởng 6,4%"), nor after "mục tiêu", "chỉ tiêu", "kế hoạch" or "KH" (a target:
//             "không đạt mục tiêu tăng trưởng 8,5% đề ra"), followed by manner? space+ average-after? qualifier? number
//             space* "%" (growth is a rate: "tăng trưởng 2 con số" is a phrase, not a claim; "dịch vụ tăng trưởng mạnh
//             15,18%" is one)
//   manner := ( space ( "khá" | "rất" ) )? space ( "mạnh" | "nhẹ" | "nhanh" | "nhiều" | "cao" | "thấp" | "ấn tượng" | "đột biến"
//             | "sâu" )
//             ( space "nhất" ( space ( "với" | "là" | "ở mức" ) )? | space "ở mức" )? not-before-letter | space "khá" space "ở mức"
//             before a figure; then ( space ( "đến" | "tới" ) )? before a figure, a sign or a qualifier — how strongly ("tăng mạnh 20%", "giảm nhiều (-9,28%)",
//             "tăng cao nhất với 1,04%", "tăng khá ấn tượng 11,13%", "tăng khá ở mức 2,01%", "tăng thấp ở mức 0,72%", "giảm đến 64,4%"); "nhiều hơn", "thấp hơn" are a
//             comparative, not a manner
//   comparative := ( "cao" | "thấp" | "nhiều" | "ít" | "lớn" | "nhỏ" ) space "hơn", not before a bracket (the bracket prints a
//             rate, the subject's or its base's, not the gap: "quý I có tốc độ tăng thấp hơn (+4,21%)", Tây Ninh's GRDP)
//   average-after := space ( "bình quân" | "trung bình" )
//   signed-bracket := "(" space* ( sign space* )? | sign space*      sign := "-" | "−" | "+"
//   range := space* "%"? space* dash space* number       dash := "-" | "–" | "—"
// Example: "tăng gấp 3,7 lần"; "giảm đi 30,3%"; "bình quân tăng 8%/năm"; "tăng bình quân gần 9%/năm"; "giảm 0,3‰";
//   "thấp hơn 0,2 người/hộ"; "cao gấp hơn 1,2 lần"; "giảm (-9,28%)"; "giảm nhiều (-9,28%)"; "tăng 7-8%"; "tăng cao 14,6%";
//   "khu vực dịch vụ tăng trưởng 7,6%"; "tăng trưởng âm 1,2%".
export const CHANGE = new RegExp(
  `${WORD_START}(?<avg1>(?:bình\\s+quân|trung\\s+bình)(?:\\s+(?:hằng|hàng|mỗi)\\s+năm)?\\s+)?` +
    `(?:(?<dir>(?<!(?:(?<!(?:đạt|có|với)\\s+)(?:tốc\\s+độ|mức)|mục\\s+tiêu|chỉ\\s+tiêu|kế\\s+hoạch|KH)\\s+)tăng\\s+trưởng(?:\\s+âm)?(?=(?:(?:\\s+(?:khá|rất))?\\s+(?:mạnh|nhẹ|nhanh|cao|ấn\\s+tượng|đột\\s+biến)(?:\\s+nhất)?)?\\s+(?:(?:bình\\s+quân|trung\\s+bình)\\s+)?(?:${Q})?${N}\\s*%)|(?<!giá\\s+trị\\s+gia\\s+|(?:hơn|so\\s+với)\\s+mức\\s+)tăng|giảm)(?<mod>\\s+thêm|\\s+gấp|(?<=giảm)\\s+đi)?(?:(?:\\s+(?:khá|rất))?\\s+(?:mạnh|nhẹ|nhanh|nhiều(?!\\s+hơn)|cao|thấp(?!\\s+hơn)|ấn\\s+tượng|đột\\s+biến|sâu)(?:\\s+nhất(?:\\s+(?:với|là|ở\\s+mức))?|\\s+ở\\s+mức)?(?![\\p{L}\\p{M}]))?(?:\\s+khá\\s+ở\\s+mức(?=\\s+\\d))?(?:\\s+(?:đến|tới)(?=\\s+(?:[(−+\\-]|\\d|${Q})))?|(?<cmp>(?:cao|thấp|nhiều|ít|lớn|nhỏ)\\s+hơn)(?![\\p{L}\\p{M}])(?!\\s*\\()|(?:cao\\s+)?(?<gap>gấp))` +
    `(?<avg2>\\s+(?:bình\\s+quân|trung\\s+bình))?\\s+(?<q>${Q})?(?:\\(\\s*)?(?:[-−+]\\s*)?(?<n>${N})` +
    `(?:\\s*%?\\s*[-–—]\\s*${N})?\\s*(?<u>${U})?(?:\\s*\\))?`,
  'giu',
);

// Grammar: signed-change := lookbehind( start | space | "(" | ":" | "," | ";" ) ( "(" space* )? sign space* number space* "%"
//                           not-before ( space* "/" ) ( space* ")" )?          sign := "+" | "-" | "−"
// A rate of change printed with its sign and no verb, as summary lists and brackets print it; match-claims drops a
// sign that only looks like one (a bullet at the clause's start, the dash of a range after a figure).
// Example: "Thu ngân sách: 4.856 tỷ đồng, + 10,70%"; "Vốn đầu tư: 19.394,07 tỷ đồng, -13,78%"; "(+52,2%)";
//   "(bằng 23,8%; -15,6%)"; not "-1,2%/năm" (a rate per year).
export const SIGNED = new RegExp(`(?<=^|[\\s(:,;])(?:\\(\\s*)?(?<sign>[-−+])(?<gap>\\s*)(?<n>${N})\\s*%(?!\\s*\\/)(?:\\s*\\))?`, 'gu');

// Grammar: word-ratio := ( ( "tăng" | "cao" | "lớn" | "giảm" ) space+ )? ( "lên" space+ )? "gấp" space+ qualifier?
//                        ( "đôi" | "rưỡi" | "ba" | "bốn" | "mười" ) ( space+ "lần" )? — a multiple said in words, not the
//                        tens of "ba mươi"
// Example: "tăng gấp đôi", "gấp rưỡi", "cao gấp ba lần", "giảm gấp đôi" (halved); not "gấp ba mươi lần".
export const WORD_RATIO = new RegExp(
  `${WORD_START}(?:(?:tăng|cao|lớn|giảm)\\s+)?(?:lên\\s+)?gấp\\s+(?:${Q})?(?:đôi|rưỡi|ba|bốn|mười)(?:\\s+lần)?${WORD_END}(?!\\s+(?:mươi|trăm|nghìn))`,
  'giu',
);

// Grammar: bare-compare := ( "tăng" | "giảm" ) followed by space+ "so" space+ ( "sánh" space+ )? "với" space
//                        | comparative followed by space+ a letter
//   comparative := ( "cao" | "thấp" | "nhiều" | "ít" | "lớn" | "nhỏ" ) space+ "hơn"
// A direction word with no figure (spec §2 direction only); match-claims keeps it only when its base follows in
// brackets, and link-brackets only when the level it compares is printed before it.
// Example: "giảm so với năm 2022 (100 doanh nghiệp)" → "giảm"; "thấp hơn mức tăng chung của cả nước (4,24%)" → "thấp hơn".
export const BARE_COMPARE = new RegExp(
  `${WORD_START}(?:(?:tăng|giảm)(?=\\s+so\\s+(?:sánh\\s+)?với\\s)|(?<cmp>(?:cao|thấp|nhiều|ít|lớn|nhỏ)\\s+hơn)(?=\\s+[\\p{L}\\p{M}]))`,
  'giu',
);

// Grammar: index := ( ( "bằng" | "đạt" | "tương đương" ) space qualifier? number space* "%" followed by space ( "so" space ( "sánh" space )?
//                   ( "với" | "cùng kỳ" | "CK" | "năm" | "quý" | "tháng" ) | "cùng kỳ" | "CK" | ( word space ){1,3} "năm" space "trước" ) )
//                 | after-base "bằng" space qualifier? number space* "%" followed by space* clause-end
//                 | ( "tốc độ" | "chỉ số" ) space "phát triển" ( space ( "đạt" | "là" | "bằng" ) )? space qualifier? number space* "%"
//   after-base := "so" space ( ( "sánh" space )? "với" space ( any but , ; : ( ) newline ){1,40} | time-word ( space ( any
//     but , ; : ( ) newline ){1,40} )? ) space, right before — the base named before the index, read by
//     read-leading-compare.ts; time-word := "cùng kỳ" | "CK" | "năm" | "quý" | "tháng" | "kỳ"
//   clause-end := end | , ; . : ( ) newline
// Example: "bằng 104,2% so với cùng kỳ năm trước"; "bằng 93,6% so năm 2019"; "bằng 89,7% cùng kỳ năm 2022"; "bằng 100,5% CK"
//   (Lào Cai, 2022); "tương đương
//   84,74% so với cùng kỳ năm trước"; "bằng 98,4% vụ mùa năm trước" (the same season a year before);
//   "so với tháng trước bằng 101,72%"; "so cùng kỳ năm trước bằng 80,8%" (Quảng Bình's crops, August 2016);
//   "tốc độ phát triển 109,48%".
export const INDEX = new RegExp(
  `${WORD_START}(?:(?:bằng|đạt|tương\\s+đương)\\s+(?<q>${Q})?(?<n>${N})\\s*%(?=\\s+(?:so\\s+(?:sánh\\s+)?(?:với|cùng\\s+kỳ|ck|năm|quý|tháng)|cùng\\s+kỳ|ck|(?:[\\p{L}\\p{M}]+\\s+){1,3}năm\\s+trước)(?![\\p{L}\\p{M}]))` +
    `|(?<=so\\s+(?:(?:sánh\\s+)?với\\s+[^,;:()\\n]{1,40}|(?:cùng\\s+kỳ|ck|năm|quý|tháng|kỳ)(?:\\s+[^,;:()\\n]{1,40})?)\\s)bằng\\s+(?<q3>${Q})?(?<n3>${N})\\s*%(?=\\s*(?:$|[,;.:()\\n]))` +
    `|(?:tốc\\s+độ|chỉ\\s+số)\\s+phát\\s+triển(?:\\s+(?:đạt|là|bằng))?\\s+(?<q2>${Q})?(?<n2>${N})\\s*%)`,
  'giu',
);

// Grammar: growth-object := rank? ( space+ ( ( "cho" | "vào" ) space+ )? ( "mức" space+ )? ( "tăng trưởng" | "tốc độ tăng" ( space+
//   "trưởng" )? | ( "chỉ số" space+ )? "IIP" ) ( space+ "chung" )? ( space+ ( "của" space+ )? ( "nền kinh tế" | "toàn tỉnh" | "toàn thành phố" | "cả
//   nước" | "tỉnh" | "thành phố" | "GRDP" | "GDP" ) )? )? ( space+ ( "là" | "với" ) )? not-before-letter — what a
//   contribution goes to, printed between the verb and its figure; rank := space+ ( "cao" | "nhiều" | "lớn" ) space+ "nhất"
// Example: "đóng góp cho tăng trưởng chung 1,94 điểm %" → " cho tăng trưởng chung"; "đóng góp vào mức tăng trưởng chung
//          của nền kinh tế 2,1 điểm phần trăm"; "đóng góp vào tăng trưởng chung của tỉnh là 0,28 điểm %" (Vĩnh Phúc, 2018);
//          "đóng góp cao nhất với 2,84 điểm phần trăm" (Đắk Nông's services, first half of 2022) → " cao nhất với"; "làm giảm
//          tăng trưởng chung của tỉnh là 0,97 điểm %" (Vĩnh Phúc's product taxes, 2018) → " tăng trưởng chung của tỉnh là";
//          "đóng góp vào IIP chung 11,5 điểm phần trăm", "kéo giảm IIP chung 0,16 điểm phần trăm" (Vĩnh Long's industrial
//          production index, eight months of 2024) → " vào IIP chung", " IIP chung".
export const GROWTH_OBJECT_SOURCE =
  '(?:(?:\\s+(?:cao|nhiều|lớn)\\s+nhất)?(?:\\s+(?:(?:cho|vào)\\s+)?(?:mức\\s+)?(?:tăng\\s+trưởng|tốc\\s+độ\\s+tăng(?:\\s+trưởng)?|(?:chỉ\\s+số\\s+)?IIP)(?:\\s+chung)?' +
  '(?:\\s+(?:của\\s+)?(?:nền\\s+kinh\\s+tế|toàn\\s+tỉnh|toàn\\s+thành\\s+phố|cả\\s+nước|tỉnh|thành\\s+phố|GRDP|GDP))?)?(?:\\s+(?:là|với))?(?![\\p{L}\\p{M}]))';

// Grammar: contribution-verb := "đóng góp" ( space ( "tăng" | "giảm" ) )? | "góp" | "làm giảm" | "làm tăng" | "kéo giảm"
//   | "kéo tăng" — the verbs of a contribution to growth; those ending in "giảm" pull it down
// Example: "đóng góp 1,26 điểm phần trăm"; "đóng góp tăng 0,15 điểm phần trăm" (Ninh Thuận's taxes, first half of 2024);
//          "đóng góp giảm 0,04 điểm phần trăm" and "làm giảm 0,35 điểm phần trăm" count against the growth.
export const CONTRIBUTION_VERB_SOURCE = 'đóng\\s+góp(?:\\s+(?:tăng|giảm))?|góp|làm\\s+giảm|làm\\s+tăng|kéo\\s+giảm|kéo\\s+tăng';

// Grammar: named-whole := space+ ( ( "trong" | "của" | "vào" ) space+ )? "tổng" space+ not-growth — a total named right after
//   a figure in "%": the whole the figure is a share of
//   not-growth := not followed by ( "mức" space+ )? ( "tăng" | "tốc" ) — "tổng mức tăng" is the growth, no level
// Example: "đóng góp 45,5% tổng dư nợ tín dụng" (TP. Hồ Chí Minh's credit, 2021) → " tổng "; "đóng góp 30% vào tổng thu
//          ngân sách" → " vào tổng "; not "đóng góp 60% tổng mức tăng", not "đóng góp 62,76% trong mức tăng trưởng chung".
export const NAMED_WHOLE_SOURCE = '\\s+(?:(?:trong|của|vào)\\s+)?tổng\\s+(?!(?:mức\\s+)?(?:tăng|tốc)(?![\\p{L}\\p{M}]))';

// Grammar: contribution := ( contribution-verb | "chiếm" followed by points ) growth-object?
//                          ( space ( "tới" | "đến" ) )? space qualifier? ( "(" space* minus? space* )? number ( space* ")" )? space*
//                          ( "điểm phần trăm" | "điểm %" | "điểm" not before a letter | "%" not followed by named-whole )
//   minus := "-" | "−" (a fall printed signed in brackets)
//   "đóng góp 45,5% tổng dư nợ" names the whole it is a share of: a share (see share), no contribution to growth
//   followed by points := a lookahead for space qualifier? number space* "điểm" — a share of the growth in points ("chiếm
//   0,39 điểm % mức tăng"); "chiếm 30%" stays a share of a total
// Example: "đóng góp 9,16%"; "đóng góp 0,34 điểm phần trăm"; "làm giảm 4,76%" (a negative contribution); "chiếm 0,39 điểm %";
//          "đóng góp cho tăng trưởng chung 1,94 điểm %"; "đóng góp tới 3,68 điểm phần trăm" (said strongly); "đã kéo giảm (-0,20)
//          điểm %" (Tây Ninh's product taxes, first half of 2022: the verb says the fall, the sign repeats it).
export const CONTRIBUTION = new RegExp(
  `${WORD_START}(?<verb>${CONTRIBUTION_VERB_SOURCE}|chiếm(?=\\s+(?:${Q})?${N}\\s*điểm))${GROWTH_OBJECT_SOURCE}?(?:\\s+(?:tới|đến))?\\s+(?<q>${Q})?(?:\\(\\s*[-−]?\\s*)?(?<n>${N})(?:\\s*\\))?\\s*(?<u>điểm\\s+phần\\s+trăm|điểm\\s*%|điểm(?![\\p{L}\\p{M}])|%(?!${NAMED_WHOLE_SOURCE}))`,
  'giu',
);

// Grammar: rate := average? ( "đạt" | "là" | "ở mức" | "mức" ) space qualifier? number space* ( "%/năm" | "%" )
//   average := ( "bình quân" | "trung bình" ) ( space ( "hằng" | "hàng" | "mỗi" ) space "năm" )?
//              ( space digits space "năm" )? ( space ( "giai đoạn" space )? year space* dash space* year )? space
// Example: "bình quân đạt 12,5%/năm"; "đạt 6,8%/năm" after "giai đoạn 2019 - 2023";
//   "bình quân 3 năm 2016 - 2018 đạt 6,57%"; "mức 5,91%/năm".
export const RATE = new RegExp(
  `${WORD_START}(?<avg>(?:bình\\s+quân|trung\\s+bình)(?:\\s+(?:hằng|hàng|mỗi)\\s+năm)?(?:\\s+\\d+\\s+năm)?` +
    `(?:\\s+(?:giai\\s+đoạn\\s+)?\\d{4}\\s*[-–—]\\s*\\d{4})?\\s+)?` +
    `(?:đạt|là|ở\\s+mức|mức)\\s+(?<q>${Q})?(?<n>${N})\\s*(?<u>%\\s*/\\s*năm|%)`,
  'giu',
);

// Grammar: share-range := "chiếm" space+ ( ( "tỷ" | "tỉ" ) space+ ( "lệ" | "trọng" ) space+ )? ( "từ" space+ )? number space* "%"?
//                         space* ( "đến" | "tới" | dash ) space* number space* "%"      dash := "-" | "–" | "—"
// A share stated as a range (spec §2b), as plan resolutions print the structure they aim at: one range, never two shares.
// Example: "chiếm từ 8,07% đến 8,10%"; "chiếm 32,77% đến 32,79%"; "chiếm tỷ trọng 59,13 - 59,14%".
export const SHARE_RANGE = new RegExp(
  `${WORD_START}chiếm\\s+(?:(?:tỷ|tỉ)\\s+(?:lệ|trọng)\\s+)?(?:từ\\s+)?(?<n1>${N})\\s*%?\\s*(?:đến|tới|[-–—])\\s*(?<n2>${N})\\s*(?<u>%)`,
  'giu',
);

// Grammar: share := "chiếm" space ( ( "tỷ" | "tỉ" ) space ( "lệ" | "trọng" ) space )? qualifier? number space* ( "%" | "‰" )
//                 | "bằng" space qualifier? number space* "%" followed by space "số" space (a share of a count)
//                 | "đóng"? space? "góp" space qualifier? number space* "%" followed by named-whole (a share of the total it
//                   names: no contribution to growth)
// Example: "chiếm trên 60%"; "chiếm tỷ trọng 12,45%"; "bằng 58,33% số xã"; "đóng góp 45,5% tổng dư nợ tín dụng" → "đóng góp 45,5%".
export const SHARE = new RegExp(
  `${WORD_START}(?:chiếm\\s+(?:(?:tỷ|tỉ)\\s+(?:lệ|trọng)\\s+)?|bằng\\s+(?=(?:${Q})?${N}\\s*%\\s+số\\s)|(?:đóng\\s+)?góp\\s+(?=(?:${Q})?${N}\\s*%${NAMED_WHOLE_SOURCE}))(?<q>${Q})?(?<n>${N})\\s*(?<u>%|‰)`,
  'giu',
);

// Grammar: part-whole := count space* "/" space* count space+ (followed by a letter)
//   count := digit{1,3} ( "." digit{3} )*   (not glued to a digit, ".", "," or "/" on either side; not after "ngày", and
//   not "0" then a digit: a day and month)
// Example: "138/161 xã đạt tiêu chí"; not "07/6/2012", not "673/QĐ-TTg", not "đến ngày 04/6 được 427,56 tỷ đồng" (Bắc
// Kạn's budget, first half of 2025).
export const PART_WHOLE = /(?<![\p{N}.,/])(?<!ngày\s+)(?!0\d)(?<a>\d{1,3}(?:\.\d{3})*)\s*\/\s*(?<b>\d{1,3}(?:\.\d{3})*)(?![\p{N}/.,])\s+(?=\p{L})/giu;

// Grammar: target-range := target-word ( any character but "," ";" "." "\n" ){0,100}? ( "từ" space )? number space* "%"?
//                         space* ( dash | "đến" | "tới" ) space* number space* "%" ( space* "/" space* "năm" )?
//   target-word := "kế hoạch" | "mục tiêu" | "chỉ tiêu"      dash := "-" | "–" | "—"
// A target stated as a range (spec §2b): nothing to verify against values, never a change from the lower bound.
// Example: "kế hoạch đề ra từ 7,0% đến 7,5%"; "mục tiêu kế hoạch 5 năm là 6,5% - 7%/năm".
export const TARGET_RANGE = new RegExp(
  `${WORD_START}(?:kế\\s+hoạch|mục\\s+tiêu|chỉ\\s+tiêu)[^,;.\\n]{0,100}?(?:từ\\s+)?(?<n1>${N})\\s*%?\\s*(?:[-–—]|đến|tới)\\s*(?<n2>${N})\\s*(?<u>%(?:\\s*/\\s*năm)?)`,
  'giu',
);

// Grammar: plan-target := ( "/" space* | "(" space* ) "KH" space+ ( ( "tăng" | "giảm" ) space+ )? qualifier? number
//   ( space* "%"? space* dash space* number )? space* unit? — "KH" in capitals only: a report's plan beside the figure
//   it judges ("actual/KH plan"), a target and no claim of its own
// Example: "8,31%/KH tăng 3-4%" → "/KH tăng 3-4%"; "55,3 triệu đồng/KH 55-56 triệu đồng" → "/KH 55-56 triệu đồng";
//   "(KH tăng 8-9%)"; "50,4 tạ/ha/KH 55 - 56 tạ/ha".
export const PLAN_TARGET = new RegExp(
  `(?:\\/\\s*|\\(\\s*)KH\\s+(?:(?:tăng|giảm)\\s+)?(?<q>${Q})?(?<n1>${N})(?:\\s*%?\\s*[-–—]\\s*(?<n2>${N}))?\\s*(?<u>${U})?`,
  'gu',
);

// Grammar: compound := qualifier? number space+ big space+ digit{1,3} space+ small space+ unit-word
//   big small := ( "tỷ" | "tỉ" ) "triệu" | "triệu" ( "nghìn" | "ngàn" )
// Example: "1.097 tỷ 386 triệu đồng" is 1.097,386 tỷ đồng (spec §2b); "5 triệu 200 nghìn đồng" is 5,2 triệu đồng.
export const COMPOUND = new RegExp(
  `(?:${WORD_START}(?<q>${Q}))?(?<n>${N})\\s+(?<big>tỷ|tỉ|triệu)\\s+(?<small>\\d{1,3})\\s+(?:triệu|nghìn|ngàn)\\s+(?<u>${U})`,
  'giu',
);

// Grammar: compound-thousands := qualifier? digit{1,3} space+ ( "nghìn" | "ngàn" ) space+ digit{1,3} space+ unit — the
//   thousands said as a word before the rest, the unit (with its scale) after both
// Example: "10 nghìn 537 tỷ đồng" is 10.537 tỷ đồng (Yên Bái's GRDP, first half of 2023); "2 nghìn 50 người" is 2.050 người.
export const COMPOUND_THOUSANDS = new RegExp(
  `(?:${WORD_START}(?<q>${Q}))?(?<![\\p{N}.,])(?<n>\\d{1,3})\\s+(?:nghìn|ngàn)\\s+(?<small>\\d{1,3})\\s+(?<u>${U})`,
  'giu',
);

// Grammar: level-range := number space* dash space* number space* unit, dash := "-" | "–" | "—" — a level printed as a range,
//   as plans and targets print it: one range, never a value of its lower bound's subject and one of its upper's
// Example: "56.000 - 61.000 tỷ đồng" (Cần Thơ's plan for 2018); not "2016 - 2020" (years: no unit) nor "tăng 7-8%" (a
//          change, read first).
export const LEVEL_RANGE = new RegExp(`(?<n1>${N})\\s*[-–—]\\s*(?<n2>${N})\\s*(?<u>${U})`, 'giu');

// Grammar: value := ( qualifier )? number space* unit      (the unit is required), not number space+ "con" space+ "số"
//   as whole words ("hai con số" counts the digits of a rate, as in "tăng trưởng 2 con số": no level of anything)
// Example: "trên 2 triệu lượt người"; "96,4 triệu USD"; "88,5%"; "1.200 con" (livestock); not "2 con số".
export const VALUE = new RegExp(`(?:${WORD_START}(?<q>${Q}))?(?!${N}\\s+con\\s+số${WORD_END})(?<n>${N})\\s*(?<u>${U})`, 'giu');

// Grammar: leading-unit := one unit (as UNIT_SOURCE) at the very start of the text
// Example: "doanh nghiệp tăng" starts with the unit "doanh nghiệp".
export const LEADING_UNIT = new RegExp(`^(?:${U})`, 'iu');

// Grammar: unit-label := letter space* "(" space* ( "10" | "100" | "1000" | "1.000" ) space* unit space* ")" space* ( ":"
//   space* )? ( end | line-break | digit ) — a power of ten in brackets right after a name, before the line ends or the
//   row's first figure: the scale of the figures that follow, as a table's row names it, never a value
// Example: "Tổng vốn đầu tư toàn xã hội (1000 tỷ đồng)" and "Diện tích (1.000 ha)" name units (Thừa Thiên Huế's 2011–2015
//          table, one cell a line); "đạt 1.000 tỷ đồng" and "so với cùng kỳ (1.000 tỷ đồng), tăng …" are values.
export const UNIT_LABEL_BEFORE = /[\p{L}\p{M}]\s*\(\s*$/u;
export const UNIT_LABEL_FIGURE = /^(?:10|100|1000|1\.000)$/;
export const UNIT_LABEL_AFTER = /^\s*\)\s*(?::\s*)?(?:$|\n|\d)/u;

// Grammar: year-like := ( "19" | "20" ) digit digit   (the whole text)
// Example: "2015" is year-like; "2.015" and "215" are not.
export const YEAR_LIKE = /^(?:19|20)\d{2}$/;

// Grammar: per-year := "/năm" at the end of a unit
// Example: "%/năm".
export const PER_YEAR = /\/năm$/u;
