import 'server-only';
import { BOM, CRLF, csvLine } from '../../export/csv';
import type { CsvOptions, ExportColumn, ExportRow } from '../../export/types';

/** Sheet rows encoded per chunk of the response. */
const ROWS_PER_CHUNK = 500;

/**
 * A CSV file as a byte stream, written as the rows arrive: the same bytes as `toCsv` (BOM when
 * asked, header, one CRLF-ended line per row, neutralised text), but only one chunk of rows is
 * held at a time. The rows are read when the client pulls, so a slow download reads slowly.
 *
 * @example
 * new Response(csvStream(built.columns, built.rows(), { delimiter: ';', numberStyle: 'vi', bom: true }))
 */
export function csvStream(columns: readonly ExportColumn[], rows: AsyncIterable<ExportRow>, options: CsvOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const lines: string[] = [];
      if (!started) {
        started = true;
        lines.push(`${options.bom ? BOM : ''}${csvLine(columns.map((c) => ({ kind: 'text', text: c.header })), options)}${CRLF}`);
      }
      let done = false;
      while (lines.length < ROWS_PER_CHUNK) {
        const next = await iterator.next();
        if (next.done) {
          done = true;
          break;
        }
        lines.push(`${csvLine(next.value.cells, options)}${CRLF}`);
      }
      if (lines.length > 0) controller.enqueue(encoder.encode(lines.join('')));
      if (done) controller.close();
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
