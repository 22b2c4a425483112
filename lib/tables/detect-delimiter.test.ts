import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './detect-delimiter';
import type { Delimiter } from './types';

const VI_SEMICOLON =
  'STT;Chỉ tiêu;Đơn vị tính;Năm 2009;Năm 2022;Năm 2022 so sánh với năm 2009\n' +
  '1;GDP bình quân đầu người;Triệu đồng;10,6;39,8;Tăng 3,8 lần\n' +
  '2;Thu ngân sách trên địa bàn;Tỷ đồng;393,6;3.957,9;Tăng 10,1 lần\n';

describe('detectDelimiter', () => {
  it.each<[string, string, Delimiter]>([
    ['Vietnamese ; with decimal commas', VI_SEMICOLON, ';'],
    ['a title row with a comma above a ; table', `BẢNG 1. Kinh tế, xã hội\n${VI_SEMICOLON}`, ';'],
    ['tab', 'STT\tChỉ tiêu\tNăm 2009\n1\tGDP, bình quân\t10,6\n', '\t'],
    ['comma with quoted decimal commas', 'indicator,unit,year,value\nThu,Tỷ đồng,1991,"9,4"\nChi,Tỷ đồng,1992,"10,5"\n', ','],
    ['comma with ; inside quotes', 'a,b,c\n"x;y;z",1,2\n"p;q",3,4\n', ','],
    ['a multi-line quoted header cell', 'STT;Chỉ tiêu;"Năm 2022\nso sánh, với\nnăm 2009"\n1;A;Tăng 3,8 lần\n', ';'],
    ['Excel title row padded with delimiters', 'BẢNG 1;;;\nSTT;Chỉ tiêu;Năm 2009;Năm 2022\n1;A;1,5;2,5\n', ';'],
    ['CRLF line ends', VI_SEMICOLON.replaceAll('\n', '\r\n'), ';'],
    ['CR line ends', VI_SEMICOLON.replaceAll('\n', '\r'), ';'],
    ['one column (no delimiter at all)', 'Chỉ tiêu\nA\nB\n', ','],
  ])('%s', (_name, text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});

describe('edge cases', () => {
  it('papaparse guessing gets the title-row case wrong, which is why it is not used', () => {
    const text = `BẢNG 1. Kinh tế, xã hội\n${VI_SEMICOLON}`;
    expect(Papa.parse(text).meta.delimiter).toBe(',');
    expect(detectDelimiter(text)).toBe(';');
  });

  it('only samples the first 20 records', () => {
    const head = 'a;b;c\n'.repeat(20);
    const tail = 'x,y,z,w\n'.repeat(100);
    expect(detectDelimiter(head + tail)).toBe(';');
  });

  it('ignores blank lines and is not misled by one delimiter-only line', () => {
    expect(detectDelimiter('\n\n;;;\nChỉ tiêu,Năm 2009\nA,1\n')).toBe(',');
  });

  it('reads a file of delimiter-only lines by its delimiter', () => {
    expect(detectDelimiter(';;;\n;;;\n')).toBe(';');
  });

  it('returns "," for empty text', () => {
    expect(detectDelimiter('')).toBe(',');
  });
});
