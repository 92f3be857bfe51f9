/**
 * The news sections of the own lexicon (news-*.ts, actors.ts, the added event nouns): one or more
 * sentences per CAMEO root, written for this test the way wire copy says it, coded with the real
 * nlp and the own lexicon. Each names the triple it must produce.
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../nlp/index.js';
import { codeSentence } from '../code-sentence.js';
import { createCoder } from '../coder.js';
import { newDiscourse } from '../discourse.js';
import { ownLexicon } from './index.js';

const coder = createCoder(ownLexicon());

function code(text: string, date = '2024-05-01'): string[] {
  const discourse = newDiscourse();
  return analyseText(text, date).sentences.flatMap((s) => codeSentence(coder, s, discourse, date).codings)
    .map((c) => `${c.source}>${c.target}:${c.code}`);
}

const examples: [string, string][] = [
  ['Japan voiced concern over Chinese naval drills near Taiwan.', 'JPN>CHN:012'],
  ['Egypt expressed support for the Palestinian Authority.', 'EGY>PSEGOV:051'],
  ['Qatar lobbied the United States to open talks with the Taliban.', 'QAT>USA:026'],
  ['Turkey and Greece reached an understanding on maritime borders.', 'TUR>GRC:030'],
  ['The Indian prime minister paid a visit to Nepal.', 'INDGOV>NPL:042'],
  ['Armenia and Azerbaijan engaged in talks in Brussels.', 'ARM>AZE:046'],
  ['Serbia and Croatia agreed to mend ties.', 'SRB>HRV:030'],
  ['Serbia and Croatia buried the hatchet.', 'SRB>HRV:050'],
  ['Israel shared intelligence with Jordan.', 'ISR>JOR:064'],
  ['Japan airlifted food and medicine to Myanmar.', 'JPN>MMR:073'],
  ['Iraq paid compensation to Kuwait.', 'IRQ>KWT:0842'],
  ['Azerbaijan reopened its border with Iran.', 'AZE>IRN:0872'],
  ['Kenya opened an investigation into abuses by Somali militias.', 'KEN>SOMUAF:092'],
  ['Poland put pressure on Belarus to release the detained journalists.', 'POL>BLR:1053'],
  ['Lithuania scolded China over its treatment of Taiwan.', 'LTU>CHN:111'],
  ['Moscow lodged a protest with Tokyo over the fishing dispute.', 'RUS>JPN:114'],
  ['Venezuela ignored the warning from Guyana.', 'VEN>GUY:128'],
  ['North Korea issued threats against South Korea.', 'PRK>KOR:130'],
  ['Thousands of students in Kenya staged protests.', 'KENEDU>KEN:141'],
  ['Argentine workers downed tools across Argentina.', 'ARGLAB>ARG:143'],
  ['Russian troops remained on alert along the border with Ukraine.', 'RUSMIL>UKR:152'],
  ['China stepped up patrols near the Philippines.', 'CHN>PHL:153'],
  ['Canada cancelled a planned visit to India.', 'CAN>IND:160'],
  ['Iran closed its border with Pakistan.', 'IRN>PAK:191'],
  ['Kenyan police dispersed Somali refugees.', 'KENCOP>SOMREF:175'],
  ['Syrian troops killed three Turkish soldiers.', 'SYRMIL>TURMIL:190'],
  ['Rebels in Sudan ambushed a Chadian convoy.', 'SDNREB>TCD:190'],
  ['Serb forces carried out ethnic cleansing in Kosovo.', 'SRBMIL>KSV:203'],
];

describe('own lexicon: how news says it', () => {
  it.each(examples)('codes: %s', (text, expected) => {
    expect(code(text)).toContain(expected);
  });

  it('reads "Bosnia", "Gaza" and "the European Community" as the actors they name', () => {
    expect(code('Croatia criticised Bosnia.')).toContain('HRV>BIH:111');
    expect(code('Egypt sent food to Gaza.')).toContain('EGY>PSE:073');
    expect(code('The European Community condemned Serbia.')).toContain('IGOEUREEC>SRB:111');
  });

  it('reads people nouns as sectors ("youths", "fundamentalists", "prisoners")', () => {
    expect(code('Palestinian youths attacked Israeli soldiers.')).toContain('PSECVL>ISRMIL:190');
    expect(code('Algerian fundamentalists attacked French tourists.')).toContain('DZARAD>FRA:190');
  });
});
