/** Actors: search by name, code, demonym, capital or office holder; one actor with its activity. */
import { z } from 'zod';
import { ActorCode } from './common.js';

const ACTOR_KINDS = ['state', 'igo', 'ngo', 'person', 'group', 'compound'] as const;

export const ActorInfoSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(ACTOR_KINDS),
  country: z.string().optional(),
  role: z.string().optional(),
  /** Flag emoji of the actor's country. */
  flag: z.string().optional(),
}).meta({ id: 'ActorInfo' });

export const ActorSearchResultSchema = ActorInfoSchema.extend({
  matched: z.string(),
  via: z.enum(['code', 'country', 'actor', 'person', 'demonym', 'capital']),
  person: z.object({
    id: z.string(),
    name: z.string(),
    terms: z.array(z.object({ title: z.string(), code: z.string(), from: z.string(), to: z.string().optional() })),
  }).optional(),
}).meta({ id: 'ActorSearchResult' });

export const ActorSearchQuery = z.object({
  q: z.string().trim().min(1, 'expected some text to search for').max(200),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const ActorSearchResponse = z.object({ items: z.array(ActorSearchResultSchema) });

export const ActorSeenSchema = z.object({
  code: z.string(),
  name: z.string().optional(),
  events: z.number().int(),
  asSource: z.number().int(),
  asTarget: z.number().int(),
}).meta({ id: 'ActorSeen' });

export const ActorsSeenQuery = z.object({
  prefix: z.string().regex(/^[A-Za-z]{1,32}$/, 'expected the first letters of an actor code').transform((s) => s.toUpperCase()).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
});

export const ActorsSeenResponse = z.object({ items: z.array(ActorSeenSchema) });

export const ActorParams = z.object({ code: ActorCode });

/** An actor explained, with its activity in the store (absent when it has none). */
export const ActorDetail = z.object({
  actor: ActorInfoSchema,
  seen: ActorSeenSchema.optional(),
}).meta({ id: 'ActorDetail' });
