/**
 * The HTTP server: fastify with security headers, cookies, CSRF, rate limits and uploads, every
 * route declared with zod schemas (route.ts), one error handler (http-errors.ts), the OpenAPI
 * document from the same schemas, and the web app's files. Effects come in through the options,
 * so tests drive it with `inject` and a store of their own.
 */
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createDecoder } from '../pipeline/index.js';
import type { Decoder } from '../pipeline/index.js';
import { cookieFlags, sessionManager } from './auth/index.js';
import { AnswerCache, InFlight } from './cache.js';
import { handleError } from './http-errors.js';
import { openApiDocument } from './openapi.js';
import { resolveOptions } from './options.js';
import type { ServerOptions } from './options.js';
import { RouteRegistry } from './route.js';
import { registerRoutes } from './routes/index.js';
import type { Services } from './routes/index.js';
import { CsrfHeader } from './schemas/index.js';
import { registerStatic } from './static.js';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const RAW_UPLOAD_TYPES = ['text/plain', 'text/html', 'application/x-ndjson', 'application/jsonl', 'application/octet-stream'];

function csrfToken(request: FastifyRequest): string | undefined {
  const parsed = CsrfHeader.safeParse(request.headers['x-csrf-token']);
  return parsed.success ? parsed.data : undefined;
}

export async function buildServer(input: ServerOptions): Promise<FastifyInstance> {
  const options = resolveOptions(input);
  const { limits } = options;
  const app = Fastify({
    logger: options.logger,
    bodyLimit: limits.jsonBytes,
    trustProxy: options.trustProxy,
    routerOptions: { maxParamLength: 200 },
    // Errors the router raises before any route runs (bad URL encoding, over-long ids) get the same JSON shape.
    frameworkErrors: (error, request, reply) => handleError(error, request, reply),
  });
  app.setErrorHandler(handleError);

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Chart libraries set style attributes on SVG elements; inline styles cannot run code.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  await app.register(cookie);
  await app.register(csrf, {
    cookieKey: 'entente_csrf',
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true },
    getToken: csrfToken,
  });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: limits.uploadBytes, files: 20, fields: 20, parts: 40, fieldSize: 64 * 1024 } });
  app.addContentTypeParser(RAW_UPLOAD_TYPES, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  // Every state-changing request carries the CSRF token, signed in or not: a sign-in from another
  // site would otherwise log the victim into the attacker's account.
  app.addHook('onRequest', (request, reply, done) => {
    if (STATE_CHANGING.has(request.method) && request.url.startsWith('/api/')) app.csrfProtection(request, reply, done);
    else done();
  });

  const cache = new AnswerCache(limits.cacheEntries, limits.cacheBytes);
  const started = new WeakMap<FastifyRequest, number>();
  const sessions = sessionManager(options.accounts, options.clock, limits.sessionTtlMs);
  const inFlight = new InFlight();
  const cachePut = (request: FastifyRequest, type: string, body: string): void => {
    // An answer computed across a write may mix old and new data: do not keep or share it.
    if (started.get(request) !== cache.generation) return;
    cache.put(request.url, { type, body });
    inFlight.end(request, { type, body });
  };
  const registry = new RouteRegistry(app, {
    currentUser: (request) => sessions.currentUser(request),
    cacheGet: (request) => {
      started.set(request, cache.generation);
      const key = `${cache.generation} ${request.url}`;
      const hit = cache.get(request.url) ?? inFlight.wait(key);
      if (!hit) inFlight.begin(request, key);
      return hit;
    },
    cachePut,
    cacheDone: (request) => inFlight.end(request, undefined),
    checkResponses: options.checkResponses,
  });
  let decoder: Decoder | undefined = options.decoder;
  const services: Services = {
    ...options,
    sessions,
    cache,
    decoder: () => (decoder ??= createDecoder()),
    csrf: (request, reply) => reply.generateCsrf(cookieFlags(request)),
    remember: cachePut,
  };
  registerRoutes(registry, services);
  registry.specs.push({ method: 'GET', url: '/api/openapi.json', summary: 'This document', tag: 'meta', response: null, produces: { 'application/json': 'OpenAPI 3.1 document' } });
  const document = JSON.stringify(openApiDocument(registry.specs, { version: options.version }));
  app.get('/api/openapi.json', async (_request, reply) => reply.type('application/json; charset=utf-8').send(document));
  await registerStatic(app, options.staticDir);
  return app;
}
