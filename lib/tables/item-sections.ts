import { breakdownPartsOf, isBreakdownPart } from './breakdown-parts';
import { headerKey } from './header-key';
import { itemNumber } from './item-number';

/*
 * A report numbers its indicators, in their names ("1. Dân số trung bình") or in an STT column, and prints headings
 * under an item that break it down: "Phân theo giới tính", "Trong đó:", "Tr.đó:". The next item of the list closes such
 * a heading's section: Thừa Thiên Huế's targets of 2019 print "1 | Tốc độ tăng GRDP (%)", "Tr.đó:", the sectors, then
 * "2 | Tổng sản phẩm … bình quân đầu người (USD)", an item of the list again, in the "Kinh tế" part of the table.
 */

// Grammar (folded): sub-heading := ( "phan theo" | "chia theo" | "chia ra" | "trong do" | "trong so" | "tr." space? "do"
//   | "bao gom" | "gom" ) then a word end — a heading that breaks the item above it down, or names some of its parts
// Example: "Phân theo giới tính", "Trong đó:", "Tr.đó:", "Tr. đó", "Chia ra" are sub-headings; "Kinh tế", "Xã hội",
//          "Trong nước" are not.
const SUB_HEADING = /^(?:phan theo|chia theo|chia ra|trong do|trong so|tr\. ?do|bao gom|gom)\b/u;

// Grammar (folded): some-of := "trong do" | "trong so" | "tr." space? "do", then a word end — "of which": some parts only
// Example: "Trong đó:", "Tr.đó:", "Tr. đó" open a partial list; "Trong nước" does not.
const SOME_OF = /^(?:trong (?:do|so)|tr\. ?do)\b/u;

// Grammar: stt-number := digit{1,2} "."? — the whole STT cell of a top-level item
// Example: "2", "12." are items 2 and 12; "1.1", "a", "II" are not.
const STT_NUMBER = /^(\d{1,2})\.?$/u;

/**
 * Whether a heading breaks the item above it down ("Phân theo …", "Chia ra") or names some of its parts ("Trong đó:",
 * "Tr.đó:").
 *
 * @example
 * isSubHeading('Tr.đó:') // true
 * isSubHeading('Kinh tế') // false
 */
export function isSubHeading(title: string): boolean {
  return SUB_HEADING.test(headerKey(title));
}

/**
 * Whether a heading opens a list of some parts only ("Trong đó:", "Tr.đó:", "Trong số").
 *
 * @example
 * isSomeOfHeading('Tr.đó:') // true
 * isSomeOfHeading('Phân theo giới tính') // false
 */
export function isSomeOfHeading(title: string): boolean {
  return SOME_OF.test(headerKey(title));
}

/** What a data row says of its place in the list: its name and its STT cell. */
export interface ItemCells {
  readonly name: string;
  readonly stt: string | null;
}

/**
 * The numbered items of a table body and the headings opened under them, row by row. A heading opened after item n
 * closes at item n + 1 (numbered in the name, or for a sub-heading in the STT column); a breakdown heading that names
 * its parts closes at the first row that is none of them; a sub-heading's section gives way to the section it opened
 * in, any other to none.
 *
 * @example
 * const items = new ItemSections();
 * items.item({ name: 'Tốc độ tăng GRDP (%)', stt: '1' }, 'Kinh tế'); // { closes: false, section: 'Kinh tế' }
 * items.opened('Tr.đó:', 'Kinh tế');
 * items.item({ name: 'Tổng sản phẩm bình quân đầu người (USD)', stt: '2' }, 'Tr.đó:'); // { closes: true, section: 'Kinh tế' }
 */
export class ItemSections {
  private lastNumber: number | null = null;
  private lastStt: number | null = null;
  private numberBefore: number | null = null;
  private sttBefore: number | null = null;
  private sub = false;
  private outer: string | null = null;
  /** The breakdown heading last opened and the parts it names ("Phân theo thành thị, nông thôn"), if any. */
  private breakdown: { readonly title: string; readonly parts: readonly string[] } | null = null;

  /** A heading `title` opened while `current` was the section. */
  opened(title: string, current: string | null): void {
    const sub = isSubHeading(title);
    // The section a run of sub-headings opened in ("Kinh tế" over "Phân theo giới tính", "Phân theo thành thị, …").
    if (sub && !(this.sub && current !== null && isSubHeading(current))) this.outer = current;
    this.sub = sub;
    this.numberBefore = this.lastNumber;
    this.sttBefore = sub ? this.lastStt : null;
    const parts = sub ? breakdownPartsOf(title) : null;
    this.breakdown = parts === null ? null : { title, parts };
  }

  /** A data row read while `section` holds: whether it closes that section, and the section it is in. */
  item(cells: ItemCells, section: string | null): { readonly closes: boolean; readonly section: string | null } {
    const number = itemNumber(cells.name);
    const stt = number === null ? sttNumberOf(cells.stt) : null;
    const byName = number !== null && this.numberBefore !== null && number === this.numberBefore + 1;
    const byStt = stt !== null && this.sttBefore !== null && stt === this.sttBefore + 1;
    // A row that is none of the parts its breakdown heading names is past the breakdown (the next indicator).
    const past = this.breakdown !== null && section === this.breakdown.title && !isBreakdownPart(cells.name, this.breakdown.parts);
    if (number !== null) this.lastNumber = number;
    if (stt !== null) this.lastStt = stt;
    if (section === null || !(byName || byStt || past)) return { closes: false, section };
    const back = this.sub ? this.outer : null;
    this.sub = false;
    this.sttBefore = null;
    this.breakdown = null;
    return { closes: true, section: back };
  }
}

function sttNumberOf(cell: string | null): number | null {
  const digits = cell === null ? undefined : STT_NUMBER.exec(cell.trim())?.[1];
  return digits === undefined ? null : Number(digits);
}
