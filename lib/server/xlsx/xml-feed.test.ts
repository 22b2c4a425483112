import { describe, expect, it } from 'vitest';
import { localName, xmlFeed } from './xml-feed';

function events(chunks: string[], ignoringText?: () => boolean): string[] {
  const out: string[] = [];
  const feed = xmlFeed({
    open: (name, a) => out.push(`<${name}${Object.entries(a).map(([k, v]) => ` ${k}=${v}`).join('')}>`),
    text: (t) => out.push(JSON.stringify(t)),
    close: (name) => out.push(`</${name}>`),
    ignoringText,
  });
  for (const c of chunks) feed.write(new TextEncoder().encode(c));
  feed.close();
  return out;
}

describe('xmlFeed', () => {
  it('gives tags by local name, prefixed attributes by local name, text and CDATA', () => {
    expect(events(['<x:row r="1"><sheet r:id="rId1"/>Năm <![CDATA[2022]]></x:row>'])).toEqual([
      '<row r=1>',
      '<sheet id=rId1>',
      '</sheet>',
      '"Năm "',
      '"2022"',
      '</row>',
    ]);
  });

  it('decodes a character split across chunks', () => {
    const bytes = new TextEncoder().encode('<t>ệ</t>');
    const out: string[] = [];
    const feed = xmlFeed({ text: (t) => out.push(t) });
    feed.write(bytes.subarray(0, 5));
    feed.write(bytes.subarray(5));
    feed.close();
    expect(out.join('')).toBe('ệ');
  });
});

describe('edge cases', () => {
  it('a whitespace-only chunk becomes one space while text is ignored', () => {
    expect(events(['<a>', ' '.repeat(5000), '</a>'], () => true)).toEqual(['<a>', '" "', '</a>']);
    expect(events(['<a>', '   ', '</a>'], () => false)).toEqual(['<a>', '"   "', '</a>']);
  });

  it.each(['<a><b></a>', '<a>', 'text only'])('malformed XML %j throws', (xml) => {
    expect(() => events([xml])).toThrow();
  });

  it.each([
    ['x:row', 'row'],
    ['row', 'row'],
    ['r:id', 'id'],
  ])('localName(%s) is %s', (name, local) => {
    expect(localName(name)).toBe(local);
  });
});
