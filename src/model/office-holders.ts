import { z } from 'zod';
import g7 from './data/office-holders/g7.json' with { type: 'json' };
import g20 from './data/office-holders/g20.json' with { type: 'json' };
import igo from './data/office-holders/igo.json' with { type: 'json' };
import gulf from './data/office-holders/gulf.json' with { type: 'json' };
import levant from './data/office-holders/levant.json' with { type: 'json' };
import iran from './data/office-holders/iran-israel.json' with { type: 'json' };
import others from './data/office-holders/others.json' with { type: 'json' };
import russia from './data/office-holders/russia.json' with { type: 'json' };
import { loadData } from './load.js';
import { fold, phraseKey, slug } from './names.js';

export const OFFICE_KINDS = [
  'head-of-state', 'head-of-government', 'foreign-minister', 'defence-minister', 'security-council-secretary',
  'spokesperson', 'deputy-minister', 'un-ambassador', 'military-chief', 'legislature-speaker', 'igo-head',
  'group-leader', 'other',
] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];

/** One person in one office for one continuous stretch (inclusive ISO dates; `to` absent = still in office). */
export interface OfficeTerm {
  personId: string;
  person: string;
  /** ISO3/CAMEO country of the office; absent for international organisations and groups. */
  country?: string;
  /** Organisation or group the office belongs to, when it is not a state's. */
  org?: string;
  office: OfficeKind;
  title: string;
  /** Actor code while in this office (RUSGOV, IRNMIL, IGOUNO, ...). */
  code: string;
  from: string;
  to?: string;
  note?: string;
  /** The office has several holders at once (deputy ministers), so terms may overlap. */
  concurrent: boolean;
  /** Data file and office index, for messages. */
  source: string;
}

export interface OfficeHolder {
  id: string;
  name: string;
  /** Other spellings and short forms ("Sergey Lavrov", "Lavrov"). */
  aliases: string[];
  /** Country whose elite the person belongs to when out of office (code `XXXELI`). */
  country?: string;
  /** Code when out of office, where the elite convention does not fit (a group's leader stays the group). */
  fallback?: string;
  terms: OfficeTerm[];
}

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD');
const holder = z.union([
  z.tuple([z.string(), date]),
  z.tuple([z.string(), date, date.nullable()]),
  z.tuple([z.string(), date, date.nullable(), z.string()]),
]);
const fileSchema = z.object({
  people: z.record(z.string(), z.union([
    z.array(z.string()),
    z.object({
      aliases: z.array(z.string()),
      country: z.string().regex(/^[A-Z]{3}$/).optional(),
      fallback: z.string().regex(/^[A-Z]{3,}$/).optional(),
    }).strict(),
  ])),
  offices: z.array(z.object({
    country: z.string().regex(/^[A-Z]{3}$/).optional(),
    org: z.string().optional(),
    office: z.enum(OFFICE_KINDS),
    title: z.string(),
    code: z.string().regex(/^[A-Z]{3,}$/),
    concurrent: z.boolean().optional(),
    holders: z.array(holder).min(1),
  })),
});

const FILES: Record<string, unknown> = {
  'g7.json': g7, 'g20.json': g20, 'russia.json': russia, 'iran-israel.json': iran, 'gulf.json': gulf,
  'levant.json': levant, 'igo.json': igo, 'others.json': others,
};

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Arabic-style names ("Faisal bin Farhan Al Saud") have no surname to shorten to. */
const hasNoSurname = (name: string): boolean => /\s(bin|bint|ibn|Al|Bin)\s/.test(name);

function autoAliases(name: string): string[] {
  if (hasNoSurname(name)) return [];
  const last = name.split(/\s+/).at(-1) ?? '';
  const out = last.length > 2 && last !== name ? [last] : [];
  const bare = /^(al|el|as|ad|ash|at|az)-(.+)$/i.exec(last)?.[2];
  if (bare && bare.length > 2) out.push(bare);
  return out;
}

function build(): OfficeHolder[] {
  const people = new Map<string, OfficeHolder>();
  const listed = new Set<string>();
  const person = (name: string): OfficeHolder => {
    const id = slug(name);
    let p = people.get(id);
    if (!p) people.set(id, (p = { id, name, aliases: autoAliases(name), terms: [] }));
    return p;
  };
  for (const [file, raw] of Object.entries(FILES)) {
    const data = loadData(fileSchema, raw, `office-holders/${file}`);
    for (const [name, value] of Object.entries(data.people)) {
      const p = person(name);
      // Listed aliases replace the derived surname, so a common surname can be left out on purpose;
      // a person listed in several files gets the union.
      const aliases = Array.isArray(value) ? value : value.aliases;
      p.aliases = listed.has(p.id) ? [...new Set([...p.aliases, ...aliases])] : [...aliases];
      listed.add(p.id);
      if (!Array.isArray(value)) {
        if (value.country) p.country = value.country;
        if (value.fallback) p.fallback = value.fallback;
      }
    }
    data.offices.forEach((office, index) => {
      office.holders.forEach(([name, from, given, note], i) => {
        const to = given ?? undefined;
        const next = office.holders[i + 1];
        const end = to ?? (next ? dayBefore(next[1]) : undefined);
        const term: OfficeTerm = {
          personId: slug(name), person: name, office: office.office, title: office.title, code: office.code, from,
          concurrent: office.concurrent ?? false, source: `office-holders/${file}#${index}`,
        };
        if (office.country) term.country = office.country;
        if (office.org) term.org = office.org;
        // A concurrent office's next holder says nothing about when this one left.
        if (end && !(office.concurrent && to === undefined)) term.to = end;
        if (note) term.note = note;
        person(name).terms.push(term);
      });
    });
  }
  for (const p of people.values()) {
    p.terms.sort((a, b) => a.from.localeCompare(b.from));
    const country = p.country ?? [...p.terms].reverse().find((t) => t.country)?.country;
    if (country) p.country = country;
  }
  return [...people.values()];
}

export const OFFICE_HOLDERS: readonly OfficeHolder[] = Object.freeze(build());
export const OFFICE_TERMS: readonly OfficeTerm[] = Object.freeze(OFFICE_HOLDERS.flatMap((p) => p.terms));

const byId = new Map(OFFICE_HOLDERS.map((p) => [p.id, p]));
const byName = new Map<string, OfficeHolder[]>();
for (const p of OFFICE_HOLDERS) {
  for (const n of new Set([p.name, ...p.aliases].map((s) => phraseKey(fold(s))))) byName.set(n, [...(byName.get(n) ?? []), p]);
}

export function officeHolderById(id: string): OfficeHolder | undefined {
  return byId.get(id);
}

/** People whose name or alias is `name` (case and accents ignored): "Lavrov" -> Sergei Lavrov. */
export function officeHoldersNamed(name: string): OfficeHolder[] {
  return byName.get(phraseKey(fold(name))) ?? [];
}

const covers = (t: OfficeTerm, day: string): boolean => t.from <= day && (t.to === undefined || day <= t.to);

/** Every office the person held on `date` (ISO day), most senior first. */
export function officesAt(personId: string, date: string): OfficeTerm[] {
  const rank = (t: OfficeTerm): number => OFFICE_KINDS.indexOf(t.office);
  return (byId.get(personId)?.terms ?? []).filter((t) => covers(t, date)).sort((a, b) => rank(a) - rank(b));
}

/** The most senior office the person held on `date`, or undefined when out of office. */
export function officeAt(personId: string, date: string): OfficeTerm | undefined {
  return officesAt(personId, date)[0];
}

/** The actor code of a person on a date: the office's code, else the country's elite (Phoenix convention). */
export function personCodeAt(personId: string, date: string): string | undefined {
  const office = officeAt(personId, date);
  if (office) return office.code;
  const person = byId.get(personId);
  return person?.fallback ?? (person?.country ? `${person.country}ELI` : undefined);
}
