import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ActorEntry } from '../domain/index.js';
import { describeWithShared, sharedPath } from '../../test/shared.js';
import { readDictionary } from './index.js';

// Written for this test (names invented), covering each layout of an actor block.
const SAMPLE = `<!-- made-up actors
   spanning two lines -->
VALDORIA_  [VLD]   # whole-word name with a code
+VALDORIAN
+REPUBLIC_OF_VALDORIA_

KORVEN_ISLANDS
\t[KRV]

MARA_TELLEN_
PRESIDENT_TELLEN_
+TELLEN
\t[VLDELI 19900101-20031231]
\t[VLDGOV >20031231]   # took office the next day
\t[VLDOPP <900101]

ORPHAN_NAME_
NAMED_TWICE_ [AAA] [BBB]
BAD_DATES_  [XYZ 20011301-20020101] [XYZGOV 20020101]
BROKEN]_NAME [ZZZ]
\t[QQQ]
LAST_ONE [LST/ONE] trailing words
`;

const byText = (actors: ActorEntry[], text: string): ActorEntry | undefined =>
  actors.find((a) => a.words.map((w) => w.text).join(' ') === text);

describe('readDictionary("actors")', () => {
  const part = readDictionary('actors', SAMPLE, 'sample.actors');
  const actors = part.actors ?? [];

  it('reads names, synonyms and codes with stems and whole words', () => {
    expect(byText(actors, 'VALDORIA')).toEqual({
      id: 'sample.actors:3', words: [{ text: 'VALDORIA', prefix: false }], name: 'VALDORIA', code: 'VLD', dated: [],
    });
    expect(byText(actors, 'VALDORIAN')).toMatchObject({ id: 'sample.actors:4', name: 'VALDORIA', code: 'VLD', words: [{ text: 'VALDORIAN', prefix: true }] });
    expect(byText(actors, 'REPUBLIC OF VALDORIA')?.words.map((w) => w.prefix)).toEqual([false, false, false]);
    expect(byText(actors, 'KORVEN ISLANDS')).toMatchObject({ code: 'KRV', words: [{ text: 'KORVEN', prefix: false }, { text: 'ISLANDS', prefix: true }] });
  });

  it('gives code-less names the dated codes that follow them', () => {
    const dated = [
      { code: 'VLDELI', from: '1990-01-01', to: '2003-12-31' },
      { code: 'VLDGOV', from: '2004-01-01' },
      { code: 'VLDOPP', to: '1989-12-31' },
    ];
    for (const name of ['MARA TELLEN', 'PRESIDENT TELLEN', 'TELLEN']) {
      const entry = byText(actors, name);
      expect(entry, name).toMatchObject({ name: 'MARA TELLEN', dated });
      expect(entry?.code, name).toBeUndefined();
    }
  });

  it('keeps a compound code and ignores text after it with a warning', () => {
    expect(byText(actors, 'LAST ONE')?.code).toBe('LST/ONE');
  });

  it('warns about each bad line and skips only what cannot be read', () => {
    expect(byText(actors, 'ORPHAN NAME')).toBeUndefined();
    expect(byText(actors, 'NAMED TWICE')?.code).toBe('AAA');
    expect(byText(actors, 'BAD DATES')).toBeUndefined();
    expect(part.warnings.map((w) => [w.line, w.message.replace(/ .*/, '')])).toEqual([
      [17, 'actor'],
      [18, 'second'],
      [19, 'date'],
      [19, 'date'],
      [20, '"]"'],
      [19, 'actor'],
      [21, 'codes'],
      [22, 'text'],
    ]);
    expect(part.warnings[0]?.message).toBe('actor ORPHAN NAME has no code; skipped');
    expect(part.warnings[5]?.message).toBe('actor BAD DATES has no readable code; skipped');
  });
});

const DICT = ['data', 'petrarch2', 'dictionaries'];
const read = (file: string): { actors: ActorEntry[]; warnings: number } => {
  const part = readDictionary('actors', readFileSync(sharedPath(...DICT, file), 'utf8'), file);
  return { actors: part.actors ?? [], warnings: part.warnings.length };
};

describeWithShared('Phoenix actor dictionaries', [...DICT, 'Phoenix.Countries.actors.txt'], () => {
  it('loads the three Phoenix files with few warnings', () => {
    const counts = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'].map(read);
    expect(counts.map((c) => c.actors.length)).toEqual([25913, 7905, 1793]);
    expect(counts.map((c) => c.warnings)).toEqual([10, 8, 0]);
  });

  it('reads dated office holders: Ahmadinejad and Rouhani', () => {
    const { actors } = read('Phoenix.Countries.actors.txt');
    const ahmadinejad = byText(actors, 'MAHMOUD AHMEDINEJAD');
    expect(ahmadinejad).toMatchObject({ code: 'IRNELI' });
    expect(ahmadinejad?.dated).toContainEqual({ code: 'IRNGOV', from: '2005-08-03', to: '2013-08-03' });
    const rouhani = byText(actors, 'PRESIDENT ROUHANI');
    expect(rouhani).toMatchObject({ name: 'HASSAN ROUHANI', dated: [
      { code: 'IRNGOVLEG', from: '1980-05-28', to: '2000-05-26' },
      { code: 'IRNGOV', from: '2000-02-19' },
    ] });
    expect(rouhani?.code).toBeUndefined();
    expect(byText(actors, 'AFGHANISTAN')).toMatchObject({ code: 'AFG', words: [{ text: 'AFGHANISTAN', prefix: false }] });
  });

  it('joins a code-less name to the block that follows (U.N. in the international file)', () => {
    const { actors } = read('Phoenix.International.actors.txt');
    expect(byText(actors, 'U.N.')).toMatchObject({ code: 'IGOUNO', name: 'U.N.' });
    expect(byText(actors, 'UNSG')).toMatchObject({ code: 'IGOUNO', name: 'U.N.' });
  });
});

describeWithShared('PETR.Validate.actors.txt', [...DICT, 'PETR.Validate.actors.txt'], () => {
  const { actors, warnings } = read('PETR.Validate.actors.txt');

  it('reads the validation actors, including stems, spaces and date restrictions', () => {
    expect(warnings).toBe(0);
    expect(byText(actors, 'ARGENTIN')).toMatchObject({ code: 'ARG', words: [{ text: 'ARGENTIN', prefix: true }] });
    expect(byText(actors, 'THE SHIRE')?.code).toBe('FRO/BIL/SAM');
    expect(byText(actors, 'SMEAGOL')).toMatchObject({ name: 'GOLLUM', dated: [
      { code: 'HOB', to: '1995-05-31' },
      { code: 'HOBGOV', from: '1995-06-01', to: '1999-08-15' },
      { code: 'HOBREB', from: '1999-08-17' },
    ] });
    expect(byText(actors, 'SAM GAMGEE')).toMatchObject({ code: 'HOB' });
    expect(byText(actors, 'SAM GAMGEE')?.dated).toHaveLength(5);
    expect(byText(actors, 'CARAS GALADHON')?.code).toBe('ELF');
  });
});
