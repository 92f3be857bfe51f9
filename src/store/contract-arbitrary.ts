/**
 * Random events, documents and queries for the contract's property tests. Codes, words and names
 * come from small pools so random queries actually match something.
 */
import fc from 'fast-check';
import type { CodedDocument, Event, Evidence, Location, Span } from '../domain/index.js';
import type { EventQuery } from './store.js';

const ACTORS = ['RUSGOV', 'RUSMIL', 'RUS', 'IRNGOV', 'IRNMIL', 'USAGOV', 'ISRMIL', 'CHNGOV', ''];
const PREFIXES = ['RUS', 'IRN', 'I', 'USAGOV', 'CHN', ''];
const CAMEO = ['010', '036', '042', '0431', '057', '112', '1121', '190', '193'];
const WORDS = ['Moscow', 'Tehran', 'talks', 'drones', 'accord', 'border', 'fired', 'praised', 'envoys', 'sanctions'];
const NAMES = ['Russia', 'Iran', 'Israel', 'United States', 'China'];
const PLOVER = ['AGREE', 'CONSULT', 'ACCUSE', 'FIGHT', 'SUPPORT'];
const DATASETS = ['gdelt1', 'gdelt2', 'icews'];

const DAY = 86_400_000;
const isoDay = (days: number): string => new Date(days * DAY).toISOString().slice(0, 10);
/** 2024-01-01 .. 2024-02-29: few enough days that events share dates and sorts must break ties. */
export const dateArb = fc.integer({ min: 19723, max: 19782 }).map(isoDay);
const wideDateArb = fc.oneof(fc.integer({ min: -25567, max: 47482 }).map(isoDay), fc.constantFrom('0001-01-01', '1899-12-31', '9999-12-31'));

/** Any text a document may hold: all of Unicode, including quotes, newlines and emoji. */
const anyText = fc.string({ unit: 'grapheme', maxLength: 40 });
const spanArb: fc.Arbitrary<Span> = fc.tuple(fc.nat({ max: 5000 }), fc.nat({ max: 500 })).map(([start, len]) => ({ start, end: start + len }));
const sentenceArb = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((w) => `${w.join(' ')}.`);

const evidenceArb = (wide: boolean): fc.Arbitrary<Evidence> =>
  fc.record({
    docId: fc.constant(''),
    sentenceIndex: fc.nat({ max: 400 }),
    sentence: wide ? anyText : sentenceArb,
    span: spanArb,
    highlights: fc.record({ source: spanArb, verb: spanArb, target: spanArb }, { requiredKeys: [], noNullPrototype: true }),
    rule: wide ? anyText : fc.constantFrom('verbs:SIGN', 'verbs:FIRE'),
  });

const locationArb: fc.Arbitrary<Location> = fc.record(
  {
    name: anyText,
    country: fc.constantFrom('RUS', 'IRN', 'CHN'),
    lat: fc.double({ min: -90, max: 90, noNaN: true }),
    lon: fc.double({ min: -180, max: 180, noNaN: true }),
    precision: fc.constantFrom('country' as const, 'admin' as const, 'city' as const, 'point' as const),
  },
  { requiredKeys: ['precision'], noNullPrototype: true },
);

/** An event without its id; `wide` draws free text from all of Unicode instead of the word pool. */
export function eventBodyArb(wide: boolean): fc.Arbitrary<Omit<Event, 'id'>> {
  const code = fc.constantFrom(...CAMEO);
  return fc.record(
    {
      date: wide ? wideDateArb : dateArb,
      source: fc.constantFrom(...ACTORS),
      target: fc.constantFrom(...ACTORS),
      sourceName: wide ? anyText : fc.constantFrom(...NAMES),
      targetName: wide ? anyText : fc.constantFrom(...NAMES),
      code,
      root: code.map((c) => c.slice(0, 2)),
      quad: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
      // A few values in the pool, so goldstein sorts meet ties.
      goldstein: wide ? fc.double({ min: -10, max: 10, noNaN: true }) : fc.constantFrom(-10, -2, 0, 1.9, 4, 8),
      plover: fc.constantFrom(...PLOVER),
      confidence: fc.double({ min: 0, max: 1, noNaN: true }),
      negated: fc.boolean(),
      modality: fc.constantFrom('asserted' as const, 'intended' as const, 'threatened' as const, 'hypothetical' as const),
      unfulfilled: fc.boolean(),
      issues: fc.array(wide ? anyText : fc.constantFrom('NUCLEAR', 'ARMS'), { maxLength: 3 }),
      evidence: evidenceArb(wide),
      location: locationArb,
      dataset: fc.constantFrom(...DATASETS),
      originalId: wide ? anyText : fc.nat().map(String),
      url: fc.webUrl(),
    },
    {
      requiredKeys: ['date', 'source', 'target', 'code', 'root', 'quad', 'goldstein', 'plover', 'confidence', 'negated', 'modality'],
      noNullPrototype: true,
    },
  );
}

/** Events grouped into documents of up to five, ids and evidence document ids filled in. */
export function toDocuments(key: string, bodies: Omit<Event, 'id'>[]): CodedDocument[] {
  const docs: CodedDocument[] = [];
  bodies.forEach((body, i) => {
    const docIndex = Math.floor(i / 5);
    const docId = `${key}-d${docIndex}`;
    let coded = docs[docIndex];
    if (!coded) {
      const text = `Report ${docId}.`;
      coded = { document: { id: docId, contentHash: `h-${docId}`, format: 'text', text }, sentences: [], quotes: [], actors: [], events: [] };
      docs.push(coded);
    }
    const event: Event = { id: `${key}-e${String(i).padStart(3, '0')}`, ...body };
    if (body.evidence) event.evidence = { ...body.evidence, docId };
    coded.events.push(event);
  });
  return docs;
}

const actorArb = fc.constantFrom(...ACTORS, ...PREFIXES);

/** One value for every filter; a query then uses a few of them, so that results are not all empty. */
const filtersArb = fc.record({
  source: actorArb,
  target: actorArb,
  actor: actorArb,
  dyad: fc.record({ a: actorArb, b: actorArb }, { noNullPrototype: true }),
  code: fc.constantFrom('0', '04', '19', '1121', '2'),
  quad: fc.oneof(fc.constantFrom(1 as const, 4 as const), fc.subarray([1 as const, 2 as const, 3 as const, 4 as const])),
  plover: fc.constantFrom(...PLOVER),
  from: dateArb,
  to: dateArb,
  dataset: fc.constantFrom(...DATASETS),
  /** A suffix: the property test prefixes it with the run's document key. */
  docId: fc.constantFrom('d0', 'd1', 'd2', 'd9'),
  text: fc.array(fc.constantFrom(...WORDS, 'TALKS', 'mosc'), { maxLength: 2 }).map((w) => w.join(' ')),
  minConfidence: fc.double({ min: 0, max: 1, noNaN: true }),
}, { noNullPrototype: true });

type FilterKey = Exclude<keyof EventQuery, 'exactActors' | 'sort' | 'limit' | 'offset' | 'countTotal'>;
const FILTER_KEYS: FilterKey[] = ['source', 'target', 'actor', 'dyad', 'code', 'quad', 'plover', 'from', 'to', 'dataset', 'docId', 'text', 'minConfidence'];

const pageArb = fc.record(
  {
    exactActors: fc.boolean(),
    sort: fc.constantFrom('date-asc' as const, 'date-desc' as const, 'goldstein-asc' as const, 'goldstein-desc' as const),
    limit: fc.integer({ min: 0, max: 20 }),
    offset: fc.integer({ min: 0, max: 30 }),
  },
  { requiredKeys: [], noNullPrototype: true },
);

export const queryArb: fc.Arbitrary<EventQuery> = fc
  .tuple(filtersArb, fc.shuffledSubarray(FILTER_KEYS, { maxLength: 3 }), pageArb)
  .map(([filters, keys, page]) => {
    const query: Record<string, unknown> = { ...page };
    for (const key of keys) query[key] = filters[key];
    return query as EventQuery;
  });
