import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_DATE, SEED_FILE, describeWithShared } from '../../test/shared.js';
import type { ActorEntry } from '../domain/index.js';
import { ROLE_CODES } from '../domain/index.js';
import { overlaps } from './dated-codes.js';
import { ownActorLexicon } from './lexicon.js';

const lexicon = ownActorLexicon();
const phrase = (e: { words: Array<{ text: string }> }): string => e.words.map((w) => w.text).join(' ');

function find(text: string): ActorEntry[] {
  return lexicon.actors.filter((e) => phrase(e) === text);
}

/** What a coder does with an entry on a given day: a dated code that covers it, else the plain code. */
function codeOn(entry: ActorEntry | undefined, day: string): string | undefined {
  const hit = entry?.dated.find((d) => (d.from === undefined || d.from <= day) && (d.to === undefined || day <= d.to));
  return hit?.code ?? entry?.code;
}

describe('ownActorLexicon', () => {
  it('has entries the coder can match for the seed article', () => {
    expect(codeOn(find('THE KREMLIN')[0], '2025-06-20')).toBe('RUSGOV');
    expect(codeOn(find('IRANIAN')[0], '2025-06-20')).toBe('IRN');
    expect(codeOn(find('MOSCOW')[0], '2025-06-20')).toBe('RUS');
    expect(codeOn(find('TEHRAN')[0], '2025-06-20')).toBe('IRN');
    expect(codeOn(find('WASHINGTON')[0], '2025-06-20')).toBe('USA');
    expect(codeOn(find('OPEC+')[0], '2025-06-20')).toBe('IGOOPP');
    for (const name of ['LAVROV', 'ZAKHAROVA', 'RYABKOV', 'PESKOV', 'MARIA ZAKHAROVA', 'SERGEI RYABKOV', 'DMITRY PESKOV']) {
      expect(codeOn(find(name)[0], '2025-06-20'), name).toBe('RUSGOV');
    }
  });

  it('codes a surname alone only in office, a full name as the elite outside it', () => {
    expect(codeOn(find('LAVROV')[0], '2003-06-01')).toBeUndefined();
    expect(codeOn(find('SERGEI LAVROV')[0], '2003-06-01')).toBe('RUSELI');
    expect(codeOn(find('SERGEY LAVROV')[0], '2025-06-20')).toBe('RUSGOV');
    expect(codeOn(find('RAISI')[0], '2023-01-01')).toBe('IRNGOV');
    expect(codeOn(find('EBRAHIM RAISI')[0], '2025-01-01')).toBe('IRNELI');
  });

  it('follows codes that change with time', () => {
    expect(codeOn(find('TALIBAN')[0], '2020-01-01')).toBe('AFGREB');
    expect(codeOn(find('TALIBAN')[0], '2022-01-01')).toBe('AFGGOV');
    expect(codeOn(find('AHMED AL-SHARAA')[0], '2020-01-01')).toBe('SYRREBMUS');
    expect(codeOn(find('AHMED AL-SHARAA')[0], '2025-03-01')).toBe('SYRGOV');
  });

  it('writes words upper-case and gives every entry a code or dated codes', () => {
    expect(lexicon.actors.length).toBeGreaterThan(3000);
    const ids = new Set<string>();
    for (const e of lexicon.actors) {
      expect(ids.has(e.id), e.id).toBe(false);
      ids.add(e.id);
      expect(e.words.length).toBeGreaterThan(0);
      for (const w of e.words) expect(w.text, e.id).toBe(w.text.toUpperCase());
      expect(e.code !== undefined || e.dated.length > 0, e.id).toBe(true);
      expect(e.name).toBe(e.name.toUpperCase());
    }
  });

  it('has one entry per name and never two codes for one name on one day', () => {
    const byPhrase = new Map<string, number>();
    for (const e of lexicon.actors) byPhrase.set(phrase(e), (byPhrase.get(phrase(e)) ?? 0) + 1);
    expect([...byPhrase].filter(([, n]) => n > 1)).toEqual([]);
    for (const e of lexicon.actors) {
      const clash = e.dated.some((a, i) => e.dated.some((b, j) => j > i && a.code !== b.code && overlaps(a, b)));
      expect(clash, e.id).toBe(false);
    }
  });

  it('shares the block name across the spellings of one actor', () => {
    const names = new Set(['ERDOGAN', 'ERDOĞAN', 'RECEP TAYYIP ERDOGAN', 'TAYYIP ERDOĞAN'].flatMap((p) => find(p).map((e) => e.name)));
    expect([...names]).toEqual(['RECEP TAYYIP ERDOGAN']);
    expect(find('ERDOGAN')[0]?.id.startsWith('model:person:recep-tayyip-erdogan#')).toBe(true);
  });

  it('turns agent nouns into ~ROLE codes, singular and plural', () => {
    const agent = (text: string): string | undefined => lexicon.agents.find((a) => phrase(a) === text)?.code;
    expect(agent('FOREIGN MINISTER')).toBe('~GOV');
    expect(agent('FOREIGN MINISTERS')).toBe('~GOV');
    expect(agent('SPOKESWOMAN')).toBe('~GOV');
    expect(agent('HEADS OF STATE')).toBe('~GOV');
    expect(agent('TROOPS')).toBe('~MIL');
    expect(agent('LAWMAKERS')).toBe('~LEG');
    expect(agent('JUDGES')).toBe('~JUD');
    expect(agent('MILITANTS')).toBe('~REB');
    expect(agent('POLICE')).toBe('~COP');
    expect(agent('POLICES')).toBeUndefined();
    expect(agent('STATE MEDIA')).toBe('~MED');
    expect(agent('PROTESTERS')).toBe('~CVL');
    // Sector nouns that once lived in the coder: -men plurals, uncountable "people".
    expect(agent('TRIBESMEN')).toBe('~CVL');
    expect(agent('PEOPLE')).toBe('~CVL');
    expect(agent('PEOPLES')).toBeUndefined();
    expect(agent('FUNDAMENTALISTS')).toBe('~RAD');
    expect(agent('SUICIDE BOMBERS')).toBe('~REB');
    expect(agent('PEACEKEEPERS')).toBe('~MIL');
    expect(agent('POLITICAL OPPONENTS')).toBe('~OPP');
    for (const a of lexicon.agents) expect(ROLE_CODES, a.id).toContain(a.code.slice(1));
  });

  it('reports the names it left out and returns copies', () => {
    expect(Array.isArray(lexicon.dropped)).toBe(true);
    const again = ownActorLexicon();
    again.actors[0]?.words.push({ text: 'X', prefix: false });
    expect(ownActorLexicon().actors[0]?.words).toEqual(lexicon.actors[0]?.words);
  });
});

describeWithShared('ownActorLexicon on the seed article', ['seeds'], () => {
  it('finds the states, officials, bodies and groupings the article names', () => {
    const text = readFileSync(SEED_FILE, 'utf8').toUpperCase();
    const found = new Map<string, string>();
    for (const e of lexicon.actors) {
      const p = phrase(e).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (!new RegExp(`(?<![A-Z0-9])${p}(?![A-Z0-9+])`).test(text)) continue;
      const code = codeOn(e, SEED_DATE);
      if (code) found.set(phrase(e), code);
    }
    for (const [name, code] of [
      ['LAVROV', 'RUSGOV'], ['SERGEI RYABKOV', 'RUSGOV'], ['MARIA ZAKHAROVA', 'RUSGOV'], ['DMITRY PESKOV', 'RUSGOV'],
      ['KREMLIN', 'RUSGOV'], ['MOSCOW', 'RUS'], ['TEHRAN', 'IRN'], ['IRANIAN', 'IRN'], ['ISRAELI', 'ISR'], ['UKRAINE', 'UKR'],
      ['DAMASCUS', 'SYR'], ['UNITED STATES', 'USA'], ['WASHINGTON', 'USA'], ['OPEC+', 'IGOOPP'], ['THE WEST', 'WST'],
      ['GULF NATIONS', 'PGS'], ['MIDDLE EAST', 'MEA'], ['UN', 'IGOUNO'],
    ] as const) {
      expect(found.get(name), name).toBe(code);
    }
    // Assad left office on 2024-12-08; a surname alone codes only while its bearer is in office.
    expect(found.has('ASSAD')).toBe(false);
  });
});
