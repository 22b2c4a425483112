import { localizeTableProblem } from '../../tables/messages';
import { notTextError } from '../../tables/problems';
import type { UploadFormat } from '../../upload/types';
import { isBidiControl, isControl } from '../api/control-characters';
import { refuse, type ApiResult } from '../api/respond';

const TEXT_EXTENSIONS = new Set(['csv', 'tsv', 'txt', 'tab']);
const XLSX_EXTENSIONS = new Set(['xlsx', 'xlsm']);
const MAX_NAME_LENGTH = 160;

/**
 * A file name fit to store and show: the last path segment, control and bidi characters removed, NFC,
 * at most 160 characters; `fallback` when nothing is left.
 *
 * @example
 * cleanFileName('C:\\Users\\a\\Bảng 1.csv', 'du-lieu.csv') // 'Bảng 1.csv'
 */
export function cleanFileName(raw: string | null | undefined, fallback: string): string {
  if (!raw) return fallback;
  const last = raw.split('/').pop()?.split('\\').pop() ?? '';
  let out = '';
  for (const ch of last.normalize('NFC')) {
    const code = ch.codePointAt(0) ?? 0;
    if (isControl(code) || isBidiControl(code)) continue;
    out += ch;
  }
  out = out.trim();
  if (out.length > MAX_NAME_LENGTH) {
    const dot = out.lastIndexOf('.');
    const ext = dot > 0 && out.length - dot <= 6 ? out.slice(dot) : '';
    out = out.slice(0, MAX_NAME_LENGTH - ext.length) + ext;
  }
  return out === '' || out === '.' || out === '..' ? fallback : out;
}

/**
 * The extension of a file name, lower case, without the dot ('' when there is none).
 *
 * @example
 * extensionOf('Bang.XLSX') // 'xlsx'
 */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * How to read an upload, from its name first: `.xlsx` (and an `.xls` holding a zip) goes to the workbook reader (which checks
 * the bytes really are a workbook), `.csv`/`.tsv`/`.txt` to the table reader (which refuses PDF,
 * zip and binary content), a name without extension by its first bytes. Any other extension is
 * refused with 415.
 *
 * @example
 * detectUploadFormat('bang.csv', bytes)  // { ok: true, value: 'csv' }
 * detectUploadFormat('bang.pdf', bytes)  // { ok: false, error: { status: 415, … } }
 */
export function detectUploadFormat(name: string, bytes: Uint8Array): ApiResult<UploadFormat> {
  const ext = extensionOf(name);
  if (XLSX_EXTENSIONS.has(ext)) return { ok: true, value: 'xlsx' };
  if (TEXT_EXTENSIONS.has(ext)) return { ok: true, value: 'csv' };
  if (ext === '') return { ok: true, value: isZip(bytes) ? 'xlsx' : 'csv' };
  // An .xls that is really a workbook of today (renamed, or converted by LibreOffice) is read as one.
  if (ext === 'xls') return isZip(bytes) ? { ok: true, value: 'xlsx' } : refuse(415, localizeTableProblem(notTextError(name, 'xls')));
  if (ext === 'ods') {
    return refuse(415, {
      vi: `${name}: đây là bảng tính OpenDocument (.ods). Hãy lưu lại dưới dạng .xlsx hoặc CSV.`,
      en: `${name}: this is an OpenDocument spreadsheet (.ods). Save it again as .xlsx or CSV.`,
    });
  };
  return refuse(415, {
    vi: `${name}: chỉ nhận tệp .csv, .tsv, .txt hoặc .xlsx; tệp này có đuôi .${ext}.`,
    en: `${name}: only .csv, .tsv, .txt or .xlsx files are accepted; this file ends in .${ext}.`,
  });
}
