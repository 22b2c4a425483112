import { describeTableProblem } from '../messages';
import { readReportTable } from '../read-report-table';
import type { ReadOptions } from '../read-input';
import type { ReportTable, TableError } from '../types';

/*
 * Test helpers: read a table and fail loudly when the outcome is not the expected kind.
 */

/**
 * Reads a report table that must be accepted.
 *
 * @example
 * readReportOk('Chỉ tiêu;Năm 2009\nA;1').rows.length; // 1
 */
export function readReportOk(input: Uint8Array | string, file = 'bang.csv', options: ReadOptions = {}): ReportTable {
  const r = readReportTable(input, file, options);
  if (!r.ok) throw new Error(`expected a table, got ${describeTableProblem(r.error, 'vi')}`);
  return r.value;
}

/**
 * Reads a report table that must be refused.
 *
 * @example
 * readReportError('', 'bang.csv').code; // 'empty-file'
 */
export function readReportError(input: Uint8Array | string, file = 'bang.csv', options: ReadOptions = {}): TableError {
  const r = readReportTable(input, file, options);
  if (r.ok) throw new Error('expected the table to be refused');
  return r.error;
}
