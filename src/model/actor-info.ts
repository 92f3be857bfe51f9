import type { Actor, ActorKind } from '../domain/index.js';
import { NAMED_ACTORS } from './actors.js';
import { countryByCode } from './countries.js';
import { roleName } from './roles.js';

/** An actor code explained for display: "RUSGOV" -> Russia — government, with Russia's flag. */
export interface ActorInfo extends Actor {
  /** Flag emoji of the actor's country. */
  flag?: string;
}

/** Roles of the state itself; other roles (business, media, rebels...) are groups within a country. */
const STATE_ROLES = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY']);

const named = new Map<string, (typeof NAMED_ACTORS)[number]>();
for (const a of NAMED_ACTORS) if (!named.has(a.code)) named.set(a.code, a);

function withFlag(info: ActorInfo): ActorInfo {
  const flag = info.country ? countryByCode(info.country)?.flag : undefined;
  return flag ? { ...info, flag } : info;
}

function kindOf(role: string): ActorKind {
  if (role === 'IGO') return 'igo';
  if (role === 'NGO') return 'ngo';
  return STATE_ROLES.has(role) || role === '' ? 'state' : 'group';
}

/**
 * Explains a CAMEO-style actor code. Codes of named IGOs, groups and regions use that actor's name
 * ("PSEREBHMS" -> Hamas); country and country+role codes are spelled out from their parts
 * ("IRNMIL" -> "Iran — military"). Unknown codes give undefined.
 */
export function actorInfo(code: string): ActorInfo | undefined {
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{3}(?:[A-Z]{3})*$/.test(upper)) return undefined;
  const country = countryByCode(upper.slice(0, 3));
  const parts = upper.slice(3).match(/.{3}/g) ?? [];
  const roles = parts.filter((r) => roleName(r) !== undefined);
  // A plain country+role code (LBNREB) stays generic even when one group is known by it.
  const generic = country !== undefined && roles.length === parts.length;
  const exact = named.get(upper);
  if (exact && !generic) {
    const info: ActorInfo = { code: upper, name: exact.name, kind: exact.kind };
    if (exact.country) info.country = exact.country;
    if (roles[0] && country) info.role = roles[0];
    return withFlag(info);
  }
  if (country) {
    const role = roles[0];
    const info: ActorInfo = {
      code: upper,
      name: roles.length > 0 ? `${country.name} — ${roles.map((r) => roleName(r)).join(', ')}` : country.name,
      kind: kindOf(role ?? ''),
      country: country.code,
    };
    if (role) info.role = role;
    return withFlag(info);
  }
  if (upper.startsWith('IGO')) {
    const parent = [...named.keys()].filter((k) => upper.startsWith(k)).sort((a, b) => b.length - a.length)[0];
    return { code: upper, name: parent ? (named.get(parent)?.name ?? upper) : 'intergovernmental organisation', kind: 'igo' };
  }
  return undefined;
}
