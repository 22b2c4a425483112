import { checkProse } from '../../extract/check-prose';
import { displayProse } from '../../extract/text/display-prose';
import type { KnownSource } from '../../extract/finding/known-values';
import type { Lang } from '../../i18n/lang';
import { readProseFile, type ProseFileFormat } from '../../prose/read-prose-file';
import type { LegacyFont } from '../../text/legacy-fonts';
import { MAX_PROSE_CHARS, type ProseResponse } from '../../prose/types';
import { refuse, type ApiResult } from '../api/respond';

/**
 * The heavy half of `POST /api/prose`, run in the worker pool: reads the text out of the bytes
 * sent (a .txt or .docx file, or a raw body), checks its length, then checks every claim.
 */

/** What was sent, once the body has been read (size-checked) on the main thread. */
export type ProseBody =
  | { readonly kind: 'text'; readonly text: string }
  /** A file, or a raw body read as one; `name` is null for a raw body without `?filename=`. */
  | { readonly kind: 'file'; readonly name: string | null; readonly bytes: Uint8Array };

const integer = (lang: Lang, n: number): string => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(n);

interface ReadInput {
  readonly text: string;
  readonly name: string | null;
  readonly format: ProseFileFormat | 'paste';
  readonly legacyFont?: LegacyFont;
}

async function textOf(body: ProseBody): Promise<ApiResult<ReadInput>> {
  if (body.kind === 'text') return { ok: true, value: { text: body.text, name: null, format: 'paste' } };
  const read = await readProseFile(body.name ?? 'van-ban.txt', body.bytes);
  if (!read.ok) return refuse(read.status, read.message);
  const value: ReadInput = { text: read.text, name: body.name, format: body.name === null ? 'paste' : read.format };
  return { ok: true, value: read.legacyFont ? { ...value, legacyFont: read.legacyFont } : value };
}

/**
 * Checks a report text against itself, then the given sources, as the JSON answer; refuses an
 * empty text (400), a text over {@link MAX_PROSE_CHARS} characters (413), a file that is not
 * .txt or .docx (415).
 *
 * @example
 * const answer = await checkProseBody({ kind: 'text', text: 'Năm 2022 đạt 845,5 triệu USD.' }, []);
 * if (answer.ok) answer.value.input.characters // 29
 */
export async function checkProseBody(body: ProseBody, sources: readonly KnownSource[]): Promise<ApiResult<ProseResponse>> {
  const input = await textOf(body);
  if (!input.ok) return input;
  const text = input.value.text.normalize('NFC');
  if (text.trim() === '') {
    return refuse(400, {
      vi: 'Chưa có văn bản: hãy dán nội dung báo cáo hoặc chọn tệp .txt hay .docx.',
      en: 'There is no text yet: paste the report or choose a .txt or .docx file.',
    });
  }
  if (text.length > MAX_PROSE_CHARS) {
    return refuse(413, {
      vi: `Văn bản quá dài (${integer('vi', text.length)} ký tự); giới hạn là ${integer('vi', MAX_PROSE_CHARS)} ký tự. Hãy chia báo cáo thành nhiều phần.`,
      en: `The text is too long (${integer('en', text.length)} characters); the limit is ${integer('en', MAX_PROSE_CHARS)} characters. Split the report into several parts.`,
    });
  }
  const report = checkProse(text, sources);
  return {
    ok: true,
    value: {
      claims: report.claims,
      checks: report.checks,
      counts: report.counts,
      display: displayProse(report.text, report.claims),
      input: {
        name: input.value.name,
        format: input.value.format,
        characters: report.text.length,
        ...(input.value.legacyFont ? { legacyFont: input.value.legacyFont } : {}),
      },
      sources: sources.map((s) => ({ origin: s.origin, label: s.label, values: s.values.length })),
    },
  };
}
