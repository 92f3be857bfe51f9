/**
 * Routes are declared once with their zod schemas; the same declaration validates the request,
 * types the handler, and becomes the route's OpenAPI operation. Nothing reaches a handler that its
 * schemas did not accept.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { EntenteError, ValidationError } from '../errors.js';
import type { User } from '../store/index.js';
import type { CachedAnswer } from './cache.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Request parts without a schema are `undefined` in the handler. */
type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteSpec<P, Q, B, R> {
  method: Method;
  /** Fastify syntax: `/api/events/:id`. */
  url: string;
  summary: string;
  tag: string;
  params?: P;
  query?: Q;
  /** JSON body. Raw uploads declare `consumes` instead and read `request.body` themselves. */
  body?: B;
  /** The JSON answer on success; `null` for answers that are not JSON (downloads, HTML). */
  response: R | null;
  status?: number;
  /** Non-JSON answers: content type -> what it holds. */
  produces?: Record<string, string>;
  /** Non-JSON request bodies: content type -> what it holds. */
  consumes?: Record<string, string>;
  /** Needs a signed-in user (401 otherwise). */
  signedIn?: boolean;
  /** Error statuses worth documenting besides 400 and 500. */
  errors?: readonly number[];
  bodyLimit?: number;
  rateLimit?: { max: number; timeWindow: number };
  /** Answer cached per store write generation (GET only). */
  cached?: boolean;
}

export interface RouteContext<P, Q, B> {
  params: Parsed<P>;
  query: Parsed<Q>;
  body: Parsed<B>;
  /** Set when the route is `signedIn`, and on other routes when a session cookie is valid. */
  user: User | undefined;
  request: FastifyRequest;
  reply: FastifyReply;
}

/** What every handler may answer: the JSON value, or `reply` after sending something else itself. */
export type Handler<P, Q, B, R> = (ctx: RouteContext<P, Q, B>) => Promise<(R extends z.ZodType ? z.input<R> : never) | FastifyReply>;

export type AnyRouteSpec = RouteSpec<z.ZodType | undefined, z.ZodType | undefined, z.ZodType | undefined, z.ZodType>;

/** Hooks the server gives every route: who is signed in, and the answer cache. */
export interface RouteHooks {
  currentUser(request: FastifyRequest): Promise<User | undefined>;
  /** A kept answer, or one being computed by another request (then undefined if that one failed). */
  cacheGet(request: FastifyRequest): CachedAnswer | Promise<CachedAnswer | undefined> | undefined;
  cachePut(request: FastifyRequest, type: string, body: string): void;
  /** The request is done: requests waiting for its answer compute their own if it kept none. */
  cacheDone(request: FastifyRequest): void;
  checkResponses: boolean;
}

/** Parses one part of a request, naming the first bad field in the error. */
export function parsePart<S extends z.ZodType>(schema: S, value: unknown, part: 'path' | 'query' | 'body'): z.output<S> {
  const result = schema.safeParse(value ?? (part === 'body' ? undefined : {}));
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  const field = path === '' ? part : `${part}.${path}`;
  const message = issue?.code === 'invalid_type' && issue.input === undefined
    ? `${field} is required`
    : `${field}: ${issue?.message ?? 'invalid value'}`;
  throw new ValidationError('VALIDATION', message, { location: { field: path === '' ? part : path }, hint: `check ${field} (see /api/openapi.json)` });
}

export class RouteRegistry {
  readonly specs: AnyRouteSpec[] = [];

  constructor(private readonly app: FastifyInstance, private readonly hooks: RouteHooks) {}

  add<P extends z.ZodType | undefined, Q extends z.ZodType | undefined, B extends z.ZodType | undefined, R extends z.ZodType>(
    spec: RouteSpec<P, Q, B, R>,
    handler: Handler<P, Q, B, R>,
  ): void {
    this.specs.push(spec as unknown as AnyRouteSpec);
    const { hooks } = this;
    const cached = spec.cached === true && spec.method === 'GET';
    this.app.route({
      method: spec.method,
      url: spec.url,
      ...(spec.bodyLimit !== undefined ? { bodyLimit: spec.bodyLimit } : {}),
      ...(spec.rateLimit ? { config: { rateLimit: spec.rateLimit } } : {}),
      handler: async (request, reply) => {
        if (!cached) return run(request, reply);
        const hit = await hooks.cacheGet(request);
        if (hit) return reply.type(hit.type).header('x-cache', 'hit').send(hit.body);
        try {
          return await run(request, reply);
        } finally {
          hooks.cacheDone(request);
        }
      },
    });

    async function run(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
      const params = (spec.params ? parsePart(spec.params, request.params, 'path') : undefined) as Parsed<P>;
      const query = (spec.query ? parsePart(spec.query, request.query, 'query') : undefined) as Parsed<Q>;
      const body = (spec.body ? parsePart(spec.body, request.body, 'body') : undefined) as Parsed<B>;
      const user = await hooks.currentUser(request);
      if (spec.signedIn && !user) {
        throw new EntenteError('UNAUTHORIZED', 'sign in to do this', { hint: 'POST /api/auth/sign-in (or sign-up) first; the session cookie does the rest' });
      }
      const result = await handler({ params, query, body, user, request, reply });
      if (result === reply) return reply;
      if (hooks.checkResponses && spec.response) spec.response.parse(result);
      reply.status(spec.status ?? 200);
      if (result === undefined) return reply.send();
      const text = JSON.stringify(result);
      if (cached) hooks.cachePut(request, 'application/json; charset=utf-8', text);
      return reply.type('application/json; charset=utf-8').send(text);
    }
  }
}
