/** Every API route, one file per resource. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Decoder } from '../../pipeline/index.js';
import type { SessionManager } from '../auth/index.js';
import type { AnswerCache } from '../cache.js';
import type { ResolvedOptions } from '../options.js';
import type { RouteRegistry } from '../route.js';
import { registerActors } from './actors.js';
import { registerAnnotations } from './annotations.js';
import { registerAuth } from './auth.js';
import { registerBriefs } from './briefs.js';
import { registerDocuments } from './documents.js';
import { registerDyads } from './dyads.js';
import { registerEvents } from './events.js';
import { registerHealth } from './health.js';

/** What route handlers may use: the resolved options plus the server's own parts. */
export interface Services extends Omit<ResolvedOptions, 'decoder'> {
  sessions: SessionManager;
  cache: AnswerCache;
  decoder(): Decoder;
  /** A CSRF token for this client (sets its secret cookie when it has none). */
  csrf(request: FastifyRequest, reply: FastifyReply): string;
  /** Keeps a non-JSON answer of a `cached` route (JSON answers are kept by the route itself). */
  remember(request: FastifyRequest, type: string, body: string): void;
}

export function registerRoutes(registry: RouteRegistry, services: Services): void {
  registerHealth(registry, services);
  registerAuth(registry, services);
  registerDocuments(registry, services);
  registerEvents(registry, services);
  registerActors(registry, services);
  registerAnnotations(registry, services);
  registerBriefs(registry, services);
  registerDyads(registry, services);
}
