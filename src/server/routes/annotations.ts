/**
 * Annotations: anyone reads them; a signed-in user writes them; only the author or an admin
 * changes or deletes one. Corrections export as JSONL or CSV, each beside the coding it corrects.
 */
import { z } from 'zod';
import { EntenteError, NotFoundError } from '../../errors.js';
import type { Annotation, NewAnnotation, User } from '../../store/index.js';
import type { RouteRegistry } from '../route.js';
import {
  AnnotationListQuery, AnnotationPage, AnnotationParams, AnnotationSchema, CorrectionExportQuery, CreateAnnotationBody,
  UpdateAnnotationBody,
} from '../schemas/index.js';
import { correctionsCsv, correctionRecords } from './corrections.js';
import type { Services } from './index.js';
import { needAccounts, signedInUser } from './need.js';

function notFound(id: string): NotFoundError {
  return new NotFoundError('NOT_FOUND', `no annotation with id "${id}"`, { location: { field: 'id' }, hint: 'list annotations with GET /api/annotations' });
}

function checkOwner(annotation: Annotation, user: User): void {
  if (annotation.authorId === user.id || user.admin) return;
  throw new EntenteError('FORBIDDEN', 'only the author of an annotation (or an admin) may change or delete it', {
    hint: 'add your own annotation instead',
  });
}

export function registerAnnotations(registry: RouteRegistry, s: Services): void {
  registry.add({
    method: 'GET', url: '/api/annotations', tag: 'annotations', summary: 'Annotations, by target (an event, or a brief and its section), kind or author; oldest first',
    query: AnnotationListQuery, response: AnnotationPage, errors: [503],
  }, async ({ query }) => needAccounts(s).annotations(stripUndefined(query)));

  registry.add({
    method: 'GET', url: '/api/annotations/corrections', tag: 'annotations', summary: 'Every correction beside the coding it corrects, as JSONL or CSV',
    query: CorrectionExportQuery, response: null, errors: [503],
    produces: { 'application/x-ndjson': 'one CorrectionRecord per line', 'text/csv': 'one CorrectionRecord per row, with a header' },
  }, async ({ query, reply }) => {
    const records = await correctionRecords(s, needAccounts(s));
    const stamp = s.clock().toISOString().slice(0, 10);
    reply.header('content-disposition', `attachment; filename="entente-corrections-${stamp}.${query.format}"`);
    if (query.format === 'csv') return reply.type('text/csv; charset=utf-8').send(correctionsCsv(records));
    return reply.type('application/x-ndjson; charset=utf-8').send(records.map((r) => `${JSON.stringify(r)}\n`).join(''));
  });

  registry.add({
    method: 'GET', url: '/api/annotations/:id', tag: 'annotations', summary: 'One annotation',
    params: AnnotationParams, response: AnnotationSchema, errors: [404, 503],
  }, async ({ params }) => {
    const found = await needAccounts(s).annotation(params.id);
    if (!found) throw notFound(params.id);
    return found;
  });

  registry.add({
    method: 'POST', url: '/api/annotations', tag: 'annotations', summary: 'Comment on an event or a brief section, or flag a coding as wrong with the right code and actors',
    body: CreateAnnotationBody, response: AnnotationSchema, status: 201, signedIn: true, errors: [404, 503],
  }, async ({ body, user }) => {
    const accounts = needAccounts(s);
    if (body.target.kind === 'event' && !(await s.store.event(body.target.id))) {
      throw new NotFoundError('NOT_FOUND', `no event with id "${body.target.id}"`, { location: { field: 'target.id' }, hint: 'annotate an event listed by GET /api/events' });
    }
    const annotation: NewAnnotation = { id: s.newId(), target: body.target, kind: body.kind, body: body.body, authorId: signedInUser(user).id };
    if (body.correction) annotation.correction = stripUndefined(body.correction);
    return accounts.createAnnotation(annotation, s.clock().toISOString());
  });

  registry.add({
    method: 'PATCH', url: '/api/annotations/:id', tag: 'annotations', summary: 'Change the text or correction of your annotation (admins: any)',
    params: AnnotationParams, body: UpdateAnnotationBody, response: AnnotationSchema, signedIn: true, errors: [404, 503],
  }, async ({ params, body, user }) => {
    const accounts = needAccounts(s);
    const found = await accounts.annotation(params.id);
    if (!found) throw notFound(params.id);
    checkOwner(found, signedInUser(user));
    const patch = {
      ...(body.body !== undefined ? { body: body.body } : {}),
      ...(body.correction !== undefined ? { correction: body.correction === null ? null : stripUndefined(body.correction) } : {}),
    };
    const updated = await accounts.updateAnnotation(params.id, patch, s.clock().toISOString());
    if (!updated) throw notFound(params.id);
    return updated;
  });

  registry.add({
    method: 'DELETE', url: '/api/annotations/:id', tag: 'annotations', summary: 'Delete your annotation (admins: any)',
    params: AnnotationParams, response: z.undefined(), status: 204, signedIn: true, errors: [404, 503],
  }, async ({ params, user }) => {
    const accounts = needAccounts(s);
    const found = await accounts.annotation(params.id);
    if (!found) throw notFound(params.id);
    checkOwner(found, signedInUser(user));
    await accounts.deleteAnnotation(params.id);
    return undefined;
  });
}

function stripUndefined<T extends Record<string, unknown>>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
