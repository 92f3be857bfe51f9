import { describe, expect, it } from 'vitest';
import type { DateMention } from '../domain/index.js';
import { splitSentences } from './1-sentences.js';
import { tokenize } from './2-tokens.js';
import { findDates } from './4-dates.js';
import { parseDay } from './calendar.js';
import { readText } from './reader.js';

/** The reference used throughout: Friday 20 June 2025. */
const FRIDAY = '2025-06-20';

/** `null`: the document has no date. */
function datesIn(sentence: string, reference: string | null = FRIDAY): DateMention[] {
  const reading = readText(sentence);
  const spans = splitSentences(reading);
  expect(spans).toHaveLength(1);
  const tokens = tokenize(reading, spans)[0] ?? [];
  const mentions = findDates(sentence, tokens, reference === null ? undefined : parseDay(reference));
  for (const m of mentions) expect(sentence.slice(m.start, m.end)).toBe(m.text);
  return mentions;
}

const brief = (m: DateMention): [string, string, string, boolean] => [m.text, m.date, m.precision, m.relative];

describe('findDates: absolute expressions', () => {
  it.each([
    ['The talks were held on Thursday, June 19, 2025, in Oslo.', ['Thursday, June 19, 2025', '2025-06-19', 'day', false]],
    ['The summit ended on 5 March 2024 without a deal.', ['5 March 2024', '2024-03-05', 'day', false]],
    ['Air strikes on June 13 hit the port.', ['June 13', '2025-06-13', 'day', false]],
    ['A drone struck the consulate in April, killing two.', ['April', '2025-04-01', 'month', false]],
    // An undated month after the article's month is last year's.
    ['The blockade began in December and still holds.', ['December', '2024-12-01', 'month', false]],
    ['Relations soured on Dec. 5 after the vote.', ['Dec. 5', '2024-12-05', 'day', false]],
    ['Oil prices peaked in June 2022 amid the war.', ['June 2022', '2022-06-01', 'month', false]],
    ['The two states signed a pact in 1586, when the empire fell.', ['1586', '1586-01-01', 'year', false]],
    ['They have traded since 2004 without a break.', ['2004', '2004-01-01', 'year', false]],
  ])('%s', (sentence, expected) => {
    expect(datesIn(sentence).map(brief)).toEqual([expected]);
  });

  it('reads year ranges after a preposition', () => {
    expect(datesIn('The embargo lasted from 2012 to 2016 in full.').map(brief)).toEqual([
      ['2012', '2012-01-01', 'year', false],
      ['2016', '2016-01-01', 'year', false],
    ]);
  });

  it('does not take counts, modifiers, modals or verbs for dates', () => {
    expect(datesIn('Tariffs fell on about 90 percent of goods.')).toEqual([]);
    expect(datesIn('The 2015 nuclear deal is in tatters.')).toEqual([]);
    expect(datesIn('Aid reached families in 1586 villages.')).toEqual([]);
    expect(datesIn('Washington may strike the sites.')).toEqual([]);
    expect(datesIn('Thousands march through the capital.')).toEqual([]);
    expect(datesIn('A day after the vote, talks resumed.')).toEqual([]);
  });
});

describe('findDates: relative expressions', () => {
  it.each([
    ['Moscow protested yesterday.', ['yesterday', '2025-06-19', 'day', true]],
    ['The envoy left two days ago.', ['two days ago', '2025-06-18', 'day', true]],
    // A week resolves to the Monday that starts it.
    ['The ministers met last week in Rome.', ['last week', '2025-06-09', 'day', true]],
    ['Talks resume next week.', ['next week', '2025-06-23', 'day', true]],
    ['Exports will rise next month, officials expect.', ['next month', '2025-07-01', 'month', true]],
    ['Exports fell last year.', ['last year', '2024-01-01', 'year', true]],
    // A bare weekday is the latest one on or before the article, today included ...
    ['The ministry issued a warning on Friday.', ['Friday', '2025-06-20', 'day', true]],
    ['The ministry issued a warning on Tuesday.', ['Tuesday', '2025-06-17', 'day', true]],
    // ... unless the sentence speaks of the future.
    ['The ministers will meet on Tuesday.', ['Tuesday', '2025-06-24', 'day', true]],
    ['Oslo recalled its envoy last Friday.', ['last Friday', '2025-06-13', 'day', true]],
  ])('%s', (sentence, expected) => {
    expect(datesIn(sentence).map(brief)).toEqual([expected]);
  });

  it('resolves against the given reference, not the clock', () => {
    expect(datesIn('Moscow protested yesterday.', '2001-03-01').map((m) => m.date)).toEqual(['2001-02-28']);
    expect(datesIn('The blockade began in December.', '2001-12-31').map((m) => m.date)).toEqual(['2001-12-01']);
  });

  it('leaves out what needs a reference when there is none', () => {
    expect(datesIn('Moscow protested yesterday.', null)).toEqual([]);
    expect(datesIn('Air strikes on June 13 hit the port.', null)).toEqual([]);
    expect(datesIn('The ministry issued a warning on Friday.', null)).toEqual([]);
    expect(datesIn('The talks were held on June 19, 2025, in Oslo.', null).map(brief)).toEqual([
      ['June 19, 2025', '2025-06-19', 'day', false],
    ]);
    expect(datesIn('The pact was signed in 1586.', null).map(brief)).toEqual([['1586', '1586-01-01', 'year', false]]);
  });

  it('returns nothing for a sentence without any date cue', () => {
    expect(datesIn('The envoy left the room without a word.')).toEqual([]);
  });
});

describe('findDates: cues', () => {
  it('reads dates written inside hyphenated words and numeric forms', () => {
    expect(datesIn('Fighting flared in mid-June near the border.').map((m) => m.date)).toEqual(['2025-06-01']);
    expect(datesIn('The order dated 2025-06-13 was cancelled.').map(brief)).toEqual([['2025-06-13', '2025-06-13', 'day', false]]);
    expect(datesIn('Shelling resumed last night.').map((m) => [m.date, m.relative])).toEqual([['2025-06-19', true]]);
  });
});
