/**
 * Step 9: the closing sections. The conclusion restates, in a few sentences, what the sections
 * above found, citing the same evidence; related dyads are the pairs A or B formed with third
 * parties in the window; headlines are the latest high-impact events of either side.
 */
import { matchesActor } from '../../analysis/index.js';
import type { Event } from '../../domain/index.js';
import { actorName, capitalise, count, signed } from '../english.js';
import type { Claim, Section } from '../types.js';
import type { Figures } from './2-figures.js';
import { thin } from './2-figures.js';
import { claim, eventClaim } from './evidence.js';
import { DIRECTION_WORDS } from './direction-words.js';

/** |Goldstein| from which an event makes a headline (threats, force, aid, agreements). */
const HEADLINE_IMPACT = 5;
const HEADLINES = 8;

/** The first claim of a section, re-cited: the conclusion rests on what the section showed. */
function lead(section: Section | undefined, text: string): Claim | undefined {
  const first = section?.paragraphs[0]?.claims[0];
  if (!first || first.evidence.length === 0) return undefined;
  const c: Claim = { text, actors: first.actors, evidence: first.evidence };
  if (first.count !== undefined) c.count = first.count;
  return c;
}

export function conclusion(f: Figures, sections: { protective?: Section; expectations?: Section }): Section | undefined {
  const events = f.dyadEvents;
  const t = f.totals;
  if (t.events === 0) return undefined;
  const { a, b } = f.dyad;
  const [A, B] = [actorName(a), actorName(b)];
  const balance = t.net >= 0
    ? `On balance ${A} and ${B} cooperated more than they clashed: ${t.cooperative} of ${count(t.events, 'event')} were cooperative, for a net cooperation of ${signed(t.net)}.`
    : `On balance ${A} and ${B} clashed more than they cooperated: only ${t.cooperative} of ${count(t.events, 'event')} were cooperative, for a net cooperation of ${signed(t.net)}.`;
  const claims: Claim[] = [claim(capitalise(balance), [a, b], events)];
  const title = sections.protective?.title ?? '';
  const stance = lead(sections.protective, `Alongside the partnership runs ${title.charAt(0) === 'P' ? title.toLowerCase() : title} against third parties.`);
  if (stance) claims.push(stance);
  const unmet = lead(sections.expectations, 'Yet not every expectation was met: requests and promises went without delivery.');
  if (unmet) claims.push(unmet);
  claims.push(claim(thin(f)
    ? `Taken together, the record holds too few events to call a direction in the window.`
    : `Taken together, the record describes a ${DIRECTION_WORDS[f.direction.direction]} relationship in the window.`, [a, b], events));
  return { id: 'conclusion', title: 'Conclusion', paragraphs: [{ claims }] };
}

export function related(f: Figures): Section | undefined {
  const rows = f.related.byCount;
  if (rows.length === 0) return undefined;
  const { from, to } = f.window;
  const claims = rows.flatMap((r): Claim[] => {
    const events = f.all.filter((e) => !e.negated && e.date >= from && e.date <= to && pairOf(e, r.dyad.a, r.dyad.b));
    if (events.length === 0) return [];
    return [claim(
      `${capitalise(actorName(r.dyad.a))} and ${actorName(r.dyad.b)}: ${count(r.count, 'event')}, net cooperation ${signed(r.net)}`
        + (r.previousCount === 0
          ? `; none in the ${count(daysOf(from, to), 'day')} before.`
          : `; ${count(r.previousCount, 'event')} and net ${signed(r.previousNet)} in the ${count(daysOf(from, to), 'day')} before.`),
      [r.dyad.a, r.dyad.b], events,
    )];
  });
  if (claims.length === 0) return undefined;
  return { id: 'related', title: 'Related dyads', paragraphs: [{ list: true, claims }] };
}

function pairOf(e: Event, x: string, y: string): boolean {
  const on = (code: string, actor: string): boolean => matchesActor(code, actor, 'prefix');
  return (on(e.source, x) && on(e.target, y)) || (on(e.source, y) && on(e.target, x));
}

function daysOf(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

export function headlines(f: Figures): Section | undefined {
  const { from, to } = f.window;
  const ours = (code: string): boolean => matchesActor(code, f.dyad.a, 'prefix') || matchesActor(code, f.dyad.b, 'prefix');
  const candidates = f.all.filter((e) => !e.negated && e.date >= from && e.date <= to && e.source !== '' && e.target !== ''
    && (ours(e.source) || ours(e.target)) && Math.abs(e.goldstein) >= HEADLINE_IMPACT);
  if (candidates.length === 0) return undefined;
  const latest = [...candidates]
    .sort((x, y) => (x.date > y.date ? -1 : x.date < y.date ? 1 : Math.abs(y.goldstein) - Math.abs(x.goldstein) || (x.id < y.id ? -1 : 1)))
    .slice(0, HEADLINES);
  return { id: 'headlines', title: 'Headlines', paragraphs: [{ list: true, claims: latest.map((e) => eventClaim(e)) }] };
}
