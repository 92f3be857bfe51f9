import { Readability } from '@mozilla/readability';
import type { Document } from '../domain/index.js';
import { normaliseDate } from './date.js';
import { cleanField, makeDocument } from './document.js';
import type { DocumentParts } from './document.js';
import { attr, each, parseHtmlDocument } from './html-dom.js';
import type { HtmlDocument, HtmlNode } from './html-dom.js';
import { blockText, removeChrome } from './html-text.js';
import type { ResolvedOptions } from './options.js';

export interface HtmlMeta {
  title?: string;
  /** The outlet, from `og:site_name`. */
  source?: string;
  date?: string;
  url?: string;
}

/** `datePublished` anywhere in the page's JSON-LD (objects, arrays, `@graph`). */
function jsonLdDates(doc: HtmlDocument): string[] {
  const found: string[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 6 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    const record = value as Record<string, unknown>;
    if (typeof record.datePublished === 'string') found.push(record.datePublished);
    for (const v of Object.values(record)) visit(v, depth + 1);
  };
  for (const script of each(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // Broken JSON-LD is common on real pages; the other date sources still apply.
    }
  }
  return found;
}

/** Title, publication date and canonical url, read before anything is removed from the page. */
export function readHtmlMeta(doc: HtmlDocument): HtmlMeta {
  const meta: HtmlMeta = {};
  const h1 = cleanField(doc.querySelector('h1')?.textContent ?? undefined);
  let pageTitle = cleanField(doc.querySelector('title')?.textContent ?? undefined);
  // <title> usually carries the site name too ("Story | Site"); the <h1> inside it is the headline.
  if (pageTitle !== undefined && h1 !== undefined && pageTitle !== h1 && pageTitle.toLowerCase().includes(h1.toLowerCase())) pageTitle = h1;
  const title = cleanField(attr(doc, 'meta[property="og:title"]', 'content')) ?? pageTitle ?? h1;
  if (title !== undefined) meta.title = title;
  const dates = [
    attr(doc, 'meta[property="article:published_time"]', 'content'),
    attr(doc, 'time[datetime]', 'datetime'),
    ...jsonLdDates(doc),
    attr(doc, 'meta[name="date"]', 'content'),
    attr(doc, 'meta[itemprop="datePublished"]', 'content'),
  ];
  for (const d of dates) {
    const date = d === undefined ? undefined : normaliseDate(d);
    if (date !== undefined) {
      meta.date = date;
      break;
    }
  }
  const source = cleanField(attr(doc, 'meta[property="og:site_name"]', 'content'));
  if (source !== undefined) meta.source = source;
  const url = attr(doc, 'link[rel="canonical"]', 'href') ?? attr(doc, 'meta[property="og:url"]', 'content');
  if (url !== undefined) meta.url = url;
  return meta;
}

function bodyText(html: string): string {
  const doc = parseHtmlDocument(html);
  removeChrome(doc);
  return doc.body ? blockText(doc.body) : '';
}

/** Main text of a page: Readability over the de-chromed page, else the body without chrome. */
export function extractMainText(doc: HtmlDocument, html: string): string {
  removeChrome(doc);
  let text = '';
  try {
    const article = new Readability(doc as never, { serializer: (node) => node as unknown as HtmlNode }).parse();
    if (article?.content) text = blockText(article.content);
  } catch {
    // Readability gives up on some malformed trees; the body fallback below still reads them.
  }
  // Readability edits the tree it reads, so the fallback starts again from the source.
  return text.trim() === '' ? bodyText(html) : text;
}

function dropLeadingTitle(text: string, title: string | undefined): string {
  if (title === undefined) return text;
  const [first, ...rest] = text.split('\n');
  const same = (first ?? '').replace(/\s+/g, ' ').trim().toLowerCase() === title.toLowerCase();
  return same && rest.length > 0 ? rest.join('\n') : text;
}

/** HTML text to plain text with paragraph breaks (for feed items and JSONL `html`). */
export function htmlToText(html: string): { text: string; meta: HtmlMeta } {
  const doc = parseHtmlDocument(html);
  const meta = readHtmlMeta(doc);
  const text = dropLeadingTitle(extractMainText(doc, html), meta.title);
  return { text, meta };
}

/** One HTML page. `known` holds metadata the caller already has (a JSONL record's), which wins. */
export function readHtml(
  html: string,
  where: { file: string; line?: number; origin: string },
  options: ResolvedOptions,
  known: Partial<Omit<DocumentParts, 'format' | 'text' | 'origin'>> = {},
): Document {
  const { text, meta } = htmlToText(html);
  return makeDocument(
    {
      format: 'html',
      text,
      id: known.id,
      title: known.title ?? meta.title,
      date: known.date ?? meta.date,
      source: known.source ?? meta.source,
      url: known.url ?? meta.url,
      origin: where.origin,
    },
    options,
    where.line === undefined ? { file: where.file } : { file: where.file, line: where.line },
  );
}
