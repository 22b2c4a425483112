import 'server-only';
import { BUNDLED_DATASET_ID } from '../bundled-dataset';
import { openDataset, type DatasetReader } from '../data';
import { isDatasetId } from '../store/dataset-id';
import { refuse, type ApiResult } from '../api/respond';

const SHOWN_ID_LENGTH = 40;

/**
 * Opens the dataset whose findings are decided on: the bundled report (`cao-bang`) or a stored
 * upload (32 hex digits). 400 for a malformed id, 404 for an unknown one.
 *
 * @example
 * await openDecisionDataset('cao-bang') // { ok: true, value: reader }
 */
export async function openDecisionDataset(id: string): Promise<ApiResult<DatasetReader>> {
  const shown = id.length > SHOWN_ID_LENGTH ? `${id.slice(0, SHOWN_ID_LENGTH)}…` : id;
  if (id !== BUNDLED_DATASET_ID && !isDatasetId(id)) {
    return refuse(400, {
      vi: `Mã bộ dữ liệu "${shown}" không hợp lệ: mã là ${BUNDLED_DATASET_ID} hoặc 32 chữ số thập lục phân.`,
      en: `Dataset id "${shown}" is not valid: an id is ${BUNDLED_DATASET_ID} or 32 hexadecimal digits.`,
    });
  }
  const reader = await openDataset(id);
  if (!reader) return refuse(404, { vi: `Không có bộ dữ liệu ${shown}.`, en: `There is no dataset ${shown}.` });
  return { ok: true, value: reader };
}
