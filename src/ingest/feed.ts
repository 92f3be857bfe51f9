import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../errors.js';
import { normaliseDate } from './date.js';
import { looksLikeHtml } from './detect.js';
import { makeDocument, originOf } from './document.js';
import { htmlToText } from './html.js';
import { inlineText, xmlText } from './feed-text.js';
import type { Content } from './feed-text.js';
import { docItem, errorItem } from './item.js';
import type { IngestItem } from './item.js';
import type { ResolvedOptions } from './options.js';

type Node = Record<string, unknown>;

/** What every feed item becomes before it is a document. */
interface FeedEntry {
  title?: string | undefined;
  link?: string | undefined;
  id?: string | undefined;
  date?: { field: string; value: string } | undefined;
  body?: { field: string; content: Content } | undefined;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  // Atom content may be inline XHTML; kept raw so its paragraphs survive as HTML.
  stopNodes: ['*.entry.content', '*.entry.summary'],
  processEntities: { enabled: true, maxTotalExpansions: 10_000 },
});

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && typeof (v as Node)['#text'] === 'string') return (v as Node)['#text'] as string;
  return undefined;
}

function rssEntry(item: Node): FeedEntry {
  const dateField = item.pubDate !== undefined ? 'pubDate' : 'dc:date';
  const date = str(item[dateField]);
  const bodyField = str(item['content:encoded'])?.trim() ? 'content:encoded' : 'description';
  const body = str(item[bodyField]);
  const links = Array.isArray(item.link) ? item.link : [];
  return {
    title: str(item.title),
    link: links.map(str).find((l) => l?.trim()),
    id: str(item.guid),
    date: date === undefined ? undefined : { field: dateField, value: date },
    body: body === undefined ? undefined : { field: bodyField, content: { type: looksLikeHtml(body) ? 'html' : 'text', value: body } },
  };
}

function atomContent(v: unknown): Content | undefined {
  const raw = str(v);
  if (raw === undefined) return undefined;
  const type = (v && typeof v === 'object' ? String((v as Node)['@_type'] ?? 'text') : 'text').toLowerCase();
  if (type === 'xhtml') return { type: 'html', value: raw };
  const value = xmlText(raw);
  return { type: type === 'html' || type === 'text/html' ? 'html' : 'text', value };
}

function atomEntry(entry: Node): FeedEntry {
  const links = (Array.isArray(entry.link) ? entry.link : []) as Node[];
  const link = links.find((l) => l['@_rel'] === undefined || l['@_rel'] === 'alternate')?.['@_href'];
  const dateField = entry.published !== undefined ? 'published' : 'updated';
  const date = str(entry[dateField]);
  const bodyField = entry.content !== undefined ? 'content' : 'summary';
  const content = atomContent(entry[bodyField]);
  const title = entry.title;
  const titleType = title && typeof title === 'object' ? String((title as Node)['@_type'] ?? '') : '';
  const titleText = str(title);
  return {
    title: titleText !== undefined && titleType === 'html' ? inlineText(titleText) : titleText,
    link: typeof link === 'string' ? link : undefined,
    id: str(entry.id),
    date: date === undefined ? undefined : { field: dateField, value: date },
    body: content === undefined ? undefined : { field: bodyField, content },
  };
}

/** Line of the n-th `<item>` / `<entry>` tag, so errors point into the file. */
function itemLines(text: string, tag: string): number[] {
  const lines: number[] = [];
  const re = new RegExp(`<${tag}[\\s>/]`, 'g');
  let line = 1;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (let i = last; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
    last = m.index;
    lines.push(line);
  }
  return lines;
}

function toItem(e: FeedEntry, format: 'rss' | 'atom', file: string, line: number | undefined, channel: string | undefined, options: ResolvedOptions): IngestItem {
  const where = line === undefined ? { file } : { file, line };
  const fail = (field: string, message: string, hint: string): IngestItem =>
    errorItem(new InputError('INPUT_RECORD', `feed item: ${message}`, { location: { ...where, field }, hint }));
  let date: string | undefined;
  if (e.date !== undefined && e.date.value.trim() !== '') {
    date = normaliseDate(e.date.value);
    if (date === undefined) return fail(e.date.field, `"${e.date.value}" is not a date`, 'use an RFC 822 date (RSS) or an ISO timestamp (Atom)');
  }
  const body = e.body;
  if (!body || body.content.value.trim() === '') {
    return fail(format === 'rss' ? 'description' : 'content', 'item has no text', 'give each item a description/content (or summary)');
  }
  const text = body.content.type === 'html' ? htmlToText(body.content.value).text : body.content.value;
  try {
    return docItem(
      makeDocument(
        { format, text, title: e.title === undefined ? undefined : inlineText(e.title), date, source: channel, url: e.link, origin: originOf(file, line) },
        options,
        where,
      ),
    );
  } catch (err) {
    if (err instanceof InputError) return errorItem(err);
    throw err;
  }
}

/** Each item of an RSS 2.0 / 1.0 or Atom feed becomes a document; a bad item fails alone. */
export function readFeed(text: string, format: 'rss' | 'atom', file: string, options: ResolvedOptions): IngestItem[] {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    return [
      errorItem(
        new InputError('INPUT_FORMAT', `not well-formed XML: ${valid.err.msg} (column ${valid.err.col})`, {
          location: { file, line: valid.err.line },
          hint: 'fix the feed XML (escape bare "&" as "&amp;", close every tag)',
        }),
      ),
    ];
  }
  const root = parser.parse(text) as Node;
  const rss = (root.rss as Node | undefined)?.channel as Node | undefined;
  const rdf = root['rdf:RDF'] as Node | undefined;
  const atom = root.feed as Node | undefined;
  const container = format === 'atom' ? atom : (rss ?? rdf);
  const raw = (container?.[format === 'atom' ? 'entry' : 'item'] ?? []) as Node[];
  const channel = str(format === 'atom' ? atom?.title : (rss?.title ?? (rdf?.channel as Node | undefined)?.title));
  const lines = itemLines(text, format === 'atom' ? 'entry' : 'item');
  const items = raw.map((n, i) => toItem(format === 'atom' ? atomEntry(n) : rssEntry(n), format, file, lines[i], channel === undefined ? undefined : inlineText(channel), options));
  if (items.length === 0) {
    return [errorItem(new InputError('INPUT_EMPTY', `${format === 'atom' ? 'Atom feed has no <entry>' : 'RSS feed has no <item>'}`, { location: { file }, hint: 'the feed is valid but lists no stories' }))];
  }
  return items;
}
