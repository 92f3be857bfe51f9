/**
 * Tables of the accounts side (users, sessions, annotations), declared like the event tables so
 * the DDL and the insert order come from one list.
 */
import type { DuckDBValue } from '@duckdb/node-api';
import type { Annotation, AnnotationKind, NewAnnotation, NewUser, Session, User, UserWithSecret } from '../accounts.js';
import type { Column, Row } from './columns.js';
import { column, defined, opt, readBool, readOptText, readText } from './columns.js';

export interface UserRow {
  user: NewUser;
  admin: boolean;
  createdAt: string;
}

export interface AnnotationRow {
  annotation: NewAnnotation;
  createdAt: string;
}

export const USER_COLUMNS: readonly Column<UserRow>[] = [
  column('id', 'VARCHAR PRIMARY KEY', (r) => r.user.id),
  column('email', 'VARCHAR NOT NULL UNIQUE', (r) => r.user.email),
  column('name', 'VARCHAR NOT NULL', (r) => r.user.name),
  column('password_hash', 'VARCHAR NOT NULL', (r) => r.user.passwordHash),
  column('admin', 'BOOLEAN NOT NULL', (r) => r.admin),
  column('created_at', 'VARCHAR NOT NULL', (r) => r.createdAt),
];

export const SESSION_COLUMNS: readonly Column<Session>[] = [
  column('token_hash', 'VARCHAR PRIMARY KEY', (s) => s.tokenHash),
  column('user_id', 'VARCHAR NOT NULL', (s) => s.userId),
  column('created_at', 'VARCHAR NOT NULL', (s) => s.createdAt),
  column('expires_at', 'VARCHAR NOT NULL', (s) => s.expiresAt),
];

export const ANNOTATION_COLUMNS: readonly Column<AnnotationRow>[] = [
  column('id', 'VARCHAR PRIMARY KEY', (r) => r.annotation.id),
  column('target_kind', 'VARCHAR NOT NULL', (r) => r.annotation.target.kind),
  column('target_id', 'VARCHAR NOT NULL', (r) => r.annotation.target.id),
  column('section', 'VARCHAR', (r) => (r.annotation.target.kind === 'brief' ? r.annotation.target.section : null)),
  column('kind', 'VARCHAR NOT NULL', (r) => r.annotation.kind),
  column('body', 'VARCHAR NOT NULL', (r) => r.annotation.body),
  column('correction_code', 'VARCHAR', (r) => opt(r.annotation.correction?.code)),
  column('correction_source', 'VARCHAR', (r) => opt(r.annotation.correction?.source)),
  column('correction_target', 'VARCHAR', (r) => opt(r.annotation.correction?.target)),
  column('author_id', 'VARCHAR NOT NULL', (r) => r.annotation.authorId),
  column('created_at', 'VARCHAR NOT NULL', (r) => r.createdAt),
  column('updated_at', 'VARCHAR NOT NULL', (r) => r.createdAt),
];

/** `INSERT INTO table (cols) VALUES ($1, ...)` with the values in column order. */
export function insertRow<T>(table: string, columns: readonly Column<T>[], row: T): { sql: string; params: DuckDBValue[] } {
  const names = columns.map((c) => c.name).join(', ');
  const marks = columns.map((_, i) => `$${i + 1}`).join(', ');
  return { sql: `INSERT INTO ${table} (${names}) VALUES (${marks})`, params: columns.map((c) => c.get(row)) };
}

export function userFromRow(row: Row): User {
  return {
    id: readText(row, 'id'),
    email: readText(row, 'email'),
    name: readText(row, 'name'),
    admin: readBool(row, 'admin'),
    createdAt: readText(row, 'created_at'),
  };
}

export function userWithSecretFromRow(row: Row): UserWithSecret {
  return { ...userFromRow(row), passwordHash: readText(row, 'password_hash') };
}

export function sessionFromRow(row: Row): Session {
  return {
    tokenHash: readText(row, 'token_hash'),
    userId: readText(row, 'user_id'),
    createdAt: readText(row, 'created_at'),
    expiresAt: readText(row, 'expires_at'),
  };
}

/** Expects the annotation columns plus `author_name` from the join with users. */
export function annotationFromRow(row: Row): Annotation {
  const kind = readText(row, 'target_kind');
  const id = readText(row, 'target_id');
  const target: Annotation['target'] = kind === 'brief'
    ? { kind: 'brief', id, section: readOptText(row, 'section') ?? '' }
    : { kind: 'event', id };
  const annotation: Annotation = {
    id: readText(row, 'id'),
    target,
    kind: readText(row, 'kind') as AnnotationKind,
    body: readText(row, 'body'),
    authorId: readText(row, 'author_id'),
    authorName: readOptText(row, 'author_name') ?? '',
    createdAt: readText(row, 'created_at'),
    updatedAt: readText(row, 'updated_at'),
  };
  const correction = defined({}, {
    code: readOptText(row, 'correction_code'),
    source: readOptText(row, 'correction_source'),
    target: readOptText(row, 'correction_target'),
  });
  return annotation.kind === 'correction' ? { ...annotation, correction } : annotation;
}
