/** Accounts on the HTTP side: password hashing and cookie sessions. */
export { decoyHash, hashPassword, verifyPassword } from './password.js';
export { SESSION_COOKIE, cookieFlags, isHttps, sessionManager, tokenHash } from './sessions.js';
export type { SessionManager } from './sessions.js';
