/** Accounts: sign up, sign in, sign out, who am I, and the CSRF token for state-changing requests. */
import { z } from 'zod';
import { Timestamp } from './common.js';

export const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  admin: z.boolean(),
  createdAt: Timestamp,
}).meta({ id: 'User' });
export type UserBody = z.infer<typeof UserSchema>;

const Email = z.string().trim().max(254).pipe(z.email('expected an email address')).transform((s) => s.toLowerCase());
const Password = z.string().min(10, 'expected a password of at least 10 characters').max(200, 'expected a password of at most 200 characters');

export const SignUpBody = z.object({
  email: Email,
  name: z.string().trim().min(1, 'expected a display name').max(80),
  password: Password,
}).strict();

export const SignInBody = z.object({
  email: Email,
  password: z.string().min(1).max(200),
}).strict();

export const SessionResponse = z.object({ user: UserSchema }).meta({ id: 'SessionResponse' });
export const MeResponse = z.object({ user: UserSchema.nullable() }).meta({ id: 'MeResponse' });

/** Send it back in the `x-csrf-token` header of every POST, PUT, PATCH and DELETE. */
export const CsrfResponse = z.object({ token: z.string(), header: z.literal('x-csrf-token') }).meta({ id: 'CsrfToken' });

/** The session cookie's value as the server issues it (base64url of 32 random bytes). */
export const SessionToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
export const CsrfHeader = z.string().min(1).max(200);
