/**
 * A hand-built Iran–Russia history for the tests of this folder and of the dyad commands (not part
 * of the public API). Two years, 2023–2024: through 2023 the two cooperate (consultations,
 * agreements, economic and military cooperation, each month a little different); from January 2024
 * they quarrel (accusations, threats, a sanction now and then). Around them: Iran's and Russia's
 * dealings with third parties (media volume), an Israeli strike on Iran that Russia condemns, an
 * appeal for air defences that nothing answers, and an economic promise that is kept.
 */
import type { CodedDocument, Event, QuadClass } from '../../domain/index.js';
import { openStore } from '../../store/index.js';
import type { Store } from '../../store/index.js';

interface Spec { date: string; source: string; target: string; code: string; goldstein: number; negated?: boolean }

const quadOf = (root: string): QuadClass => {
  const r = Number(root);
  return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
};

const month = (y: number, m: number, d: number): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Warm moves, then cold ones: each month draws a different few, so the series is not flat. */
const WARM: [string, number][] = [['036', 4], ['042', 1.9], ['057', 8], ['061', 6.4], ['0312', 5.2], ['043', 2.8]];
const COLD: [string, number][] = [['112', -2], ['130', -4.4], ['111', -2], ['163', -8], ['1041', -5], ['128', -2]];

export const SHIFT_PERIOD = '2024-01';

function history(): Spec[] {
  const out: Spec[] = [];
  for (let i = 0; i < 24; i++) {
    const y = 2023 + Math.floor(i / 12);
    const m = (i % 12) + 1;
    const moves = i < 12 ? WARM : COLD;
    const n = 4 + (i % 3);
    for (let k = 0; k < n; k++) {
      const [code, goldstein] = moves[(i + k) % moves.length] ?? ['036', 4];
      const [source, target] = k % 2 === 0 ? ['IRNGOV', 'RUSGOV'] : ['RUS', 'IRN'];
      out.push({ date: month(y, m, 3 + k * 4), source, target, code, goldstein });
    }
    // Media volume: each side with others, every month.
    out.push({ date: month(y, m, 2), source: 'IRN', target: 'CHN', code: '042', goldstein: 1.9 });
    out.push({ date: month(y, m, 9), source: 'USAGOV', target: 'IRNGOV', code: '112', goldstein: -2 });
    out.push({ date: month(y, m, 16), source: 'RUSGOV', target: 'CHNGOV', code: '057', goldstein: 8 });
    out.push({ date: month(y, m, 23), source: 'RUS', target: 'USA', code: '111', goldstein: -2 });
  }
  // Unmet: Iran asks Russia for military aid (air defences); nothing comes.
  out.push({ date: '2023-03-20', source: 'IRNGOV', target: 'RUSGOV', code: '0232', goldstein: 3.4 });
  // Kept: Russia promises economic cooperation and delivers it.
  out.push({ date: '2023-05-10', source: 'RUSGOV', target: 'IRNGOV', code: '0311', goldstein: 5.2 });
  out.push({ date: '2023-08-14', source: 'RUSGOV', target: 'IRNGOV', code: '061', goldstein: 6.4 });
  // Israel strikes Iran; within days Russia accuses and warns Israel.
  out.push({ date: '2024-04-01', source: 'ISRMIL', target: 'IRN', code: '190', goldstein: -10 });
  out.push({ date: '2024-04-02', source: 'RUSGOV', target: 'ISR', code: '112', goldstein: -2 });
  out.push({ date: '2024-04-04', source: 'RUSGOV', target: 'ISRGOV', code: '130', goldstein: -4.4 });
  // Reported and denied: counted as negated, not as a fight.
  out.push({ date: '2024-06-05', source: 'RUSMIL', target: 'IRNMIL', code: '190', goldstein: -10, negated: true });
  return out;
}

function toEvent(s: Spec, i: number): Event {
  const root = s.code.slice(0, 2);
  return {
    id: `ir-${String(i).padStart(4, '0')}`, date: s.date, source: s.source, target: s.target, code: s.code, root,
    quad: quadOf(root), goldstein: s.goldstein, plover: 'CONSULT', confidence: 0.9, negated: s.negated ?? false,
    modality: 'asserted', dataset: 'handmade',
  };
}

export const IRN_RUS_EVENTS: readonly Event[] = history().map(toEvent);

/** The events as documents, one per month, for saveCoded. */
export function irnRusDocuments(): CodedDocument[] {
  const byMonth = new Map<string, Event[]>();
  for (const e of IRN_RUS_EVENTS) {
    const key = e.date.slice(0, 7);
    byMonth.set(key, [...(byMonth.get(key) ?? []), e]);
  }
  return [...byMonth].map(([key, events]) => ({
    document: { id: `digest-${key}`, contentHash: `digest-${key}`, format: 'text', text: `Digest for ${key}.`, date: `${key}-28` },
    sentences: [], quotes: [], actors: [], events,
  }));
}

/** A store holding the history; `path` ':memory:' unless a file is needed (the CLI opens files). */
export async function irnRusStore(path = ':memory:'): Promise<Store> {
  const store = await openStore({ kind: 'duckdb', path });
  await store.saveCoded(irnRusDocuments());
  return store;
}
