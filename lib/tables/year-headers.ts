import { headerKey } from './header-key';

/*
 * Year headers that are not a year alone: a provincial yearbook's index on the year before ("2016/2015") and a school
 * or crop year ("2022-2023"). recognize-columns.ts gives them their roles.
 */

// Grammar: year-pair := ["nam "] YEAR [" "] "/" [" "] ["nam "] YEAR [[" "] ( "(%)" | "%" )] — the later year over the
//   earlier: a provincial yearbook's index column ("2016/2015" is 2016 with 2015 = 100). An earlier year first
//   ("2015/2016") is a school or crop year, not a comparison.
// Example: "2016/2015", "nam 2019/nam 2018 (%)" match (groups 1 and 2 the years); "2015-2016" does not.
const YEAR_PAIR = /^(?:nam )?((?:19|20|21)\d{2}) ?\/ ?(?:nam )?((?:19|20|21)\d{2})(?: ?\(%\)| ?%)?$/;

// Grammar: school-year := ( PREL space? ( "-" space? )? )? ( "nam hoc " )? YEAR space? ( "-" | "–" | "/" ) space? YEAR
//   ( space ( "so bo" | "sb" ) PREL? )?, the second YEAR the first plus one; PREL := "so bo" ( space? "-"? space?
//   "prel" "."? )? | "prel" "."? — a school or crop year, counted at 30 September of its first year
// Example: "2015-2016", "nam hoc 2022 - 2023", "so bo - prel. 2022-2023" match (groups 1 and 2 the years); "2016-2020"
//          (a period) and "2016/2015" (an index) do not.
const SCHOOL_YEAR =
  /^(?:(?:so bo(?: ?-? ?prel\.?)?|prel\.?) )?(?:nam hoc )?((?:19|20|21)\d{2}) ?[-–/] ?((?:19|20|21)\d{2})(?: (?:so bo|sb)(?: ?-? ?prel\.?)?)?$/;

/**
 * The years of a school or crop year header ("2022-2023", "Năm học 2022 - 2023"): the first, under which its values are
 * kept (yearbooks count them at 30 September of that year), and the label as printed. `null` for anything else.
 *
 * @example
 * schoolYearOf('Năm học 2022 - 2023') // { year: 2022, label: '2022-2023' }
 * schoolYearOf('2016-2020')           // null: a period
 */
export function schoolYearOf(header: string): { readonly year: number; readonly label: string } | null {
  const m = SCHOOL_YEAR.exec(headerKey(header));
  if (m === null) return null;
  const first = Number(m[1]);
  return Number(m[2]) === first + 1 ? { year: first, label: `${first}-${first + 1}` } : null;
}

/**
 * The two years of a provincial yearbook's index column, the later over the earlier ("2016/2015"), or `null`.
 *
 * @example
 * yearPairOf('2016/2015')  // { later: 2016, earlier: 2015 }
 * yearPairOf('2015/2016')  // null: a school year
 */
export function yearPairOf(header: string): { readonly later: number; readonly earlier: number } | null {
  const pair = YEAR_PAIR.exec(headerKey(header));
  if (pair === null) return null;
  const later = Number(pair[1]);
  const earlier = Number(pair[2]);
  return later > earlier ? { later, earlier } : null;
}
