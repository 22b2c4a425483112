import 'server-only';
import { z } from 'zod';

/** Ids in URLs: ASCII slugs (`bang-2-2009-2022`, `thu-ngan-sach`) or store ids (hex). */
// Grammar: one or more of a-z, A-Z, 0-9, hyphen, underscore. Example: "bang-2-2009-2022".
const idSchema = z.string().min(1).max(120).regex(/^[A-Za-z0-9_-]+$/);

const sourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('table'), id: idSchema }),
  z.object({ kind: z.literal('indicator'), id: idSchema }),
  z.object({ kind: z.literal('findings') }),
]);

/** Most row keys one request may list (the bundled data has under 100 rows). */
export const MAX_KEYS = 20_000;

/**
 * `POST /api/export/{csv,xlsx}` body. `keys`: the rows the user sees after filters, in the order
 * shown (`<tableId>:<line>`, or years for an indicator); `null` or absent = every row.
 */
export const exportRequestSchema = z.object({
  dataset: idSchema.optional(),
  source: sourceSchema,
  keys: z.array(z.string().min(1).max(200)).max(MAX_KEYS).nullable().default(null),
  lang: z.enum(['vi', 'en']).default('vi'),
  delimiter: z.enum([',', ';']).default(';'),
  numberStyle: z.enum(['vi', 'plain']).default('vi'),
});

export type ExportRequest = z.infer<typeof exportRequestSchema>;

export type ParsedExportRequest = { readonly ok: true; readonly value: ExportRequest } | { readonly ok: false; readonly reason: 'invalid-request'; readonly message: string };

/**
 * Validates a decoded JSON body. A bad body is a value, never a throw; the message names the
 * first wrong field in Vietnamese.
 *
 * @example
 * parseExportRequest({ source: { kind: 'findings' } }) // { ok: true, value: { source: { kind: 'findings' }, keys: null, lang: 'vi', delimiter: ';', numberStyle: 'vi' } }
 * parseExportRequest({ source: { kind: 'pdf' } }).ok  // false
 */
export function parseExportRequest(body: unknown): ParsedExportRequest {
  const parsed = exportRequestSchema.safeParse(body);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : 'nội dung';
  return { ok: false, reason: 'invalid-request', message: `Yêu cầu xuất dữ liệu không hợp lệ ở trường “${field}”.` };
}
