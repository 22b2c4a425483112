export type * from './types';
export { BOM, csvEscapeCell, toCsv } from './csv';
export { computedDecimals, numberCell, textCell, yearCell } from './cells';
export { exportFileName, type YearSpan } from './file-name';
export { formatExportNumber } from './format-export-number';
export { NEUTRALISING_MARK, neutraliseText, startsLikeFormula } from './neutralise';
export { buildRowsSheet, type RowsSheetOptions } from './rows-sheet';
export { selectRows } from './select-rows';
export { buildSeriesSheet } from './series-sheet';
