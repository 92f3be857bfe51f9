export { SessionProvider, useSession, canEdit } from './session.js';
export type { Session } from './session.js';
