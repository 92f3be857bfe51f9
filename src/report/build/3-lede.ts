/**
 * Step 3: title, lede and figures. The title names the direction src/dyads found, in the words
 * the dashboard uses (deepening, cooling, shifting, stable; see direction-words.ts); the lede
 * gives the counts behind it — the series' own sums, so they match the dashboard's — citing the
 * events they count.
 */
import { dyadDirection } from '../../analysis/index.js';
import { actorName, capitalise, count, formatDate, signed } from '../english.js';
import type { BriefFigures, Claim } from '../types.js';
import type { Figures } from './2-figures.js';
import { DIRECTION_WORDS, relationPhrase } from './direction-words.js';
import { claim } from './evidence.js';
import { thin } from './2-figures.js';
import { unmetClaim } from './6-expectations.js';

const round = (x: number): number => Math.round(x * 100) / 100;

export function briefFigures(f: Figures): BriefFigures {
  const t = f.totals;
  const d = f.direction;
  return {
    events: t.events,
    cooperative: t.cooperative,
    conflictual: t.conflictual,
    net: round(t.net),
    byDirection: { ab: t.ab, ba: t.ba },
    byDomain: { ...t.byDomain },
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
  if (f.totals.events === 0) return `${pair}: no recorded events`;
  // The seed's "unfulfilled expectations": a partnership that asks and is not given is not the
  // same story as one that delivers, whatever the net figure. The lede carries the evidence.
  const unmet = f.totals.net >= 0 && unmetClaim(f) !== undefined ? ' with unmet expectations' : '';
  return `${pair}: ${relationPhrase(f.direction.direction, f.totals.net)}${unmet}`;
}

export function lede(f: Figures): Claim[] {
  const { a, b } = f.dyad;
  const events = f.dyadEvents;
  const t = f.totals;
  if (t.events === 0) return [];
  const A = actorName(a);
  const B = actorName(b);
  const out: Claim[] = [claim(
    `${f.window.from === f.window.to ? `On ${formatDate(f.window.from)}` : `Between ${formatDate(f.window.from)} and ${formatDate(f.window.to)}`} the record holds ${count(t.events, 'event')} between ${A} and ${B}: `
      + `${t.cooperative} cooperative and ${t.conflictual} conflictual, a net cooperation of ${signed(t.net)}.`,
    [a, b], events,
  )];
  const d = f.direction;
  if (d.direction === 'stable') {
    out.push(claim(thin(f)
      ? `With ${count(t.events, 'event')} the record is too thin to call a direction.`
      : `Net cooperation shows no change point and no clear trend across the window: the relationship was ${DIRECTION_WORDS.stable}.`, [a, b], events));
  } else {
    out.push(claim(`Over the window the relationship was ${DIRECTION_WORDS[d.direction]} (net cooperation per month ${signed(d.firstMean)} at first, ${signed(d.lastMean)} at the end).`, [a, b], events));
  }
  const ab = events.filter((e) => dyadDirection(e, f.dyad, 'prefix') === 'ab');
  const ba = events.filter((e) => dyadDirection(e, f.dyad, 'prefix') === 'ba');
  if (t.ab > 0 && t.ba > 0) {
    out.push(claim(`${capitalise(A)} was the source of ${count(t.ab, 'event')} towards ${B}, and ${B} of ${t.ba} towards ${A}.`, [a, b], [...ab, ...ba]));
  }
  const unmet = unmetClaim(f);
  if (unmet) out.push(unmet);
  return out;
}
