import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AgentEntry } from '../domain/index.js';
import { describeWithShared, sharedPath } from '../../test/shared.js';
import { readDictionary } from './index.js';

// Written for this test.
const SAMPLE = `!CREW! = SAILOR, SAILORS, DECKHAND, DECKHANDS
TRADE_ENVOY [~GOV]
HARBOUR!CREW! [~BUS]
COAST_GUARD {} [ ~COP]
CHIEF_OF_STAFF {CHIEFS_OF_STAFF} [~MIL]
AID_CHARITY [NGO~]
NOBODY_KNOWS
WRONG_CODE [GOV]
UNDEFINED!MACRO! [~GOV]
BROKEN [~ENV}
`;

const texts = (agents: AgentEntry[], id: string): string[] =>
  agents.filter((a) => a.id === id).map((a) => a.words.map((w) => w.text).join(' '));

describe('readDictionary("agents")', () => {
  const part = readDictionary('agents', SAMPLE, 'sample.agents');
  const agents = part.agents ?? [];

  it('generates the regular plural of the last word unless told otherwise', () => {
    expect(texts(agents, 'sample.agents:2')).toEqual(['TRADE ENVOY', 'TRADE ENVOYS']);
    expect(texts(agents, 'sample.agents:4')).toEqual(['COAST GUARD']);
    expect(texts(agents, 'sample.agents:5')).toEqual(['CHIEF OF STAFF', 'CHIEFS OF STAFF']);
    expect(agents.every((a) => a.words.every((w) => !w.prefix))).toBe(true);
  });

  it('expands substitution sets, which carry their own plurals', () => {
    expect(texts(agents, 'sample.agents:3')).toEqual(['HARBOURSAILOR', 'HARBOURSAILORS', 'HARBOURDECKHAND', 'HARBOURDECKHANDS']);
  });

  it('keeps the tilde of the code and trims spaces inside the brackets', () => {
    expect(agents.find((a) => a.id === 'sample.agents:4')?.code).toBe('~COP');
    expect(agents.find((a) => a.id === 'sample.agents:6')?.code).toBe('NGO~');
  });

  it('warns about lines without a usable code or with an unknown set', () => {
    expect(part.warnings.map((w) => w.line)).toEqual([7, 8, 9, 10]);
    expect(part.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/has no code/),
      expect.stringMatching(/should start or end with "~"/),
      expect.stringMatching(/undefined substitution set !MACRO!/),
      expect.stringMatching(/unbalanced/),
    ]);
  });
});

const DICT = ['data', 'petrarch2', 'dictionaries'];

describeWithShared('agent dictionaries', [...DICT, 'Phoenix.agents.txt'], () => {
  const read = (file: string): { agents: AgentEntry[]; warnings: string[] } => {
    const part = readDictionary('agents', readFileSync(sharedPath(...DICT, file), 'utf8'), file);
    return { agents: part.agents ?? [], warnings: part.warnings.map((w) => `${w.line}`) };
  };

  it('loads Phoenix.agents.txt: every coded line, two warnings', () => {
    const { agents, warnings } = read('Phoenix.agents.txt');
    expect(new Set(agents.map((a) => a.id)).size).toBe(2243);
    expect(agents).toHaveLength(5152);
    expect(warnings).toEqual(['544', '1927']);
    const cattle = agents.filter((a) => a.words[0]?.text.startsWith('CATTLEM')).map((a) => a.words[0]?.text);
    expect(cattle).toEqual(['CATTLEMAN', 'CATTLEMEN']);
    const police = agents.filter((a) => a.words.map((w) => w.text).join(' ') === 'POLICE' || a.words[0]?.text === 'POLICES');
    expect(police.map((a) => a.code)).toEqual(['~COP']);
  });

  it('loads PETR.Validate.agents.txt with {} and !PERSON! entries', () => {
    const { agents, warnings } = read('PETR.Validate.agents.txt');
    expect(warnings).toEqual([]);
    const of = (text: string): AgentEntry[] => agents.filter((a) => a.words.map((w) => w.text).join(' ') === text);
    expect(of('MEDIA').map((a) => a.code)).toEqual(['~MED']);
    expect(of('MEDIAS')).toEqual([]);
    expect(of('CONGRESSES').map((a) => a.code)).toEqual(['~LEG']);
    expect(of('CONGRESSWOMEN').map((a) => a.code)).toEqual(['~LEG']);
    expect(of('GOLDEN GEESE').map((a) => a.code)).toEqual(['~GGS']);
    expect(of('HUMAN RIGHTS ORGANIZATIONS').map((a) => a.code)).toEqual(['NGO~']);
  });
});
