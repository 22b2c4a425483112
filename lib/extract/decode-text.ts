/**
 * Turns the bytes of an uploaded or named text file into text: UTF-8 (with or without a byte-order mark)
 * or UTF-16 with a byte-order mark, NFC-normalised. Anything else is refused with a named reason, never
 * guessed: a PDF, a zip-based document (.docx is read elsewhere), binary data, or bytes that are not UTF-8.
 */

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export type DecodedText =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncodingName }
  | { readonly ok: false; readonly reason: 'empty' | 'pdf' | 'zip' | 'binary' | 'not-utf8' };

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] ?? 0;
    out[i + 1] = bytes[i] ?? 0;
  }
  return out;
}

function decodeUtf16le(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

// Grammar: control := any C0 control except tab, line feed, vertical tab, form feed, carriage return
// Example: "\u0000" (NUL) in a file means binary data, not text.
const BINARY_CONTROL = /[\u0000-\u0008\u000e-\u001f]/u;

// Grammar: blank := whitespace*   (JS \s covers no-break spaces and the BOM)
// Example: " \n\t" is blank.
const BLANK = /^\s*$/u;

function finish(text: string | null, encoding: TextEncodingName): DecodedText {
  if (text === null) return { ok: false, reason: encoding.startsWith('utf-16') ? 'binary' : 'not-utf8' };
  if (BINARY_CONTROL.test(text)) return { ok: false, reason: 'binary' };
  if (BLANK.test(text)) return { ok: false, reason: 'empty' };
  return { ok: true, text: text.normalize('NFC'), encoding };
}

/**
 * @example
 * decodeText(new TextEncoder().encode('\uFEFFTăng 3,8 lần')); // { ok: true, text: 'Tăng 3,8 lần', encoding: 'utf-8-bom' }
 * decodeText(new Uint8Array([0x25, 0x50, 0x44, 0x46])); // { ok: false, reason: 'pdf' }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return finish(decodeUtf8(bytes.subarray(3)), 'utf-8-bom');
  if (startsWith(bytes, [0xff, 0xfe])) return finish(decodeUtf16le(bytes.subarray(2)), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return finish(decodeUtf16le(swapPairs(bytes.subarray(2))), 'utf-16be');
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { ok: false, reason: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { ok: false, reason: 'zip' };
  return finish(decodeUtf8(bytes), 'utf-8');
}

/**
 * The one-line Vietnamese reason a file could not be read as text, naming the file.
 *
 * @example
 * decodeMessage('bao-cao.pdf', 'pdf'); // 'bao-cao.pdf: đây là tệp PDF; hãy chép văn bản ra tệp .txt (UTF-8) hoặc lưu thành .docx'
 */
export function decodeMessage(file: string, reason: Extract<DecodedText, { ok: false }>['reason']): string {
  switch (reason) {
    case 'empty':
      return `${file}: tệp không có nội dung`;
    case 'pdf':
      return `${file}: đây là tệp PDF; hãy chép văn bản ra tệp .txt (UTF-8) hoặc lưu thành .docx`;
    case 'zip':
      return `${file}: đây là tệp nén hoặc tài liệu Office, không phải văn bản thuần; chỉ đọc được .txt và .docx`;
    case 'binary':
      return `${file}: không phải tệp văn bản (có ký tự nhị phân)`;
    case 'not-utf8':
      return `${file}: không đọc được bảng mã; hãy lưu tệp dạng UTF-8 hoặc UTF-16 có BOM`;
  }
}
