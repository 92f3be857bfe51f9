import { describe, expect, it } from 'vitest';
import type { PatternElement } from '../../domain/index.js';
import { isCameoCode } from '../../model/index.js';
import { analyseText } from '../../nlp/index.js';
import { codeSentence } from '../code-sentence.js';
import { createCoder } from '../coder.js';
import { newDiscourse } from '../discourse.js';
import { ownLexicon, ownNominals, ownVerbLexicon } from './index.js';

const coder = createCoder(ownLexicon());

/** Codes one sentence written for this test with the real nlp and the own lexicon. */
function code(text: string): string[] {
  const discourse = newDiscourse();
  return analyseText(text, '2025-06-20').sentences.flatMap((s) => codeSentence(coder, s, discourse, '2025-06-20').codings)
    .map((c) => `${c.source}>${c.target}:${c.code}`).sort();
}

describe('entente own lexicon', () => {
  it('reads without warnings and uses only CAMEO codes (or --- for "code nothing")', () => {
    const lex = ownVerbLexicon();
    expect(lex.warnings).toEqual([]);
    const bad: string[] = [];
    const check = (code: string | undefined, where: string): void => {
      if (code !== undefined && code !== '---' && !isCameoCode(code)) bad.push(`${where}: ${code}`);
    };
    for (const f of lex.verbs) {
      check(f.code, f.id);
      check(f.pairedCode, f.id);
      for (const v of f.verbs) check(v.code, v.id);
      for (const p of f.patterns) {
        check(p.code, p.id);
        check(p.pairedCode, p.id);
      }
    }
    for (const [noun, e] of Object.entries(ownNominals())) check(e.code, noun);
    expect(bad).toEqual([]);
  });

  it('covers every CAMEO root 01–20 with several verbs and patterns', () => {
    const perRoot = new Map<string, number>();
    for (const f of ownVerbLexicon().verbs) {
      const codes = [f.code, ...f.patterns.map((p) => p.code)].filter((c) => c !== '---');
      for (const c of codes) perRoot.set(c.slice(0, 2), (perRoot.get(c.slice(0, 2)) ?? 0) + 1);
    }
    // Broad coverage: every root has at least 15 family codes and patterns (most have 30 or more).
    for (let r = 1; r <= 20; r++) expect(perRoot.get(String(r).padStart(2, '0')) ?? 0, `root ${r}`).toBeGreaterThanOrEqual(15);
  });

  it('refers only to synonym sets it defines', () => {
    const names = new Set(Object.keys(ownVerbLexicon().synsets));
    const missing: string[] = [];
    const walk = (els: PatternElement[]): void => {
      for (const e of els) {
        if (e.kind === 'synset' && !names.has(e.name)) missing.push(e.name);
        if (e.kind === 'np' || e.kind === 'pp') walk(e.elements);
      }
    };
    for (const f of ownVerbLexicon().verbs) for (const p of f.patterns) walk([...p.before, ...p.after]);
    expect(missing).toEqual([]);
  });

  // One sentence per root, written for this test, the way English news says it.
  const examples: [string, string[]][] = [
    ['Iranian officials declined to comment on Russia.', ['IRNGOV>RUS:011']],
    ['Russia appealed to Iran for restraint.', ['RUS>IRN:0256']],
    ['Russia pledged military aid to Iran.', ['RUS>IRN:0332']],
    ['The Russian foreign minister met his Iranian counterpart in Tehran.', ['IRN>RUSGOV:040', 'RUSGOV>IRN:040']],
    ['Russia and Iran signed a defence agreement.', ['IRN>RUS:057', 'RUS>IRN:057']],
    ['Russia and Iran held joint naval exercises.', ['IRN>RUS:062', 'RUS>IRN:062']],
    ['Russia supplied Iran with fighter jets.', ['RUS>IRN:072']],
    ['Iran released two Russian sailors.', ['IRN>RUS:0841']],
    ['The United States lifted sanctions on Iran.', ['USA>IRN:085']],
    ['Israel demanded the withdrawal of Iranian forces from Syria.', ['ISR>IRNMIL:106']],
    ['Russia condemned the Israeli strikes on Iran.', ['ISR>IRN:195', 'RUS>ISR:111']],
    ['Iran accused Israel of war crimes.', ['IRN>ISR:1124']],
    ['Russia rejected the Iranian request for air defence systems.', ['RUS>IRN:1222']],
    ['Israel threatened Iran with military action.', ['ISR>IRN:138']],
    ['Iran summoned the Russian ambassador.', ['IRN>RUSGOV:114']],
    ['Russia deployed troops to the Ukrainian border.', ['RUS>UKR:154']],
    ['Iran recalled its ambassador from Israel.', ['IRN>ISR:161']],
    ['The United States imposed sanctions on Iran.', ['USA>IRN:163']],
    ['Iranian police arrested two Israeli citizens.', ['IRNCOP>ISRCVL:173']],
    ['Israel bombed Iranian nuclear sites.', ['ISR>IRN:195']],
    ['Russia attacked Ukraine.', ['RUS>UKR:190']],
  ];
  it.each(examples)('codes: %s', (text, expected) => {
    expect(code(text)).toEqual([...expected].sort());
  });
});
