/*
 * The punctuation around a bracketed base or value, shared by the steps that link brackets to their claims.
 */

// Grammar: opens := space* "(" space* end. Example: " (" between "so với năm 2015" and "5.104 USD".
export const OPENS = /^\s*\(\s*$/u;

// Grammar: opens-base := space* "(" space* base-name space* ( "đạt" | "là" | ":" )? space* end; base-name := "cùng kỳ"
//   ( space "năm" space ( "trước" | year ) )? | "năm" space ( "trước" | year ) — a bracket that names the base before its value
// Example: " (cùng kỳ đạt " between "tăng 9,1% so với cùng kỳ" and "khoảng 25.080 tỷ đồng" (Bình Định, first quarter of 2024);
//          " (năm 2022: " likewise.
export const OPENS_BASE = /^\s*\(\s*(?:cùng\s+kỳ(?:\s+năm\s+(?:trước|\d{4}))?|năm\s+(?:trước|\d{4}))\s*(?:đạt|là|:)?\s*$/iu;

// Grammar: opens-or-comma := space* ( "(" | "," ) space* end. Example: ", " before "từ 1.153 xuống 1.046".
export const OPENS_OR_COMMA = /^\s*[(,]\s*$/u;

// Grammar: closes := space* ")". Example: ")" after "5.104 USD".
export const CLOSES = /^\s*\)/u;

// Grammar: versus := space+ "so" space+ "với" space+ end. Example: " so với " in "(8 triệu đồng so với 5,9 triệu đồng)".
export const VERSUS = /^\s+so\s+với\s+$/iu;
