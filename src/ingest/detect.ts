import type { DocumentFormat } from '../domain/index.js';

/** What the content looks like; `xml` and `json` are structured inputs no reader handles. */
export type Sniffed = DocumentFormat | 'xml' | 'json';

/** Enough of the start to see past prologs, comments and long `<head>` sections. */
const HEAD_CHARS = 8192;

const HTML_TAG = /<(?:html|head|body|title|meta|link|p|div|span|a|article|section|main|header|nav|h[1-6]|ul|ol|li|table|br|img|script|style|b|i|em|strong|blockquote)\b[^>]*>/i;

/** Skips the XML declaration, comments, processing instructions and the doctype. */
function skipProlog(head: string): { rest: string; doctype: string } {
  let rest = head.trimStart();
  let doctype = '';
  for (;;) {
    const m = /^(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype[^>]*>)\s*/i.exec(rest);
    if (!m) return { rest, doctype };
    if (/^<!doctype/i.test(m[1] ?? '')) doctype = (m[1] ?? '').toLowerCase();
    rest = rest.slice(m[0].length);
  }
}

/** The reader for a text, decided by its content (the file name plays no part). */
export function sniff(text: string): Sniffed {
  const head = text.slice(0, HEAD_CHARS).replace(/^\uFEFF/, '').trimStart();
  // A JSON object opens with a key (or is empty); prose almost never starts with `{"`.
  if (/^\{[ \t]*(?:"|\})/.test(head)) return 'jsonl';
  // A pretty-printed JSON document is not JSON Lines; reading it as prose would be garbage.
  if (head.startsWith('[') || head.startsWith('{')) return looksLikeJson(text) ? 'json' : 'text';
  if (!head.startsWith('<')) return 'text';
  const { rest, doctype } = skipProlog(head);
  if (doctype.startsWith('<!doctype html')) return 'html';
  const root = /^<([a-z_][\w.:-]*)/i.exec(rest)?.[1]?.toLowerCase();
  if (root === 'rss' || root === 'rdf:rdf') return 'rss';
  if (root === 'feed') return 'atom';
  if (root === 'html') return 'html';
  if (HTML_TAG.test(rest)) return 'html';
  return root === undefined ? 'text' : 'xml';
}

/** The reader for a text: `jsonl`, `html`, `rss`, `atom` or `text`. */
export function detectFormat(text: string): DocumentFormat {
  const sniffed = sniff(text);
  return sniffed === 'xml' || sniffed === 'json' ? 'text' : sniffed;
}

function looksLikeJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** True when a fragment (a feed description, a JSONL `text`) carries HTML markup. */
export function looksLikeHtml(fragment: string): boolean {
  return HTML_TAG.test(fragment) || /<\/[a-z][a-z0-9]*>/i.test(fragment);
}
