import { breakdownName, foldedNamesOf, withoutBlock, withoutEnglishTail } from './breakdown-names';
import type { TableRow } from '../../tables/types';

/*
 * The breakdowns of a total that the statistical yearbooks print in every province, by name: by types of ownership
 * (the state, the non-state and the foreign-invested sector), by economic sector (agriculture, industry and
 * construction, services), by sex and by residence; the taxes on products join the first two in GRDP tables. Each
 * is a whole list, so its rows add up to the total above it. A row that is no part of the breakdown ("Trong đó: Công
 * nghiệp", or "Tập thể" under "Ngoài Nhà nước") is left out of the sum.
 */

/** One breakdown: the parts every list prints, the part some lists add, and the row its parts may be read under. */
interface Breakdown {
  readonly required: readonly RegExp[];
  readonly optional: readonly RegExp[];
}

// Grammar (folded): taxes := "thue san pham" [ space "tru tro cap san pham" ] — the whole name
// Example: "Thuế sản phẩm trừ trợ cấp sản phẩm" (GRDP's fourth component).
const TAXES = /^thue san pham(?: tru tro cap san pham)?$/u;

// Grammar (folded), each the whole name: state := [ owner space ] "nha nuoc"; non-state := [ owner space ] "ngoai nha nuoc";
//   foreign := [ owner space ] [ "co" space ] [ "von" space ] "dau tu nuoc ngoai"; owner := "kinh te" | "khu vuc" | "doanh nghiep" | "dn"
// Example: "Nhà nước - State", "Kinh tế ngoài Nhà nước", "Khu vực có vốn đầu tư nước ngoài", "Doanh nghiệp Nhà nước State
//          owned enterprise" (types of ownership; the enterprises' structure, its English tail aside), "DN ngoài nhà nước"
//          (the abbreviation of a thesis table of a coastal province's enterprises, 2008–2011), "Khu vực đầu tư nước ngoài"
//          (Quảng Trị's yearbook, workers by type of ownership, 2010–2019).
const OWNERSHIP: Breakdown = {
  required: [
    /^(?:(?:kinh te|khu vuc|doanh nghiep|dn) )?nha nuoc$/u,
    /^(?:(?:kinh te|khu vuc|doanh nghiep|dn) )?ngoai nha nuoc$/u,
    /^(?:(?:kinh te|khu vuc|doanh nghiep|dn) )?(?:co )?(?:von )?dau tu nuoc ngoai$/u,
  ],
  optional: [TAXES],
};

// Grammar (folded), each the whole name: farming := [ "khu vuc" space ] "nong" [ " nghiep" ] "," ? space "lam nghiep va thuy
//   san"; industry := [ "khu vuc" space ] "cong nghiep" ( " va " | [ space ] ( "-" | "," ) [ space ] | space ) "xay dung";
//   services := [ "khu vuc" space ] "dich vu"
// Example: "Nông, lâm nghiệp và thủy sản", "Nông nghiệp, lâm nghiệp và thủy sản", "Công nghiệp và xây dựng", "Công
//          nghiệp-Xây dựng", "Công nghiệp - Xây dựng", "Dịch vụ".
const SECTORS: Breakdown = {
  required: [/^(?:khu vuc )?nong(?: nghiep)?,? lam nghiep va thuy san$/u, /^(?:khu vuc )?cong nghiep(?: va | ?[-,] ?| )xay dung$/u, /^(?:khu vuc )?dich vu$/u],
  optional: [TAXES],
};

// Grammar (folded), each the whole name: ( sex-group space )? male | ( sex-group space )? female, male := "nam" [ space
//   "male" ], female := "nu" [ space "female" ], sex-group := any holding "gioi tinh"; ( residence-group space )? urban |
//   ( residence-group space )? rural, urban := "thanh thi" [ space "urban" ], rural := "nong thon" [ space "rural" ],
//   residence-group := any holding "thanh thi" or "nong thon" — the English word after a space where a bilingual
//   header cell's two lines were joined, and the column group before it (never any words: "… trong năm" folds to
//   "… nam" too)
// Example: "Nam - Male" and "Nữ - Female"; "Thành thị - Urban" and "Nông thôn - Rural"; "Phân theo giới tính By sex Nam
//          Male" (a yearbook with the years down the rows, its column under the group "Phân theo giới tính").
const SEX_GROUP = '(?:.*gioi tinh.* )?';
const RESIDENCE_GROUP = '(?:.*(?:thanh thi|nong thon).* )?';
const SEX: Breakdown = { required: [new RegExp(`^${SEX_GROUP}nam(?: male)?$`, 'u'), new RegExp(`^${SEX_GROUP}nu(?: female)?$`, 'u')], optional: [] };
const RESIDENCE: Breakdown = {
  required: [new RegExp(`^${RESIDENCE_GROUP}thanh thi(?: urban)?$`, 'u'), new RegExp(`^${RESIDENCE_GROUP}nong thon(?: rural)?$`, 'u')],
  optional: [],
};

/**
 * The parts a row prints right under itself, by name: the non-state sector's ("Ngoài Nhà nước" over "Tập thể", "Tư
 * nhân", "Cá thể"), the state's by who manages it ("Kinh tế Nhà nước" over "Trung ương quản lý", "Địa phương quản lý",
 * older yearbooks), and any row's public and non-public parts ("Tiểu học" over "Công lập", "Ngoài công lập": schools,
 * hospitals, in every yearbook's education and health tables). `whole` names the row they are under (null: any row).
 */
interface SubBreakdown {
  readonly whole: RegExp | null;
  readonly parts: Breakdown;
}

// Grammar (folded), each the whole name: non-state := [ owner space ] "ngoai nha nuoc"; state := [ owner space ] "nha nuoc";
//   collective := [ "kinh te " ] "tap the"; private := [ "kinh te " ] "tu nhan"; household := [ "kinh te " ] "ca the"; central := "trung uong" [ " quan ly" ]; local :=
//   "dia phuong" [ " quan ly" ]; public := "cong lap"; non-public := "ngoai cong lap"; owner := "kinh te" | "khu vuc" |
//   "doanh nghiep" | "dn"
// Example: "Kinh tế ngoài Nhà nước - Non-State" over "Tập thể - Collective"; "Kinh tế Nhà nước - State" over "Trung ương
//          quản lý - Central"; "Trung học cơ sở" over "Công lập – Public" and "Ngoài công lập - Non-public".
const NON_STATE = /^(?:(?:kinh te|khu vuc|doanh nghiep|dn) )?ngoai nha nuoc$/u;
const STATE = /^(?:(?:kinh te|khu vuc|doanh nghiep|dn) )?nha nuoc$/u;

// Grammar (folded), each the whole name — the types of enterprise of GSO's enterprise tables, under the ownership they
//   belong to: enterprise := "dn" | "doanh nghiep"; state-whole := enterprise space "100% von nha nuoc"; state-majority :=
//   enterprise space ( ( "hon" | "tren" ) space "50% von nha nuoc" | "co von nha nuoc" space ( "hon" | "tren" ) space "50%" );
//   private := [ enterprise space ] "tu nhan"; partnership := [ "cong ty " ] "hop danh"; limited := [ "cong ty " ] ( "tnhh" |
//   "trach nhiem huu han" ); joint-stock := [ "cong ty " ] "co phan " [ "khong " ] "co von nha nuoc"; collective := "tap the"
//   | "hop tac xa"; foreign-whole := enterprise space "100% von nuoc ngoai"; joint-venture := enterprise space "lien doanh
//   voi nuoc ngoai"
// Example: "Doanh nghiệp Nhà nước" over "DN 100% vốn Nhà nước", "DN hơn 50% vốn Nhà nước"; "Doanh nghiệp ngoài Nhà nước"
//   over "Tư nhân", "Công ty hợp danh", "Công ty TNHH", "Công ty cổ phần có vốn Nhà nước", "Công ty cổ phần không có vốn
//   Nhà nước"; "Doanh nghiệp có vốn đầu tư nước ngoài" over "DN 100% vốn nước ngoài", "DN liên doanh với nước ngoài"
//   (Quảng Trị's yearbook 2023, net turnover by type of enterprise).
const STATE_ENTERPRISES: Breakdown = {
  required: [/^(?:dn|doanh nghiep) 100% von nha nuoc$/u, /^(?:dn|doanh nghiep) (?:(?:hon|tren) 50% von nha nuoc|co von nha nuoc (?:hon|tren) 50%)$/u],
  optional: [],
};
const NON_STATE_ENTERPRISES: Breakdown = {
  required: [
    /^(?:(?:dn|doanh nghiep) )?tu nhan$/u,
    /^(?:cong ty )?hop danh$/u,
    /^(?:cong ty )?(?:tnhh|trach nhiem huu han)$/u,
    /^(?:cong ty )?co phan co von nha nuoc$/u,
    /^(?:cong ty )?co phan khong co von nha nuoc$/u,
  ],
  optional: [/^(?:tap the|hop tac xa)$/u],
};
const FOREIGN_ENTERPRISES: Breakdown = {
  required: [/^(?:dn|doanh nghiep) 100% von nuoc ngoai$/u, /^(?:dn|doanh nghiep) lien doanh voi nuoc ngoai$/u],
  optional: [],
};

const SUB_BREAKDOWNS: readonly SubBreakdown[] = [
  { whole: NON_STATE, parts: { required: [/^(?:kinh te )?tap the$/u, /^(?:kinh te )?tu nhan$/u, /^(?:kinh te )?ca the$/u], optional: [] } },
  { whole: NON_STATE, parts: NON_STATE_ENTERPRISES },
  { whole: STATE, parts: { required: [/^trung uong(?: quan ly)?$/u, /^dia phuong(?: quan ly)?$/u], optional: [] } },
  { whole: STATE, parts: STATE_ENTERPRISES },
  { whole: /^(?:(?:khu vuc|doanh nghiep|dn) )?(?:co )?(?:von )?dau tu nuoc ngoai$/u, parts: FOREIGN_ENTERPRISES },
  { whole: null, parts: { required: [/^cong lap$/u, /^ngoai cong lap$/u], optional: [] } },
];

const BREAKDOWNS: readonly Breakdown[] = [OWNERSHIP, SECTORS, SEX, RESIDENCE];

// Grammar (folded): divided := "chia ra" at the start, then a space, "-", ":" or the end — a column under the group "Chia
//   ra" (divided into: every part of the total), its name joined to the group's by the reader
// Example: "Chia ra - Of which Bán lẻ hàng hóa Retail sale" is one part; "Trong đó …" names some parts only.
const DIVIDED = /^chia ra(?:[ :-]|$)/u;

/**
 * The rows under a total that a yearbook with the years down the rows prints under the column group "Chia ra" (divided
 * into), in table order, when there are at least two; else null.
 *
 * @example
 * dividedPartsOf(rowsUnderTotal)?.length // 4
 */
export function dividedPartsOf(rows: readonly TableRow[]): TableRow[] | null {
  const parts = rows.filter((r) => {
    const key = foldedNamesOf(r).key;
    // "Chia ra … Công nghiệp và xây dựng … Trong đó: Công nghiệp" is a part of a part (of which), never one of the total's.
    return DIVIDED.test(key) && !OF_WHICH.test(key);
  });
  return parts.length >= 2 ? parts : null;
}

// Grammar (folded): of-which := "trong do" as whole words, anywhere in the name
// Example: "chia ra - of which cong nghiep va xay dung - industry and construction trong do: cong nghiep - of which: industry".
const OF_WHICH = /(?:^| )trong do(?![a-z])/u;

/** Whether a row's name is one of the sector breakdown's (the required parts or the taxes). */
function isSectorName(row: TableRow): boolean {
  const names = namesOf(row);
  return [...SECTORS.required, ...SECTORS.optional].some((pattern) => names.some((name) => pattern.test(name)));
}

function namesOf(row: TableRow): readonly string[] {
  return foldedNamesOf(row).names;
}

/** Where the parts of one breakdown stand among items by their folded names: every required part once, with the optional parts printed; else null. */
function pickedAt(breakdown: Breakdown, names: readonly (readonly string[])[]): number[] | null {
  const only = (pattern: RegExp): number | undefined => {
    const at = names.flatMap((n, i) => (n.some((name) => pattern.test(name)) ? [i] : []));
    return at.length === 1 ? at[0] : undefined;
  };
  const picked: number[] = [];
  for (const pattern of breakdown.required) {
    const at = only(pattern);
    if (at === undefined) return null;
    picked.push(at);
  }
  for (const pattern of breakdown.optional) {
    const at = only(pattern);
    if (at !== undefined) picked.push(at);
  }
  return picked;
}

/** The rows of one breakdown among `rows`: every required part once, with the optional parts printed; else null. */
function rowsOf(breakdown: Breakdown, rows: readonly TableRow[]): TableRow[] | null {
  const picked = pickedAt(breakdown, rows.map(namesOf));
  return picked === null ? null : picked.flatMap((i) => rows[i] ?? []).sort((a, b) => a.line - b.line);
}

/**
 * The standard breakdowns among a table's measures, its column groups read as tables of their own ("Dân số", "Thành
 * thị", "Nông thôn"), as the positions of their parts in `measures`, each in order.
 *
 * @example
 * measureBreakdownsOf(['Dân số', 'Thành thị', 'Nông thôn']) // [[1, 2]]
 */
export function measureBreakdownsOf(measures: readonly string[]): number[][] {
  const names = measures.map((m) => [breakdownName(m), breakdownName(withoutEnglishTail(withoutBlock(m)))]);
  return BREAKDOWNS.flatMap((breakdown) => {
    const picked = pickedAt(breakdown, names);
    return picked === null ? [] : [picked.sort((a, b) => a - b)];
  });
}

/**
 * The yearbooks' standard breakdowns of a total among the rows under it (by types of ownership, by sector, by sex, by
 * residence), each in table order; a table with the years down the rows prints two of them side by side ("Phân theo
 * giới tính", "Phân theo thành thị, nông thôn").
 *
 * @example
 * standardBreakdownsOf(rowsUnderTotal).map((parts) => parts.length) // [2, 2]
 */
export function standardBreakdownsOf(rows: readonly TableRow[]): TableRow[][] {
  return BREAKDOWNS.map((breakdown) => rowsOf(breakdown, rows)).filter((parts): parts is TableRow[] => parts !== null);
}

/**
 * The sectors printed right after `row` when it is no total by name ("1. Tổng giá trị gia tăng (Giá 2010)" over
 * "Nông, lâm nghiệp và thuỷ sản", "Công nghiệp-Xây dựng", "Dịch vụ"): the rows after it that are the sector breakdown
 * and nothing else; else null. Whether they add up to it is the caller's to weigh.
 *
 * @example
 * sectorsAfter(rows, 8)?.length // 3
 */
export function sectorsAfter(rows: readonly TableRow[], at: number): TableRow[] | null {
  // Most rows are followed by no sector at all: one name read, not a whole list (this runs on every row of a table).
  const first = rows[at + 1];
  if (first === undefined || !isSectorName(first)) return null;
  const size = SECTORS.required.length;
  for (const extra of [SECTORS.optional.length, 0]) {
    const next = rows.slice(at + 1, at + 1 + size + extra);
    const parts = next.length === size + extra ? rowsOf(SECTORS, next) : null;
    if (parts !== null && parts.length === next.length) return parts;
  }
  return null;
}

/**
 * The parts `row` prints right under itself (SubBreakdown: the non-state sector's, the state's by who manages it, a row's
 * public and non-public parts), when the rows right after it are exactly those parts; else null.
 *
 * @example
 * subPartsOf(rows, 2)?.length // 3 ("Ngoài Nhà nước" over "Tập thể", "Tư nhân", "Cá thể")
 */
export function subPartsOf(rows: readonly TableRow[], at: number): TableRow[] | null {
  const row = rows[at];
  if (row === undefined) return null;
  // Any of its names: "Kinh tế ngoài Nhà nước Non- State" is the non-state sector without its English tail.
  const names = foldedNamesOf(row).names;
  const named = (pattern: RegExp): boolean => names.some((name) => pattern.test(name));
  for (const { whole, parts } of SUB_BREAKDOWNS) {
    if (whole !== null ? !named(whole) : parts.required.some(named)) continue;
    // The rows right after it, with the optional parts printed or not, and nothing else.
    for (let size = parts.required.length + parts.optional.length; size >= parts.required.length; size--) {
      const next = rows.slice(at + 1, at + 1 + size);
      const found = next.length === size ? rowsOf(parts, next) : null;
      if (found !== null && found.length === size) return found;
    }
  }
  return null;
}
