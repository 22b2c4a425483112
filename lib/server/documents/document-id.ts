import 'server-only';
import { refuse, type ApiResult } from '../api/respond';
import { isDatasetId } from '../store/dataset-id';

const SHOWN_ID_LENGTH = 40;

/**
 * Validates a document id (the `:id` of a route, or `versionOf`): 32 lower-case hex digits, like a
 * dataset's; else a 400 naming it.
 *
 * @example
 * documentIdFrom('../x') // { ok: false, error: { status: 400, … } }
 */
export function documentIdFrom(id: string): ApiResult<string> {
  if (isDatasetId(id)) return { ok: true, value: id };
  const shown = id.length > SHOWN_ID_LENGTH ? `${id.slice(0, SHOWN_ID_LENGTH)}…` : id;
  return refuse(400, {
    vi: `Mã tài liệu "${shown}" không hợp lệ: mã gồm 32 chữ số thập lục phân (0–9, a–f).`,
    en: `Document id "${shown}" is not valid: an id is 32 hexadecimal digits (0–9, a–f).`,
  });
}

/**
 * A 404 for a document id that is well formed but not stored.
 *
 * @example
 * unknownDocument('0123…') // { ok: false, error: { status: 404, … } }
 */
export function unknownDocument<T>(id: string): ApiResult<T> {
  return refuse(404, {
    vi: `Không tìm thấy tài liệu “${id}”. Có thể tài liệu đã bị xoá; hãy mở lại danh sách.`,
    en: `No document “${id}” was found. It may have been deleted; open the list again.`,
  });
}
