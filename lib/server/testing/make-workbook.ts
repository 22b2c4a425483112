import ExcelJS from 'exceljs';

/** A cell for makeWorkbook: a value, or a value with a number format. */
export type SheetCell = ExcelJS.CellValue | { readonly value: ExcelJS.CellValue; readonly numFmt: string };

export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly SheetCell[])[];
  /** Ranges to merge, e.g. 'A1:A2'. */
  readonly merges?: readonly string[];
  readonly state?: 'visible' | 'hidden';
}

function isFormatted(cell: SheetCell): cell is { readonly value: ExcelJS.CellValue; readonly numFmt: string } {
  return typeof cell === 'object' && cell !== null && 'numFmt' in cell && !(cell instanceof Date);
}

/**
 * Builds an .xlsx workbook in memory with exceljs (tests and fixtures).
 *
 * @example
 * await makeWorkbook([{ name: 'Bảng 1', rows: [['STT', 'Chỉ tiêu', 'Năm 2015']] }])
 */
export async function makeWorkbook(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, spec.state ? { state: spec.state } : undefined);
    spec.rows.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        if (cell === null || cell === undefined) return;
        const target = sheet.getCell(r + 1, c + 1);
        if (isFormatted(cell)) {
          target.value = cell.value;
          target.numFmt = cell.numFmt;
        } else {
          target.value = cell as ExcelJS.CellValue;
        }
      });
    });
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
