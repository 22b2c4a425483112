import { checkFiles } from '../../verify/check-files';
import { checkTablesAgainstReferences, type TableReferenceCheck } from '../../extract/reference/check-table-reference';
import { NO_RULES } from '../../verify/reference-types';
import { referenceSources } from './reference-files';
import { collectFiles } from './collect-files';
import { formatResultsText, formatTableNotes } from './format-results';
import { describeTableProblem } from '../../tables/messages';
import { buildReviewedDataset } from '../../dataset/build-dataset';
import { formatQualityText } from './format-quality';

/** The document the CLI's files are checked as (only the quality review reads the dataset). */
const CLI_DOCUMENT = { id: 'cli', title: '', issuer: '', date: '', sections: [] };

export interface CliIO {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
}

const USAGE = 'Cách dùng: npm run --silent verify -- <tệp|thư mục>... [--reference <tệp|thư mục>]... [--json]\n';

/** Splits the arguments into table paths, `--reference` paths and `--json`; an unknown option or a missing path is an error. */
function splitArgs(args: readonly string[]): { paths: string[]; references: string[]; json: boolean } | { error: string } {
  const paths: string[] = [];
  const references: string[] = [];
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--reference') {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) return { error: 'Thiếu đường dẫn sau --reference' };
      references.push(value);
      i++;
    } else if (arg.startsWith('--reference=') && arg.length > '--reference='.length) references.push(arg.slice('--reference='.length));
    else if (arg.startsWith('--')) return { error: `Tuỳ chọn không hợp lệ: ${arg}` };
    else paths.push(arg);
  }
  return { paths, references, json };
}

function formatTableChecks(checks: readonly TableReferenceCheck[]): string {
  if (checks.length === 0) return '';
  const lines = ['', 'Đối chiếu với số liệu gốc:', ...checks.map((c) => `  ${c.severity === 'error' ? '✗ Lỗi' : '! Cảnh báo'} — ${c.file}, dòng ${c.row}: ${c.message}`)];
  return `${lines.join('\n')}\n`;
}

/**
 * Runs the `verify` command and returns its exit status: 0 when no claim is `mismatch` or
 * `wrong_direction` and no printed value differs from a `--reference` series (error), 1 when one does, 2 when
 * the input cannot be read (one line on stderr).
 *
 * @example
 * runVerifyCli(['data', '--json'], { stdout, stderr }) // 1
 */
export function runVerifyCli(args: readonly string[], io: CliIO): number {
  const split = splitArgs(args);
  if ('error' in split || split.paths.length === 0) {
    io.stderr('error' in split ? `${split.error}\n${USAGE}` : USAGE);
    return 2;
  }
  const { paths, json } = split;
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
    const references = referenceSources(split.references);
    if (!references.ok) {
      io.stderr(references.message + '\n');
      return 2;
    }
    const { results, checks } = checkTablesAgainstReferences(outcome.tables, references.sources, NO_RULES);
    // The data-quality review of every series and table: warnings only, never a change of exit status.
    const { quality } = buildReviewedDataset('cli', CLI_DOCUMENT, outcome.tables, outcome.series);
    io.stdout(
      json
        ? JSON.stringify({ results, checks, quality }, null, 2) + '\n'
        : formatTableNotes(outcome.tables.map((t) => t.table)) + formatResultsText(results) + formatTableChecks(checks) + '\n' + formatQualityText(quality),
    );
    const failed = results.some((r) => r.verdict === 'mismatch' || r.verdict === 'wrong_direction') || checks.some((c) => c.severity === 'error');
    return failed ? 1 : 0;
  } catch (e) {
    // A bug must still end in one readable line, never a stack trace.
    io.stderr(`Lỗi không mong đợi khi kiểm tra ${paths.join(', ')}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}
