/**
 * Reads a TABARI / PETRARCH agent dictionary (Phoenix.agents.txt, PETR.Validate.agents.txt):
 *
 *   !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON      substitution set, used as CATTLE!PERSON!
 *   FOREIGN_MINISTER [~GOVFRM]                     regular plural generated (..._MINISTERS)
 *   ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]    explicit plurals replace the generated one
 *   POLICE {} [~COP]                               `{}`: no plural
 *   HUMAN_RIGHTS_BODY [NGO~]                       `~` marks where the country code goes
 *
 * Agent words match whole: the Phoenix file says PETRARCH generates regular plurals instead of
 * relying on stems, which only makes sense for whole-word matching.
 */
import type { AgentEntry, PhraseWord } from '../domain/index.js';
import { splitBrackets } from './codes.js';
import type { WarningSink } from './lines.js';
import { bad, dictionaryLines } from './lines.js';
import { checkPhraseText, parseWholePhrase } from './phrase.js';
import { pluralNoun } from './inflect.js';

const MACRO_DEF = /^(![A-Za-z0-9_]+!)\s*=\s*(.*)$/;
const MACRO_USE = /![A-Za-z0-9_]+!/g;
const HAS_MACRO = /![A-Za-z0-9_]+!/;
const AGENT_CODE = /^(?:~[A-Za-z0-9]+|[A-Za-z0-9]+~)$/;

export function readAgents(text: string, sink: WarningSink): AgentEntry[] {
  const macros = new Map<string, string[]>();
  const agents: AgentEntry[] = [];
  for (const line of dictionaryLines(text, sink)) {
    const t = line.text.trim();
    const def = MACRO_DEF.exec(t);
    if (def) {
      const values = (def[2] ?? '').split(',').map((v) => v.trim().toUpperCase()).filter((v) => v !== '');
      if (values.length === 0) sink.warn(line.no, `substitution set ${def[1] ?? ''} has no values; skipped`);
      else macros.set((def[1] ?? '').toUpperCase(), values);
      continue;
    }
    const read = sink.attempt(line.no, () => parseAgentLine(t, macros, sink.id(line.no)));
    if (read) agents.push(...read);
  }
  return agents;
}

function parseAgentLine(t: string, macros: Map<string, string[]>, id: string): AgentEntry[] {
  const { head, groups, trailing } = splitBrackets(t);
  if (groups.length === 0) bad(`agent "${t}" has no code (expected e.g. [~GOV])`);
  if (groups.length > 1 || trailing !== '') bad(`agent "${t}" has text after its code`);
  const code = (groups[0] ?? '').replace(/\s+/g, '');
  if (!AGENT_CODE.test(code)) bad(`agent code "[${groups[0] ?? ''}]" should start or end with "~" (e.g. [~GOV], [NGO~])`);
  const m = /^([^{}]+?)\s*(?:\{([^{}]*)\})?$/.exec(head.trim());
  if (!m) bad(`agent "${t}" should be "NOUN {PLURALS} [code]" (unbalanced "{"?)`);
  const noun = m[1] ?? '';
  checkPhraseText(noun, 'agent');
  const nouns = expand(noun, macros);
  const phrases: PhraseWord[][] = nouns.map((n) => parseWholePhrase(n));
  if (m[2] !== undefined) {
    for (const plural of m[2].split(/[\s,]+/).filter((p) => p !== '')) phrases.push(...expand(plural, macros).map((p) => parseWholePhrase(p)));
  } else if (!HAS_MACRO.test(noun)) {
    // A substitution set lists its own plurals (MAN, MEN), so only plain nouns get one generated.
    for (const words of phrases.slice()) phrases.push(pluralPhrase(words));
  }
  return dedupe(phrases).map((words) => ({ id, words, code }));
}

/** Replaces every `!NAME!` by each of its values (all combinations). */
function expand(text: string, macros: Map<string, string[]>): string[] {
  let out = [text.toUpperCase()];
  for (const use of new Set(text.toUpperCase().match(MACRO_USE) ?? [])) {
    const values = macros.get(use);
    if (!values) bad(`agent "${text}" uses undefined substitution set ${use}`);
    out = out.flatMap((s) => values.map((v) => s.split(use).join(v)));
  }
  return out;
}

function pluralPhrase(words: PhraseWord[]): PhraseWord[] {
  const last = words[words.length - 1];
  if (!last) return words;
  return [...words.slice(0, -1), { text: pluralNoun(last.text), prefix: last.prefix }];
}

function dedupe(phrases: PhraseWord[][]): PhraseWord[][] {
  const seen = new Set<string>();
  return phrases.filter((p) => {
    const key = p.map((w) => w.text).join(' ');
    if (p.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
