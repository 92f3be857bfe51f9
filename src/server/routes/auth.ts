/** Sign up, sign in, sign out, who am I; and the CSRF token every state-changing request sends. */
import { z } from 'zod';
import { EntenteError } from '../../errors.js';
import { decoyHash, hashPassword, verifyPassword } from '../auth/index.js';
import type { RouteRegistry } from '../route.js';
import { CsrfResponse, MeResponse, SessionResponse, SignInBody, SignUpBody } from '../schemas/index.js';
import type { Services } from './index.js';
import { needAccounts } from './need.js';

export function registerAuth(registry: RouteRegistry, s: Services): void {
  const rateLimit = { max: s.limits.authPerMinute, timeWindow: 60_000 };

  registry.add({
    method: 'GET', url: '/api/auth/csrf', tag: 'auth', summary: 'A CSRF token: send it as x-csrf-token on POST, PUT, PATCH and DELETE',
    response: CsrfResponse,
  }, async ({ request, reply }) => ({ token: s.csrf(request, reply), header: 'x-csrf-token' as const }));

  registry.add({
    method: 'POST', url: '/api/auth/sign-up', tag: 'auth', summary: 'Create an account and sign in (the first account is an admin)',
    body: SignUpBody, response: SessionResponse, status: 201, rateLimit, errors: [409, 503],
  }, async ({ body, request, reply }) => {
    const accounts = needAccounts(s);
    const user = await accounts.createUser(
      { id: s.newId(), email: body.email, name: body.name, passwordHash: await hashPassword(body.password) },
      s.clock().toISOString(),
    );
    await s.sessions.start(request, reply, user);
    return { user };
  });

  registry.add({
    method: 'POST', url: '/api/auth/sign-in', tag: 'auth', summary: 'Sign in with email and password; sets the session cookie',
    body: SignInBody, response: SessionResponse, rateLimit, errors: [401, 503],
  }, async ({ body, request, reply }) => {
    const accounts = needAccounts(s);
    const found = await accounts.userByEmail(body.email);
    // Checked against a decoy when there is no such account, so both failures take as long.
    const ok = await verifyPassword(body.password, found?.passwordHash ?? await decoyHash());
    if (!found || !ok) {
      throw new EntenteError('UNAUTHORIZED', 'wrong email or password', { hint: 'check both, or sign up if you have no account' });
    }
    const { passwordHash: _secret, ...user } = found;
    await s.sessions.start(request, reply, user);
    return { user };
  });

  registry.add({
    method: 'POST', url: '/api/auth/sign-out', tag: 'auth', summary: 'End this session and clear its cookie',
    response: z.undefined(), status: 204,
  }, async ({ request, reply }) => {
    await s.sessions.end(request, reply);
    return undefined;
  });

  registry.add({
    method: 'GET', url: '/api/auth/me', tag: 'auth', summary: 'The signed-in user, or null',
    response: MeResponse,
  }, async ({ user }) => ({ user: user ?? null }));
}
