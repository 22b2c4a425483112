export { checkSize, checkText, decodeBytes, MAX_BYTES, type TableText } from './decode-bytes';
export { detectDelimiter } from './detect-delimiter';
export { parseRows, type ParsedRecords } from './parse-rows';
export { collapseWhitespace, isBlankCell } from './collapse-whitespace';
export { headerKey } from './header-key';
export {
  buildColumns,
  columnLabel,
  findDuplicateYear,
  isIndicatorHeader,
  recognizeHeader,
  recognizeStack,
  type RecognizedHeader,
} from './recognize-columns';
export { findHeaderRow, HEADER_SEARCH_ROWS, isColumnNumberRow, mergeHeaderRows } from './locate-header';
export { compareYears, type CompareYears } from './compare-years';
export { MAX_ROWS, prepareInput, type PreparedInput, type ReadOptions } from './read-input';
export { buildReportTable, buildReportTables, readReportTable, readReportTables } from './read-report-table';
export { buildSeries, isSeriesHeader, readSeries } from './read-series';
export { readTable, readTables } from './read-table';
export * from './messages';
export * from './problems';
export type * from './types';
export { applyRoles, type RoleCorrection } from './apply-roles';
