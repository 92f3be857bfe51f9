/**
 * Coded documents for the contract suite, written for it: four short reports on Russia, Iran,
 * Israel, the US and China, with events that between them exercise every filter.
 */
import type { ActorMention, CodedDocument, Document, Event, Quote, Sentence } from '../domain/index.js';

function sentences(text: string, parts: string[]): Sentence[] {
  let from = 0;
  return parts.map((part, index) => {
    const start = text.indexOf(part, from);
    from = start + part.length;
    return { index, start, end: from, text: part, tokens: [], dates: [] };
  });
}

function evidence(doc: Document, sentence: Sentence, rule: string, verb: string): NonNullable<Event['evidence']> {
  const at = sentence.text.indexOf(verb);
  return {
    docId: doc.id,
    sentenceIndex: sentence.index,
    sentence: sentence.text,
    span: { start: 0, end: sentence.text.length - 1 },
    highlights: { verb: { start: at, end: at + verb.length } },
    rule,
  };
}

type Core = Pick<Event, 'id' | 'date' | 'source' | 'target' | 'code' | 'quad' | 'goldstein' | 'plover' | 'confidence'>;

function event(core: Core, extra: Partial<Event> = {}): Event {
  return { ...core, root: core.code.slice(0, 2), negated: false, modality: 'asserted', ...extra };
}

type Parts = Omit<CodedDocument, 'document' | 'sentences'>;

function coded(document: Document, parts: string[], build: (s: (index: number) => Sentence) => Parts): CodedDocument {
  const ss = sentences(document.text, parts);
  const at = (index: number): Sentence => {
    const found = ss[index];
    if (!found) throw new Error(`fixture ${document.id} has no sentence ${index}`);
    return found;
  };
  return { document, sentences: ss, ...build(at) };
}

function doc(id: string, text: string, extra: Partial<Document>): Document {
  return { id, contentHash: `hash-${id}`, format: 'text', text, ...extra };
}

const mention = (s: Sentence, text: string, codes: string[], rule: string): ActorMention => {
  const start = s.text.indexOf(text);
  return { sentenceIndex: s.index, start, end: start + text.length, text, codes, rule };
};

const quote = (d: Document, s: Sentence, text: string, extra: Partial<Quote>): Quote => {
  const start = d.text.indexOf(text);
  return { sentenceIndex: s.index, text, start, end: start + text.length, ...extra };
};

const d1Parts = ['Russian officials signed a defence accord with Iran on Friday.', '"We stand together," said the Iranian foreign minister.'];
const d1 = doc('doc-1', d1Parts.join(' '), { title: 'Moscow and Tehran sign accord', date: '2024-03-01', source: 'wire-a', url: 'https://example.org/a/1' });
const d2Parts = [
  'Washington accused Tehran of supplying drones.',
  'Iranian forces fired on an Israeli patrol boat.',
  '"Israel did not retaliate," a navy spokesman said.',
];
const d2 = doc('doc-2', d2Parts.join('\n'), { title: 'Clash at sea', date: '2024-04-12', source: 'wire-b' });
const d3Parts = ['Moscow said it would host American envoys for talks.'];
const d3 = doc('doc-3', d3Parts[0] ?? '', { format: 'html', title: 'Talks planned', date: '2024-05-20', source: 'wire-a', origin: 'pages/talks.html' });
const d4 = doc('doc-4', 'Beijing and Moscow agreed to hold joint consultations.', { format: 'jsonl', origin: 'feed.jsonl:7' });

export const SCENARIO: CodedDocument[] = [
  coded(d1, d1Parts, (s) => ({
    quotes: [quote(d1, s(1), 'We stand together,', { speaker: 'the Iranian foreign minister', speakerCode: 'IRNGOV', speakerOffice: 'Foreign Minister' })],
    actors: [
      mention(s(0), 'Russian officials', ['RUSGOV'], 'actors:RUS'),
      mention(s(0), 'Iran', ['IRN'], 'actors:IRN'),
      mention(s(1), 'Iranian foreign minister', ['IRNGOV'], 'agents:minister'),
    ],
    events: [
      event({ id: 'e1', date: '2024-03-01', source: 'RUSGOV', target: 'IRNGOV', code: '057', quad: 1, goldstein: 8, plover: 'AGREE', confidence: 0.9 },
        { sourceName: 'Russia', targetName: 'Iran', evidence: evidence(d1, s(0), 'verbs:SIGN', 'signed') }),
      event({ id: 'e2', date: '2024-03-01', source: 'IRNGOV', target: 'RUSGOV', code: '042', quad: 1, goldstein: 1.9, plover: 'CONSULT', confidence: 0.5 },
        { sourceName: 'Iran', evidence: evidence(d1, s(1), 'verbs:SAY', 'said') }),
    ],
  })),
  coded(d2, d2Parts, (s) => ({
    quotes: [quote(d2, s(2), 'Israel did not retaliate,', { speaker: 'a navy spokesman' })],
    actors: [],
    events: [
      event({ id: 'e3', date: '2024-04-10', source: 'USAGOV', target: 'IRNGOV', code: '112', quad: 3, goldstein: -2, plover: 'ACCUSE', confidence: 0.6 },
        { targetName: 'Iran', evidence: evidence(d2, s(0), 'verbs:ACCUSE', 'accused'), issues: ['DRONES', 'ARMS'] }),
      event({ id: 'e4', date: '2024-04-11', source: 'IRNMIL', target: 'ISRMIL', code: '190', quad: 4, goldstein: -10, plover: 'FIGHT', confidence: 0.8 },
        { evidence: evidence(d2, s(1), 'verbs:FIRE', 'fired') }),
      event({ id: 'e5', date: '2024-04-12', source: 'ISRMIL', target: 'IRNMIL', code: '190', quad: 4, goldstein: -10, plover: 'FIGHT', confidence: 0.4 },
        { negated: true, evidence: evidence(d2, s(2), 'verbs:RETALIATE', 'retaliate') }),
    ],
  })),
  coded(d3, d3Parts, (s) => ({
    quotes: [quote(d3, s(0), 'it would host American envoys', { speaker: 'Moscow', speakerCode: 'RUSGOV' })],
    actors: [mention(s(0), 'Moscow', ['RUSGOV'], 'capitals:RUS'), mention(s(0), 'American envoys', ['USAGOV'], 'agents:envoy')],
    events: [
      event({ id: 'e6', date: '2024-05-20', source: 'RUSGOV', target: 'USAGOV', code: '036', quad: 1, goldstein: 4, plover: 'CONSULT', confidence: 0.7 },
        { modality: 'intended', unfulfilled: false, issues: [], evidence: evidence(d3, s(0), 'verbs:HOST', 'host') }),
    ],
  })),
  coded(d4, [d4.text], () => ({
    quotes: [],
    actors: [],
    events: [
      event({ id: 'e7', date: '2023-12-31', source: 'CHNGOV', target: 'RUSGOV', code: '036', quad: 1, goldstein: 4, plover: 'CONSULT', confidence: 0.5 },
        { dataset: 'gdelt2', originalId: '998877', url: 'https://example.org/g/998877',
          location: { name: 'Beijing', country: 'CHN', lat: 39.9, lon: 116.4, precision: 'city' } }),
    ],
  })),
];

export const SCENARIO_EVENTS: Event[] = SCENARIO.flatMap((c) => c.events);

/** A small valid document with one event, for write tests; ids derive from `key`. */
export function singleEventDocument(key: string, overrides: Partial<Event> = {}, docId = `doc-${key}`): CodedDocument {
  const text = `Officials in ${key} praised the agreement.`;
  const d = { ...doc(docId, text, { date: '2024-06-01' }), contentHash: `hash-single-${key}` };
  const [s0] = sentences(text, [text]);
  if (!s0) throw new Error('fixture sentence missing');
  const e = event({ id: `ev-${key}`, date: '2024-06-01', source: 'FRAGOV', target: 'DEUGOV', code: '051', quad: 1, goldstein: 3.4, plover: 'SUPPORT', confidence: 0.75 },
    { evidence: evidence(d, s0, 'verbs:PRAISE', 'praised'), ...overrides });
  return { document: d, sentences: [s0], quotes: [], actors: [], events: [e] };
}
