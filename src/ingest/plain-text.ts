import type { Document } from '../domain/index.js';
import { InputError } from '../errors.js';
import { normaliseDate } from './date.js';
import { makeDocument, originOf } from './document.js';
import type { ResolvedOptions } from './options.js';

/** `Date: 2025-06-20` style lines at the very top. */
const HEADER = /^(date|title|source|url|link)[ \t]*:[ \t]*(.*)$/i;
/** Titles are a line, not a paragraph. */
const MAX_TITLE_CHARS = 200;
const MAX_TITLE_WORDS = 30;

interface Header {
  title?: string;
  date?: string;
  source?: string;
  url?: string;
}

/** A first line reads as a headline: short, has letters, no sentence-final punctuation, not a list item. */
export function looksLikeTitle(line: string): boolean {
  const t = line.trim();
  if (t === '' || t.length > MAX_TITLE_CHARS) return false;
  if (t.split(/\s+/).length > MAX_TITLE_WORDS) return false;
  if (!/\p{L}/u.test(t)) return false;
  if (/^(?:[-*•]\s|\d+[.)]\s)/.test(t)) return false;
  // Headlines may ask or exclaim; a period, colon or comma at the end means running text.
  return !/[.,;:…]["'”’)\]]*$/.test(t);
}

function readHeader(lines: string[], start: number, file: string): { header: Header; next: number } {
  const header: Header = {};
  let i = start;
  for (; i < lines.length; i++) {
    const m = HEADER.exec(lines[i] ?? '');
    if (!m) break;
    const key = (m[1] ?? '').toLowerCase();
    const value = (m[2] ?? '').trim();
    if (key === 'date') {
      const date = normaliseDate(value);
      if (date === undefined) {
        throw new InputError('INPUT_RECORD', `header "Date: ${value}" is not a date`, {
          location: { file, line: i + 1, field: 'Date' },
          hint: 'write the header as Date: YYYY-MM-DD',
        });
      }
      header.date = date;
    } else if (key === 'title') header.title = value;
    else if (key === 'source') header.source = value;
    else header.url = value;
  }
  return { header, next: i };
}

/** A plain-text article: optional header block, then a title line when there is one, then the body. */
export function readPlainText(text: string, file: string, options: ResolvedOptions): Document {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  const { header, next } = readHeader(lines, i, file);
  i = next;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  let title = header.title;
  if (title === undefined && i < lines.length) {
    const first = lines[i] ?? '';
    const rest = lines.slice(i + 1).join('\n');
    if (looksLikeTitle(first) && rest.trim() !== '') {
      title = first.trim();
      i++;
    }
  }
  return makeDocument(
    {
      format: 'text',
      text: lines.slice(i).join('\n'),
      title,
      date: header.date,
      source: header.source,
      url: header.url,
      origin: originOf(file),
    },
    options,
    { file },
  );
}
