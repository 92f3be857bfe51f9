/**
 * Sessions: a random token in an HttpOnly, SameSite=Strict cookie (Secure over https), stored
 * only as its sha256, with an expiry checked against the injected clock.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AccountStore, User } from '../../store/index.js';
import { SessionToken } from '../schemas/index.js';

export const SESSION_COOKIE = 'entente_session';

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function isHttps(request: FastifyRequest): boolean {
  return request.protocol === 'https';
}

/** Cookie flags for the session and CSRF cookies: Strict works for a single-origin app. */
export function cookieFlags(request: FastifyRequest): { path: string; httpOnly: true; sameSite: 'strict'; secure: boolean } {
  return { path: '/', httpOnly: true, sameSite: 'strict', secure: isHttps(request) };
}

export interface SessionManager {
  /** The signed-in user of this request, looked up once per request. */
  currentUser(request: FastifyRequest): Promise<User | undefined>;
  start(request: FastifyRequest, reply: FastifyReply, user: User): Promise<void>;
  end(request: FastifyRequest, reply: FastifyReply): Promise<void>;
}

const looked = new WeakMap<FastifyRequest, Promise<User | undefined>>();

export function sessionManager(accounts: AccountStore | undefined, clock: () => Date, ttlMs: number): SessionManager {
  const token = (request: FastifyRequest): string | undefined => {
    const parsed = SessionToken.safeParse(request.cookies[SESSION_COOKIE]);
    return parsed.success ? parsed.data : undefined;
  };
  const lookup = async (request: FastifyRequest): Promise<User | undefined> => {
    const value = token(request);
    if (value === undefined || !accounts) return undefined;
    return (await accounts.sessionUser(tokenHash(value), clock().toISOString()))?.user;
  };
  return {
    currentUser(request) {
      let found = looked.get(request);
      if (!found) {
        found = lookup(request);
        looked.set(request, found);
      }
      return found;
    },
    async start(request, reply, user) {
      if (!accounts) return;
      const value = randomBytes(32).toString('base64url');
      const now = clock();
      const expires = new Date(now.getTime() + ttlMs);
      await accounts.createSession({ tokenHash: tokenHash(value), userId: user.id, createdAt: now.toISOString(), expiresAt: expires.toISOString() });
      reply.setCookie(SESSION_COOKIE, value, { ...cookieFlags(request), expires });
    },
    async end(request, reply) {
      const value = token(request);
      if (value !== undefined && accounts) await accounts.deleteSession(tokenHash(value));
      reply.clearCookie(SESSION_COOKIE, cookieFlags(request));
    },
  };
}
