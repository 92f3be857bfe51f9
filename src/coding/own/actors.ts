/**
 * Names and agent nouns the coder's own lexicon adds to the model's (src/model): short and older
 * names news still uses for places and bodies ("Bosnia", "Gaza", "the European Community") and
 * people nouns that place an actor in a sector ("youths", "fundamentalists", "prisoners").
 * Written by this project; a name here never overrides a model name (the model's entries come
 * first and the longest match wins either way). Candidates for src/model/data once reviewed.
 */
import type { ActorEntry, AgentEntry, PhraseWord } from '../../domain/index.js';
import { pluralAgent } from '../../model/index.js';

/** name | code — one per line. */
const NAMES = `
BOSNIA | BIH
HERZEGOVINA | BIH
BOSNIA-HERZEGOVINA | BIH
KAMPUCHEA | KHM
KAMPUCHEAN | KHM
HONG KONG | HKG
GAZA | PSE
GAZA STRIP | PSE
WEST BANK | PSE
GOLAN HEIGHTS | SYR
CHECHNYA | RUS
EUROPEAN COMMUNITY | IGOEUREEC
AMNESTY INTERNATIONAL | NGOHRI
HUMAN RIGHTS WATCH | NGOHRI
`;

/** role | agent nouns (singular; regular plurals are added). */
const AGENTS = `
CVL | youth, inhabitant, marcher, rioter, mob, settler, pilgrim, hostage, prisoner, detainee, tribesman, onlooker, bystander, people, passenger, motorist, worshipper
RAD | fundamentalist, extremist, hardliner, radical, islamist, ultranationalist
REB | suicide bomber, terrorist, terror group, gunman, insurgent group, guerrilla group, rebel force, rebel commander, rebel leader, separatist rebel
MIL | peacekeeper, peacekeeping force, peacekeeping troops, sniper, warship, gunboat, tank, junta, garrison, platoon, regiment, conscript, reservist
GOV | mayor, governor, deputy governor, vice-president, monarch, interior minister, home secretary, chancellery, provincial government, local authorities, municipality
LEG | assembly, parliamentary speaker, deputies
LAB | union, unionist, trade unionist, teachers union
AGR | landowner, landholder
MED | radio, television, editor
`;

function words(text: string): PhraseWord[] {
  return text.trim().toUpperCase().split(/\s+/).filter(Boolean).map((w) => ({ text: w, prefix: false }));
}

function rows(table: string): [string, string][] {
  return table.trim().split('\n').map((line) => {
    const [left = '', right = ''] = line.split('|').map((x) => x.trim());
    return [left, right];
  });
}

export function ownExtraActors(): ActorEntry[] {
  return rows(NAMES).map(([name, code]) => ({ id: `entente:actor:${name.toLowerCase().replace(/\W+/g, '-')}`, words: words(name), name, code, dated: [] }));
}

export function ownExtraAgents(): AgentEntry[] {
  const out: AgentEntry[] = [];
  for (const [role, list] of rows(AGENTS)) {
    for (const phrase of list.split(',').map((x) => x.trim()).filter(Boolean)) {
      const id = `entente:agent:${role}:${phrase.replace(/\W+/g, '-')}`;
      out.push({ id, words: words(phrase), code: `~${role}` });
      const plural = pluralAgent(phrase);
      if (plural !== undefined && plural !== phrase) out.push({ id: `${id}:plural`, words: words(plural), code: `~${role}` });
    }
  }
  return out;
}
