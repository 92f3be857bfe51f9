/**
 * The HTTP API: `buildServer({ store, ... })` gives a fastify instance serving /api (and the
 * built web app), ready for `listen` or, in tests, `inject`. Request and response schemas are in
 * ./schemas (the web app imports them from there).
 */
export { buildServer } from './build-server.js';
export { DEFAULT_LIMITS } from './options.js';
export type { ServerLimits, ServerOptions } from './options.js';
export { webDistDir } from './static.js';
