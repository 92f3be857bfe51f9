import { looksLikeHtml } from './detect.js';
import { parseHtmlDocument } from './html-dom.js';

/** A feed body and whether it is markup. */
export interface Content {
  type: 'html' | 'text';
  value: string;
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return XML_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Character data of an element kept raw by the parser: CDATA verbatim, the rest unescaped. */
export function xmlText(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeEntities(part)))
    .join('');
}

/** A one-line value that may carry markup or HTML entities ("A &amp; B", "<b>A</b>"). */
export function inlineText(value: string): string {
  if (!looksLikeHtml(value) && !/&[#\w]+;/.test(value)) return value.trim();
  return (parseHtmlDocument(value).body?.textContent ?? value).replace(/\s+/g, ' ').trim();
}
