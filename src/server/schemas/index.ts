/**
 * Request and response schemas of the HTTP API, one file per resource. The web app imports its
 * types from here; fields are only ever added, never renamed or removed.
 */
export * from './common.js';
export * from './events.js';
export * from './documents.js';
export * from './actors.js';
export * from './auth.js';
export * from './annotations.js';
export * from './health.js';
export * from './briefs.js';
export * from './dyads.js';
