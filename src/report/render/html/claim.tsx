/**
 * A claim and its evidence. The evidence sits in a <details> right after the claim's text: native
 * to the browser, so it opens with a click, Enter or Space and is announced by screen readers,
 * with no script. Sentences are shown with the event's actors and verb (or the quoted words)
 * marked from the evidence spans.
 */
import type { VNode } from 'preact';
import { actorName, formatDate } from '../../english.js';
import type { Claim, EvidenceRef, QuoteRef } from '../../types.js';
import { beforeStop, eventSegments, quoteKey, quoteSegments } from '../numbering.js';
import type { Numbering, Segment } from '../numbering.js';

const MARK_TITLES: Record<NonNullable<Segment['mark']>, string> = {
  source: 'source actor', verb: 'event verb', target: 'target actor', quote: 'quoted words',
};

export function Marked({ segments }: { segments: Segment[] }): VNode {
  return (
    <>
      {segments.map((s) => (s.mark ? <mark class={s.mark} title={MARK_TITLES[s.mark]}>{s.text}</mark> : s.text))}
    </>
  );
}

export function EventEvidence({ item: r }: { item: EvidenceRef }): VNode {
  const where = r.docId !== '' ? <>document <code>{r.docId}</code>, sentence {r.sentenceIndex + 1}</> : <>dataset {r.dataset ?? 'row'}</>;
  return (
    <>
      {r.sentence !== '' ? <p class="sentence">“<Marked segments={eventSegments(r)} />”</p> : null}
      <p class="meta">
        {formatDate(r.date)} · {where} · {actorName(r.source)} → {actorName(r.target)} · CAMEO {r.code} {r.codeName} · event <code>{r.eventId}</code>
        {r.url !== undefined ? <> · <a href={r.url}>source</a></> : null}
      </p>
    </>
  );
}

export function QuoteEvidence({ item: q }: { item: QuoteRef }): VNode {
  const who = [q.speaker, q.office].filter((x): x is string => x !== undefined && x !== '').join(', ');
  return (
    <>
      <p class="sentence">“<Marked segments={quoteSegments(q)} />”</p>
      <p class="meta">
        {q.date !== undefined ? `${formatDate(q.date)} · ` : ''}quote{who !== '' ? ` of ${who}` : ''} · document <code>{q.docId}</code>, sentence {q.sentenceIndex + 1}
      </p>
    </>
  );
}

function numbersOf(c: Claim, numbers: Numbering): number[] {
  return [
    ...c.evidence.map((r) => numbers.event.get(r.eventId) ?? 0),
    ...(c.quotes ?? []).map((q) => numbers.quote.get(quoteKey(q)) ?? 0),
  ];
}

function Evidence({ claim, numbers }: { claim: Claim; numbers: Numbering }): VNode | null {
  const refs = numbersOf(claim, numbers);
  if (refs.length === 0) return null;
  const events = claim.evidence.length;
  const label = `Evidence ${refs.join(', ')}`;
  // Hovering the marker previews the first sentence; clicking (or Enter) opens them all.
  const first = claim.evidence[0]?.sentence || claim.quotes?.[0]?.sentence || '';
  const preview = first.length > 240 ? `${first.slice(0, 239)}…` : first;
  return (
    <details class="evidence">
      <summary aria-label={`${label}: show the supporting sentences`} title={preview}>[{refs.join(', ')}]</summary>
      <div class="evidence-body">
        {claim.count !== undefined ? <p class="meta">Cites {events} of the {claim.count} events this statement rests on, the strongest first by Goldstein weight.</p> : null}
        <ol>
          {claim.evidence.map((r) => <li value={numbers.event.get(r.eventId)}><EventEvidence item={r} /></li>)}
          {(claim.quotes ?? []).map((q) => <li value={numbers.quote.get(quoteKey(q))}><QuoteEvidence item={q} /></li>)}
        </ol>
      </div>
    </details>
  );
}

/** A claim as a block (inside a paragraph) or as a list item. */
export function ClaimView({ claim, numbers, item }: { claim: Claim; numbers: Numbering; item?: boolean }): VNode {
  const { body: words, stop } = beforeStop(claim.text);
  const body = (
    <>
      <p class="claim-text">
        {claim.count !== undefined ? <>{words}<span class="count"> ({claim.count} events)</span>{stop}</> : claim.text}
      </p>
      <Evidence claim={claim} numbers={numbers} />
    </>
  );
  return item ? <li class="claim">{body}</li> : <div class="claim">{body}</div>;
}
