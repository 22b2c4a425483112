import { formatNumber } from '../../numbers/format-number';
import { headerKey } from '../../tables/header-key';
import { isSomeOfHeading } from '../../tables/item-sections';
import { measureGroupOf } from '../../tables/measure-group';
import type { ReportTable, TableRow } from '../../tables/types';
import { halfUnit } from './growth-band';
import { EPSILON, MIN_PARTS, addsUpMostly, isWithinRounding, sumIn, type TotalGroup } from './group-sums';
import { warningId } from './points';
import { dashPartsUnder, ownersUnderDash, plainPartsUnder } from './roman-groups';
import { QUALITY_MESSAGE_STRINGS, inBoth } from './quality-messages';
import { foldedNamesOf } from './breakdown-names';
import { isDistrictName, namesDistricts, partsAfter } from './district-lists';
import { dividedPartsOf, sectorsAfter, standardBreakdownsOf, subPartsOf } from './standard-breakdowns';
import type { PartsTotalWarning, TotalPart } from './types';

/*
 * A yearbook table by district prints its total first ("TỔNG SỐ - TOTAL") and then every district, numbered ("1.
 * Thành phố Vĩnh Yên", "2. Huyện Lập Thạch", …) or named by its kind of unit ("Huyện …", "Thị xã …"). The districts
 * add up to the total in every year (spec §5, "parts and total … that a table presents"). Only such lists are read:
 * a "Trong đó" list names some parts only, and a row under a part ("Lúa đông xuân" under "Lúa") is no peer of it.
 */


// Grammar (folded): total-name := ( "tong so" | "tong cong" | "tong" | "toan tinh" | "toan thanh pho" | "toan thanh" | "toan huyen"
//   | "ca tinh" | "ca nuoc" ) [ space* ( "-" | ":" )? space* "total" ] | "total" | [ ( "so bo" | "uoc tinh" | "uoc" ) space ]
//   [ "nam" space ] year space "phan theo" space any+ — the whole row (a later block's name after " – " aside:
//   withoutBlock); a year's row of figures that announces its breakdown is its total
// Example: "TỔNG SỐ - TOTAL", "Toàn tỉnh", "Toàn Thành" (Đà Nẵng's yearbook), "Tổng số", "Tổng số Total" (two lines of a
//          cell joined), "Sơ bộ 2019 phân theo đơn vị hành chính" over the wards (Đà Lạt) name a total; "Tổng số hộ" and
//          "Tổng vốn đầu tư" do not.
const TOTAL_NAME = /^(?:(?:tong so|tong cong|tong|toan tinh|toan thanh pho|toan thanh|toan huyen|ca tinh|ca nuoc)(?: ?[-:]? ?total)?|total|(?:(?:so bo|uoc tinh|uoc) )?(?:nam )?(?:19|20)\d\d phan theo .+)$/u;


// Grammar (folded): not-additive := "chi so" | "= 100" | "index" | "toc do" | "ty le" | "ti le" | "binh quan" space
//   ( "dau nguoi" | "nhan khau" | "1" | "mot" ) | "trung binh" not after "dan so" | "nang suat" | "mat do" | "rate"
//   | "yield" | "average" not before " population" (nor " rural population", " urban …", " male …", " female …") | "density" | "per capita", anywhere in the title — a table of
//   indices, rates, averages per head, yields or densities, whose total row is no sum of the rows under it
// Example: "Năng suất lúa đông xuân phân theo huyện" (the province's yield is no sum of the districts'); "Chỉ số phát
//   triển … (Năm trước = 100)"; not "Tổng sản phẩm trên địa bàn theo giá hiện hành", nor "Dân số trung bình - Average
//   population" or "Dân số trung bình nông thôn - Average rural population" (the people of the year, whose parts add up).
const NOT_ADDITIVE_TITLE =
  /chi so|= ?100|\bindex|toc do|\bt[yi] le\b|binh quan (?:dau nguoi|nhan khau|1|mot)\b|(?<!dan so )trung binh|nang suat|mat do|\brate\b|\byield|average(?! (?:(?:rural|urban|male|female) )?population)|density|per capita/u;

// Grammar (folded): index-title := "chi so" | "= 100" | "index" — a title of indices, whatever each column measures
// Example: "Chỉ số phát triển (Năm trước = 100) … phân theo ngành" over "Nông nghiệp | Công nghiệp".
const INDEX_TITLE = /chi so|= ?100|\bindex/u;

// Grammar: ratio-unit := any text holding "/" | "%" | "‰" — a value per something (Tạ/ha, người/km2) or a percentage
// Example: "Tạ/ha", "Người/km2", "%" are ratio units; "Ha", "Tỷ đồng", "Người" are not.
const RATIO_UNIT = /[/%‰]/u;

/** A percentage total that prints 100 (a structure, "Cơ cấu") within its rounding in every year. */
function isWholeStructure(row: TableRow): boolean {
  const cells = Object.values(row.values).filter((c) => c.parsed.ok);
  return cells.length > 0 && cells.every((c) => c.parsed.ok && Math.abs(c.parsed.value - 100) <= halfUnit(c.parsed.decimals) + EPSILON);
}

/**
 * Whether a total row is the sum of its parts at all: not in a table of indices or rates, not a ratio but a structure's
 * 100, or a share in a structure (a table with a row of 100s: "Kinh tế Nhà nước" 22,64 over "Trung ương quản lý" 15,08
 * and "Địa phương quản lý" 7,56, Lâm Đồng's yearbook 2011).
 *
 * @example
 * isAdditive(table, totalRow) // false in "Năng suất lúa phân theo huyện"
 */
export function isAdditive(table: ReportTable, total: TableRow): boolean {
  // A table of one measure of a header's (one column group) is what that measure is: the title of "Diện tích, dân số và
  // mật độ dân số … phân theo huyện" names the density beside the area and the population (Kon Tum's yearbook).
  const measure = measureGroupOf(table);
  const named = measure === null ? table.title : measure;
  if (named !== null && NOT_ADDITIVE_TITLE.test(headerKey(named))) return false;
  if (measure !== null && table.title !== null && INDEX_TITLE.test(headerKey(table.title))) return false;
  if (!RATIO_UNIT.test(total.unit) || isWholeStructure(total)) return true;
  return total.unit.trim() === '%' && table.rows.some(isWholeStructure);
}

/**
 * Whether a row is named as a total ("Tổng số", "TỔNG SỐ - TOTAL", "Toàn tỉnh").
 *
 * @example
 * isTotal(row) // true for "Tổng số - Total"
 */
export function isTotal(row: TableRow): boolean {
  return TOTAL_NAME.test(foldedNamesOf(row).key);
}

// Grammar: dash := space* ( "-" | "–" | "—" ) space* — the whole cell: GSO's "no occurrence", 0 in a breakdown
// Example: the foreign-invested sector's "-" in every year of Quảng Ngãi's retail structure (2016); not "…" (no data).
const DASH = /^\s*[-–—]\s*$/u;

/**
 * A row's printed values by year as a total or a part (a part's dash counts as nothing there).
 *
 * @example
 * partOf(row, 'dan-so', false).values.get(2005)?.value // 85.5
 */
export function partOf(row: TableRow, indicatorId: string, isPart: boolean): TotalPart {
  const values = new Map<number, { raw: string; value: number; decimals: number; none?: true }>();
  for (const [year, cell] of Object.entries(row.values)) {
    if (cell.parsed.ok) values.set(Number(year), { raw: cell.raw, value: cell.parsed.value, decimals: cell.parsed.decimals });
    else if (isPart && DASH.test(cell.raw)) values.set(Number(year), { raw: cell.raw, value: 0, decimals: 0, none: true });
  }
  return { indicatorId, indicator: row.indicator, unit: row.unit, values };
}

// Grammar (folded): by-heading := "phan theo" space | "chia ra" ( space | "-" | ":" | end ) — a section that divides the
//   total by one criterion, or into all its parts ("divided into", whatever its English line says)
// Example: "Phân theo khoản mục đầu tư - By investment category", "Phân theo cấp quản lý", "Chia ra - Of which" over the
//          four kinds of retail business (Nam Định's yearbook 2023); not "Chia ra" inside a longer word.
const BY_HEADING = /^(?:phan theo |chia ra(?:[ :-]|$))/u;

/**
 * The totals of a report table with the rows listed as their parts (see the module comment); `keyOf` gives a row's
 * indicator id. Rows that check an index against another row (a yearbook's index block) are left out.
 *
 * @example
 * totalGroupsOf(table, 'dien-tich', (row) => slugify(row.indicator))[0]?.parts.length // 9
 */
export function totalGroupsOf(table: ReportTable, tableId: string, keyOf: (row: TableRow, index: number) => string): TotalGroup[] {
  const levels = table.rows.map((row, index) => ({ row, index })).filter(({ row }) => row.levelOf === undefined);
  const groups: TotalGroup[] = [];
  const indexOf = new Map(levels.map(({ row, index }) => [row, index] as const));
  // A part that prints no unit under a total named by its indicator is in the total's ("1. Dân số trung bình | Người" over
  // "Thành thị | |"); such groups are read only where they add up most years.
  const groupOf = (total: TableRow, parts: readonly TableRow[], blankUnits = false): TotalGroup | null => {
    const unitDiffers = (p: TableRow): boolean => p.unit !== total.unit && !(blankUnits && p.unit === '');
    if (parts.length < MIN_PARTS || parts.some(unitDiffers) || !isAdditive(table, total)) return null;
    const key = (r: TableRow): string => keyOf(r, indexOf.get(r) ?? 0);
    return { tableId, total: partOf(total, key(total), false), parts: parts.map((p) => partOf(p, key(p), true)) };
  };
  const push = (total: TableRow, parts: readonly TableRow[]): void => {
    const group = groupOf(total, parts);
    if (group !== null) groups.push(group);
  };
  const rows = levels.map((l) => l.row);
  const byDistrict = namesDistricts(table);
  levels.forEach(({ row }, at) => {
    // "Ngoài Nhà nước" over "Tập thể", "Tư nhân", "Cá thể", "Tiểu học" over "Công lập", "Ngoài công lập": a total of its
    // own (standard-breakdowns.ts).
    const sub = subPartsOf(rows, at);
    if (sub !== null) push(row, sub);
    if (!isTotal(row)) {
      // A row named by its indicator over the three sectors ("1. Tổng giá trị gia tăng (Giá 2010)"): their total when they
      // add up to it in more years than not.
      const sectors = sectorsAfter(rows, at);
      const group = sectors === null ? null : groupOf(row, sectors, true);
      if (group !== null && addsUpMostly(group)) groups.push(group);
      // "I. Cơ sở y tế" over " - Bệnh viện", " - Phòng khám", " - Trạm y tế": its parts where they add up most years;
      // " - Bệnh viện" over "Nhà nước", "Ngoài Nhà nước": likewise; "I. Diện tích trồng" over the districts by name alone
      // (no dash under it): likewise.
      for (const parts of [dashPartsUnder(rows, at), ownersUnderDash(rows, at), plainPartsUnder(rows, at)]) {
        const dashed = parts === null ? null : groupOf(row, parts, true);
        if (dashed !== null && addsUpMostly(dashed)) groups.push(dashed);
      }
      // Over "Phân theo …" sections ("1. Dân số trung bình" over "Phân theo thành thị/nông thôn": Thành thị, Nông thôn;
      // "Phân theo giới tính": Nam, Nữ): each section's standard breakdown, when it adds up most years.
      for (const parts of breakdownsUnder(rows, at)) {
        const byHeading = groupOf(row, parts, true);
        if (byHeading !== null && addsUpMostly(byHeading)) groups.push(byHeading);
      }
      return;
    }
    // The rows under the total, up to the next total: the first section's list (numbered or of districts), else each
    // section's standard breakdown ("Phân theo giới tính": Nam, Nữ; "Phân theo thành thị, nông thôn": …).
    const under: TableRow[] = [];
    for (const next of rows.slice(at + 1)) {
      if (isTotal(next)) break;
      under.push(next);
    }
    // A total printed last ("Tổng" under its sectors, as a report or a thesis prints it): the list above it, back to the
    // table's start or the total before.
    if (under.length === 0) {
      const above = partsAfter(rowsAbove(rows, at), byDistrict);
      if (above !== null) push(row, above);
      return;
    }
    const section = under[0]?.section ?? row.section;
    const first = under.filter((_r, i) => under.slice(0, i + 1).every((r) => r.section === section));
    const someOnly = (s: string | null): boolean => s !== row.section && s !== null && isSomeOfHeading(s);
    const listed = someOnly(section) ? null : partsAfter(first, byDistrict);
    if (listed !== null) return push(row, listed);
    // A yearbook with the years down the rows: the columns under "Chia ra" (divided into) are every part.
    const divided = dividedPartsOf(under);
    if (divided !== null) return push(row, divided);
    for (const run of sectionRuns(under)) {
      const heading = run[0]?.section ?? null;
      if (someOnly(heading)) continue;
      const standard = standardBreakdownsOf(run);
      for (const parts of standard) push(row, parts);
      // "Phân theo quận, huyện" after the city's other breakdowns: every district, a whole list (Đà Nẵng's yearbook).
      const districts = standard.length === 0 && run.every(isDistrictName) ? run : null;
      if (districts !== null) push(row, districts);
      // "Phân theo khoản mục đầu tư": a breakdown no list names, read as one where its rows add up most years.
      const byHeading =
        standard.length === 0 && districts === null && heading !== null && BY_HEADING.test(headerKey(heading)) ? groupOf(row, run) : null;
      if (byHeading !== null && addsUpMostly(byHeading)) groups.push(byHeading);
    }
  });
  return groups;
}

/** The rows above row `at` of its section, back to the table's start or the total before. */
function rowsAbove(rows: readonly TableRow[], at: number): TableRow[] {
  const section = rows[at]?.section ?? null;
  const above: TableRow[] = [];
  for (let i = at - 1; i >= 0; i--) {
    const row = rows[i];
    if (row === undefined || isTotal(row) || row.section !== section) break;
    above.push(row);
  }
  return above.reverse();
}

/** The standard breakdowns in the "Phân theo …" sections right under row `at` (until a row outside such a section). */
function breakdownsUnder(rows: readonly TableRow[], at: number): TableRow[][] {
  const row = rows[at];
  const under: TableRow[] = [];
  for (const next of rows.slice(at + 1, at + 1 + MAX_SECTION_ROWS)) {
    if (next.section === null || next.section === row?.section || !BY_HEADING.test(headerKey(next.section))) break;
    under.push(next);
  }
  return sectionRuns(under).flatMap(standardBreakdownsOf);
}

/** Most rows looked at under a row for its "Phân theo …" sections: a breakdown is short. */
const MAX_SECTION_ROWS = 12;

/** Rows cut where their section changes: each run one section's rows. */
function sectionRuns(rows: readonly TableRow[]): TableRow[][] {
  const runs: TableRow[][] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last[0]?.section === row.section) last.push(row);
    else runs.push([row]);
  }
  return runs;
}

/**
 * Each year in which a total and all its parts print a value and the parts do not add up to the total, within the
 * rounding of every printed figure (the sum of their half-units): a `parts-total` warning with both figures and the gap.
 *
 * @example
 * // 2018: the nine districts add up to 31.032,00 ha, the total says 31.005,00
 * checkTotal(group)[0]?.sum // 31032
 */
export function checkTotal(group: TotalGroup): PartsTotalWarning[] {
  const out: PartsTotalWarning[] = [];
  for (const [year, total] of group.total.values) {
    const y = sumIn(group, year);
    if (y === null || isWithinRounding(y)) continue;
    const { sum, slack, parts: printed } = y;
    const gap = sum - total.value;
    const decimals = Math.max(total.decimals, ...printed.map((v) => v.decimals));
    const ids = [group.total.indicatorId, ...group.parts.map((p) => p.indicatorId)];
    const unit = group.total.unit;
    out.push({
      id: warningId('parts-total', ids, [year], group.tableId),
      code: 'parts-total',
      severity: 'warning',
      indicatorIds: ids,
      indicators: [group.total.indicator, ...group.parts.map((p) => p.indicator)],
      years: [year],
      values: [{ year, raw: total.raw, value: total.value, unit }, ...printed.map((v) => ({ year, raw: v.raw, value: v.value, unit }))],
      tableId: group.tableId,
      year,
      sum,
      total: total.value,
      message: inBoth((lang) => {
        // In vi-VN style at its printed precision, whatever grouping the file used ("647790" → "647.790").
        const figures = { sum: formatNumber(sum, decimals), printed: formatNumber(total.value, total.decimals), gap: formatNumber(Math.abs(gap), decimals), slack: formatNumber(slack, decimals + 1) };
        const strings = QUALITY_MESSAGE_STRINGS[lang];
        return group.across === undefined
          ? strings.partsTotal(year, group.total.indicator, group.parts.length, figures.sum, figures.printed, figures.gap, figures.slack)
          : strings.partsAcross(year, group.across, printed.map((v) => (v.none === true ? v.raw : formatNumber(v.value, v.decimals))), figures);
      }),
    });
  }
  return out;
}
