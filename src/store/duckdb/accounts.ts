/**
 * Accounts and annotations in the DuckDB store file. Every call goes through the store's write
 * connection (`exclusive`), one at a time: these are small, rare operations, and running them in
 * order is what makes "the first user is an admin" and read-then-write updates safe.
 */
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { EntenteError, NotFoundError, StoreError } from '../../errors.js';
import type {
  AccountStore, Annotation, AnnotationPatch, AnnotationQuery, AnnotationStore, NewAnnotation, NewUser, Session, User,
  UserWithSecret,
} from '../accounts.js';
import type { Page } from '../store.js';
import type { DuckDbStore } from './duckdb-store.js';
import {
  ANNOTATION_COLUMNS, SESSION_COLUMNS, USER_COLUMNS, annotationFromRow, insertRow, sessionFromRow, userFromRow,
  userWithSecretFromRow,
} from './account-columns.js';
import { Conditions, count, pageBounds, rows } from './sql.js';
import { inTransaction } from './transaction.js';

const ANNOTATION_SELECT = `SELECT a.*, u.name AS author_name FROM annotations a LEFT JOIN users u ON u.id = a.author_id`;

export class DuckDbAccounts implements AccountStore, AnnotationStore {
  constructor(private readonly store: DuckDbStore) {}

  private run<T>(fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
    // Accounts and annotations never touch events: their writes leave the analytics tables current.
    return this.store.exclusive(fn, { events: false });
  }

  createUser(user: NewUser, now: string): Promise<User> {
    return this.run((c) => inTransaction(c, async () => {
      if ((await rows(c, 'SELECT id FROM users WHERE email = $1', [user.email])).length > 0) {
        throw new EntenteError('CONFLICT', `an account with email ${user.email} already exists`, {
          hint: 'sign in instead, or use another email',
          location: { field: 'email' },
        });
      }
      const first = (await count(c, 'SELECT count(*) AS n FROM users')) === 0;
      const insert = insertRow('users', USER_COLUMNS, { user, admin: user.admin === true || first, createdAt: now });
      await c.run(insert.sql, insert.params);
      const row = (await rows(c, 'SELECT * FROM users WHERE id = $1', [user.id]))[0];
      if (!row) throw new StoreError('STORE', `user ${user.id} vanished right after it was written`);
      return userFromRow(row);
    }));
  }

  user(id: string): Promise<User | undefined> {
    return this.run(async (c) => {
      const row = (await rows(c, 'SELECT * FROM users WHERE id = $1', [id]))[0];
      return row ? userFromRow(row) : undefined;
    });
  }

  userByEmail(email: string): Promise<UserWithSecret | undefined> {
    return this.run(async (c) => {
      const row = (await rows(c, 'SELECT * FROM users WHERE email = $1', [email]))[0];
      return row ? userWithSecretFromRow(row) : undefined;
    });
  }

  createSession(session: Session): Promise<void> {
    return this.run(async (c) => {
      const insert = insertRow('sessions', SESSION_COLUMNS, session);
      await c.run(insert.sql, insert.params);
    });
  }

  sessionUser(tokenHash: string, now: string): Promise<{ session: Session; user: User } | undefined> {
    return this.run(async (c) => {
      const row = (await rows(c, `SELECT s.token_hash, s.user_id, s.created_at AS s_created, s.expires_at, u.*
        FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > $2`, [tokenHash, now]))[0];
      if (!row) return undefined;
      return { session: sessionFromRow({ ...row, created_at: row.s_created }), user: userFromRow(row) };
    });
  }

  deleteSession(tokenHash: string): Promise<void> {
    return this.run(async (c) => {
      await c.run('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
    });
  }

  deleteExpiredSessions(now: string): Promise<number> {
    return this.run(async (c) => {
      const n = await count(c, 'SELECT count(*) AS n FROM sessions WHERE expires_at <= $1', [now]);
      await c.run('DELETE FROM sessions WHERE expires_at <= $1', [now]);
      return n;
    });
  }

  createAnnotation(annotation: NewAnnotation, now: string): Promise<Annotation> {
    return this.run((c) => inTransaction(c, async () => {
      if ((await rows(c, 'SELECT id FROM users WHERE id = $1', [annotation.authorId])).length === 0) {
        throw new NotFoundError('NOT_FOUND', `no user with id ${annotation.authorId}`, { location: { field: 'authorId' } });
      }
      const insert = insertRow('annotations', ANNOTATION_COLUMNS, { annotation, createdAt: now });
      await c.run(insert.sql, insert.params);
      return this.readAnnotation(c, annotation.id);
    }));
  }

  annotation(id: string): Promise<Annotation | undefined> {
    return this.run(async (c) => {
      const row = (await rows(c, `${ANNOTATION_SELECT} WHERE a.id = $1`, [id]))[0];
      return row ? annotationFromRow(row) : undefined;
    });
  }

  annotations(query: AnnotationQuery = {}): Promise<Page<Annotation>> {
    const { limit, offset } = pageBounds(query);
    const where = new Conditions();
    const eq = (column: string, value: string | undefined): void => {
      if (value !== undefined) where.add(`${column} = ${where.bind(value)}`);
    };
    eq('a.target_kind', query.targetKind);
    eq('a.target_id', query.targetId);
    eq('a.section', query.section);
    eq('a.kind', query.kind);
    eq('a.author_id', query.authorId);
    return this.run(async (c) => {
      const params: DuckDBValue[] = where.params;
      const total = await count(c, `SELECT count(*) AS n FROM annotations a ${where.where()}`, params);
      const found = limit === 0 ? [] : await rows(c,
        `${ANNOTATION_SELECT} ${where.where()} ORDER BY a.created_at, a.id LIMIT ${limit} OFFSET ${offset}`, params);
      return { items: found.map(annotationFromRow), total, limit, offset };
    });
  }

  updateAnnotation(id: string, patch: AnnotationPatch, now: string): Promise<Annotation | undefined> {
    return this.run((c) => inTransaction(c, async () => {
      if ((await rows(c, 'SELECT id FROM annotations WHERE id = $1', [id])).length === 0) return undefined;
      const set = new Conditions();
      const sets: string[] = [`updated_at = ${set.bind(now)}`];
      if (patch.body !== undefined) sets.push(`body = ${set.bind(patch.body)}`);
      if (patch.correction !== undefined) {
        const fix = patch.correction ?? {};
        sets.push(`correction_code = ${set.bind(fix.code ?? null)}`);
        sets.push(`correction_source = ${set.bind(fix.source ?? null)}`);
        sets.push(`correction_target = ${set.bind(fix.target ?? null)}`);
        // A correction turns a comment into a correction; removing it turns it back.
        sets.push(`kind = ${set.bind(patch.correction === null ? 'comment' : 'correction')}`);
      }
      await c.run(`UPDATE annotations SET ${sets.join(', ')} WHERE id = ${set.bind(id)}`, set.params);
      return this.readAnnotation(c, id);
    }));
  }

  deleteAnnotation(id: string): Promise<boolean> {
    return this.run(async (c) => {
      const n = await count(c, 'SELECT count(*) AS n FROM annotations WHERE id = $1', [id]);
      await c.run('DELETE FROM annotations WHERE id = $1', [id]);
      return n > 0;
    });
  }

  private async readAnnotation(c: DuckDBConnection, id: string): Promise<Annotation> {
    const row = (await rows(c, `${ANNOTATION_SELECT} WHERE a.id = $1`, [id]))[0];
    if (!row) throw new StoreError('STORE', `annotation ${id} vanished right after it was written`);
    return annotationFromRow(row);
  }
}
