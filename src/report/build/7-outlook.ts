/**
 * Step 7: shifts and outlook — the change points of monthly net cooperation, the last complete
 * week against the previous 4 and 52 (src/dyads' weekly alerts), and what to watch: open requests
 * and whether the latest turn holds. All as the dashboard shows them for the same window.
 */
import type { Alert, AlertScope, ChangePoint } from '../../analysis/index.js';
import { formatDay, parseDay } from '../../analysis/index.js';
import type { Event } from '../../domain/index.js';
import { actorName, count, decimal, formatDate, formatPeriod, percent, signed } from '../english.js';
import type { Claim, Paragraph, Section } from '../types.js';
import { dyadEventsBetween, eventsOf } from './2-figures.js';
import type { Figures } from './2-figures.js';
import { claim, codeName } from './evidence.js';

const SCOPE_WORDS: Record<AlertScope, string> = {
  all: 'events', 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict',
};

function changeClaim(f: Figures, c: ChangePoint): Claim {
  const verb = c.direction === 'warming' ? 'warmed' : 'cooled';
  return claim(
    `Relations ${verb} from ${formatPeriod(c.period)}: monthly net cooperation moved from ${signed(c.before)} to ${signed(c.after)}`
      + ` (${decimal(Math.abs(c.sizeSd))} times the month-to-month noise).`,
    [f.dyad.a, f.dyad.b], eventsOf(f, c.eventIds),
  );
}

const shift = (iso: string, days: number): string => formatDay((parseDay(iso) ?? 0) + days);

function weekEvents(f: Figures, from: string, to: string, scope: AlertScope): Event[] {
  return dyadEventsBetween(f, from, to, scope === 'all' ? undefined : scope);
}

/** The judged week against its baselines, as src/dyads' weekly alerts give them (the dashboard
 * lists the same alerts): the last complete week on or before the window's end. */
function weekClaims(f: Figures): Claim[] {
  const w = f.alerts;
  const row = w?.rows.find((r) => r.scope === 'all');
  if (!w || !row) return [];
  const [four, year] = row.baselines;
  const [monday, sunday, before] = [shift(w.to, -6), w.to, shift(w.to, -7)];
  // The week's own events, or the weeks before it when it was quiet: the figures rest on them.
  const cited = [weekEvents(f, monday, sunday, 'all'), weekEvents(f, shift(monday, -28), before, 'all'), weekEvents(f, w.from, before, 'all')]
    .find((list) => list.length > 0);
  if (!cited) return [];
  const out = [claim(
    `In the week from ${formatDate(monday)} the record holds ${count(row.count, 'event')} between ${actorName(f.dyad.a)} and ${actorName(f.dyad.b)},`
      + ` against a weekly mean of ${decimal(four.mean)} over the previous 4 weeks and ${decimal(year.mean)} over the previous 52.`,
    [f.dyad.a, f.dyad.b], cited,
  )];
  const seen = new Set<string>();
  for (const alert of w.alerts) {
    const key = `${alert.scope}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const events = weekEvents(f, monday, sunday, alert.scope);
    const fallback = alert.kind === 'large-decrease' ? weekEvents(f, shift(monday, -7 * alert.span), before, alert.scope) : [];
    const evidence = events.length > 0 ? events : fallback;
    if (evidence.length > 0) out.push(claim(alertText(alert), [f.dyad.a, f.dyad.b], evidence));
  }
  return out;
}

function alertText(a: Alert): string {
  const change = a.change === null ? '' : ` (${percent(a.change)})`;
  const what = a.kind === 'large-increase' ? 'rose sharply' : 'fell sharply';
  return `${SCOPE_WORDS[a.scope] === 'events' ? 'Activity' : `${SCOPE_WORDS[a.scope].charAt(0).toUpperCase()}${SCOPE_WORDS[a.scope].slice(1)}`} ${what} that week:`
    + ` ${a.count} against a mean of ${decimal(a.mean)} over the previous ${a.span} weeks${change}.`;
}

function watchClaims(f: Figures): Claim[] {
  const out: Claim[] = [];
  for (const r of f.requests.requests.filter((x) => x.status === 'pending')) {
    const what = r.type === 'promise'
      ? `Whether ${actorName(r.provider)} delivers on its ${codeName(r.code).toLowerCase()} towards ${actorName(r.requester)} of ${formatDate(r.date)}`
      : `Whether ${actorName(r.provider)} answers the ${codeName(r.code).toLowerCase()} from ${actorName(r.requester)} of ${formatDate(r.date)}`;
    out.push(claim(
      `${what}; a delivery would count until ${formatDate(r.deadline)}.`,
      [r.requester, r.provider], eventsOf(f, [r.id]),
    ));
  }
  const latest = f.direction.changes.at(-1);
  if (latest) {
    out.push(claim(
      `Whether the ${latest.direction} since ${formatPeriod(latest.period)} holds: the latest monthly mean is ${signed(latest.after)}.`,
      [f.dyad.a, f.dyad.b], eventsOf(f, latest.eventIds),
    ));
  }
  return out;
}

export function outlook(f: Figures): Section | undefined {
  if (f.dyadEvents.length === 0) return undefined;
  const paragraphs: Paragraph[] = [];
  // The change points the direction was called on: none when the record is too thin to call one.
  const changes = f.direction.changes.map((c) => changeClaim(f, c)).filter((c) => c.evidence.length > 0);
  const trend = claim(
    `Monthly net cooperation from ${formatPeriod(f.monthly.points[0]?.period ?? '')} to ${formatPeriod(f.monthly.points.at(-1)?.period ?? '')}: ${f.sparkline}.`,
    [f.dyad.a, f.dyad.b], f.dyadEvents,
  );
  paragraphs.push({ claims: [trend, ...changes] });
  const week = weekClaims(f);
  if (week.length > 0) paragraphs.push({ heading: 'The latest week', claims: week });
  const watch = watchClaims(f);
  if (watch.length > 0) paragraphs.push({ heading: 'What to watch', list: true, claims: watch });
  return { id: 'outlook', title: 'Shifts and outlook', paragraphs };
}
