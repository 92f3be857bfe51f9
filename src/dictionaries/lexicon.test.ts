import { describe, expect, it } from 'vitest';
import { emptyLexicon } from '../domain/index.js';
import type { EntenteError } from '../errors.js';
import { InputError } from '../errors.js';
import { describeWithShared, sharedPath } from '../../test/shared.js';
import { loadLexicon, mergeLexicons } from './index.js';

// Written for this test: a tiny dictionary set served from memory.
const FILES: Record<string, string> = {
  '/d/v.txt': '&ENVOY\n+DIPLOMAT\n--- MEET [040] ---\nMEET {MEETS MET MEETING}\n- * &ENVOY [041]\n- * &GHOST [042]\n',
  '/d/a.txt': 'VALDORIA_ [VLD]\n+VALDORIAN\n',
  '/d/b.txt': 'KORVEN_ [KRV]\n',
  '/d/g.txt': 'TRADE_ENVOY [~GOV]\n',
  '/d/x.txt': '+FINAL SCORE\n',
  '/d/i.txt': '<ISSUE CATEGORY="WATER" TYPE="ALL">\nn:dam [DAMS]\n</ISSUE>\n',
};
const fake = async (path: string): Promise<string> => {
  const text = FILES[path];
  if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
  return text;
};

describe('loadLexicon', () => {
  it('reads every kind into one Lexicon, naming files by base name', async () => {
    const lex = await loadLexicon({
      verbs: ['/d/v.txt'], actors: ['/d/a.txt', '/d/b.txt'], agents: ['/d/g.txt'], discards: ['/d/x.txt'], issues: ['/d/i.txt'],
    }, 'mini', fake);
    expect(lex.name).toBe('mini');
    expect(lex.verbs.map((f) => f.id)).toEqual(['v.txt:3']);
    expect(lex.actors.map((a) => [a.id, a.code])).toEqual([['a.txt:1', 'VLD'], ['a.txt:2', 'VLD'], ['b.txt:1', 'KRV']]);
    expect(lex.agents).toHaveLength(2);
    expect(lex.discards.map((d) => d.scope)).toEqual(['story']);
    expect(lex.issues).toHaveLength(2);
    expect(lex.synsets).toEqual({ ENVOY: [[{ text: 'DIPLOMAT', prefix: true }]] });
    expect(lex.warnings).toEqual([{ file: 'v.txt', line: 6, message: expect.stringMatching(/unknown synonym set &GHOST/) }]);
    expect(lex.transformations).toBeUndefined();
  });

  it('fails with an InputError naming a missing file', async () => {
    const error = await loadLexicon({ actors: ['/d/a.txt', '/d/nope.txt'] }, 'x', fake).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as EntenteError).code).toBe('INPUT_UNREADABLE');
    expect((error as EntenteError).location).toEqual({ file: '/d/nope.txt' });
    expect((error as EntenteError).describe()).toMatch(/^\/d\/nope\.txt: cannot read dictionary \/d\/nope\.txt/);
  });

  it('reads from the file system by default', async () => {
    const error = await loadLexicon({ verbs: ['/definitely/not/here.txt'] }, 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
  });
});

describe('mergeLexicons', () => {
  it('concatenates in order and unites synonym sets', () => {
    const a = { ...emptyLexicon('a'), synsets: { S: [[{ text: 'X', prefix: false }]] }, warnings: [{ file: 'a', line: 1, message: 'm' }] };
    const b = {
      ...emptyLexicon('b'),
      synsets: { S: [[{ text: 'Y', prefix: false }]], T: [] },
      discards: [{ id: 'b:1', words: [], scope: 'story' as const }],
      transformations: [],
    };
    const merged = mergeLexicons(a, b, a);
    expect(merged.name).toBe('a+b');
    expect(merged.synsets).toEqual({ S: [[{ text: 'X', prefix: false }], [{ text: 'Y', prefix: false }], [{ text: 'X', prefix: false }]], T: [] });
    expect(merged.discards).toHaveLength(1);
    expect(merged.warnings).toHaveLength(2);
    expect(merged.transformations).toEqual([]);
    expect(mergeLexicons().name).toBe('');
  });
});

const DICT = ['data', 'petrarch2', 'dictionaries'];

describeWithShared('loadLexicon on the full Phoenix set', [...DICT, 'CAMEO.2.0.txt'], () => {
  it('loads everything, reporting the bad lines as warnings', async () => {
    const p = (f: string): string => sharedPath(...DICT, f);
    const lex = await loadLexicon({
      verbs: [p('CAMEO.2.0.txt')],
      actors: [p('Phoenix.Countries.actors.txt'), p('Phoenix.International.actors.txt'), p('Phoenix.MilNonState.actors.txt')],
      agents: [p('Phoenix.agents.txt')],
      discards: [p('Phoenix.discards.txt')],
      issues: [p('Phoenix.IssueCoding.txt')],
    }, 'phoenix');
    expect(lex.verbs).toHaveLength(397);
    expect(lex.actors).toHaveLength(25913 + 7905 + 1793);
    expect(lex.transformations).toHaveLength(8);
    expect(new Set(lex.warnings.map((w) => w.file))).toEqual(new Set([
      'CAMEO.2.0.txt', 'Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.agents.txt', 'Phoenix.IssueCoding.txt',
    ]));
    expect(lex.warnings).toHaveLength(5 + 10 + 8 + 2 + 5);
  });
});
