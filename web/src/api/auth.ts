import { forgetCsrfToken, request, setCsrfSource } from './client.js';
import type { CsrfToken, SignIn, SignUp, User } from './types.js';

// The CSRF token is bound to the session: ask for it lazily, and forget it whenever the session
// changes so the next write fetches one that matches.
setCsrfSource(async () => (await request<CsrfToken>('GET', '/api/auth/csrf')).token);

export async function currentUser(signal?: AbortSignal): Promise<User | null> {
  return (await request<{ user: User | null }>('GET', '/api/auth/me', signal ? { signal } : {})).user;
}

export async function signUp(body: SignUp): Promise<User> {
  forgetCsrfToken();
  const { user } = await request<{ user: User }>('POST', '/api/auth/sign-up', { body });
  forgetCsrfToken();
  return user;
}

export async function signIn(body: SignIn): Promise<User> {
  forgetCsrfToken();
  const { user } = await request<{ user: User }>('POST', '/api/auth/sign-in', { body });
  forgetCsrfToken();
  return user;
}

export async function signOut(): Promise<void> {
  await request('POST', '/api/auth/sign-out');
  forgetCsrfToken();
}
