/**
 * The web app in production: files from web/dist, and index.html for any other GET outside /api
 * so the app's own router handles deep links. Without a build, a short page says how to make one.
 * Unknown /api paths answer a JSON 404 like every other API error.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>entente</title></head>
<body><main><h1>entente</h1>
<p>The API is running at <a href="/api/health">/api/health</a> (documented at <a href="/api/openapi.json">/api/openapi.json</a>),
but the web app has not been built.</p>
<p>Build it with <code>npm run build:web</code>, then restart <code>entente serve</code>.</p>
</main></body></html>
`;

export async function registerStatic(app: FastifyInstance, staticDir: string | undefined): Promise<void> {
  const built = staticDir !== undefined && existsSync(join(staticDir, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: staticDir,
      prefix: '/',
      index: ['index.html'],
      setHeaders: (reply, path) => {
        // Vite puts a content hash in every asset name under assets/: such a file never changes.
        if (/[\\/]assets[\\/]/.test(path)) reply.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.url === '/api') {
      return reply.status(404).send({
        error: { code: 'NOT_FOUND', message: `no API route ${request.method} ${request.url.split('?')[0] ?? ''}`, hint: 'see /api/openapi.json for the routes' },
      });
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return reply.status(404).send({ error: { code: 'NOT_FOUND', message: `no route ${request.method} ${request.url}` } });
    }
    if (built) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    return reply.type('text/html; charset=utf-8').send(NOT_BUILT);
  });
}

/** web/dist of this checkout or install, found from both src/ and the built dist/. */
export function webDistDir(): string {
  return fileURLToPath(new URL('../../web/dist/', import.meta.url));
}
