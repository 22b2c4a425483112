import 'server-only';
import type { z } from 'zod';
import { refuse, type ApiResult } from './respond';
import { readLimitedBody } from '../upload/read-body';

/** A JSON body is small: a name and little else. */
const MAX_JSON_BYTES = 16 * 1024;

/**
 * Reads a small JSON body and validates it with a zod schema: 415 when it is not JSON, 400 when
 * it does not parse or does not fit the schema (with the schema's Vietnamese message).
 *
 * @example
 * const body = await readJsonBody(request, renameBodySchema);
 * if (body.ok) body.value.name // 'Báo cáo quý 1'
 */
export async function readJsonBody<T>(request: Request, schema: z.ZodType<T>): Promise<ApiResult<T>> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return refuse(415, 'Nội dung gửi lên phải là JSON (Content-Type: application/json).');
  const body = await readLimitedBody(request, MAX_JSON_BYTES, null);
  if (!body.ok) return body;
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8').decode(body.value));
  } catch {
    return refuse(400, 'Nội dung gửi lên không phải JSON hợp lệ.');
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `Trường "${issue.path.join('.')}": ` : '';
  const text = issue?.code === 'unrecognized_keys' ? 'có trường không được nhận.' : issue?.message ?? 'dữ liệu không hợp lệ.';
  return refuse(400, `${where}${text}`);
}
