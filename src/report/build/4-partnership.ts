/**
 * Step 4: the partnership — cooperative events (quad classes 1 and 2) grouped by policy domain,
 * each domain with its count, its date range and its strongest events. Domains are the store's
 * (`analysisDomain`), the ones the series and the dashboard's domain chart count.
 */
import type { Event } from '../../domain/index.js';
import { analysisDomain } from '../../store/index.js';
import { actorName, capitalise, count, formatDate } from '../english.js';
import type { Paragraph, Section } from '../types.js';
import type { Figures } from './2-figures.js';
import { byStrength, claim, eventClaim } from './evidence.js';

/** Strongest events listed per domain. */
const PER_DOMAIN = 5;

/** ", 2 of them material rather than verbal." — agreeing with one event or many. */
function kindOf(total: number, material: number): string {
  if (total === 1) return material === 1 ? ', a material one rather than words.' : ', in words only.';
  if (material === 0) return ', all of them in words only.';
  if (material === total) return ', all of them material rather than words.';
  return `, ${material} of them material rather than words.`;
}

export function partnership(f: Figures): Section | undefined {
  const coop = f.dyadEvents.filter((e) => e.quad <= 2);
  if (coop.length === 0) return undefined;
  const { a, b } = f.dyad;
  const byDomain = new Map<string, Event[]>();
  for (const e of coop) {
    const d = analysisDomain(e.code, e.root);
    byDomain.set(d, [...(byDomain.get(d) ?? []), e]);
  }
  const domains = [...byDomain.entries()].sort(([x, ex], [y, ey]) => ey.length - ex.length || (x < y ? -1 : 1));
  const conflictual = f.dyadEvents.length - coop.length;
  const intro = claim(
    `${capitalise(actorName(a))} and ${actorName(b)} recorded ${count(coop.length, 'cooperative event')}`
      + ` across ${count(domains.length, 'domain')}, against ${count(conflictual, 'conflictual one')}.`,
    [a, b], coop,
  );
  const paragraphs: Paragraph[] = [{ claims: [intro] }];
  for (const [domain, events] of domains) {
    const dates = events.map((e) => e.date).sort();
    const first = dates[0] ?? '';
    const last = dates.at(-1) ?? '';
    const span = first === last ? `on ${formatDate(first)}` : `between ${formatDate(first)} and ${formatDate(last)}`;
    const material = events.filter((e) => e.quad === 2).length;
    paragraphs.push({
      heading: capitalise(domain),
      claims: [claim(
        `${capitalise(count(events.length, `${domain} cooperative event`))} ${span}`
          + kindOf(events.length, material),
        [a, b], events,
      )],
    });
    paragraphs.push({ list: true, claims: [...events].sort(byStrength).slice(0, PER_DOMAIN).map((e) => eventClaim(e)) });
  }
  const title = coop.length >= conflictual ? 'The enduring partnership' : 'Where they still cooperate';
  return { id: 'partnership', title, paragraphs };
}
