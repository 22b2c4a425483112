import { SaxesParser } from 'saxes';

/** What an XML pass listens to: tags by their local name (prefix dropped), and text. */
export interface XmlHandlers {
  readonly open?: (name: string, attributes: Readonly<Record<string, string>>) => void;
  readonly text?: (text: string) => void;
  readonly close?: (name: string) => void;
  /**
   * True while no text is being kept: a chunk that is only whitespace is then passed on as one
   * space (same tokens, same events), so megabytes of padding between tags cost no parsing.
   */
  readonly ignoringText?: () => boolean;
}

/** Bytes in, events out; `write` and `close` throw on malformed XML. */
export interface XmlFeed {
  write(chunk: Uint8Array): void;
  close(): void;
}

/**
 * `x:row` → `row`, `r:id` → `id`: Office parts may be written with or without namespace prefixes.
 *
 * @example
 * localName('x:sheetData') // 'sheetData'
 */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The attributes by local name; the same object when none is prefixed (the common case, no copy). */
function localAttributes(attributes: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  let prefixed = false;
  for (const key in attributes) if (key.includes(':')) prefixed = true;
  if (!prefixed) return attributes;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(attributes)) out[localName(key)] = value;
  return out;
}

// Grammar: only-whitespace := ( " " | "\t" | "\r" | "\n" )*
// Example: "   \n\t " matches; " <row> " does not.
const ONLY_WHITESPACE = /^[ \t\r\n]*$/;

/**
 * A streaming XML reader over UTF-8 chunks (saxes, no tree is built): memory stays at one chunk
 * plus what the handlers keep.
 *
 * @example
 * const feed = xmlFeed({ open: (name) => names.push(name) });
 * feed.write(new TextEncoder().encode('<a><b/></a>'));
 * feed.close(); // names: ['a', 'b']
 */
export function xmlFeed(handlers: XmlHandlers): XmlFeed {
  const parser = new SaxesParser({ position: false });
  const decoder = new TextDecoder('utf-8');
  const { open, text, close, ignoringText } = handlers;
  if (open) parser.on('opentag', (tag) => open(localName(tag.name), localAttributes(tag.attributes as Record<string, string>)));
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)));
  parser.on('error', (error) => {
    throw error;
  });
  return {
    write(chunk) {
      const decoded = decoder.decode(chunk, { stream: true });
      parser.write(ignoringText?.() && ONLY_WHITESPACE.test(decoded) ? ' ' : decoded);
    },
    close() {
      parser.write(decoder.decode());
      parser.close();
    },
  };
}
