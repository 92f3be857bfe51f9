import { stringify } from 'csv-stringify/sync';
import type { CodedDocument, Quote } from '../domain/index.js';
import type { EventFormat } from './render-events.js';
import { renderEvents } from './render-events.js';
import { renderTable } from './table.js';

export type DecodedPart = 'events' | 'quotes' | 'actors';

interface ActorRow {
  codes: string;
  text: string;
  mentions: number;
  rule: string;
}

/** Distinct actor mentions per document: how each was written, its code(s) and how often. */
function actorRows(doc: CodedDocument): ActorRow[] {
  const rows = new Map<string, ActorRow>();
  for (const m of doc.actors) {
    const key = `${m.codes.join('+')}\u0000${m.text}`;
    const row = rows.get(key);
    if (row) row.mentions += 1;
    else rows.set(key, { codes: m.codes.join('+'), text: m.text, mentions: 1, rule: m.rule });
  }
  return [...rows.values()].sort((a, b) => b.mentions - a.mentions || a.codes.localeCompare(b.codes) || a.text.localeCompare(b.text));
}

function quoteRow(q: Quote): string[] {
  return [String(q.sentenceIndex), q.speaker ?? '—', q.speakerCode ?? '—', q.text];
}

/** `decode` output: per document its events, quotes and actors, in the chosen format. */
export function renderDecoded(docs: readonly CodedDocument[], format: EventFormat, parts: readonly DecodedPart[], describeCode: (code: string) => string): string {
  if (format === 'json') {
    return `${JSON.stringify(docs.map((d) => ({
      document: { id: d.document.id, title: d.document.title, date: d.document.date, source: d.document.source, origin: d.document.origin },
      ...(parts.includes('events') ? { events: d.events } : {}),
      ...(parts.includes('quotes') ? { quotes: d.quotes } : {}),
      ...(parts.includes('actors') ? { actors: actorRows(d) } : {}),
    })), null, 2)}\n`;
  }
  if (format === 'jsonl') {
    return docs.flatMap((d) => [
      ...(parts.includes('events') ? d.events.map((e) => ({ type: 'event', ...e })) : []),
      ...(parts.includes('quotes') ? d.quotes.map((q) => ({ type: 'quote', docId: d.document.id, ...q })) : []),
      ...(parts.includes('actors') ? actorRows(d).map((a) => ({ type: 'actor', docId: d.document.id, ...a })) : []),
    ]).map((r) => `${JSON.stringify(r)}\n`).join('');
  }
  if (format === 'csv') {
    // One CSV holds one kind of record: the first part asked for.
    const part = parts[0] ?? 'events';
    if (part === 'events') return renderEvents(docs.flatMap((d) => d.events), 'csv', describeCode);
    if (part === 'quotes') return stringify([['doc_id', 'sentence_index', 'speaker', 'speaker_code', 'speaker_office', 'text'], ...docs.flatMap((d) => d.quotes.map((q) => [d.document.id, q.sentenceIndex, q.speaker ?? '', q.speakerCode ?? '', q.speakerOffice ?? '', q.text]))]);
    return stringify([['doc_id', 'codes', 'text', 'mentions', 'rule'], ...docs.flatMap((d) => actorRows(d).map((a) => [d.document.id, a.codes, a.text, a.mentions, a.rule]))]);
  }
  const out: string[] = [];
  for (const d of docs) {
    out.push(`# ${d.document.title ?? d.document.id}  (${d.document.date ?? 'undated'}, ${d.sentences.length} sentences)\n`);
    if (parts.includes('events')) out.push(`\nEvents (${d.events.length})\n`, d.events.length ? renderEvents(d.events, 'table', describeCode) : '  none\n');
    if (parts.includes('quotes')) out.push(`\nQuotes (${d.quotes.length})\n`, d.quotes.length ? renderTable(['sent', 'speaker', 'code', 'quote'], d.quotes.map(quoteRow), [4, 40, 8, 100]) : '  none\n');
    if (parts.includes('actors')) {
      const rows = actorRows(d);
      out.push(`\nActors (${rows.length})\n`, rows.length ? renderTable(['code', 'mentions', 'as written', 'rule'], rows.map((a) => [a.codes, String(a.mentions), a.text, a.rule]), [24, 8, 40, 40]) : '  none\n');
    }
    out.push('\n');
  }
  return out.join('');
}
