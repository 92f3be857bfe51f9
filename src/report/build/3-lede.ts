/**
 * Step 3: title, lede and figures. The title names the direction the analysis found (deepening,
 * cooling, shifting, steady); the lede gives the counts behind it and each change point with the
 * events around it.
 */
import { dyadDirection } from '../../analysis/index.js';
import type { Event } from '../../domain/index.js';
import { domainOf } from '../../model/index.js';
import { actorName, capitalise, count, formatDate, signed } from '../english.js';
import type { BriefFigures, Claim } from '../types.js';
import type { Figures } from './2-figures.js';
import { claim } from './evidence.js';
import { thin } from './2-figures.js';

const round = (x: number): number => Math.round(x * 100) / 100;
const netOf = (e: Event): number => (e.quad <= 2 ? Math.abs(e.goldstein) : -Math.abs(e.goldstein));

export function netCooperation(events: readonly Event[]): number {
  return events.reduce((s, e) => s + netOf(e), 0);
}

export function briefFigures(f: Figures): BriefFigures {
  const events = f.dyadEvents;
  const byDomain: Record<string, number> = {};
  for (const e of events) {
    const d = domainOf(e.code) ?? 'unclassified';
    byDomain[d] = (byDomain[d] ?? 0) + 1;
  }
  const d = f.direction;
  return {
    events: events.length,
    cooperative: events.filter((e) => e.quad <= 2).length,
    conflictual: events.filter((e) => e.quad >= 3).length,
    net: round(netCooperation(events)),
    byDirection: {
      ab: events.filter((e) => dyadDirection(e, f.dyad, 'prefix') === 'ab').length,
      ba: events.filter((e) => dyadDirection(e, f.dyad, 'prefix') === 'ba').length,
    },
    byDomain: Object.fromEntries(Object.entries(byDomain).sort(([x], [y]) => (x < y ? -1 : 1))),
    monthly: f.monthly.points.map((p) => ({ period: p.period, count: p.both.count, net: round(p.both.net) })),
    sparkline: f.sparkline,
    direction: {
      direction: d.direction, slope: round(d.slope), riseSd: round(d.riseSd), slopeT: round(d.slopeT),
      firstMean: round(d.firstMean), lastMean: round(d.lastMean), reasons: [...d.reasons],
    },
    beforeWindow: f.beforeWindow,
    negated: f.negated.length,
  };
}

export function briefTitle(f: Figures): string {
  const pair = `${capitalise(actorName(f.dyad.a))} and ${actorName(f.dyad.b)}`;
  if (f.dyadEvents.length === 0) return `${pair}: no recorded events`;
  const warm = netCooperation(f.dyadEvents) >= 0;
  switch (f.direction.direction) {
    case 'shifting': return `${pair}: ${warm ? 'a shifting alliance' : 'a shifting rivalry'}`;
    case 'deepening': return `${pair}: ${warm ? 'a deepening partnership' : 'a thaw between rivals'}`;
    case 'cooling': return `${pair}: ${warm ? 'a cooling partnership' : 'a deepening rift'}`;
    case 'stable': return `${pair}: ${warm ? 'a steady partnership' : 'a steady rivalry'}`;
  }
}

export function lede(f: Figures): Claim[] {
  const { a, b } = f.dyad;
  const events = f.dyadEvents;
  if (events.length === 0) return [];
  const A = actorName(a);
  const B = actorName(b);
  const coop = events.filter((e) => e.quad <= 2);
  const conflict = events.filter((e) => e.quad >= 3);
  const out: Claim[] = [claim(
    `${f.window.from === f.window.to ? `On ${formatDate(f.window.from)}` : `Between ${formatDate(f.window.from)} and ${formatDate(f.window.to)}`} the record holds ${count(events.length, 'event')} between ${A} and ${B}: `
      + `${coop.length} cooperative and ${conflict.length} conflictual, a net cooperation of ${signed(netCooperation(events))}.`,
    [a, b], events,
  )];
  const d = f.direction;
  if (d.direction === 'stable') {
    out.push(claim(thin(f)
      ? `With ${count(events.length, 'event')} the record is too thin to call a direction.`
      : 'Net cooperation shows no change point and no clear trend across the window: the relationship held steady.', [a, b], events));
  } else {
    const word = { shifting: 'shifted', deepening: 'deepened', cooling: 'cooled' }[d.direction];
    out.push(claim(`Over the window the relationship ${word} (net cooperation per month ${signed(d.firstMean)} at first, ${signed(d.lastMean)} at the end).`, [a, b], events));
  }
  const ab = events.filter((e) => dyadDirection(e, f.dyad, 'prefix') === 'ab');
  const ba = events.filter((e) => dyadDirection(e, f.dyad, 'prefix') === 'ba');
  if (ab.length > 0 && ba.length > 0) {
    out.push(claim(`${capitalise(A)} was the source of ${count(ab.length, 'event')} towards ${B}, and ${B} of ${ba.length} towards ${A}.`, [a, b], [...ab, ...ba]));
  }
  return out;
}
