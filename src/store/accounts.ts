/**
 * Accounts, sessions and annotations: the little the server keeps about people. Kept apart from
 * the Store interface because an event store (ClickHouse at scale) need not hold them; the
 * DuckDB store does, in the same file, so a laptop install is still one file.
 *
 * Timestamps are ISO strings from `Date.toISOString()`: fixed width, so they sort as text.
 */
import type { Page, PageQuery } from './store.js';

export interface User {
  id: string;
  /** Lower-cased; unique. */
  email: string;
  name: string;
  /** Admins may edit and delete any annotation. The first account created is one. */
  admin: boolean;
  createdAt: string;
}

/** A user with the password hash, only for signing in. */
export interface UserWithSecret extends User {
  /** Self-describing hash string (algorithm, parameters, salt, digest). */
  passwordHash: string;
}

export interface NewUser {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  /** Make this user an admin even if others exist. */
  admin?: boolean;
}

export interface Session {
  /** sha256 of the token the browser holds: a leaked table does not leak live sessions. */
  tokenHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
}

export interface AccountStore {
  /** Atomic: the first user ever created becomes an admin. CONFLICT when the email is taken. */
  createUser(user: NewUser, now: string): Promise<User>;
  user(id: string): Promise<User | undefined>;
  userByEmail(email: string): Promise<UserWithSecret | undefined>;
  createSession(session: Session): Promise<void>;
  /** The session and its user when the session exists and `now` is before its expiry. */
  sessionUser(tokenHash: string, now: string): Promise<{ session: Session; user: User } | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Removes sessions expired at `now`; returns how many. */
  deleteExpiredSessions(now: string): Promise<number>;
}

/** What an annotation is about: one event, or one section of a brief. */
export type AnnotationTarget =
  | { kind: 'event'; id: string }
  | { kind: 'brief'; id: string; section: string };

export type AnnotationKind = 'comment' | 'correction';

/** The coding a reader says is right; absent fields are "as coded". */
export interface Correction {
  code?: string;
  source?: string;
  target?: string;
}

export interface NewAnnotation {
  id: string;
  target: AnnotationTarget;
  kind: AnnotationKind;
  body: string;
  /** Present for kind `correction`. */
  correction?: Correction;
  authorId: string;
}

/** A stored annotation: what was written, plus what the store adds. */
export interface Annotation extends NewAnnotation {
  authorName: string;
  createdAt: string;
  updatedAt: string;
}

export interface AnnotationQuery extends PageQuery {
  targetKind?: AnnotationTarget['kind'];
  targetId?: string;
  section?: string;
  kind?: AnnotationKind;
  authorId?: string;
}

export interface AnnotationPatch {
  body?: string;
  /** `null` removes the correction. */
  correction?: Correction | null;
}

export interface AnnotationStore {
  /** NOT_FOUND when the author does not exist. */
  createAnnotation(annotation: NewAnnotation, now: string): Promise<Annotation>;
  annotation(id: string): Promise<Annotation | undefined>;
  /** Oldest first (ties on id), with the total that matched. */
  annotations(query?: AnnotationQuery): Promise<Page<Annotation>>;
  /** The updated annotation, or undefined when there is none with this id. */
  updateAnnotation(id: string, patch: AnnotationPatch, now: string): Promise<Annotation | undefined>;
  /** False when there was none with this id. */
  deleteAnnotation(id: string): Promise<boolean>;
}
