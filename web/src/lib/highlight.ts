/**
 * Splits an evidence sentence into plain and highlighted runs from the coder's spans, so the
 * reader sees which words were taken as source, verb and target. Spans come from the server and
 * may overlap or run past the sentence (a stored sentence can be trimmed); the split never loses
 * or repeats a character: the runs always concatenate back to the sentence.
 */
export type HighlightPart = 'source' | 'verb' | 'target';

export interface TextSpan {
  start: number;
  end: number;
}

export type Highlights = { [K in HighlightPart]?: TextSpan | undefined };

export interface Segment {
  text: string;
  part?: HighlightPart;
}

// When spans overlap, the verb is what the rule matched on, so it wins; then the actors.
const PRIORITY: readonly HighlightPart[] = ['verb', 'source', 'target'];

export function highlightSegments(sentence: string, highlights: Highlights): Segment[] {
  const owner: (HighlightPart | undefined)[] = new Array<HighlightPart | undefined>(sentence.length).fill(undefined);
  for (const part of [...PRIORITY].reverse()) {
    const span = highlights[part];
    if (!span || !Number.isFinite(span.start) || !Number.isFinite(span.end)) continue;
    const start = Math.max(0, Math.floor(span.start));
    const end = Math.min(sentence.length, Math.floor(span.end));
    for (let i = start; i < end; i++) owner[i] = part;
  }
  const segments: Segment[] = [];
  let runStart = 0;
  for (let i = 1; i <= sentence.length; i++) {
    if (i < sentence.length && owner[i] === owner[runStart]) continue;
    const part = owner[runStart];
    const text = sentence.slice(runStart, i);
    if (text) segments.push(part ? { text, part } : { text });
    runStart = i;
  }
  return segments;
}
