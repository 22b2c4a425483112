import { checkProse } from '../../extract/check-prose';
import { NO_RULES, type MatchRules } from '../../verify/reference-types';
import { displayProse } from '../../extract/text/display-prose';
import type { KnownSource } from '../../extract/finding/known-values';
import type { Lang } from '../../i18n/lang';
import { readProseFile, type ProseFileFormat } from './read-prose-file';
import { checkDocumentTables } from '../../prose/document-tables';
import { pageBreaks, paginate } from '../../prose/paginate';
import { findTableBlocks, type TableBlock } from '../../prose/table-blocks';
import type { LegacyFont } from '../../text/legacy-fonts';
import { MAX_PROSE_CHARS, type ProseResponse } from '../../prose/types';
import { refuse, type ApiResult } from '../api/respond';

/**
 * The heavy half of `POST /api/prose`, run in the worker pool: reads the text out of the bytes
 * sent (a .txt, .docx or .pdf file, or a raw body), checks its length, then checks every claim.
 */

/** What was sent, once the body has been read (size-checked) on the main thread. */
export type ProseBody =
  | { readonly kind: 'text'; readonly text: string }
  /** A file, or a raw body read as one; `name` is null for a raw body without `?filename=`. */
  | { readonly kind: 'file'; readonly name: string | null; readonly bytes: Uint8Array };

const integer = (lang: Lang, n: number): string => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(n);

interface ReadText {
  readonly text: string;
  readonly name: string | null;
  readonly format: ProseFileFormat | 'paste';
  readonly pageStarts: readonly number[] | null;
  readonly tables: readonly TableBlock[];
  readonly legacyFont?: LegacyFont;
}

async function textOf(body: ProseBody): Promise<ApiResult<ReadText>> {
  // A pasted table keeps the tabs of Word and Excel: read like a .docx table.
  if (body.kind === 'text') return { ok: true, value: { text: body.text, name: null, format: 'paste', pageStarts: null, tables: findTableBlocks(body.text) } };
  const read = await readProseFile(body.name ?? 'van-ban.txt', body.bytes);
  if (!read.ok) return refuse(read.status, read.message);
  const format = body.name === null && read.format !== 'pdf' ? 'paste' : read.format;
  const value: ReadText = { text: read.text, name: body.name, format, pageStarts: read.pageStarts ?? null, tables: read.tables ?? [] };
  return { ok: true, value: read.legacyFont ? { ...value, legacyFont: read.legacyFont } : value };
}

/**
 * Checks a report text against itself, then the given sources, as the JSON answer; refuses an
 * empty text (400), a text over {@link MAX_PROSE_CHARS} characters (413), a file that is not
 * .txt, .docx or .pdf (415), a PDF without a text layer (422).
 *
 * @example
 * const answer = await checkProseBody({ kind: 'text', text: 'Năm 2022 đạt 845,5 triệu USD.' }, []);
 * if (answer.ok) answer.value.input.characters // 29
 */
export async function checkProseBody(body: ProseBody, sources: readonly KnownSource[], rules: MatchRules = NO_RULES): Promise<ApiResult<ProseResponse>> {
  const checked = await checkDocumentBody(body, sources, rules);
  return checked.ok ? { ok: true, value: checked.value.response } : checked;
}

/** A checked text: the answer of `POST /api/prose`, and the text as read (NFC) that its offsets point into. */
export interface CheckedBody {
  readonly response: ProseResponse;
  readonly text: string;
}

/**
 * {@link checkProseBody} keeping the text read, for a stored document.
 *
 * @example
 * const checked = await checkDocumentBody({ kind: 'file', name: 'bao-cao.pdf', bytes }, []);
 * if (checked.ok) checked.value.text.length // 12034
 */
export async function checkDocumentBody(body: ProseBody, sources: readonly KnownSource[], rules: MatchRules = NO_RULES): Promise<ApiResult<CheckedBody>> {
  const input = await textOf(body);
  if (!input.ok) return input;
  const text = input.value.text.normalize('NFC');
  if (text.trim() === '') {
    return refuse(400, {
      vi: 'Chưa có văn bản: hãy dán nội dung báo cáo hoặc chọn tệp .txt, .docx hay .pdf.',
      en: 'There is no text yet: paste the report or choose a .txt, .docx or .pdf file.',
    });
  }
  if (text.length > MAX_PROSE_CHARS) {
    return refuse(413, {
      vi: `Văn bản quá dài (${integer('vi', text.length)} ký tự); giới hạn là ${integer('vi', MAX_PROSE_CHARS)} ký tự. Hãy chia báo cáo thành nhiều phần.`,
      en: `The text is too long (${integer('en', text.length)} characters); the limit is ${integer('en', MAX_PROSE_CHARS)} characters. Split the report into several parts.`,
    });
  }
  const pageStarts = input.value.pageStarts;
  const tables = checkDocumentTables(input.value.name ?? 'van-ban', text, input.value.tables);
  // The document's own tables first: what the text says of a figure is checked against the table it prints.
  const linked = tables.source === null ? sources : [tables.source, ...sources];
  const checked = checkProse(tables.text, linked, rules);
  const report = pageStarts === null ? checked : paginate(checked, pageStarts);
  const display = displayProse(report.text, report.claims);
  const response: ProseResponse = {
      claims: report.claims,
      checks: report.checks,
      counts: report.counts,
      display,
      pageBreaks: pageStarts === null ? [] : pageBreaks(report.text, pageStarts, display),
      tables: tables.tables,
      input: {
        name: input.value.name,
        format: input.value.format,
        characters: report.text.length,
        pages: pageStarts?.length ?? null,
        ...(input.value.legacyFont ? { legacyFont: input.value.legacyFont } : {}),
      },
      sources: linked
        .filter((s) => !report.setAside.some((a) => a.label === s.label && a.id === s.id))
        .map((s) => ({ origin: s.origin, label: s.label, labelEn: s.labelEn, values: s.values.length, ...(s.id === undefined ? {} : { id: s.id }) })),
      questions: report.questions,
      ...(report.setAside.length === 0 ? {} : { setAside: report.setAside }),
  };
  return { ok: true, value: { response, text } };
}
