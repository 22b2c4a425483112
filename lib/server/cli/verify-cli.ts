import { checkFiles } from '../../verify/check-files';
import { collectFiles } from './collect-files';
import { formatResultsText } from './format-results';
import { describeTableProblem } from '../../tables/messages';
import { buildReviewedDataset } from '../../dataset/build-dataset';
import { formatQualityText } from './format-quality';

/** The document the CLI's files are checked as (only the quality review reads the dataset). */
const CLI_DOCUMENT = { id: 'cli', title: '', issuer: '', date: '', sections: [] };

export interface CliIO {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
}

const USAGE = 'Cách dùng: npm run --silent verify -- <tệp|thư mục>... [--json]\n';

/**
 * Runs the `verify` command and returns its exit status: 0 when no claim is `mismatch` or
 * `wrong_direction`, 1 when one is, 2 when the input cannot be read (one line on stderr).
 *
 * @example
 * runVerifyCli(['data', '--json'], { stdout, stderr }) // 1
 */
export function runVerifyCli(args: readonly string[], io: CliIO): number {
  const json = args.includes('--json');
  const paths = args.filter((a) => a !== '--json');
  const unknown = paths.find((a) => a.startsWith('--'));
  if (unknown || paths.length === 0) {
    io.stderr(unknown ? `Tuỳ chọn không hợp lệ: ${unknown}\n${USAGE}` : USAGE);
    return 2;
  }
  try {
    const collected = collectFiles(paths);
    if (!collected.ok) {
      io.stderr(collected.message + '\n');
      return 2;
    }
    const outcome = checkFiles(collected.files);
    if (!outcome.ok) {
      io.stderr(describeTableProblem(outcome.error, 'vi') + '\n');
      return 2;
    }
    const results = outcome.results;
    // The data-quality review of every series and table: warnings only, never a change of exit status.
    const { quality } = buildReviewedDataset('cli', CLI_DOCUMENT, outcome.tables, outcome.series);
    io.stdout(json ? JSON.stringify({ results, quality }, null, 2) + '\n' : formatResultsText(results) + '\n' + formatQualityText(quality));
    return results.some((r) => r.verdict === 'mismatch' || r.verdict === 'wrong_direction') ? 1 : 0;
  } catch (e) {
    // A bug must still end in one readable line, never a stack trace.
    io.stderr(`Lỗi không mong đợi khi kiểm tra ${paths.join(', ')}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}
