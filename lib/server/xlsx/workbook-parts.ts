import { streamEntry, type InflateBudget, type InflateFailure } from './inflate-entry';
import { xmlFeed, type XmlHandlers } from './xml-feed';
import type { ZipEntry } from './zip-directory';

/**
 * The small parts of an .xlsx workbook the sheet reader needs: the sheet list (workbook.xml and
 * its relations), the shared strings and the number formats of the cell styles. Each is read in
 * one streaming pass under the archive's inflate budget.
 */

export interface SheetRef {
  readonly name: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  /** The zip entry holding the sheet's XML, e.g. `xl/worksheets/sheet1.xml`. */
  readonly path: string;
}

export interface WorkbookInfo {
  readonly sheets: readonly SheetRef[];
  /** Dates counted from 1904 (old Mac workbooks) rather than 1900. */
  readonly date1904: boolean;
  readonly sharedStringsPath: string | null;
  readonly stylesPath: string | null;
}

export type PartResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: InflateFailure };

/** More shared strings than this is not a statistics table. */
export const MAX_SHARED_STRINGS = 1_000_000;

/** Looks an entry up by name, case-insensitively as Excel does. */
export function findEntry(entries: readonly ZipEntry[], path: string): ZipEntry | undefined {
  const lower = path.toLowerCase();
  return entries.find((e) => e.name === path) ?? entries.find((e) => e.name.toLowerCase() === lower);
}

/** Runs one XML pass over an entry; a missing entry, malformed XML or a blown budget fails. */
async function passOver(bytes: Uint8Array, entry: ZipEntry | undefined, budget: InflateBudget, handlers: XmlHandlers): Promise<PartResult<null>> {
  if (!entry) return { ok: false, reason: 'broken' };
  const feed = xmlFeed(handlers);
  const outcome = await streamEntry(bytes, entry, budget, (chunk) => {
    feed.write(chunk);
    return true;
  });
  if (!outcome.ok) return { ok: false, reason: outcome.reason === 'too-large' ? 'too-large' : 'broken' };
  try {
    feed.close();
  } catch {
    return { ok: false, reason: 'broken' };
  }
  return { ok: true, value: null };
}

/**
 * A relation target made into a zip path: `worksheets/sheet1.xml` from `xl/` is
 * `xl/worksheets/sheet1.xml`; `/xl/styles.xml` is absolute; `..` steps up.
 *
 * @example
 * resolveTarget('xl/', '../customXml/item1.xml') // 'customXml/item1.xml'
 */
export function resolveTarget(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

interface Relation {
  readonly type: string;
  readonly target: string;
}

function stateOf(raw: string | undefined): SheetRef['state'] {
  return raw === 'hidden' || raw === 'veryHidden' ? raw : 'visible';
}

/**
 * The sheets of a workbook in order, with where each one's XML lives.
 *
 * @example
 * await readWorkbookInfo(bytes, entries, { remaining: 1e8 })
 * // { ok: true, value: { sheets: [{ name: 'Bảng 1', state: 'visible', path: 'xl/worksheets/sheet1.xml' }], … } }
 */
export async function readWorkbookInfo(bytes: Uint8Array, entries: readonly ZipEntry[], budget: InflateBudget): Promise<PartResult<WorkbookInfo>> {
  const relations = new Map<string, Relation>();
  const rels = findEntry(entries, 'xl/_rels/workbook.xml.rels');
  if (rels) {
    const read = await passOver(bytes, rels, budget, {
      open(name, a) {
        if (name === 'Relationship' && a.Id !== undefined && a.Target !== undefined) {
          relations.set(a.Id, { type: a.Type ?? '', target: resolveTarget('xl/', a.Target) });
        }
      },
    });
    if (!read.ok) return read;
  }
  const listed: { name: string; state: SheetRef['state']; id: string | undefined }[] = [];
  let date1904 = false;
  const read = await passOver(bytes, findEntry(entries, 'xl/workbook.xml'), budget, {
    open(name, a) {
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      if (name === 'sheet' && a.name !== undefined) listed.push({ name: a.name, state: stateOf(a.state), id: a.id });
    },
  });
  if (!read.ok) return read;
  const sheets = listed.map((s, i): SheetRef => {
    const relation = s.id === undefined ? undefined : relations.get(s.id);
    return { name: s.name, state: s.state, path: relation?.target ?? `xl/worksheets/sheet${i + 1}.xml` };
  });
  const byType = (suffix: string, fallback: string): string | null => {
    for (const r of relations.values()) if (r.type.endsWith(suffix)) return r.target;
    return findEntry(entries, fallback) ? fallback : null;
  };
  return {
    ok: true,
    value: { sheets, date1904, sharedStringsPath: byType('/sharedStrings', 'xl/sharedStrings.xml'), stylesPath: byType('/styles', 'xl/styles.xml') },
  };
}

/**
 * The shared strings, rich-text runs joined and phonetic guides (`rPh`) left out.
 *
 * @example
 * await readSharedStrings(bytes, entries, 'xl/sharedStrings.xml', budget) // { ok: true, value: ['STT', 'Chỉ tiêu', …] }
 */
export async function readSharedStrings(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  path: string | null,
  budget: InflateBudget,
): Promise<PartResult<string[]>> {
  const strings: string[] = [];
  if (path === null) return { ok: true, value: strings };
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  let overflow = false;
  const read = await passOver(bytes, findEntry(entries, path), budget, {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't') inText = phonetic === 0;
    },
    text(text) {
      if (inText && current !== null) current += text;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') {
        if (strings.length >= MAX_SHARED_STRINGS) overflow = true;
        else strings.push(current ?? '');
        current = null;
      }
    },
  });
  if (!read.ok) return read;
  return overflow ? { ok: false, reason: 'too-large' } : { ok: true, value: strings };
}

/** Excel's built-in number formats, by id (the ones a statistics sheet may use). */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/**
 * The number format code of each cell style (`cellXfs`, by index); undefined for General.
 *
 * @example
 * await readStyleFormats(bytes, entries, 'xl/styles.xml', budget) // { ok: true, value: [undefined, '0.0', '#,##0'] }
 */
export async function readStyleFormats(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  path: string | null,
  budget: InflateBudget,
): Promise<PartResult<(string | undefined)[]>> {
  const formats: (string | undefined)[] = [];
  if (path === null) return { ok: true, value: formats };
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  const read = await passOver(bytes, findEntry(entries, path), budget, {
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId !== undefined && a.formatCode !== undefined) custom.set(Number(a.numFmtId), a.formatCode);
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) ids.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  if (!read.ok) return read;
  for (const id of ids) formats.push(custom.get(id) ?? BUILT_IN_FORMATS[id]);
  return { ok: true, value: formats };
}
