/**
 * The brief builder: store and request in, Brief out. The window and one read of the events the
 * brief cites (step 1), the analysis from src/dyads — the same answers the dashboard and
 * `entente dyad` give for the window (step 2), then each section from the figures (steps 3–9).
 * Deterministic: everything is sorted, no clock is read, no bootstrap is drawn, and the window and
 * `asOf` default to dates in the store, so the same store gives the same brief byte for byte.
 */
import type { Store } from '../../store/index.js';
import { actorFlag, actorName, capitalise, count, formatDate } from '../english.js';
import { describeCoverage } from '../../ledger/index.js';
import type { FeedCoverage } from '../../ledger/index.js';
import type { Brief, BriefActor, BriefContext, BriefRequest, Section } from '../types.js';
import { loadBriefData } from './1-load.js';
import { computeFigures } from './2-figures.js';
import type { Figures } from './2-figures.js';
import { briefFigures, briefTitle, lede } from './3-lede.js';
import { partnership } from './4-partnership.js';
import { protectiveStance } from './5-protective.js';
import { expectations } from './6-expectations.js';
import { outlook } from './7-outlook.js';
import { voices } from './8-voices.js';
import { conclusion, headlines, related } from './9-closing.js';

function briefActor(code: string): BriefActor {
  const flag = actorFlag(code);
  return { code, name: capitalise(actorName(code)), ...(flag !== undefined ? { flag } : {}) };
}

function notes(f: Figures): string[] {
  const out: string[] = [];
  const pair = `${actorName(f.dyad.a)} and ${actorName(f.dyad.b)}`;
  if (f.dyadEvents.length === 0) {
    out.push(`The store holds no events between ${pair} from ${formatDate(f.window.from)} to ${formatDate(f.window.to)}, so there is nothing to brief on yet.`);
  }
  if (f.beforeWindow > 0) {
    out.push(`${capitalise(count(f.beforeWindow, 'earlier event'))} between ${pair}, dated before ${formatDate(f.window.from)}, ${f.beforeWindow === 1 ? 'lies' : 'lie'} outside the window and ${f.beforeWindow === 1 ? 'is' : 'are'} not described.`);
  }
  if (f.negated.length > 0) {
    out.push(`${capitalise(count(f.negated.length, 'event'))} reported as not having happened ${f.negated.length === 1 ? 'is' : 'are'} left out of the figures (they count as evidence of non-delivery).`);
  }
  return out;
}

/** What the ledger says about each holed feed, in the words every view uses. */
function coverageNote(coverage: readonly FeedCoverage[]): string[] {
  if (coverage.length === 0) return [];
  return [`Incomplete data: ${describeCoverage(coverage)} in this window, so a change may be missing data rather than a shift.`];
}

export async function buildBrief(store: Store, request: BriefRequest, context: BriefContext = {}): Promise<Brief> {
  const loaded = await loadBriefData(store, request);
  const w = loaded.window;
  const base = { version: 1 as const, dyad: { a: briefActor(w.a), b: briefActor(w.b) }, window: { from: w.from, to: w.to, asOf: w.asOf } };
  if (w.empty) {
    return {
      ...base,
      title: `${capitalise(actorName(w.a))} and ${actorName(w.b)}: no recorded events`,
      direction: 'none', lede: [], contents: [], sections: [],
      figures: {
        events: 0, cooperative: 0, conflictual: 0, net: 0, byDirection: { ab: 0, ba: 0 }, byDomain: {}, monthly: [], sparkline: '',
        direction: { direction: 'stable', slope: 0, riseSd: 0, slopeT: 0, firstMean: 0, lastMean: 0, reasons: [] },
        beforeWindow: 0, negated: 0,
      },
      notes: [`The store holds no events of ${actorName(w.a)} or ${actorName(w.b)}, so there is nothing to brief on yet.`],
    };
  }
  const f = await computeFigures(store, loaded);
  const protective = protectiveStance(f, loaded.quotes, loaded.documents);
  const expected = expectations(f);
  const body = [partnership(f), protective, expected, outlook(f), voices(f, loaded.quotes, loaded.documents)];
  const closing = [
    conclusion(f, { ...(protective ? { protective } : {}), ...(expected ? { expectations: expected } : {}) }),
    related(f),
    headlines(f),
  ];
  const sections = [...body, ...closing].filter((s): s is Section => s !== undefined);
  return {
    ...base,
    title: briefTitle(f),
    direction: f.dyadEvents.length === 0 ? 'none' : f.direction.direction,
    lede: lede(f),
    contents: sections.map((s) => ({ id: s.id, title: s.title })),
    sections,
    figures: briefFigures(f),
    notes: [...coverageNote((await context.coverage?.(w.from, w.to)) ?? []), ...notes(f)],
  };
}
