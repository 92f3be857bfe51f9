/**
 * The Markdown brief: an mdast tree serialised by mdast-util-to-markdown (GFM tables and
 * footnotes), so escaping is the serialiser's job. Each claim carries footnote references
 * (`[^e12]` for an event, `[^q3]` for a quote); the footnotes list the sentence, with the actors
 * and verb in bold, and the document.
 */
import type {
  BlockContent, FootnoteDefinition, Heading, List, ListItem, Paragraph as MdParagraph, PhrasingContent, Root, RootContent, Table, TableRow,
} from 'mdast';
import { gfmFootnoteToMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';
import { formatDate, formatPeriod, inSentence, signed } from '../../english.js';
import type { Brief, Claim, Paragraph, Section } from '../../types.js';
import { beforeStop, eventSegments, numberEvidence, quoteKey, quoteSegments } from '../numbering.js';
import type { Cited, Numbering, Segment } from '../numbering.js';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const heading = (depth: 1 | 2 | 3, value: string): Heading => ({ type: 'heading', depth, children: [text(value)] });
const para = (children: PhrasingContent[]): MdParagraph => ({ type: 'paragraph', children });

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
export function slug(title: string): string {
  return title.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').trim().replace(/\s/g, '-');
}

function claimContent(c: Claim, numbers: Numbering): PhrasingContent[] {
  const { body, stop } = beforeStop(c.text);
  const out: PhrasingContent[] = [text(c.count !== undefined ? `${body} (${c.count} events, ${c.evidence.length} cited)${stop}` : c.text)];
  for (const ref of c.evidence) out.push({ type: 'footnoteReference', identifier: `e${numbers.event.get(ref.eventId) ?? 0}` });
  for (const ref of c.quotes ?? []) out.push({ type: 'footnoteReference', identifier: `q${numbers.quote.get(quoteKey(ref)) ?? 0}` });
  return out;
}

function paragraphNodes(p: Paragraph, numbers: Numbering): RootContent[] {
  const out: RootContent[] = [];
  if (p.heading !== undefined) out.push(heading(3, p.heading));
  if (p.list) {
    const items: ListItem[] = p.claims.map((c) => ({ type: 'listItem', spread: false, children: [para(claimContent(c, numbers))] }));
    out.push({ type: 'list', ordered: false, spread: false, children: items } satisfies List);
  } else {
    out.push(para(p.claims.flatMap((c, i) => [...(i > 0 ? [text(' ')] : []), ...claimContent(c, numbers)])));
  }
  return out;
}

function sectionNodes(s: Section, numbers: Numbering): RootContent[] {
  return [heading(2, s.title), ...s.paragraphs.flatMap((p) => paragraphNodes(p, numbers))];
}

function marked(segs: Segment[]): PhrasingContent[] {
  return segs.map((s) => (s.mark ? { type: 'strong', children: [text(s.text)] } : text(s.text)));
}

function footnote(c: Cited): FootnoteDefinition {
  const children: BlockContent[] = [];
  if (c.kind === 'event') {
    const r = c.ref;
    const where = r.docId !== '' ? `document ${r.docId}, sentence ${r.sentenceIndex + 1}` : `dataset ${r.dataset ?? 'row'}`;
    children.push(para([
      text(`${formatDate(r.date)} — ${where}; event ${r.eventId}, CAMEO ${r.code} (${r.codeName}), ${r.source || '?'} → ${r.target || '?'}: `),
      ...(r.sentence !== '' ? [text('“'), ...marked(eventSegments(r)), text('”')] : r.url ? [{ type: 'link', url: r.url, children: [text(r.url)] } as PhrasingContent] : []),
    ]));
  } else {
    const q = c.ref;
    const who = [q.speaker, q.office].filter((x): x is string => x !== undefined && x !== '').join(', ');
    children.push(para([
      text(`${q.date !== undefined ? `${formatDate(q.date)} — ` : ''}document ${q.docId}, sentence ${q.sentenceIndex + 1}; quote${who ? ` of ${who}` : ''}: “`),
      ...marked(quoteSegments(q)),
      text('”'),
    ]));
  }
  return { type: 'footnoteDefinition', identifier: `${c.kind === 'event' ? 'e' : 'q'}${c.n}`, children };
}

function figuresTable(brief: Brief): Table {
  const row = (cells: string[]): TableRow => ({ type: 'tableRow', children: cells.map((v) => ({ type: 'tableCell', children: [text(v)] })) });
  return {
    type: 'table',
    align: ['left', 'right', 'right'],
    children: [row(['Month', 'Events', 'Net cooperation']), ...brief.figures.monthly.map((m) => row([formatPeriod(m.period), String(m.count), signed(m.net)]))],
  };
}

export function briefTree(brief: Brief): Root {
  const numbers = numberEvidence(brief);
  const { a, b } = brief.dyad;
  const w = brief.window;
  const children: RootContent[] = [heading(1, brief.title)];
  if (w.from !== '') {
    children.push(para([{ type: 'emphasis', children: [text(
      `A brief on ${inSentence(a.name)} (${a.code}) and ${inSentence(b.name)} (${b.code}), ${formatDate(w.from)} to ${formatDate(w.to)}, written from the record as of ${formatDate(w.asOf)}. Every statement cites its evidence.`,
    )] }]));
  }
  if (brief.lede.length > 0) children.push(para(brief.lede.flatMap((c, i) => [...(i > 0 ? [text(' ')] : []), ...claimContent(c, numbers)])));
  if (brief.contents.length > 0) {
    children.push(heading(2, 'Contents'), {
      type: 'list', ordered: true, spread: false,
      children: brief.contents.map((c): ListItem => ({ type: 'listItem', spread: false, children: [para([{ type: 'link', url: `#${slug(c.title)}`, children: [text(c.title)] }])] })),
    });
  }
  for (const s of brief.sections) children.push(...sectionNodes(s, numbers));
  if (brief.figures.monthly.length > 0) children.push(heading(2, 'Figures'), para([text(`Monthly net cooperation: ${brief.figures.sparkline}`)]), figuresTable(brief));
  if (brief.notes.length > 0) {
    children.push(heading(2, 'Notes'), {
      type: 'list', ordered: false, spread: false,
      children: brief.notes.map((n): ListItem => ({ type: 'listItem', spread: false, children: [para([text(n)])] })),
    });
  }
  if (numbers.list.length > 0) children.push(heading(2, 'Evidence'), ...numbers.list.map(footnote));
  return { type: 'root', children };
}

export function renderMarkdown(brief: Brief): string {
  return toMarkdown(briefTree(brief), {
    bullet: '-',
    emphasis: '*',
    strong: '*',
    listItemIndent: 'one',
    extensions: [gfmTableToMarkdown(), gfmFootnoteToMarkdown()],
  });
}
