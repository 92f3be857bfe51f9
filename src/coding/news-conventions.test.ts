/**
 * The coder's news conventions added for real-news text (docs/coding.md): appositions, sector
 * nouns, titled people in context, obligations and conditional threats, stative participles,
 * domestic events, "will not", event coreference, elaborations, held-back aid, reported speech.
 * Every sentence is written for this test and coded with the real nlp and the own lexicon.
 */
import { describe, expect, it } from 'vitest';
import type { Event } from '../domain/index.js';
import { analyse, analyseText } from '../nlp/index.js';
import { codeDocument } from './code-document.js';
import { codeSentence } from './code-sentence.js';
import { createCoder } from './coder.js';
import { newDiscourse } from './discourse.js';
import { ownLexicon } from './own/index.js';

const coder = createCoder(ownLexicon());
const DATE = '2024-05-01';

/** Triples of a short text, sentence by sentence with one discourse. */
function code(text: string): string[] {
  const discourse = newDiscourse();
  return analyseText(text, DATE).sentences.flatMap((s) => codeSentence(coder, s, discourse, DATE).codings)
    .map((c) => `${c.source}>${c.target}:${c.code}`);
}

function events(text: string): Event[] {
  const doc = { id: 't', contentHash: 't', format: 'text' as const, text, date: DATE };
  return codeDocument(doc, analyse(doc), coder).events;
}

describe('news conventions', () => {
  it('reads "X, a Y" as an apposition and ", Y said" as a reporting clause, not as lists', () => {
    const got = code('Pakistan, a key U.S. ally, condemned India.');
    expect(got).toContain('PAK>IND:111');
    expect(got.some((t) => t.startsWith('USA>'))).toBe(false);
    expect(code('Syria shelled rebel positions in Idlib, Turkish officials said.').some((t) => t.includes('TURGOV'))).toBe(false);
  });

  it('keeps a role word before a people noun as an agent ("opposition groups", "rebel fighters")', () => {
    expect(code('Opposition groups in Zimbabwe condemned the government of Zimbabwe.')).toContain('ZWEOPP>ZWEGOV:111');
  });

  it('gives an unknown titled person the one country the sentence names', () => {
    expect(code('President Yoweri Museveni banned Ugandan opposition parties.')).toContain('UGAGOV>UGAOPP:1722');
    // Two countries: the title stays anonymous and codes nothing.
    expect(code('President Zorgan Vell met Kenyan and Ugandan officials.').some((t) => t.startsWith('KEN') && t.includes('GOV>'))).toBe(false);
  });

  it('codes "said that Y must / should" as a demand / an appeal of the speaker to Y', () => {
    expect(code('Germany said that Iran must release the French journalists.')).toContain('DEU>IRN:1053');
    expect(code('The Egyptian foreign minister said that Israel must stop the fighting.')).toContain('EGYGOV>ISR:1056');
    expect(code('Russia said Israel should not strike Iran.')).toContain('RUS>ISR:0256');
  });

  it('codes "will do X unless Y" as a threat against Y', () => {
    expect(code('Nigeria said it would withdraw its troops from Chad unless the Chadian government held elections.')).toContain('NGA>TCD:130');
    expect(code('Syrian farmers threatened to hold a general strike unless Israel lifted the closure.')).toContain('SYRAGR>ISR:130');
  });

  it('does not read "is opposed to" and "were engaged in" as passives', () => {
    expect(code('Israel is opposed to French mediation.')).toContain('ISR>FRA:126');
    expect(code('Serb forces were engaged in ethnic cleansing in Kosovo.')).toContain('SRBMIL>KSV:203');
  });

  it('aims a protest with no target at the protesters\' own state, and keeps a state\'s acts on its own country', () => {
    expect(code('Thousands of students in Indonesia staged mass demonstrations.')).toContain('IDNEDU>IDN:141');
    expect(code('Iraq\'s interim government said it was prepared to impose martial law.')).toContain('IRQGOV>IRQ:137');
    // A state and its own government are still no dyad for ordinary events.
    expect(code('Russian officials praised Russia.')).toEqual([]);
  });

  it('reads "will not" + cooperation as a refusal', () => {
    expect(code('Iran will not negotiate with the United States.')).toContain('IRN>USA:125');
  });

  it('resolves "he" to the titled person just named', () => {
    expect(code('President Laurent Gbagbo said he would impose a curfew in Abidjan.')).toContain('CIVGOV>CIV:137');
  });

  it('resolves "the attacks" to whoever carried out the last attack, also through "which X condemned"', () => {
    expect(code('Israel bombed Iranian nuclear sites. Russia condemned the attacks.')).toContain('RUS>ISR:111');
    expect(code('Israel bombed Iranian nuclear sites. Russia deplored the air strikes on Monday, which Egypt also condemned.')).toContain('EGY>ISR:111');
    // With no attack coded before, "the attacks" stands for no one.
    expect(code('Russia condemned the attacks.')).toEqual([]);
  });

  it('attaches "This includes fighter jets" to the previous sentence\'s unmet request', () => {
    const got = events('Russia has shown a clear reluctance to provide Iran with advanced weapons. This includes fighter jets and air defences.');
    const second = got.filter((e) => e.evidence!.sentenceIndex === 1);
    expect(second).toHaveLength(1);
    expect(second[0]).toMatchObject({ source: 'IRN', target: 'RUS', code: '0232', unfulfilled: true });
  });

  it('codes held-back aid as a reduction, not a delivery', () => {
    const got = code('Russia\'s limited military aid to Iran angered Tehran.');
    expect(got).toContain('RUS>IRN:1622');
    expect(got.some((t) => t.endsWith(':070') || t.endsWith(':072'))).toBe(false);
  });

  it('codes a governed event noun with its governor ("ready to resume talks")', () => {
    expect(code('Iran said it was ready to join talks with the United States.')).toContain('IRN>USA:036');
    expect(code('Iran said it was ready to join talks with the United States.')).not.toContain('IRN>USA:046');
    expect(code('Russia warned the United States not to join the Israeli attacks on Iran.')).toContain('ISR>IRN:190');
  });

  it('gives the helped side what it does ("help Iran condemn Israel") no event of its own', () => {
    const got = code('Russia would help Iran condemn Israel.');
    expect(got).toContain('RUS>IRN:033');
    expect(got.some((t) => t.endsWith('>ISR:111'))).toBe(false);
  });

  it('reads "the UN Charter" as a document, and a quote before ", X said" as the quote', () => {
    const before = 'Israel bombed Iranian sites. ';
    expect(code(`${before}"These strikes violate the UN Charter," a Russian spokeswoman said.`).some((t) => t.includes('IGOUNO'))).toBe(false);
    expect(code(`${before}"Israel violated international law," Russian Foreign Ministry spokeswoman Maria Zakharova said.`).some((t) => t.includes('>RUSGOV'))).toBe(false);
  });

  it('codes accusations, appeals and rejections of proposals with their targets', () => {
    expect(code('Ukraine accused Russia of shelling the plant.')).toContain('UKR>RUS:112');
    expect(code('Egypt and Qatar urged Israel to accept a ceasefire.')).toEqual(expect.arrayContaining(['EGY>ISR:0256', 'QAT>ISR:0256']));
    expect(code('Israel rejected Egypt\'s proposal for a new truce.')).toContain('ISR>EGY:127');
    expect(code('Japan was accused by China of provocations.')).toContain('CHN>JPN:112');
  });
});
