import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IssueEntry } from '../domain/index.js';
import { describeWithShared, sharedPath } from '../../test/shared.js';
import { readDictionary } from './index.js';

describe('readDictionary("discards")', () => {
  const part = readDictionary('discards', '# sports pages\n+Grand Prix Final  # whole story\nPENALTY SHOOTOUT\nSEASON_OPENER_\n+\nODD [X]\n', 'sample.discards');

  it('reads story (+) and sentence discards', () => {
    expect(part.discards).toEqual([
      { id: 'sample.discards:2', scope: 'story', words: [{ text: 'GRAND', prefix: true }, { text: 'PRIX', prefix: true }, { text: 'FINAL', prefix: true }] },
      { id: 'sample.discards:3', scope: 'sentence', words: [{ text: 'PENALTY', prefix: true }, { text: 'SHOOTOUT', prefix: true }] },
      { id: 'sample.discards:4', scope: 'sentence', words: [{ text: 'SEASON', prefix: false }, { text: 'OPENER', prefix: false }] },
    ]);
    expect(part.warnings.map((w) => w.line)).toEqual([5, 6]);
  });
});

// Written for this test.
const ISSUES = `# made-up issue file
<ISSUE CATEGORY="WATER" TYPE="ALL">
n:dam [DAMS]
river+basin n:authority [RIVER_BASINS]
v:ration water
desalination
~beaver n:dam
~~dam good coffee
m:weird [DAMS]
</ISSUE>
stray line
</ISSUE>
<ISSUE CATEGORY="OPEN" TYPE="ALL">
`;

const phrases = (issues: IssueEntry[], line: number): string[] =>
  issues.filter((i) => i.id === `sample.issues:${line}`).map((i) => i.words.map((w) => w.text).join(' '));

describe('readDictionary("issues")', () => {
  const part = readDictionary('issues', ISSUES, 'sample.issues');
  const issues = part.issues ?? [];

  it('expands n:, v: and + and gives code-less lines the category', () => {
    expect(phrases(issues, 3)).toEqual(['DAM', 'DAMS']);
    expect(phrases(issues, 4)).toEqual(['RIVER BASIN AUTHORITY', 'RIVER BASIN AUTHORITIES', 'RIVER-BASIN AUTHORITY', 'RIVER-BASIN AUTHORITIES']);
    expect(phrases(issues, 5)).toEqual(['RATION WATER', 'RATIONS WATER', 'RATIONED WATER', 'RATIONING WATER']);
    expect(issues.find((i) => i.id === 'sample.issues:6')).toEqual({
      id: 'sample.issues:6', words: [{ text: 'DESALINATION', prefix: false }], code: 'WATER', category: 'WATER',
    });
  });

  it('reads phrase and story exclusions, which belong to the category', () => {
    expect(issues.filter((i) => i.exclude).map((i) => [i.id, i.exclude, i.code])).toEqual([
      ['sample.issues:7', 'phrase', 'WATER'], ['sample.issues:7', 'phrase', 'WATER'], ['sample.issues:8', 'story', 'WATER'],
    ]);
  });

  it('warns about unknown markers, stray lines and unbalanced blocks', () => {
    expect(part.warnings.map((w) => [w.line, w.message.slice(0, 24)])).toEqual([
      [9, 'unknown word marker "m:"'],
      [11, 'issue "stray line" has n'],
      [12, '</ISSUE> without an open'],
      [13, '<ISSUE CATEGORY="OPEN"> '],
    ]);
  });
});

const DICT = ['data', 'petrarch2', 'dictionaries'];

describeWithShared('Phoenix discards and issues', [...DICT, 'Phoenix.IssueCoding.txt'], () => {
  it('loads Phoenix.discards.txt with story and sentence discards', () => {
    const part = readDictionary('discards', readFileSync(sharedPath(...DICT, 'Phoenix.discards.txt'), 'utf8'), 'd');
    const discards = part.discards ?? [];
    expect(part.warnings).toEqual([]);
    expect(discards).toHaveLength(506);
    const golf = discards.find((d) => d.words.map((w) => w.text).join(' ') === 'WORLD GOLF CHAMPIONSHIPS');
    expect(golf?.scope).toBe('story');
    expect(discards.find((d) => d.words.map((w) => w.text).join(' ') === 'MONTHS LATER')?.scope).toBe('sentence');
    expect(discards.filter((d) => d.scope === 'story').length).toBeGreaterThan(30);
  });

  it('loads Phoenix.IssueCoding.txt', () => {
    const text = readFileSync(sharedPath(...DICT, 'Phoenix.IssueCoding.txt'), 'utf8');
    const part = readDictionary('issues', text, 'i');
    const issues = part.issues ?? [];
    // Every category but ELECTIONS, whose block is empty, has entries.
    const declared = new Set([...text.matchAll(/CATEGORY="([^"]+)"/g)].map((m) => m[1]));
    expect(declared.size).toBe(52);
    expect([...declared].filter((c) => !issues.some((i) => i.category === c))).toEqual(['ELECTIONS']);
    expect(new Set(issues.map((i) => i.id)).size).toBe(3167);
    expect(part.warnings.map((w) => w.line)).toEqual([481, 1162, 1198, 2889, 3053]);
    const nuclear = issues.filter((i) => i.words.map((w) => w.text).join(' ') === 'NUCLEAR REACTORS');
    expect(nuclear.map((i) => i.code)).toEqual(['NUCLEAR_ENERGY']);
    expect(issues.find((i) => i.words.map((w) => w.text).join(' ') === 'OLIVE OIL')).toMatchObject({ code: 'ENERGY', exclude: 'phrase' });
    expect(issues.find((i) => i.words.map((w) => w.text).join(' ') === 'ASTROVIRUS INFECTION')?.code).toBe('DISEASE');
  });
});
