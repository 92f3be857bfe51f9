/**
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate requests: a route
 * cannot be documented one way and checked another. JSON Schema 2020-12 is OpenAPI 3.1's dialect.
 */
import { z } from 'zod';
import { ErrorBody } from './schemas/index.js';
import type { AnyRouteSpec } from './route.js';

type Json = Record<string, unknown>;

const REASONS: Record<number, string> = {
  400: 'Bad input: wrong type, bad date, missing field',
  401: 'Not signed in',
  403: 'Signed in but not allowed, or CSRF token missing',
  404: 'No such resource',
  409: 'Conflict with stored data',
  413: 'Body or upload too large',
  415: 'Unsupported content type',
  429: 'Too many attempts',
  500: 'Server failure',
  503: 'Store unavailable',
};

class Components {
  readonly schemas: Record<string, Json> = {};

  /** JSON Schema of `schema`, with named sub-schemas moved to components and referenced from there. */
  add(schema: z.ZodType, io: 'input' | 'output'): Json {
    const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Json;
    const defs = (json.$defs ?? {}) as Record<string, Json>;
    delete json.$defs;
    delete json.$schema;
    const rename = (name: string): string => {
      const def = JSON.stringify(defs[name]);
      const existing = this.schemas[name];
      // Input and output forms of one schema differ when it has defaults; keep both, named apart.
      return existing === undefined || JSON.stringify(existing) === def ? name : `${name}Input`;
    };
    const names = new Map(Object.keys(defs).map((name) => [name, rename(name)]));
    const relink = (value: Json): Json => JSON.parse(JSON.stringify(value).replace(/"#\/\$defs\/([^"]+)"/g,
      (_, name: string) => `"#/components/schemas/${names.get(name) ?? name}"`)) as Json;
    for (const [name, def] of Object.entries(defs)) this.schemas[names.get(name) ?? name] = relink(def);
    return relink(json);
  }
}

function pathOf(url: string): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

function parameters(components: Components, schema: z.ZodType | undefined, where: 'path' | 'query'): Json[] {
  if (!schema) return [];
  const json = components.add(schema, 'input');
  const properties = (json.properties ?? {}) as Record<string, Json>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      schema: rest,
      ...(typeof description === 'string' ? { description } : {}),
    };
  });
}

function operation(components: Components, spec: AnyRouteSpec): Json {
  const status = String(spec.status ?? 200);
  const content: Json = {};
  if (spec.response) content['application/json'] = { schema: components.add(spec.response, 'output') };
  for (const [type, description] of Object.entries(spec.produces ?? {})) content[type] = { schema: { type: 'string', description } };
  const errorRef = { content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  const responses: Json = {
    [status]: { description: 'Success', ...(Object.keys(content).length > 0 && status !== '204' ? { content } : {}) },
  };
  const statuses = new Set([400, 500, ...(spec.signedIn ? [401] : []), ...(spec.method !== 'GET' ? [403] : []), ...(spec.rateLimit ? [429] : []), ...(spec.errors ?? [])]);
  for (const code of [...statuses].sort()) responses[String(code)] = { description: REASONS[code] ?? 'Error', ...errorRef };
  const op: Json = {
    operationId: `${spec.method.toLowerCase()}${spec.url.replace(/[/:{}-]+(.)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())}`,
    summary: spec.summary,
    tags: [spec.tag],
    parameters: [...parameters(components, spec.params, 'path'), ...parameters(components, spec.query, 'query')],
    responses,
  };
  const body: Json = {};
  if (spec.body) body['application/json'] = { schema: components.add(spec.body, 'input') };
  for (const [type, description] of Object.entries(spec.consumes ?? {})) body[type] = { schema: { type: 'string', description } };
  if (Object.keys(body).length > 0) op.requestBody = { required: true, content: body };
  if (spec.signedIn) op.security = [{ session: [] }];
  return op;
}

export function openApiDocument(specs: readonly AnyRouteSpec[], info: { version: string }): Json {
  const components = new Components();
  components.add(ErrorBody, 'output');
  const paths: Record<string, Json> = {};
  for (const spec of specs) {
    const path = pathOf(spec.url);
    paths[path] = { ...(paths[path] ?? {}), [spec.method.toLowerCase()]: operation(components, spec) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'entente API',
      version: info.version,
      description: 'Events coded from the news, dyad analytics, briefs and annotations. State-changing requests need the '
        + 'x-csrf-token header (GET /api/auth/csrf); annotating needs a session (sign in).',
    },
    paths,
    components: {
      schemas: components.schemas,
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'entente_session' } },
    },
  };
}
