import 'server-only';
import { refuse, type ApiResult } from './respond';
import { datasetIdSchema } from './schemas';

const SHOWN_ID_LENGTH = 40;

/**
 * Validates the `:id` of a dataset route: 32 lower-case hex digits, else a 400.
 *
 * @example
 * await datasetIdFrom(Promise.resolve({ id: '../x' })) // { ok: false, error: { status: 400, … } }
 */
export async function datasetIdFrom(params: Promise<{ id: string }>): Promise<ApiResult<string>> {
  const { id } = await params;
  const parsed = datasetIdSchema.safeParse(id);
  if (parsed.success) return { ok: true, value: parsed.data };
  const shown = id.length > SHOWN_ID_LENGTH ? `${id.slice(0, SHOWN_ID_LENGTH)}…` : id;
  return refuse(400, {
    vi: `Mã bộ dữ liệu "${shown}" không hợp lệ: mã gồm 32 chữ số thập lục phân (0–9, a–f).`,
    en: `Dataset id "${shown}" is not valid: an id is 32 hexadecimal digits (0–9, a–f).`,
  });
}
