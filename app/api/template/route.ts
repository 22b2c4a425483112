import { attachmentResponse, guard, requestLang } from '@/lib/server/api/respond';
import { methodNotAllowed } from '@/lib/server/api/methods';

export const runtime = 'nodejs';

/** The template's lines: a title, the header, the column numbers, a section row, a row to fill in and a source line. */
const TEMPLATE = {
  vi: [
    'Biểu 01. (Tên bảng, ví dụ: Một số chỉ tiêu kinh tế chủ yếu)',
    'STT;Chỉ tiêu;Đơn vị tính;Năm 2022;Năm 2023;Ước năm 2024;Ước 2024 so với năm 2023;Ghi chú',
    'A;B;C;1;2;3;4=3/2;5',
    'I;Kinh tế;;;;;;',
    '1;(Tên chỉ tiêu);(Đơn vị);;;;(Ví dụ: Tăng 5,2%);',
    'Nguồn: (Cơ quan, tài liệu)',
  ],
  en: [
    'Table 01. (Title, for example: Main economic indicators)',
    'No;Indicator;Unit;Year 2022;Year 2023;Estimate 2024;2024 compared with 2023;Note',
    'A;B;C;1;2;3;4=3/2;5',
    'I;Economy;;;;;;',
    '1;(Indicator name);(Unit);;;;(For example: Tăng 5,2%);',
    'Source: (Office, document)',
  ],
} as const;

/**
 * `GET /api/template`: a table template (`mau-bang.csv`, UTF-8 with BOM, `;`) in the shape the
 * reader recognises: title, header with year, estimate and comparison columns, column numbers,
 * a section row, a row to fill in, a source line. `?lang=en` gives English headers.
 */
export const GET = guard(async (request: Request) => {
  const lang = requestLang(request);
  const body = `\uFEFF${TEMPLATE[lang].join('\r\n')}\r\n`;
  return attachmentResponse(body, 'text/csv; charset=utf-8', `${lang === 'vi' ? 'mau-bang' : 'table-template'}.csv`);
});

/** Every other method: 405 JSON with `Allow`. */
const notAllowed = methodNotAllowed(['GET']);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
