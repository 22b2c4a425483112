import { readFileSync } from 'node:fs';
import { checkProse, proseFails } from '../../extract/check-prose';
import type { KnownSource } from '../../extract/finding/known-values';
import { knownFromFiles } from '../../prose/known-sources';
import { checkDocumentTables } from '../../prose/document-tables';
import { paginate } from '../../prose/paginate';
import { readProseFile } from '../prose/read-prose-file';
import { collectFiles, placeOfDirectories } from './collect-files';
import { referenceSources } from './reference-files';
import { formatProseText, proseJson } from './format-prose';
import type { CliIO } from './verify-cli';

const USAGE =
  'Cách dùng: npm run --silent claims -- <tệp văn bản .txt|.docx|.pdf> [--data <tệp|thư mục>]... [--reference <tệp|thư mục>]... [--json] [--explain]\n' +
  '  --data       bảng số liệu để đối chiếu khi văn bản không in giá trị năm gốc (lặp lại được)\n' +
  '  --reference  số liệu gốc (niên giám, chuỗi chính thức): mỗi số in được so với số liệu gốc, năm gốc lấy từ đây (lặp lại được)\n' +
  '  --json     in kết quả dạng JSON\n' +
  '  --explain  in thêm các nhóm số liệu đã kiểm tra nhất quán mà không báo lỗi, kèm lý do (JSON: explanations)\n';

type Parsed =
  | {
      readonly ok: true;
      readonly file: string;
      readonly data: readonly string[];
      readonly reference: readonly string[];
      readonly json: boolean;
      readonly explain: boolean;
      readonly help: boolean;
    }
  | { readonly ok: false; readonly message: string };

function parseArgs(args: readonly string[]): Parsed {
  const data: string[] = [];
  const reference: string[] = [];
  const files: string[] = [];
  let json = false;
  let explain = false;
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--explain') explain = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--data' || arg === '--reference') {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) return { ok: false, message: `Thiếu đường dẫn sau ${arg}` };
      (arg === '--data' ? data : reference).push(value);
      i++;
    } else if (arg.startsWith('--data=') || arg.startsWith('--reference=')) {
      const [name = '', value = ''] = arg.split(/=(.*)/su);
      if (value === '') return { ok: false, message: `Thiếu đường dẫn sau ${name}=` };
      (name === '--data' ? data : reference).push(value);
    } else if (arg.startsWith('--')) return { ok: false, message: `Tuỳ chọn không hợp lệ: ${arg}` };
    else files.push(arg);
  }
  if (help) return { ok: true, file: '', data, reference, json, explain, help };
  if (files.length !== 1) {
    return { ok: false, message: files.length === 0 ? 'Thiếu tệp văn bản' : `Chỉ kiểm tra một tệp văn bản mỗi lần (nhận được ${files.length})` };
  }
  return { ok: true, file: files[0] ?? '', data, reference, json, explain, help };
}

function readBytes(file: string): { ok: true; bytes: Uint8Array } | { ok: false; message: string } {
  try {
    return { ok: true, bytes: new Uint8Array(readFileSync(file)) };
  } catch (e) {
    const code = e instanceof Error && 'code' in e ? String((e as { code: unknown }).code) : '';
    if (code === 'EISDIR') return { ok: false, message: `${file}: là thư mục, không phải tệp văn bản` };
    if (code === 'ENOENT') return { ok: false, message: `${file}: không tìm thấy tệp` };
    return { ok: false, message: `${file}: không đọc được tệp` };
  }
}

function knownSources(paths: readonly string[]): { ok: true; sources: KnownSource[] } | { ok: false; message: string } {
  if (paths.length === 0) return { ok: true, sources: [] };
  const collected = collectFiles(paths);
  if (!collected.ok) return collected;
  const known = knownFromFiles(collected.files, { vi: `bảng số liệu ${paths.join(', ')}`, en: `the data tables ${paths.join(', ')}` });
  if (!known.ok) return known;
  // A data directory that says which province it is about (`data/document.json`) never checks another's report.
  const place = placeOfDirectories(paths);
  return { ok: true, sources: [place === null ? known.source : { ...known.source, place }] };
}

/**
 * Runs the `claims` command: extracts and checks every numeric claim of a report text, linking comparisons
 * to the values the text prints, then to the `--data` tables; the tables inside a .docx or PDF are checked like
 * uploaded tables. Returns the exit status: 0 when no claim (of the text or its tables) is
 * `mismatch` or `wrong_direction` and no consistency check of severity `error` fails, 1 when one does,
 * 2 when an input cannot be read (one line on stderr naming the file).
 *
 * @example
 * await runClaimsCli(['../shared/seed/000_240dbfc099c0156e.txt', '--json'], { stdout, stderr }) // 1
 */
export async function runClaimsCli(args: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(args);
  if (!parsed.ok) {
    io.stderr(`${parsed.message}\n${USAGE}`);
    return 2;
  }
  if (parsed.help) {
    io.stdout(USAGE);
    return 0;
  }
  try {
    const bytes = readBytes(parsed.file);
    if (!bytes.ok) {
      io.stderr(`${bytes.message}\n`);
      return 2;
    }
    const text = await readProseFile(parsed.file, bytes.bytes);
    if (!text.ok) {
      io.stderr(`${text.message.vi}\n`);
      return 2;
    }
    const known = knownSources(parsed.data);
    if (!known.ok) {
      io.stderr(`${known.message}\n`);
      return 2;
    }
    const references = referenceSources(parsed.reference);
    if (!references.ok) {
      io.stderr(`${references.message}\n`);
      return 2;
    }
    const tables = checkDocumentTables(parsed.file, text.text, text.tables ?? []);
    // The document's own tables first: what the text says of a figure is checked against the table it prints.
    const own = tables.source === null ? [] : [tables.source];
    const checked = checkProse(tables.text, [...own, ...known.sources, ...references.sources]);
    const report = text.pageStarts === undefined ? checked : paginate(checked, text.pageStarts);
    const options = { explain: parsed.explain };
    io.stdout(
      parsed.json
        ? `${JSON.stringify(proseJson(report, parsed.file, tables.tables, options), null, 2)}\n`
        : formatProseText(report, parsed.file, tables.tables, options),
    );
    const tableFails = tables.tables.some((t) => t.results.some((r) => r.verdict === 'mismatch' || r.verdict === 'wrong_direction'));
    return proseFails(report) || tableFails ? 1 : 0;
  } catch (e) {
    // A bug must still end in one readable line, never a stack trace.
    io.stderr(`Lỗi không mong đợi khi kiểm tra ${parsed.file}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
    return 2;
  }
}
