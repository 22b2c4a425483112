import { describe, expect, it } from 'vitest';
import { makePdf, textPdf } from '../testing/make-pdf';
import { makeZip } from '../testing/make-zip';
import { readProseFile } from './read-prose-file';

function docx(paragraphs: string[]): Uint8Array {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  return makeZip([
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: 'word/document.xml', data: `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>` },
  ]);
}

describe('readProseFile', () => {
  it('reads a .docx paragraph by paragraph, composed (NFC)', async () => {
    const read = await readProseFile('bao-cao.docx', docx(['Năm 2022 đạt 845,5 triệu USD.'.normalize('NFD'), 'Tăng 51,8% so với năm 2015.']));
    expect(read).toEqual({ ok: true, format: 'docx', text: 'Năm 2022 đạt 845,5 triệu USD.\n\nTăng 51,8% so với năm 2015.\n\n', tables: [] });
  });

  it('reads a PDF page by page, with where each page starts', async () => {
    const read = await readProseFile('bao-cao.pdf', textPdf([['Năm 2022 đạt 845,5 triệu USD.'], ['Tăng 51,8% so với năm 2015.']]));
    expect(read).toEqual({ ok: true, format: 'pdf', text: 'Năm 2022 đạt 845,5 triệu USD.\n\nTăng 51,8% so với năm 2015.', pageStarts: [0, 31], tables: [] });
  });

  it('converts a .docx typed in the TCVN3 (ABC) font to Unicode and says so', async () => {
    // Our sentence with the Cao Bằng report's figures (GDP bình quân đầu người 10,6 → 39,8 triệu đồng), typed in .VnTime.
    const read = await readProseFile('bao-cao-abc.docx', docx(['GDP b×nh qu©n ®Çu ng­êi t¨ng tõ 10,6 triÖu ®ång n¨m 2009 lªn 39,8 triÖu ®ång n¨m 2022.']));
    expect(read).toEqual({
      ok: true,
      format: 'docx',
      legacyFont: 'tcvn3',
      text: 'GDP bình quân đầu người tăng từ 10,6 triệu đồng năm 2009 lên 39,8 triệu đồng năm 2022.\n\n',
      tables: [],
    });
  });

  it('converts a text file saved in 8-bit VNI to Unicode', async () => {
    const bytes = Uint8Array.from([...'GDP bình quaân ñaàu ngöôøi taêng 3,8 laàn'].map((ch) => ch.charCodeAt(0)));
    expect(await readProseFile('vni.txt', bytes)).toEqual({ ok: true, format: 'txt', legacyFont: 'vni', text: 'GDP bình quân đầu người tăng 3,8 lần', tables: [] });
  });

  it('reads plain text', async () => {
    expect(await readProseFile('a.txt', new TextEncoder().encode('Tăng 3,8 lần'))).toEqual({ ok: true, format: 'txt', text: 'Tăng 3,8 lần', tables: [] });
  });

  it.each<[string, Uint8Array, number, string]>([
    ['bang.xlsx', makeZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }]), 415, 'bang.xlsx: đây là bảng tính Excel'],
    ['slide.pptx', makeZip([{ name: 'ppt/presentation.xml', data: '<p/>' }]), 415, 'slide.pptx: không phải tài liệu Word .docx'],
    ['gia.docx', new TextEncoder().encode('văn bản thường'), 400, 'gia.docx: không phải tệp .docx hợp lệ'],
    ['cu.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 415, 'cu.doc: tệp Word .doc cũ'],
    ['hong.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 400, 'hong.docx: tệp .docx bị hỏng'],
    ['rong.docx', docx([]), 400, 'rong.docx: tài liệu không có chữ'],
    ['bao-cao.pdf', new TextEncoder().encode('%PDF-1.4'), 400, 'bao-cao.pdf: tệp PDF bị hỏng'],
    ['quet.pdf', makePdf([{ image: true }]), 422, 'quet.pdf: tệp PDF không có lớp chữ'],
    ['rong.txt', new Uint8Array(0), 400, 'rong.txt: tệp không có nội dung'],
  ])('refuses %s (%i)', async (name, bytes, status, message) => {
    const read = await readProseFile(name, bytes);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.status).toBe(status);
    expect(read.message.vi.startsWith(message)).toBe(true);
    expect(read.message.en.startsWith(`${name}: `)).toBe(true);
  });
});

describe('edge cases', () => {
  it('reads a Windows-1258 .txt through the same decoder as the tables', async () => {
    // "Năm 2022" in Windows-1258: ă = 0xE3.
    const bytes = new Uint8Array([0x4e, 0xe3, 0x6d, 0x20, 0x32, 0x30, 0x32, 0x32]);
    expect(await readProseFile('cp1258.txt', bytes)).toEqual({ ok: true, format: 'txt', text: 'Năm 2022', tables: [] });
  });

  it('refuses a .docx that would inflate past the limit before unpacking it', async () => {
    const big = makeZip([
      { name: 'word/document.xml', data: '<w:document/>' },
      { name: 'word/media/bom.bin', data: new Uint8Array(65 * 1024 * 1024) },
    ]);
    const read = await readProseFile('bom.docx', big);
    expect(read).toMatchObject({ ok: false, status: 413 });
  });
});

describe('bounded .docx reading', () => {
  it('stops a small file holding tens of megabytes of honest paragraphs at the character limit', async () => {
    const paragraph = '<w:p><w:r><w:t>Năm 2022 đạt 845,5 triệu USD, tăng 12,3% so với năm trước.</w:t></w:r></w:p>';
    const body = paragraph.repeat(Math.ceil((30 * 1024 * 1024) / paragraph.length));
    const bytes = makeZip([{ name: 'word/document.xml', data: `<w:document xmlns:w="w"><w:body>${body}</w:body></w:document>` }]);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const read = await readProseFile('dai.docx', bytes);
    expect(read).toMatchObject({ ok: false, status: 413 });
    expect(read.ok ? '' : read.message.vi).toMatch(/^dai\.docx: văn bản dài hơn giới hạn 400\.000 ký tự/);
  }, 30_000);

  it('refuses a bomb that declares a small size, while inflating', async () => {
    // Whitespace between tags is no text, so only the inflate cap can stop it.
    const xml = `<w:document xmlns:w="w"><w:body>${' '.repeat(80 * 1024 * 1024)}</w:body></w:document>`;
    const bytes = makeZip([{ name: 'word/document.xml', data: xml, declaredSize: 1000 }]);
    expect(await readProseFile('bom.docx', bytes)).toMatchObject({ ok: false, status: 413 });
  }, 30_000);

  it('keeps tabs and breaks, skips deleted text and the Choice twin of alternate content', async () => {
    const xml =
      '<w:document xmlns:w="w" xmlns:mc="mc"><w:body><w:p><w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C</w:t></w:r>' +
      '<w:del><w:r><w:delText>xoá</w:delText><w:t>bỏ</w:t></w:r></w:del></w:p>' +
      '<mc:AlternateContent><mc:Choice><w:p><w:r><w:t>hai lần</w:t></w:r></w:p></mc:Choice><mc:Fallback><w:p><w:r><w:t>một lần</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent>' +
      '</w:body></w:document>';
    expect(await readProseFile('a.docx', makeZip([{ name: 'word/document.xml', data: xml }]))).toEqual({ ok: true, format: 'docx', text: 'A\tB\nC\n\nmột lần\n\n', tables: [] });
  });
});
