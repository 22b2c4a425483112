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
  if (type !== 'application/json') return refuse(415, {
      vi: 'Nội dung gửi lên phải là JSON (Content-Type: application/json).',
      en: 'The request body must be JSON (Content-Type: application/json).',
    });
  const body = await readLimitedBody(request, MAX_JSON_BYTES, null);
  if (!body.ok) return body;
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8').decode(body.value));
  } catch {
    return refuse(400, { vi: 'Nội dung gửi lên không phải JSON hợp lệ.', en: 'The request body is not valid JSON.' });
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : null;
  return refuse(400, {
    vi: `${field === null ? '' : `Trường "${field}": `}${issueTextVi(issue)}`,
    en: `${field === null ? 'The body' : `Field "${field}"`} ${issueTextEn(issue)}`,
  });
}

/** The schema's own (Vietnamese) message, or a general one. */
function issueTextVi(issue: z.core.$ZodIssue | undefined): string {
  return issue?.code === 'unrecognized_keys' ? 'có trường không được nhận.' : issue?.message ?? 'dữ liệu không hợp lệ.';
}

/** The schemas word their messages in Vietnamese; English is said from the issue's kind. */
function issueTextEn(issue: z.core.$ZodIssue | undefined): string {
  switch (issue?.code) {
    case 'unrecognized_keys':
      return 'has fields that are not accepted.';
    case 'too_small':
      return 'must not be empty.';
    case 'too_big':
      return `is longer than ${String(issue.maximum)} characters.`;
    default:
      return 'is not valid.';
  }
}
