import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DictionaryError } from '../errors.js';
import { parsePhrase, parseVerbPattern } from './index.js';

describe('parsePhrase', () => {
  it('applies the TABARI stem rule: a word is a stem unless "_" follows it', () => {
    expect(parsePhrase('ARGENTIN')).toEqual([{ text: 'ARGENTIN', prefix: true }]);
    expect(parsePhrase('IRAN_')).toEqual([{ text: 'IRAN', prefix: false }]);
    expect(parsePhrase('united_states')).toEqual([{ text: 'UNITED', prefix: false }, { text: 'STATES', prefix: true }]);
    expect(parsePhrase('AL_QAEDA__')).toEqual([{ text: 'AL', prefix: false }, { text: 'QAEDA', prefix: false }]);
    expect(parsePhrase('  MONTHS  LATER ')).toEqual([{ text: 'MONTHS', prefix: true }, { text: 'LATER', prefix: true }]);
  });

  it('keeps every word of any "_"-joined phrase, in order', () => {
    const word = fc.stringMatching(/^[A-Z][A-Z0-9'.-]{0,8}$/);
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.boolean(), (words, stop) => {
      const parsed = parsePhrase(words.join('_') + (stop ? '_' : ''));
      expect(parsed.map((w) => w.text)).toEqual(words);
      expect(parsed.map((w) => w.prefix)).toEqual(words.map((_, i) => i === words.length - 1 && !stop));
    }));
  });
});

describe('parseVerbPattern', () => {
  it('reads groups, codes and markers in text order', () => {
    const p = parseVerbPattern('- &MILITARY $ * (TO BORDER) {ARMS SHIPMENT} + % ^  [154:155]  # RUSH', 'f:7');
    expect(p).toMatchObject({ id: 'f:7', code: '154', pairedCode: '155', raw: '- &MILITARY $ * (TO BORDER) {ARMS SHIPMENT} + % ^  [154:155]' });
    expect(p.before).toEqual([{ kind: 'synset', name: 'MILITARY' }, { kind: 'source' }]);
    expect(p.after).toEqual([
      { kind: 'pp', elements: [{ kind: 'word', word: { text: 'TO', prefix: true } }, { kind: 'word', word: { text: 'BORDER', prefix: true } }] },
      { kind: 'np', elements: [{ kind: 'word', word: { text: 'ARMS', prefix: true } }, { kind: 'word', word: { text: 'SHIPMENT', prefix: true } }] },
      { kind: 'target' }, { kind: 'compound' }, { kind: 'skip' },
    ]);
  });

  it('reads the code forms [---], [:173] and nested groups', () => {
    expect(parseVerbPattern('- * (BEFORE COURT) [:173]', 'x')).toMatchObject({ code: '---', pairedCode: '173' });
    expect(parseVerbPattern('- * DEAL [---]', 'x').code).toBe('---');
    const nested = parseVerbPattern('- * (OVER {&WEAPON ATTACK}) [151]', 'x');
    expect(nested.after[0]).toEqual({ kind: 'pp', elements: [
      { kind: 'word', word: { text: 'OVER', prefix: true } },
      { kind: 'np', elements: [{ kind: 'synset', name: 'WEAPON' }, { kind: 'word', word: { text: 'ATTACK', prefix: true } }] },
    ] });
  });

  it('marks "_" joins: adjacent items, whole words, the verb', () => {
    const p = parseVerbPattern('- SO IN_AND_*_OUT_AGAIN NOW [074]', 'x');
    expect(p.verbJoined).toBe(true);
    expect(p.before.map((e) => [e.kind === 'word' ? e.word : e.kind, e.joined ?? false])).toEqual([
      [{ text: 'SO', prefix: true }, false], [{ text: 'IN', prefix: false }, false], [{ text: 'AND', prefix: false }, true],
    ]);
    expect(p.after.map((e) => [e.kind === 'word' ? e.word.text : e.kind, e.joined ?? false])).toEqual([
      ['OUT', true], ['AGAIN', true], ['NOW', false],
    ]);
    const q = parseVerbPattern('- + KNOWN_ * IN_ $ [076]', 'x');
    expect(q.verbJoined).toBeUndefined();
    expect(q.after).toEqual([{ kind: 'word', word: { text: 'IN', prefix: false } }, { kind: 'source' }]);
    expect(parseVerbPattern('- SUGGESTED_+ * X [1]', 'x').before[1]).toEqual({ kind: 'target', joined: true });
  });

  it.each([
    ['- * (TO [042]', /unclosed "\("/],
    ['- * TO) [042]', /unbalanced "\)"/],
    ['- * {TO) [042]', /unbalanced "\)"/],
    ['- * TO', /no code/],
    ['- * TO []', /empty code/],
    ['- TO [042]', /no verb marker/],
    ['- * * [042]', /two verb markers/],
    ['- (A *) [042]', /inside a group/],
    ['- *SCEPTICAL [012]', /must stand alone/],
    ['- * TO [042] [043]', /text after its code/],
    ['- * TO [0 42]', /is not a code/],
    ['- * () [042]', /empty group/],
    ['- * & [042]', /without a synonym-set name/],
  ])('rejects %j', (text, message) => {
    expect(() => parseVerbPattern(text, 'x')).toThrow(DictionaryError);
    expect(() => parseVerbPattern(text, 'x')).toThrow(message);
  });

  it('never fails with anything but a DictionaryError', () => {
    const chars = fc.constantFrom('*', '$', '+', '%', '^', '&', '_', '{', '}', '(', ')', '[', ']', ':', ' ', '-', 'A', 'B', '0', '#');
    fc.assert(fc.property(fc.array(chars, { maxLength: 30 }).map((cs) => cs.join('')), (text) => {
      try {
        const p = parseVerbPattern(text, 'x');
        expect(typeof p.code).toBe('string');
      } catch (error) {
        expect(error).toBeInstanceOf(DictionaryError);
      }
    }), { numRuns: 2000 });
  });
});
