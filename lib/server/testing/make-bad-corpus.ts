/**
 * Writes the bad-input corpus (lib/server/testing/bad-corpus/): one small file per case in
 * table-csv.md's "Bad input" list plus renamed and binary files. The 50 MB file and the zip
 * bomb are not written here: the tests generate them in memory.
 *
 * Run: npx tsx lib/server/testing/make-bad-corpus.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeWorkbook } from './make-workbook';
import { makeZip } from './make-zip';

const dir = join(import.meta.dirname, 'bad-corpus');
const HEADER = 'STT;Chỉ tiêu;Đơn vị tính;Năm 2015;Năm 2020;Năm 2020 so với năm 2015';
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const PDF = [
  '%PDF-1.4',
  '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
  '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
  'trailer << /Root 1 0 R >>',
  '%%EOF',
  '',
].join('\n');

const SPREADSHEET_XML = [
  '<?xml version="1.0"?>',
  '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">',
  ' <Worksheet ss:Name="Sheet1"><Table><Row><Cell><Data ss:Type="String">Chỉ tiêu</Data></Cell></Row></Table></Worksheet>',
  '</Workbook>',
  '',
].join('\r\n');

function pseudoRandom(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >> 16;
  }
  return out;
}

async function main(): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const workbook = await makeWorkbook([
    { name: 'Bảng 1', rows: [HEADER.split(';'), [1, 'GDP', 'Triệu đồng', 10.6, 39.8, 'Tăng 3,8 lần']] },
  ]);
  const files: Record<string, Uint8Array> = {
    'rong.csv': new Uint8Array(0),
    'chi-co-bom.csv': new Uint8Array([0xef, 0xbb, 0xbf, 0x0d, 0x0a]),
    'chi-co-tieu-de.csv': utf8(`${HEADER}\r\n`),
    'khong-cot-chi-tieu.csv': utf8('STT;Tên;Năm 2015;Năm 2020\r\n1;GDP;10,6;39,8\r\n'),
    'khong-cot-nam.csv': utf8('STT;Chỉ tiêu;Đơn vị tính;Ghi chú\r\n1;GDP;Triệu đồng;x\r\n'),
    'o-khong-phai-so.csv': utf8(`${HEADER}\r\n1;GDP;Triệu đồng;mười;39,8;Tăng 3,8 lần\r\n2;Thu ngân sách;Tỷ đồng;100;150;Tăng 50%\r\n`),
    'ngoac-kep-le.csv': utf8(`${HEADER}\r\n1;"GDP bình quân;Triệu đồng;10,6;39,8;Tăng 3,8 lần\r\n2;Dân số;Người;1;2;Tăng\r\n`),
    'trung-cot-nam.csv': utf8('STT;Chỉ tiêu;Năm 2020;2020;So sánh\r\n1;GDP;10,6;39,8;Tăng\r\n'),
    'chuoi-nam-sai.csv': utf8('chỉ tiêu;đơn vị tính;năm;giá trị\r\nThu ngân sách;Tỷ đồng;20x2;9,4\r\n'),
    'nhi-phan.csv': pseudoRandom(4096, 7),
    'nhi-phan.xlsx': pseudoRandom(4096, 11),
    'bang-tinh-xml.csv': utf8(SPREADSHEET_XML),
    'tai-lieu.pdf': utf8(PDF),
    'pdf-doi-ten.csv': utf8(PDF),
    'pdf-doi-ten.xlsx': utf8(PDF),
    'xlsx-doi-ten.csv': workbook,
    'word-doi-ten.xlsx': makeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: '<w:document/>' },
    ]),
    'xlsx-hong.xlsx': workbook.subarray(0, Math.floor(workbook.length / 2)),
    'excel-cu.xls': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...pseudoRandom(504, 3)]),
    'co-nul.csv': utf8(`${HEADER}\r\n1;GDP\u0000;Triệu đồng;10,6;39,8;Tăng 3,8 lần\r\n`),
    'utf16-khong-bom.txt': new Uint8Array(Buffer.from(`${HEADER}\r\n1;GDP;Triệu đồng;10,6;39,8;Tăng 3,8 lần\r\n`, 'utf16le')),
    'van-ban.docx': makeZip([{ name: 'word/document.xml', data: '<w:document/>' }]),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  console.log(`${Object.keys(files).length} tệp trong ${dir}`);
}

void main();
