/**
 * The contract of AccountStore and AnnotationStore. A target's test calls
 * `accountContract(name, factory)`; the factory gives a fresh, empty pair per call.
 */
import { describe, expect, it } from 'vitest';
import { EntenteError } from '../errors.js';
import type { AccountStore, AnnotationStore, NewUser } from './accounts.js';

export interface AccountTarget {
  accounts: AccountStore & AnnotationStore;
  dispose(): Promise<void>;
}

export type AccountFactory = () => Promise<AccountTarget>;

const T0 = '2025-06-20T10:00:00.000Z';
const T1 = '2025-06-20T11:00:00.000Z';
const T2 = '2025-06-20T12:00:00.000Z';

function newUser(n: number, extra: Partial<NewUser> = {}): NewUser {
  return { id: `u${n}`, email: `analyst${n}@example.org`, name: `Analyst ${n}`, passwordHash: `hash-${n}`, ...extra };
}

async function withTarget(factory: AccountFactory, body: (a: AccountTarget['accounts']) => Promise<void>): Promise<void> {
  const target = await factory();
  try {
    await body(target.accounts);
  } finally {
    await target.dispose();
  }
}

export function accountContract(name: string, factory: AccountFactory): void {
  describe(`Account store contract: ${name}`, () => {
    it('makes the first user an admin, later ones not unless asked, and refuses a taken email', async () => {
      await withTarget(factory, async (a) => {
        const first = await a.createUser(newUser(1), T0);
        const second = await a.createUser(newUser(2), T1);
        const third = await a.createUser(newUser(3, { admin: true }), T1);
        expect([first.admin, second.admin, third.admin]).toEqual([true, false, true]);
        expect(first).toEqual({ id: 'u1', email: 'analyst1@example.org', name: 'Analyst 1', admin: true, createdAt: T0 });
        const error = await a.createUser(newUser(4, { email: 'analyst1@example.org' }), T2).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(EntenteError);
        expect((error as EntenteError).code).toBe('CONFLICT');
        expect(await a.user('u4')).toBeUndefined();
        expect((await a.userByEmail('analyst2@example.org'))?.passwordHash).toBe('hash-2');
        expect(await a.userByEmail('nobody@example.org')).toBeUndefined();
      });
    });

    it('finds a session only before it expires, and forgets deleted and expired ones', async () => {
      await withTarget(factory, async (a) => {
        await a.createUser(newUser(1), T0);
        await a.createSession({ tokenHash: 'h1', userId: 'u1', createdAt: T0, expiresAt: T1 });
        await a.createSession({ tokenHash: 'h2', userId: 'u1', createdAt: T0, expiresAt: T2 });
        expect((await a.sessionUser('h1', T0))?.user.id).toBe('u1');
        expect((await a.sessionUser('h1', T0))?.session).toEqual({ tokenHash: 'h1', userId: 'u1', createdAt: T0, expiresAt: T1 });
        expect(await a.sessionUser('h1', T1)).toBeUndefined();
        expect(await a.sessionUser('nope', T0)).toBeUndefined();
        expect(await a.deleteExpiredSessions(T1)).toBe(1);
        await a.deleteSession('h2');
        expect(await a.sessionUser('h2', T0)).toBeUndefined();
      });
    });

    it('stores, lists, updates and deletes annotations with their author name', async () => {
      await withTarget(factory, async (a) => {
        await a.createUser(newUser(1), T0);
        await a.createUser(newUser(2), T0);
        const comment = await a.createAnnotation({ id: 'a1', target: { kind: 'event', id: 'e1' }, kind: 'comment', body: 'Looks right.', authorId: 'u1' }, T0);
        expect(comment).toEqual({
          id: 'a1', target: { kind: 'event', id: 'e1' }, kind: 'comment', body: 'Looks right.', authorId: 'u1', authorName: 'Analyst 1', createdAt: T0, updatedAt: T0,
        });
        const fix = await a.createAnnotation({
          id: 'a2', target: { kind: 'event', id: 'e1' }, kind: 'correction', body: 'It was a demand.', correction: { code: '1041', target: 'IRNGOV' }, authorId: 'u2',
        }, T1);
        expect(fix.correction).toEqual({ code: '1041', target: 'IRNGOV' });
        await a.createAnnotation({ id: 'a3', target: { kind: 'brief', id: 'IRN-RUS', section: 'summary' }, kind: 'comment', body: 'Agreed.', authorId: 'u2' }, T2);

        const onEvent = await a.annotations({ targetKind: 'event', targetId: 'e1' });
        expect(onEvent.total).toBe(2);
        expect(onEvent.items.map((x) => x.id)).toEqual(['a1', 'a2']);
        expect((await a.annotations({ kind: 'correction' })).items.map((x) => x.id)).toEqual(['a2']);
        expect((await a.annotations({ targetKind: 'brief', targetId: 'IRN-RUS', section: 'summary' })).items[0]?.target)
          .toEqual({ kind: 'brief', id: 'IRN-RUS', section: 'summary' });
        expect((await a.annotations({ authorId: 'u2', limit: 1, offset: 1 })).items.map((x) => x.id)).toEqual(['a3']);

        const edited = await a.updateAnnotation('a1', { body: 'Actually a threat.', correction: { code: '138' } }, T2);
        expect(edited).toMatchObject({ body: 'Actually a threat.', kind: 'correction', correction: { code: '138' }, createdAt: T0, updatedAt: T2 });
        const back = await a.updateAnnotation('a1', { correction: null }, T2);
        expect(back?.kind).toBe('comment');
        expect(back?.correction).toBeUndefined();
        expect(await a.updateAnnotation('missing', { body: 'x' }, T2)).toBeUndefined();

        expect(await a.deleteAnnotation('a2')).toBe(true);
        expect(await a.deleteAnnotation('a2')).toBe(false);
        expect(await a.annotation('a2')).toBeUndefined();
        expect((await a.annotations()).total).toBe(2);
      });
    });

    it('refuses an annotation by an unknown author', async () => {
      await withTarget(factory, async (a) => {
        const error = await a.createAnnotation({ id: 'a1', target: { kind: 'event', id: 'e1' }, kind: 'comment', body: 'x', authorId: 'ghost' }, T0)
          .catch((e: unknown) => e);
        expect((error as EntenteError).code).toBe('NOT_FOUND');
        expect((await a.annotations()).total).toBe(0);
      });
    });
  });
}
