import { describe, expect, it } from 'vitest';
import { ApiError, errorMessage, queryString, readResponse, toApiError } from './client.js';

describe('API client', () => {
  it('builds short query strings, leaving out empty values', () => {
    expect(queryString({ a: 'IRN', b: '', c: undefined, d: null, quad: [3, 4], by: 'month', none: [] })).toBe('?a=IRN&quad=3%2C4&by=month');
    expect(queryString({})).toBe('');
    expect(queryString(undefined)).toBe('');
  });

  it('keeps the server’s code, message, field and hint', () => {
    const e = toApiError(400, { error: { code: 'VALIDATION', message: 'query.from: not a calendar date', field: 'from', hint: 'use YYYY-MM-DD' } });
    expect(e).toBeInstanceOf(ApiError);
    expect(e.status).toBe(400);
    expect(e.code).toBe('VALIDATION');
    expect(e.field).toBe('from');
    expect(errorMessage(e)).toBe('query.from: not a calendar date — use YYYY-MM-DD');
    expect(errorMessage(toApiError(403, { error: { code: 'FORBIDDEN', message: 'only the author may change it' } }))).toBe('Only the author may change it');
  });

  it('still says something useful for bodies that are not the API’s', () => {
    expect(toApiError(502, 'Bad Gateway from proxy').message).toBe('Bad Gateway from proxy');
    expect(toApiError(500, undefined, 'Internal Server Error').message).toBe('request failed: 500 Internal Server Error');
    expect(toApiError(404, { error: 'x' }).code).toBe('HTTP_404');
  });

  it('reads JSON answers and throws the error body of failures', async () => {
    const ok = new Response(JSON.stringify({ items: [1] }), { status: 200, headers: { 'content-type': 'application/json' } });
    await expect(readResponse(ok)).resolves.toEqual({ items: [1] });
    const refused = new Response(JSON.stringify({ error: { code: 'FORBIDDEN', message: 'only the author may change it' } }), {
      status: 403, headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    await expect(readResponse(refused)).rejects.toMatchObject({ status: 403, code: 'FORBIDDEN', message: 'only the author may change it' });
    await expect(readResponse(new Response(null, { status: 204 }))).resolves.toBe('');
  });
});
