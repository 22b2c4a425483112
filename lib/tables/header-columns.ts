import { collapseWhitespace } from './collapse-whitespace';
import { headerKey } from './header-key';
import { recognizeStack, type StackedHeader } from './recognize-columns';
import { yearPairOf } from './year-headers';
import type { Column, ColumnRole } from './types';

/*
 * The columns of a table's header, from the stack of header cells above each column (header-block.ts reads the
 * stacks): one role per column, the years, the groups, and the indicator column when no header names it.
 */

// Grammar: row-label := ( "các" space )? ( "tỉnh" | "thành phố" | "vùng" | "huyện" | "quận" | "thị xã" | "xã" | "địa
//   phương" | "ngành" | "khu vực" | "loại hình" | "phân theo" | "đơn vị hành chính" | "nhóm" | "mặt hàng" | "sản phẩm" )
//   at the start of the folded header, a whole word
// Example: "Tỉnh, vùng", "Phân theo huyện", "Ngành kinh tế" name what a yearbook's rows are; "Tên", "Ghi chú" do not.
const YEARBOOK_ROW_LABEL =
  /^(?:cac )?(?:tinh|thanh pho|vung|huyen|quan|thi xa|xa|dia phuong|nganh|khu vuc|loai hinh|phan theo|don vi hanh chinh|nhom|mat hang|san pham)(?![a-z0-9])/;

/**
 * Whether a header cell names what a yearbook's rows are (provinces, districts, sectors), so its column holds the
 * indicator names.
 *
 * @example
 * isYearbookRowLabel('Tỉnh, vùng') // true
 * isYearbookRowLabel('Tên') // false
 */
export function isYearbookRowLabel(cell: string): boolean {
  return YEARBOOK_ROW_LABEL.test(headerKey(cell));
}

// Grammar (folded): corner-year := ( "nam" [ space? "-" space? "year" ] | "year" ), the whole cell — the corner over a
//   table's column of names that names what runs across: the years
// Example: "Năm" over "| 2008 | 2012 | …" (Long An's growth rates), "Năm - Year"; not "Năm 2015", "Nam giới", "Năm học".
const CORNER_YEAR = /^(?:nam(?: ?- ?year)?|year)$/u;

/**
 * Whether a header cell left of the years says its column holds the indicator names: it names what a yearbook's rows
 * are (isYearbookRowLabel), or the years that run across ("Năm").
 *
 * @example
 * isCornerLabel('Năm') // true
 * isCornerLabel('Tỉnh, vùng') // true
 * isCornerLabel('Ghi chú') // false
 */
export function isCornerLabel(cell: string): boolean {
  return isYearbookRowLabel(cell) || CORNER_YEAR.test(headerKey(cell));
}

/** Whether a role holds the values of a year: a year or an estimate. */
export function isYearRole(role: ColumnRole): boolean {
  return role === 'year' || role === 'estimate';
}

// Grammar: group-unit := space* ( "," | "(" ) anything to the end — the unit a group label ends with
// Example: "dien tich, ha" and "san luong (tan)" end in one; "dien tich" does not.
const GROUP_UNIT = /\s*[,(].*$/u;

/**
 * The stacks with one label per column group: a comparison's group printed without the unit its values' group has
 * ("% 2019 so với 2018 về | Diện tích" beside "8T/2019 | Diện tích, ha") takes that group's label.
 */
function sameGroups(read: readonly StackedHeader[]): StackedHeader[] {
  const labels = new Map<string, string>();
  for (const r of read) if (r.group !== undefined) labels.set(headerKey(r.group).replace(GROUP_UNIT, ''), labels.get(headerKey(r.group).replace(GROUP_UNIT, '')) ?? r.group);
  return read.map((r) => {
    const label = r.group === undefined ? undefined : labels.get(headerKey(r.group));
    return label === undefined || label === r.group ? r : { ...r, group: label };
  });
}

const SINGLE: ReadonlySet<ColumnRole> = new Set(['stt', 'indicator', 'unit', 'plan', 'note']);

/**
 * Columns from the header stacks: a second single-role column is `other`, a second claim or index
 * column too, a `Cùng kỳ` column without a year takes the year before the latest year.
 */
export function columnsOf(stacks: readonly (readonly string[])[], yearsAt: number | null): Column[] {
  const taken = new Set<string>();
  const read = sameGroups(stacks.map((stack) => recognizeStack(stack)));
  const latest = Math.max(0, ...read.flatMap((r) => (r.year !== undefined && isYearRole(r.role) ? [r.year] : [])));
  const columns = read.map((r, index): Column => {
    let role: ColumnRole = r.role;
    if (yearsAt !== null) {
      if (index === yearsAt) role = 'year';
      else if (role !== 'stt' && role !== 'note' && role !== 'unit' && role !== 'index') role = r.header === '' ? 'other' : 'indicator';
      return { index, header: collapseWhitespace(r.header), role };
    }
    const kind = role === 'index' ? 'claim' : role;
    if (SINGLE.has(kind) || kind === 'claim') {
      // One column of each role per column group (a yearbook prints a comparison under every group).
      const key = `${kind}|${r.group ?? ''}`;
      if (taken.has(key)) role = 'other';
      else taken.add(key);
    }
    let year = r.year;
    if (year === undefined && r.sameTimeLastYear && latest > 0) year = latest - 1;
    if (isYearRole(role) && year === undefined) role = 'other';
    const column: Column = { index, header: collapseWhitespace(r.header), role };
    const parted = r.part !== undefined && isYearRole(role) ? { part: r.part } : {};
    const withYear = year !== undefined && (isYearRole(role) || role === 'plan') ? { ...column, year, ...parted } : column;
    return r.group !== undefined && role !== 'other' ? { ...withYear, group: r.group } : withYear;
  });
  // A provincial yearbook's table of indices alone (`| 2016/2015 | 2017/2016 | …`, no year printed by itself) holds a
  // series of yearly indices: each column is its later year's value, the index on the year before. Beside columns of
  // levels, such a column stays a comparison of its two years.
  if (!columns.some((c) => isYearRole(c.role))) {
    columns.forEach((c, i) => {
      const later = yearPairOf(c.header)?.later;
      if (later !== undefined) columns[i] = { index: c.index, header: c.header, role: 'year', year: later };
    });
  }
  // A table whose header names no indicator column: the first unnamed column left of the years holds it, else the
  // first column left of them that names what a yearbook's rows are ("Tỉnh, vùng", "Huyện, thị xã") or the years ("Năm"),
  // else the first other column left of them.
  if (yearsAt === null && !columns.some((c) => c.role === 'indicator')) {
    const years = columns.findIndex((c) => isYearRole(c.role));
    const firstYear = years >= 0 ? years : columns.findIndex((c) => c.role === 'claim' || c.role === 'index');
    const unnamed = columns.findIndex((c, i) => i < firstYear && c.role === 'other' && c.header === '');
    const labelled = columns.findIndex((c, i) => i < firstYear && c.role === 'other' && isCornerLabel(c.header));
    // Else the first column of words left of them: "GDP | 2010 | 2011 | …" names its rows by what they measure.
    const at = unnamed >= 0 ? unnamed : labelled >= 0 ? labelled : columns.findIndex((c, i) => i < firstYear && c.role === 'other');
    const old = columns[at];
    if (old) columns[at] = { index: old.index, header: old.header, role: 'indicator' };
  }
  return columns;
}
