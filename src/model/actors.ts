import { z } from 'zod';
import type { ActorKind, DatedCode } from '../domain/index.js';
import actorsJson from './data/actors.json' with { type: 'json' };
import { loadData } from './load.js';

/** Which list of actors.json a record came from. */
export type NamedActorCategory = 'metonym' | 'igo' | 'group' | 'territory' | 'region';

/** A named actor that is not a state or a person: a metonym, an IGO, a non-state group, a
 * territory standing for the state that holds it ("Chechnya", "the Golan Heights") or a region. */
export interface NamedActor {
  code: string;
  /** Display name ("the Kremlin", "NATO"). */
  name: string;
  /** Every name it goes by in the news, as written. */
  names: string[];
  kind: ActorKind;
  category: NamedActorCategory;
  /** ISO3/CAMEO country the actor belongs to, when it has one. */
  country?: string;
  /** Codes that hold only between dates (the Taliban were rebels, then the government). */
  dated: DatedCode[];
  /** Why entente made the code up, when neither CAMEO nor Phoenix has one. */
  created?: string;
}

const dated = z.object({
  code: z.string().regex(/^[A-Z]{3,}$/),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
}).strict();
const record = z.object({
  code: z.string().regex(/^[A-Z]{3,}$/),
  name: z.string().min(1),
  names: z.array(z.string().min(1)).min(1),
  kind: z.enum(['ngo']).optional(),
  country: z.string().regex(/^[A-Z]{3}$/).optional(),
  dated: z.array(dated).optional(),
  created: z.string().optional(),
}).strict();
const schema = z.object({
  metonyms: z.array(record),
  igos: z.array(record),
  groups: z.array(record),
  territories: z.array(record),
  regions: z.array(record),
});

const data = loadData(schema, actorsJson, 'actors.json');

function toActor(r: z.infer<typeof record>, category: NamedActorCategory): NamedActor {
  const kind: ActorKind = r.kind ?? (category === 'igo' ? 'igo' : category === 'region' ? 'compound' : category === 'group' ? 'group' : 'state');
  const actor: NamedActor = {
    code: r.code,
    name: r.name,
    names: r.names,
    kind,
    category,
    dated: (r.dated ?? []).map((d) => ({ code: d.code, ...(d.from ? { from: d.from } : {}), ...(d.to ? { to: d.to } : {}) })),
  };
  // A metonym's or territory's country is its code's first three letters (RUSGOV -> RUS).
  const country = r.country ?? (category === 'metonym' || category === 'territory' ? r.code.slice(0, 3) : undefined);
  if (country) actor.country = country;
  if (r.created) actor.created = r.created;
  return actor;
}

/** Metonyms and institutions, IGOs, non-state groups and regions, in file order. */
export const NAMED_ACTORS: readonly NamedActor[] = Object.freeze([
  ...data.metonyms.map((r) => toActor(r, 'metonym')),
  ...data.igos.map((r) => toActor(r, 'igo')),
  ...data.groups.map((r) => toActor(r, 'group')),
  ...data.territories.map((r) => toActor(r, 'territory')),
  ...data.regions.map((r) => toActor(r, 'region')),
]);

/** Codes entente had to make up, with the reason for each. */
export const CREATED_CODES: ReadonlyArray<{ code: string; name: string; reason: string }> = Object.freeze(
  NAMED_ACTORS.filter((a) => a.created).map((a) => ({ code: a.code, name: a.name, reason: a.created ?? '' })),
);
