import 'server-only';
import { z } from 'zod';
import { datasetIdSchema } from '../store/dataset-id';

export { datasetIdSchema };

/** Longest dataset name kept. */
export const MAX_NAME_LENGTH = 200;

/** Drops control characters (they would break a one-line title) and normalises to NFC. */
function cleanName(raw: string): string {
  let out = '';
  for (const ch of raw.normalize('NFC')) {
    const code = ch.codePointAt(0) ?? 0;
    out += code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0) ? ' ' : ch;
  }
  return out.trim();
}

/** A dataset name: any text, control characters removed, 1–200 characters after trimming. */
export const datasetNameSchema = z
  .string()
  .transform(cleanName)
  .pipe(z.string().min(1, 'Tên bộ dữ liệu không được để trống.').max(MAX_NAME_LENGTH, `Tên bộ dữ liệu dài quá ${MAX_NAME_LENGTH} ký tự.`));

/** `PATCH /api/datasets/:id` body. */
export const renameBodySchema = z.object({ name: datasetNameSchema }).strict();

/** The route parameters of `/api/datasets/:id`. */
export const datasetParamsSchema = z.object({ id: datasetIdSchema });
