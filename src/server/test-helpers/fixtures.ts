/**
 * A small store for the API tests, written for them: three documents about Iran, Russia, Israel
 * and the United States, and generated events across 2024–2025 with a turn in the middle, so
 * series and change points have something to find.
 */
import { createHash } from 'node:crypto';
import type { CodedDocument, Event, QuadClass } from '../../domain/index.js';
import { cameoCode } from '../../model/index.js';

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function event(id: string, date: string, source: string, target: string, code: string, docId: string, sentence: string, sentenceIndex = 0): Event {
  const info = cameoCode(code);
  if (!info) throw new Error(`fixture uses unknown CAMEO code ${code}`);
  return {
    id, date, source, target, code, root: info.root, quad: info.quad as QuadClass, goldstein: info.goldstein, plover: info.plover,
    confidence: 0.8, negated: false, modality: 'asserted',
    evidence: { docId, sentenceIndex, sentence, span: { start: 0, end: sentence.length }, highlights: {}, rule: 'fixture' },
  };
}

function document(id: string, date: string, title: string, sentences: string[], events: (docId: string) => Event[]): CodedDocument {
  const text = sentences.join(' ');
  let offset = 0;
  return {
    document: { id, contentHash: hash(text), format: 'text', text, title, date, source: 'Fixture Wire' },
    sentences: sentences.map((s, index) => {
      const start = offset;
      offset += s.length + 1;
      return { index, start, end: start + s.length, text: s, tokens: [], dates: [] };
    }),
    quotes: [{ sentenceIndex: 1, text: 'a partnership without limits', start: sentences[0]!.length + 20, end: sentences[0]!.length + 48, speaker: 'the envoy', speakerCode: 'RUSGOV' }],
    actors: [{ sentenceIndex: 0, start: 0, end: 4, text: 'Iran', codes: ['IRN'], rule: 'fixture' }],
    events: events(id),
  };
}

const WARM = 'Tehran and Moscow signed a long trade accord on Tuesday.';
const COLD = 'Moscow accused Tehran of stalling on the gas pipeline.';

/** 24 months of IRN–RUS events: warm in 2024, cold in 2025, plus some other dyads. */
function generated(docId: string): Event[] {
  const out: Event[] = [];
  for (let m = 0; m < 24; m++) {
    const year = 2024 + Math.floor(m / 12);
    const month = String((m % 12) + 1).padStart(2, '0');
    for (let d = 1; d <= 4; d++) {
      const date = `${year}-${month}-${String(d * 6).padStart(2, '0')}`;
      const warm = year === 2024;
      out.push(event(`gen-${m}-${d}-a`, date, warm ? 'IRNGOV' : 'RUSGOV', warm ? 'RUSGOV' : 'IRNGOV', warm ? '057' : '112', docId, warm ? WARM : COLD));
      out.push(event(`gen-${m}-${d}-b`, date, 'USAGOV', 'IRNGOV', d % 2 === 0 ? '111' : '130', docId, 'Washington warned Tehran over enrichment.'));
      out.push(event(`gen-${m}-${d}-c`, date, 'RUSGOV', 'ISRGOV', '040', docId, 'Moscow held talks with Israeli officials.'));
    }
  }
  return out;
}

/** A sentence and the one event it reports: [sentence, event id, event date, source, target, CAMEO code]. */
type Report = readonly [sentence: string, id: string, date: string, source: string, target: string, code: string];

/** A document whose every sentence reports one event, so each event's evidence is its own sentence. */
function reportDocument(id: string, date: string, title: string, reports: readonly Report[]): CodedDocument {
  return document(id, date, title, reports.map(([sentence]) => sentence), (docId) =>
    reports.map(([sentence, eventId, eventDate, source, target, code], index) => event(eventId, eventDate, source, target, code, docId, sentence, index)));
}

export const FIXTURE_DOCUMENTS: CodedDocument[] = [
  reportDocument('doc-accord', '2025-06-20', 'Tehran and Moscow sign a trade accord', [
    ['Iran and Russia signed a trade accord in Moscow on Tuesday.', 'ev-accord', '2025-06-17', 'IRNGOV', 'RUSGOV', '057'],
    ['The Russian envoy called it a partnership without limits.', 'ev-praise', '2025-06-17', 'RUSGOV', 'IRNGOV', '051'],
  ]),
  reportDocument('doc-warning', '2025-06-18', 'Washington warns Tehran', [
    ['The United States warned Iran against further enrichment.', 'ev-warning', '2025-06-16', 'USAGOV', 'IRNGOV', '138'],
    ['Tehran rejected the warning.', 'ev-reject', '2025-06-16', 'IRNGOV', 'USAGOV', '120'],
  ]),
  document('doc-history', '2025-12-31', 'Two years of Iran and Russia', ['A review of two years of ties.', 'Relations cooled in 2025.'], generated),
];

export const FIXTURE_EVENT_COUNT = FIXTURE_DOCUMENTS.reduce((n, d) => n + d.events.length, 0);
