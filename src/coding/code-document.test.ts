import { describe, expect, it } from 'vitest';
import type { Document, Quote, Sentence } from '../domain/index.js';
import { createCoder } from './coder.js';
import { codeDocument } from './code-document.js';
import { lexiconOf, tagged, TEST_ACTORS, TEST_AGENTS, TEST_VERBS } from './test-helpers/tagged.js';

const coder = createCoder(lexiconOf({ actors: TEST_ACTORS, agents: TEST_AGENTS, verbs: TEST_VERBS, discards: '+FOOTBALL\nBASEBALL\n' }), { nominals: {} });

function doc(sentences: Sentence[], date: string | null = '2025-06-20'): Document {
  const d: Document = { id: 'd1', contentHash: 'h', format: 'text', text: sentences.map((s) => s.text).join(' ') };
  if (date !== null) d.date = date;
  return d;
}

/** The line of a verb entry in TEST_VERBS: the rule id a default code reports. */
const lineOf = (verb: string): number => TEST_VERBS.split('\n').indexOf(verb) + 1;

describe('codeDocument', () => {
  it('returns events with CAMEO facts, evidence spans and the rule that fired', () => {
    const s = tagged('Russia/PROPN condemned/VERB Israel/PROPN ./PUNCT');
    const { events, actors } = codeDocument(doc([s]), { sentences: [s], quotes: [] }, coder);
    expect(events).toHaveLength(1);
    const e = events[0]!;
    expect(e).toMatchObject({ source: 'RUS', target: 'ISR', code: '111', root: '11', quad: 3, plover: 'ACCUSE', date: '2025-06-20', negated: false, modality: 'asserted' });
    expect(e.goldstein).toBeLessThan(0);
    expect(e.evidence).toMatchObject({ docId: 'd1', sentenceIndex: 0, sentence: s.text, rule: `test-verbs:${lineOf('CONDEMN')}` });
    const hl = e.evidence!.highlights;
    expect(s.text.slice(hl.source!.start, hl.source!.end)).toBe('Russia');
    expect(s.text.slice(hl.verb!.start, hl.verb!.end)).toBe('condemned');
    expect(s.text.slice(hl.target!.start, hl.target!.end)).toBe('Israel');
    expect(e.evidence!.span).toEqual({ start: 0, end: s.text.indexOf('Israel') + 'Israel'.length });
    expect(actors.map((a) => [a.text, a.codes])).toEqual([['Russia', ['RUS']], ['Israel', ['ISR']]]);
  });

  it('dates an event by a date written in its clause, else by the document', () => {
    const s = tagged('Russia/PROPN condemned/VERB Israel/PROPN on/ADP June/PROPN 13/NUM ./PUNCT');
    s.dates.push({ text: 'June 13', start: s.text.indexOf('June'), end: s.text.indexOf('13') + 2, date: '2025-06-13', precision: 'day', relative: false });
    expect(codeDocument(doc([s]), { sentences: [s], quotes: [] }, coder).events[0]!.date).toBe('2025-06-13');
    const undated = tagged('Russia/PROPN condemned/VERB Israel/PROPN ./PUNCT');
    const coded = codeDocument(doc([undated], null), { sentences: [undated], quotes: [] }, coder);
    expect(coded.events).toEqual([]);
    expect(coded.skipped).toEqual({ 'no date for the event': 1 });
  });

  it('carries "the two countries" across sentences of one document', () => {
    const a = tagged('Russia/PROPN and/CCONJ Iran/PROPN met/VERB/meet ./PUNCT', 0);
    const b = tagged('The/DET two/NUM countries/NOUN condemned/VERB Israel/PROPN ./PUNCT', 1);
    const { events } = codeDocument(doc([a, b]), { sentences: [a, b], quotes: [] }, coder);
    expect(events.filter((e) => e.code === '111').map((e) => `${e.source}>${e.target}`).sort()).toEqual(['IRN>ISR', 'RUS>ISR']);
  });

  it('resolves quote speakers to actor codes', () => {
    const s = tagged('Lavrov/PROPN said/VERB ./PUNCT');
    const q: Quote = { sentenceIndex: 0, text: 'we are concerned', start: 0, end: 5, speaker: 'Sergei Lavrov' };
    expect(codeDocument(doc([s]), { sentences: [s], quotes: [q] }, coder).quotes[0]!.speakerCode).toBe('RUSGOV');
  });

  it('reads "we" inside a quotation as the speaker\'s side', () => {
    const s = tagged('we/PRON warn/VERB Washington/PROPN ./PUNCT');
    const q: Quote = { sentenceIndex: 0, text: s.text, start: 0, end: s.text.length, speaker: 'Sergei Lavrov' };
    expect(codeDocument(doc([s]), { sentences: [s], quotes: [q] }, coder).events.map((e) => `${e.source}>${e.target}:${e.code}`)).toEqual(['RUSGOV>USA:130']);
    expect(codeDocument(doc([s]), { sentences: [s], quotes: [] }, coder).events).toEqual([]);
  });

  it('attaches the issue codes found in the sentence', () => {
    const lexicon = lexiconOf({ actors: TEST_ACTORS, verbs: TEST_VERBS });
    lexicon.issues.push({ id: 'test-issue:1', words: [{ text: 'NUCLEAR', prefix: false }], code: 'NUCLEAR' });
    const withIssues = createCoder(lexicon, { nominals: {} });
    const s = tagged('Russia/PROPN condemned/VERB Israel/PROPN over/ADP nuclear/ADJ talks/NOUN ./PUNCT');
    expect(codeDocument(doc([s]), { sentences: [s], quotes: [] }, withIssues).events[0]!.issues).toEqual(['NUCLEAR']);
    const plain = tagged('Russia/PROPN condemned/VERB Israel/PROPN ./PUNCT');
    expect(codeDocument(doc([plain]), { sentences: [plain], quotes: [] }, withIssues).events[0]!.issues).toBeUndefined();
  });

  it('skips discarded sentences and whole discarded stories, and headings', () => {
    const sport = tagged('Russia/PROPN condemned/VERB Israel/PROPN over/ADP baseball/NOUN ./PUNCT');
    expect(codeDocument(doc([sport]), { sentences: [sport], quotes: [] }, coder).events).toEqual([]);
    const ok = tagged('Russia/PROPN condemned/VERB Israel/PROPN ./PUNCT', 0);
    const story = tagged('The/DET football/NOUN match/NOUN ended/VERB ./PUNCT', 1);
    const discarded = codeDocument(doc([ok, story]), { sentences: [ok, story], quotes: [] }, coder);
    expect(discarded.events).toEqual([]);
    expect(discarded.skipped).toEqual({ 'discarded story': 1 });
    const heading = tagged('-/PUNCT Russia/PROPN Condemns/VERB Israel/PROPN');
    expect(codeDocument(doc([heading]), { sentences: [heading], quotes: [] }, coder).events).toEqual([]);
  });
});
