/**
 * A small, dependency-free reader for the PDFs Chromium prints (Skia's writer): it finds the
 * page objects, inflates their content streams, maps glyph codes back to text through each
 * font's ToUnicode CMap, and counts the path-painting operators. Enough to check what a printed
 * page holds; not a general PDF parser (no object streams, no encryption, no xref repair).
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  readonly dict: string;
  readonly stream: Buffer | null;
}

export interface PdfPage {
  /** The page's text, runs joined with spaces. */
  readonly text: string;
  /** Path-painting operators (`S` stroke, `f` fill, `B` both) that follow a `m`/`l`/`c`/`re` path. */
  readonly paintedPaths: number;
}

// Grammar: id " " generation " obj" … "endobj". Example: "12 0 obj\n<< /Type /Page … >>\nendobj".
const OBJECT = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
// Grammar: "stream" EOL bytes EOL? "endstream". Example: "stream\n…\nendstream".
const STREAM = /stream\r?\n([\s\S]*?)\r?\n?endstream/;

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const match of text.matchAll(OBJECT)) {
    const body = match[2] ?? '';
    const stream = STREAM.exec(body);
    const dict = stream ? body.slice(0, stream.index) : body;
    let bytes: Buffer | null = null;
    if (stream) {
      const raw = Buffer.from(stream[1] ?? '', 'latin1');
      bytes = dict.includes('/FlateDecode') ? inflateSync(raw) : raw;
    }
    objects.set(Number(match[1]), { dict, stream: bytes });
  }
  return objects;
}

/** The object a `/Key N 0 R` reference names, or the inline dictionary after `/Key`. */
function refOf(dict: string, key: string): number | null {
  // Grammar: "/" key whitespace digits " 0 R". Example: "/ToUnicode 17 0 R" → 17.
  const match = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  return match ? Number(match[1]) : null;
}

/** Glyph code → text, from a ToUnicode CMap (`bfchar` and `bfrange` sections). */
function readCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string) => {
    let out = '';
    for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
    return out;
  };
  // Grammar: "<" hex ">" whitespace "<" hex ">". Example: "<0012> <0041>" maps code 0x12 to "A".
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of (section[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(pair[1] ?? '0', 16), utf16(pair[2] ?? ''));
  }
  // Grammar: "<" lo ">" "<" hi ">" "<" start ">". Example: "<0003> <0005> <0061>" maps 3, 4, 5 to "a", "b", "c".
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const range of (section[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const lo = parseInt(range[1] ?? '0', 16);
      const hi = parseInt(range[2] ?? '0', 16);
      const start = utf16(range[3] ?? '');
      const base = start.charCodeAt(start.length - 1);
      for (let code = lo; code <= hi; code++) map.set(code, start.slice(0, -1) + String.fromCharCode(base + code - lo));
    }
  }
  return map;
}

/** The page's fonts: resource name (`F4`) → its code map and code width in bytes. */
function pageFonts(page: PdfObject, objects: Map<number, PdfObject>): Map<string, { map: Map<number, string>; bytes: number }> {
  let resources = page.dict;
  const resourcesRef = refOf(page.dict, 'Resources');
  if (resourcesRef !== null) resources = objects.get(resourcesRef)?.dict ?? '';
  let fontDict = '';
  const fontRef = refOf(resources, 'Font');
  if (fontRef !== null) fontDict = objects.get(fontRef)?.dict ?? '';
  // Grammar: "/Font" "<<" anything but ">>" ">>". Example: "/Font << /F4 9 0 R >>".
  else fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '';
  const fonts = new Map<string, { map: Map<number, string>; bytes: number }>();
  // Grammar: "/" name " " id " 0 R". Example: "/F4 9 0 R".
  for (const entry of fontDict.matchAll(/\/([\w.-]+)\s+(\d+) 0 R/g)) {
    const font = objects.get(Number(entry[2]));
    if (!font) continue;
    const cmapRef = refOf(font.dict, 'ToUnicode');
    const cmap = cmapRef === null ? null : objects.get(cmapRef)?.stream?.toString('latin1') ?? null;
    fonts.set(entry[1] ?? '', { map: cmap ? readCMap(cmap) : new Map(), bytes: font.dict.includes('/Type0') ? 2 : 1 });
  }
  return fonts;
}

function decodeHex(hex: string, font: { map: Map<number, string>; bytes: number } | undefined): string {
  if (!font) return '';
  const step = font.bytes * 2;
  let out = '';
  for (let i = 0; i + step <= hex.length; i += step) out += font.map.get(parseInt(hex.slice(i, i + step), 16)) ?? '';
  return out;
}

function readContent(content: string, fonts: Map<string, { map: Map<number, string>; bytes: number }>): PdfPage {
  let font: { map: Map<number, string>; bytes: number } | undefined;
  const runs: string[] = [];
  let run = '';
  let paths = 0;
  let pathOpen = false;
  // Grammar: a name, a hex string, a number, "[", "]", or an operator word. Example: "/F4 12 Tf [<0012>-20<0013>] TJ".
  const tokens = content.matchAll(/\/[^\s/<>[\]()]+|<[0-9a-fA-F\s]*>|-?\d*\.?\d+|[[\]]|[A-Za-z'"*]+/g);
  let lastName = '';
  for (const [token] of tokens) {
    if (token.startsWith('/')) lastName = token.slice(1);
    else if (token.startsWith('<')) run += decodeHex(token.slice(1, -1).replace(/\s/g, ''), font);
    else if (token === 'Tf') font = fonts.get(lastName);
    else if (token === 'Td' || token === 'TD' || token === 'Tm' || token === 'T*' || token === 'ET') {
      if (run !== '') runs.push(run);
      run = '';
    } else if (token === 'm' || token === 'l' || token === 'c' || token === 're') pathOpen = true;
    else if (token === 'S' || token === 's' || token === 'f' || token === 'F' || token === 'B' || token === 'b' || token === 'f*' || token === 'B*') {
      if (pathOpen) paths += 1;
      pathOpen = false;
    } else if (token === 'n') pathOpen = false;
  }
  if (run !== '') runs.push(run);
  return { text: runs.join(' '), paintedPaths: paths };
}

/**
 * Every page of a PDF printed by Chromium, with its text and the number of painted paths.
 *
 * @example
 * const pages = readPdfPages(await page.pdf());
 * pages[0].text // 'Báo cáo kiểm tra số liệu tăng trưởng …'
 */
export function readPdfPages(pdf: Buffer): PdfPage[] {
  const objects = readObjects(pdf);
  const pages: PdfPage[] = [];
  for (const object of objects.values()) {
    // Grammar: "/Type /Page" not followed by "s". Example: "/Type /Page /Parent 2 0 R" matches; "/Type /Pages" does not.
    if (!/\/Type\s*\/Page(?!s)/.test(object.dict)) continue;
    const fonts = pageFonts(object, objects);
    // Grammar: "/Contents" then one reference or an array of them. Example: "/Contents [5 0 R 6 0 R]".
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(object.dict)?.[1] ?? '';
    const content = [...contents.matchAll(/(\d+) 0 R/g)].map((m) => objects.get(Number(m[1]))?.stream?.toString('latin1') ?? '').join('\n');
    pages.push(readContent(content, fonts));
  }
  return pages;
}
