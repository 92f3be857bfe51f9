import { z } from 'zod';
import { ROLE_CODES } from '../domain/index.js';
import rolesJson from './data/roles.json' with { type: 'json' };
import { loadData } from './load.js';

export interface Role {
  code: string;
  /** Display name ("government", "military"). */
  name: string;
}

/** A noun that turns a country into country+role ("foreign minister" -> GOV). */
export interface AgentNoun {
  /** As written, singular or plural ("foreign ministers"). */
  phrase: string;
  role: string;
}

const roleCode = z.string().regex(/^[A-Z]{3}$/);
const schema = z.object({
  roles: z.record(roleCode, z.string().min(1)),
  uncountable: z.array(z.string()),
  agents: z.record(roleCode, z.array(z.string().min(1))),
});
const data = loadData(schema, rolesJson, 'roles.json');

/** CAMEO role codes with their display names, in the order of the domain's ROLE_CODES. */
export const ROLES: readonly Role[] = Object.freeze(
  ROLE_CODES.map((code) => ({ code, name: data.roles[code] ?? code.toLowerCase() })),
);

const roleNames = new Map(ROLES.map((r) => [r.code, r.name]));

export function roleName(code: string): string | undefined {
  return roleNames.get(code);
}

const uncountable = new Set(data.uncountable);

/** English plural of a single word. */
function pluralWord(word: string): string {
  if (/man$/.test(word)) return word.replace(/man$/, 'men');
  if (/[^aeiou]y$/.test(word)) return word.replace(/y$/, 'ies');
  if (/(s|sh|ch|x|z)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/**
 * English plural of an agent phrase, undefined when it has none. The head noun is the last word,
 * or the word before "of" ("ministers of foreign affairs", "heads of state").
 */
export function pluralAgent(phrase: string): string | undefined {
  const [head = '', ...tail] = phrase.split(' of ');
  const words = head.split(' ');
  const last = words.pop() ?? '';
  if (uncountable.has(phrase) || (/s$/.test(last) && !/ss$/.test(last))) return undefined;
  const plural = [...words, pluralWord(last)].join(' ');
  return tail.length > 0 ? [plural, ...tail].join(' of ') : plural;
}

/** Every agent phrase, singular and plural, with its role. */
export const AGENT_NOUNS: readonly AgentNoun[] = Object.freeze(
  Object.entries(data.agents).flatMap(([role, phrases]) =>
    phrases.flatMap((phrase) => {
      const plural = pluralAgent(phrase);
      return plural ? [{ phrase, role }, { phrase: plural, role }] : [{ phrase, role }];
    }),
  ),
);
