import { decideNumberStyle, voteNumberStyle } from '../numbers/detect-number-style';
import { parseNumber } from '../numbers/parse-number';
import type { NumberStyle } from '../numbers/types';
import { mixedMarksWarning, notANumberWarning } from './messages';
import { columnLabel } from './recognize-columns';
import type { Column, TableWarning, ValueCell } from './types';

/**
 * Reads value cells in the file's number style, warning on cells that are not numbers.
 *
 * @example
 * const reader = new ValueReader('bang.csv', 'vi');
 * reader.read(['GRDP', '47.684'], { index: 1, header: '2022', role: 'year', year: 2022 }, 3).parsed // { ok: true, value: 47684, … }
 */
export class ValueReader {
  readonly warnings: TableWarning[] = [];

  constructor(
    private readonly file: string,
    private readonly style: NumberStyle,
  ) {}

  read(record: readonly string[], column: Column, line: number): ValueCell {
    const raw = (record[column.index] ?? '').trim();
    const parsed = parseNumber(raw, this.style);
    if (!parsed.ok) {
      if (parsed.reason === 'not-a-number') {
        this.warnings.push(notANumberWarning(this.file, line, columnLabel(column), raw));
      }
    } else if (parsed.warning === 'mixed-marks') {
      this.warnings.push(mixedMarksWarning(this.file, line, columnLabel(column), raw));
    }
    return { raw, parsed };
  }
}

/**
 * Counts the votes for the file's number style cast by the non-empty value cells (voteNumberStyle).
 *
 * @example
 * const votes = new StyleVotes();
 * votes.add('47.684,5');
 * votes.decide().style // 'vi'
 */
export class StyleVotes {
  private vi = 0;
  private en = 0;

  add(cell: string | undefined): void {
    if (cell === undefined || cell === '') return;
    const vote = voteNumberStyle(cell);
    if (vote === 'vi') this.vi++;
    else if (vote === 'en') this.en++;
  }

  decide(): ReturnType<typeof decideNumberStyle> {
    return decideNumberStyle(this.vi, this.en);
  }
}
