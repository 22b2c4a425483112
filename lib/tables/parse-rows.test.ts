import { describe, expect, it } from 'vitest';
import { parseRows, type ParsedRecords } from './parse-rows';
import type { Delimiter } from './types';
import { describeTableProblem } from './messages';

function parseOk(text: string, delimiter: Delimiter = ';'): ParsedRecords {
  const r = parseRows(text, delimiter, 'bang.csv');
  if (!r.ok) throw new Error(describeTableProblem(r.error, 'vi'));
  return r.value;
}

describe('parseRows', () => {
  it.each<[string, string, Delimiter, string[][], number[]]>([
    ['LF', 'a;b\nc;d\n', ';', [['a', 'b'], ['c', 'd']], [1, 2]],
    ['CRLF', 'a;b\r\nc;d\r\n', ';', [['a', 'b'], ['c', 'd']], [1, 2]],
    ['CR', 'a;b\rc;d\r', ';', [['a', 'b'], ['c', 'd']], [1, 2]],
    ['mixed line ends', 'a;b\r\nc;d\ne;f\rg;h', ';', [['a', 'b'], ['c', 'd'], ['e', 'f'], ['g', 'h']], [1, 2, 3, 4]],
    ['no final line end', 'a;b\nc;d', ';', [['a', 'b'], ['c', 'd']], [1, 2]],
    ['quoted delimiter', '"a;b";c\n', ';', [['a;b', 'c']], [1]],
    ['doubled quotes', '"say ""x""";c\n', ';', [['say "x"', 'c']], [1]],
    ['quoted LF spans lines', '"Năm 2022\nso sánh với\nnăm 2009";b\n1;2\n', ';', [['Năm 2022\nso sánh với\nnăm 2009', 'b'], ['1', '2']], [1, 4]],
    ['quoted CRLF spans lines', '"a\r\nb";c\r\n1;2\r\n', ';', [['a\nb', 'c'], ['1', '2']], [1, 3]],
    ['blank line kept for numbering', 'a;b\n\nc;d\n', ';', [['a', 'b'], [''], ['c', 'd']], [1, 2, 3]],
    ['tab', 'a\tb\n"x\ty"\tz\n', '\t', [['a', 'b'], ['x\ty', 'z']], [1, 2]],
    ['comma with decimal comma quoted', 'Thu,"9,4"\n', ',', [['Thu', '9,4']], [1]],
  ])('%s', (_name, text, delimiter, records, lines) => {
    const out = parseOk(text, delimiter);
    expect(out.records).toEqual(records);
    expect(out.lines).toEqual(lines);
  });
});

describe('parseRows: unbalanced quotes', () => {
  it.each<[string, string, number]>([
    ['an unterminated quoted cell', 'a;b\n1;"GDP;2\n3;4\n', 2],
    ['text after a closing quote', 'a;b\nc;d\n"GDP" bình quân;2\n', 3],
    ['an unterminated cell after a multi-line header', '"a\nb";c\n1;2\n3;"x\n', 4],
  ])('refuses %s with its line', (_name, text, line) => {
    const r = parseRows(text, ';', 'bang.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('unbalanced-quotes');
    expect(r.error.row).toBe(line);
    expect(describeTableProblem(r.error, 'vi').startsWith(`bang.csv: dòng ${line}: dấu ngoặc kép`)).toBe(true);
  });
});

describe('edge cases', () => {
  it('keeps a quote inside an unquoted cell as text', () => {
    expect(parseOk('a;5" ống\n').records).toEqual([['a', '5" ống']]);
  });

  it('keeps rows of different widths', () => {
    expect(parseOk('a;b;c\n1\n').records).toEqual([['a', 'b', 'c'], ['1']]);
  });

  it('reads a lone line end as one blank record', () => {
    expect(parseOk('\n')).toEqual({ records: [['']], lines: [1] });
  });
});

describe('parseRows: CR LF files read like the same file with LF', () => {
  const crlfCases: readonly string[] = [
    'a;b\r\nc;d\r\n',
    'a;b\r\nc;d',
    '\r\na;b\r\n\r\n',
    '\r\n',
    'STT;Chỉ tiêu;Năm 2015\r\n1;Thu ngân sách;1.234,5\r\n;;\r\n2;GDP;10,6\r\n',
    'a;b\r\nc\rd;e\r\n',
    'a;b\r\nc\nd;e\r\n',
    'a;b\r\r\nc;d\r\n',
    '"x\r\ny";b\r\nc;d\r\n',
  ];
  it.each(crlfCases)('%j', (text) => {
    // Grammar: a CR LF pair or a lone CR. Example: "a\r\nb\rc" → "a\nb\nc".
    const asLf = text.replace(/\r\n?/g, '\n');
    expect(parseOk(text)).toEqual(parseOk(asLf));
  });
});
