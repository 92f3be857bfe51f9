/**
 * Step 5: the protective stance — one side acting for the other against a third party. Two
 * readings, both from the record:
 *  - triads (src/analysis): C acted against B, and A answered C within a week with conflictual
 *    events (condemnations, warnings), labelled protective by their mean Goldstein;
 *  - warnings on B's behalf: A's conflictual events towards C coded from a sentence that also
 *    names B ("Russia told the United States not to strike Iran"), even with no C→B event coded.
 */
import { actorKey, matchesActor } from '../../analysis/index.js';
import type { Triad } from '../../analysis/index.js';
import type { Event } from '../../domain/index.js';
import type { DocumentDetail, StoredQuote } from '../../store/index.js';
import { actorName, capitalise, count, formatDate, listOf, possessive, signed } from '../english.js';
import type { Claim, Paragraph, Section } from '../types.js';
import { eventsOf } from './2-figures.js';
import type { Figures } from './2-figures.js';
import { byStrength, claim, eventClaim, representative } from './evidence.js';
import { quotesAt } from './quotes.js';

const LISTED = 5;

interface Context {
  f: Figures;
  quotes: readonly StoredQuote[];
  documents: ReadonlyMap<string, DocumentDetail>;
}

function withQuotes(ctx: Context, e: Event): Claim {
  const c = eventClaim(e);
  const quotes = e.evidence ? quotesAt(ctx.quotes, [e.evidence], ctx.documents) : [];
  if (quotes.length > 0) c.quotes = quotes;
  return c;
}

function triadParagraphs(ctx: Context, t: Triad): Paragraph[] {
  const triggers = eventsOf(ctx.f, t.triggers);
  const responses = eventsOf(ctx.f, t.responses);
  const [A, B, C] = [actorName(t.a), actorName(t.b), actorName(t.c)];
  const summary = claim(
    `${capitalise(A)} took ${possessive(B)} side against ${C}: ${count(responses.length, 'conflictual response')} to ${C}`
      + ` within a week of ${count(triggers.length, 'hostile act')} by ${C} against ${B}`
      + ` (mean Goldstein ${signed(t.meanGoldstein ?? 0)}).`,
    [t.a, t.b, t.c],
    [...representative(responses, 3), ...representative(triggers, 2)],
  );
  if (responses.length + triggers.length > summary.evidence.length) summary.count = responses.length + triggers.length;
  return [
    { heading: `${capitalise(A)} against ${C}`, claims: [summary] },
    { list: true, claims: [...responses].sort(byStrength).slice(0, LISTED).map((e) => withQuotes(ctx, e)) },
  ];
}

/** Whether the evidence sentence of `e` names the actor (an actor mention with a matching code). */
function sentenceNames(ctx: Context, e: Event, actor: string): boolean {
  const ev = e.evidence;
  if (!ev) return false;
  const doc = ctx.documents.get(ev.docId);
  return doc?.actors.some((m) => m.sentenceIndex === ev.sentenceIndex && m.codes.some((c) => matchesActor(c, actor, 'prefix'))) ?? false;
}

/** What the third party did to the partner in the window, when the record has it. */
function hostileContext(ctx: Context, c: string, victim: string): Claim[] {
  const { from, to } = ctx.f.window;
  const acts = ctx.f.all.filter((e) => !e.negated && e.quad >= 3 && e.date >= from && e.date <= to
    && matchesActor(e.source, c, 'prefix') && matchesActor(e.target, victim, 'prefix'));
  if (acts.length === 0) return [];
  const dates = [...new Set(acts.map((e) => e.date))].sort().map(formatDate);
  return [claim(
    `In the window ${actorName(c)} was the source of ${count(acts.length, 'hostile act')} against ${actorName(victim)} (${listOf(dates.slice(0, 3))}${dates.length > 3 ? ' and later' : ''}).`,
    [c, victim], acts,
  )];
}

function onBehalf(ctx: Context, protector: string, victim: string, covered: ReadonlySet<string>): Paragraph[] {
  const ours = (code: string): boolean => matchesActor(code, protector, 'prefix') || matchesActor(code, victim, 'prefix');
  const { from, to } = ctx.f.window;
  // Verbal conflict only (demands, disapproval, rejections, threats): a protective stance is
  // spoken; force against a third party in a sentence that names the partner is something else.
  const found = ctx.f.all.filter((e) => !e.negated && e.quad === 3 && e.date >= from && e.date <= to
    && matchesActor(e.source, protector, 'prefix') && e.target !== '' && !ours(e.target)
    && !covered.has(e.id) && sentenceNames(ctx, e, victim));
  const byThird = new Map<string, Event[]>();
  for (const e of found) {
    const key = actorKey(e.target, 'prefix');
    byThird.set(key, [...(byThird.get(key) ?? []), e]);
  }
  const [P, V] = [actorName(protector), actorName(victim)];
  return [...byThird.entries()].sort(([x, ex], [y, ey]) => ey.length - ex.length || (x < y ? -1 : 1)).flatMap(([c, events]) => [
    {
      heading: `${capitalise(P)} to ${actorName(c)}, over ${V}`,
      claims: [claim(
        `${capitalise(P)} addressed ${count(events.length, 'warning or condemnation', 'warnings or condemnations')} to ${actorName(c)}`
          + ` in sentences that also name ${V}.`,
        [protector, victim, c], events,
      ), ...hostileContext(ctx, c, victim)],
    },
    { list: true, claims: [...events].sort(byStrength).slice(0, LISTED).map((e) => withQuotes(ctx, e)) },
  ]);
}

export function protectiveStance(f: Figures, quotes: readonly StoredQuote[], documents: ReadonlyMap<string, DocumentDetail>): Section | undefined {
  const ctx: Context = { f, quotes, documents };
  const triads = f.triads.filter((t) => t.label === 'protective');
  const covered = new Set(triads.flatMap((t) => t.responses));
  const paragraphs = triads.flatMap((t) => triadParagraphs(ctx, t));
  const protectors = new Set(triads.map((t) => t.a));
  for (const [p, v] of [[f.dyad.a, f.dyad.b], [f.dyad.b, f.dyad.a]] as const) {
    const found = onBehalf(ctx, p, v, covered);
    if (found.length > 0) protectors.add(p);
    paragraphs.push(...found);
  }
  if (paragraphs.length === 0) return undefined;
  const only = protectors.size === 1 ? [...protectors][0] : undefined;
  const title = only !== undefined ? `${capitalise(possessive(actorName(only)))} protective stance` : 'Protective stances';
  return { id: 'protective-stance', title, paragraphs };
}
