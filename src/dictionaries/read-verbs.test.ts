import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { VerbFamily } from '../domain/index.js';
import { describeWithShared, sharedPath } from '../../test/shared.js';
import { readDictionary } from './index.js';

// Written for this test: every line kind, some of them broken on purpose.
const SAMPLE = `# a made-up verb file
&ENVOY
+DIPLOMAT
+ENVOY_
+SPECIAL_ENVOY
+&OFFICIAL

&OFFICIAL_
+MINISTER

--- PRAISE [051] ---
PRAISE
+HEAP_PRAISE {+HEAPS_PRAISE +HEAPED_PRAISE +HEAPING_PRAISE} [051:051]
HAIL {}
- * &ENVOY [052]   # fine
- * (FOR {&OFFICIAL_ROLE}) [053]
- * (WITH &NOBODY) [054]
- * (TO [055]
- NO VERB HERE [056]
- * PEACE
BAD {UNCLOSED [051]

---  BROKEN [0 51]  ---
MISSING
- * LOST [099]

--- CHIDE [:130] ---
CHIDE

~ a (a b CHIDE) PRAISE = a b 130
~ not a rule
`;

const family = (verbs: VerbFamily[], head: string): VerbFamily => {
  const f = verbs.find((v) => v.head === head);
  if (!f) throw new Error(`no family ${head}`);
  return f;
};

describe('readDictionary("verbs")', () => {
  const part = readDictionary('verbs', SAMPLE, 'sample.verbs');
  const verbs = part.verbs ?? [];

  it('reads families, verbs, patterns and synonym sets', () => {
    expect(verbs.map((f) => [f.head, f.code, f.pairedCode])).toEqual([['PRAISE', '051', undefined], ['CHIDE', '---', '130']]);
    const praise = family(verbs, 'PRAISE');
    expect(praise.id).toBe('sample.verbs:11');
    expect(praise.verbs.map((v) => [v.words, v.code, v.pairedCode])).toEqual([
      [['PRAISE'], undefined, undefined], [['HEAP', 'PRAISE'], '051', '051'], [['HAIL'], undefined, undefined],
    ]);
    expect(praise.verbs[1]?.forms).toEqual([['HEAPS', 'PRAISE'], ['HEAPED', 'PRAISE'], ['HEAPING', 'PRAISE']]);
    expect(praise.verbs[2]?.forms).toEqual([['HAIL']]);
    expect(praise.patterns.map((p) => p.code)).toEqual(['052', '053']);
    expect(Object.keys(part.synsets ?? {}).sort()).toEqual(['ENVOY', 'OFFICIAL']);
  });

  it('flattens embedded synonym sets and splits a set name that runs into a word', () => {
    expect(part.synsets?.ENVOY?.map((m) => m.map((w) => w.text).join(' '))).toEqual(['DIPLOMAT', 'ENVOY', 'SPECIAL ENVOY', 'MINISTER']);
    const role = family(verbs, 'PRAISE').patterns[1]?.after[0];
    expect(role).toEqual({ kind: 'pp', elements: [
      { kind: 'word', word: { text: 'FOR', prefix: true } },
      { kind: 'np', elements: [{ kind: 'synset', name: 'OFFICIAL' }, { kind: 'word', word: { text: 'ROLE', prefix: true }, joined: true }] },
    ] });
  });

  it('reads transformations', () => {
    expect(part.transformations).toEqual([{
      id: 'sample.verbs:30', outerSource: 'a', outerVerb: 'PRAISE', innerSource: 'a', innerTarget: 'b', innerVerb: 'CHIDE',
      resultSource: 'a', resultTarget: 'b', resultCode: '130', raw: '~ a (a b CHIDE) PRAISE = a b 130',
    }]);
  });

  it('skips each malformed line with a warning naming its line, and loads the rest', () => {
    expect(part.warnings.map((w) => [w.file, w.line])).toEqual([
      ['sample.verbs', 18], ['sample.verbs', 19], ['sample.verbs', 20], ['sample.verbs', 21],
      ['sample.verbs', 23], ['sample.verbs', 23], ['sample.verbs', 31], ['sample.verbs', 17],
    ]);
    const text = part.warnings.map((w) => w.message).join('\n');
    expect(text).toMatch(/unclosed "\("/);
    expect(text).toMatch(/no verb marker/);
    expect(text).toMatch(/has no code/);
    expect(text).toMatch(/unbalanced "\{"/);
    expect(text).toMatch(/"0 51" is not a code/);
    expect(text).toMatch(/2 verb and pattern lines under the unreadable family header were skipped/);
    expect(text).toMatch(/transformation "~ not a rule"/);
    expect(text).toMatch(/unknown synonym set &NOBODY/);
  });
});

const DICT = ['data', 'petrarch2', 'dictionaries'];
const load = (file: string): { text: string; part: ReturnType<typeof readDictionary> } => {
  const text = readFileSync(sharedPath(...DICT, file), 'utf8');
  return { text, part: readDictionary('verbs', text, file) };
};
const count = (text: string, re: RegExp): number => text.split('\n').filter((l) => re.test(l)).length;
const lineOf = (id: string): number => Number(id.split(':').pop());

describeWithShared('CAMEO.2.0.txt', [...DICT, 'CAMEO.2.0.txt'], () => {
  const { text, part } = load('CAMEO.2.0.txt');
  const verbs = part.verbs ?? [];

  it('loads every family, verb, pattern and synonym set, each line either read or warned about', () => {
    expect(verbs).toHaveLength(count(text, /^---/));
    expect(verbs).toHaveLength(397);
    const patterns = verbs.flatMap((f) => f.patterns);
    const patternLines = count(text, /^-(?!--)/);
    const patternWarnings = part.warnings.filter((w) => /^-(?!--)/.test(text.split('\n')[w.line - 1] ?? ''));
    expect(patterns.length + patternWarnings.length).toBe(patternLines);
    expect(patterns).toHaveLength(4663);
    expect(verbs.flatMap((f) => f.verbs)).toHaveLength(1817);
    expect(Object.keys(part.synsets ?? {})).toHaveLength(count(text, /^&/));
    expect(part.transformations).toHaveLength(count(text, /^~/));
    expect(part.warnings.length).toBeLessThanOrEqual(5);
  });

  it('has the ASK family with +ASK_FOR and a [0232] pattern', () => {
    const ask = family(verbs, 'ASK');
    expect(ask.code).toBe('---');
    const askFor = ask.verbs.find((v) => v.words.join(' ') === 'ASK FOR');
    expect(askFor).toMatchObject({ code: '020', forms: [['ASKED', 'FOR'], ['ASKING', 'FOR'], ['ASKS', 'FOR']] });
    expect(ask.verbs.find((v) => v.words[0] === 'QUERY')?.forms).toEqual([['QUERYING'], ['QUERIES'], ['QUERIED']]);
    const weapon = ask.patterns.find((p) => p.code === '0232' && p.after[0]?.kind === 'synset');
    expect(weapon?.after).toEqual([{ kind: 'synset', name: 'WEAPON' }]);
    expect(text.split('\n')[lineOf(weapon?.id ?? '') - 1]).toMatch(/^- \* &WEAPON +\[0232\]/);
  });

  it('reads paired and reverse-only codes and the WEAPON set', () => {
    const all = verbs.flatMap((f) => f.patterns);
    expect(all.filter((p) => p.pairedCode !== undefined).length).toBeGreaterThan(100);
    expect(all.some((p) => p.code === '---' && p.pairedCode === '173')).toBe(true);
    expect(part.synsets?.WEAPON?.some((m) => m.map((w) => w.text).join(' ') === 'MACHINE GUN')).toBe(true);
    expect(part.synsets?.CURRENCY?.find((m) => m[0]?.text === 'RAND')).toEqual([{ text: 'RAND', prefix: false }]);
  });
});

describeWithShared('PETR.Validate.verbs.txt (older TABARI syntax)', [...DICT, 'PETR.Validate.verbs.txt'], () => {
  const { text, part } = load('PETR.Validate.verbs.txt');
  const verbs = part.verbs ?? [];

  it('reads HTML-style comments, mid-file synonym sets and space-separated members', () => {
    expect(verbs).toHaveLength(count(text, /^---/));
    expect(part.synsets?.CURRENCY?.map((m) => m.map((w) => w.text).join(' '))).toContain('AUSTRIAN FLORIN');
    expect(part.synsets?.ACCORDSYN?.map((m) => m.map((w) => w.text).join(' '))).toEqual(
      expect.arrayContaining(['CLOSER', 'NEARER', 'MILITARY', 'ECONOMIC', 'CULTURAL', 'DOLLARS', 'YEN']),
    );
  });

  it('marks the inflected word of WIRE_+TAP and resolves &PREPOSIT1 to &PREPOSIT1_', () => {
    const wire = verbs.flatMap((f) => f.verbs).find((v) => v.words.join(' ') === 'WIRE TAP');
    expect(wire).toMatchObject({ verbIndex: 1, forms: [['WIRE', 'TAPPED'], ['WIRE', 'TAPPING']] });
    const act = family(verbs, 'ACT');
    expect(act.patterns.find((p) => p.code === '102')?.after[0]).toEqual({ kind: 'synset', name: 'PREPOSIT1' });
    const abandon = family(verbs, 'ABANDON');
    expect(abandon.patterns.find((p) => p.code === '903')?.after).toEqual([
      { kind: 'word', word: { text: 'NEW', prefix: false } },
      { kind: 'synset', name: 'TIETYPES', joined: true },
      { kind: 'word', word: { text: 'RELATIONS', prefix: true }, joined: true },
    ]);
  });

  it('keeps the family codes with a paired part and warns about the two broken lines only', () => {
    expect(family(verbs, 'ARRIVE')).toMatchObject({ code: '032', pairedCode: '033' });
    expect(family(verbs, 'LASH OUT').verbs[0]?.words).toEqual(['LASH', 'OUT']);
    expect(part.warnings.map((w) => w.line)).toEqual([447, 992]);
  });
});
