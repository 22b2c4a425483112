import 'server-only';
import { z } from 'zod';
import { datasetIdSchema } from '../store/dataset-id';
import { isBidiControl, isControl } from './control-characters';
import { MAX_FORCED_HEADER_ROWS } from '../../tables/header-rows';

export { datasetIdSchema };

/** Longest dataset name kept. */
export const MAX_NAME_LENGTH = 200;

/** Control characters become spaces (they would break a one-line title), bidi controls go; NFC. */
function cleanName(raw: string): string {
  let out = '';
  for (const ch of raw.normalize('NFC')) {
    const code = ch.codePointAt(0) ?? 0;
    if (isControl(code)) out += ' ';
    else if (!isBidiControl(code)) out += ch;
  }
  return out.trim();
}

/** A dataset name: any text, control characters removed, 1–200 characters after trimming. */
export const datasetNameSchema = z
  .string()
  .transform(cleanName)
  .pipe(z.string().min(1, 'Tên bộ dữ liệu không được để trống.').max(MAX_NAME_LENGTH, `Tên bộ dữ liệu dài quá ${MAX_NAME_LENGTH} ký tự.`));

/** `PATCH /api/datasets/:id` body: a new name, or `{ "reference": true | false }` (admin). */
export const renameBodySchema = z.object({ name: datasetNameSchema }).strict();
export const datasetPatchSchema = z
  .object({ name: datasetNameSchema.optional(), reference: z.boolean().optional() })
  .strict()
  .refine((body) => (body.name === undefined) !== (body.reference === undefined), {
    message: 'Gửi đúng một trường: "name" (đổi tên) hoặc "reference" (đánh dấu số liệu gốc).',
  })
  .transform((body): { readonly name: string } | { readonly reference: boolean } =>
    body.reference === undefined ? { name: body.name ?? '' } : { reference: body.reference },
  );

/** A folded synonym phrase: 1–100 characters once folded. */
const phraseSchema = z.string().max(200).transform((s) => s.normalize('NFC').trim()).pipe(z.string().min(1).max(100));

/** `POST /api/indicators/synonyms` body: `{ "from": "Thu NSNN", "to": "thu ngân sách nhà nước" }`. */
export const synonymBodySchema = z.object({ from: phraseSchema, to: phraseSchema }).strict();

/** `POST /api/indicators/answers` body: the printed name's key and the chosen series' key, or `null` for none. */
export const answerBodySchema = z.object({ printed: phraseSchema, choice: phraseSchema.nullable() }).strict();

/** The route parameters of `/api/datasets/:id`. */
export const datasetParamsSchema = z.object({ id: datasetIdSchema });

/**
 * `roles` of an upload (the "Đã nhận ra" preview's corrections): a JSON list of
 * `{ table, column, role }`, at most 2 000, table names as the preview gave them.
 *
 * @example
 * roleCorrectionsSchema.parse([{ table: 'bang.csv', column: 3, role: 'estimate' }]);
 */
export const roleCorrectionsSchema = z
  .array(
    z
      .object({
        table: z.string().min(1).max(400),
        column: z.number().int().min(0).max(511),
        role: z.enum(['stt', 'indicator', 'unit', 'year', 'estimate', 'plan', 'claim', 'index', 'note', 'other']),
      })
      .strict(),
  )
  .max(2000);

/**
 * `headerRows` of an upload (the preview's corrections of header rows): a JSON list of
 * `{ table, from, to }`, 1-based lines, `from` ≤ `to`, at most 6 rows, at most 200 tables.
 *
 * @example
 * headerRowsCorrectionsSchema.parse([{ table: 'bang.csv', from: 2, to: 3 }]);
 */
export const headerRowsCorrectionsSchema = z
  .array(
    z
      .object({
        table: z.string().min(1).max(400),
        from: z.number().int().min(1).max(10_000_000),
        to: z.number().int().min(1).max(10_000_000),
      })
      .strict()
      .refine((c) => c.from <= c.to && c.to - c.from < MAX_FORCED_HEADER_ROWS),
  )
  .max(200);

/**
 * The `declined` field of an upload: the tables (as their reader names them) whose saved role
 * correction the user undid in the preview.
 *
 * @example
 * declinedTablesSchema.parse(['bieu.xlsx (Biểu 02)']);
 */
export const declinedTablesSchema = z.array(z.string().min(1).max(400)).max(200);
