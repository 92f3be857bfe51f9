import { createContext } from 'preact';
import type { ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { currentUser, signIn as apiSignIn, signOut as apiSignOut, signUp as apiSignUp } from '../api/index.js';
import type { SignIn, SignUp, User } from '../api/index.js';

export interface Session {
  /** undefined while the first check runs; null when signed out. */
  user: User | null | undefined;
  signIn(body: SignIn): Promise<User>;
  signUp(body: SignUp): Promise<User>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session>({
  user: null,
  signIn: () => Promise.reject(new Error('no session provider')),
  signUp: () => Promise.reject(new Error('no session provider')),
  signOut: () => Promise.resolve(),
});

export function SessionProvider({ children, initialUser }: { children: ComponentChildren; initialUser?: User | null }) {
  const [user, setUser] = useState<User | null | undefined>(initialUser);
  useEffect(() => {
    if (initialUser !== undefined) return;
    const controller = new AbortController();
    // Reading needs no account, so a failed check just means "signed out".
    currentUser(controller.signal).then(setUser, () => { if (!controller.signal.aborted) setUser(null); });
    return () => controller.abort();
  }, [initialUser]);
  const signIn = useCallback(async (body: SignIn) => { const u = await apiSignIn(body); setUser(u); return u; }, []);
  const signUp = useCallback(async (body: SignUp) => { const u = await apiSignUp(body); setUser(u); return u; }, []);
  const signOut = useCallback(async () => { await apiSignOut(); setUser(null); }, []);
  const value = useMemo(() => ({ user, signIn, signUp, signOut }), [user, signIn, signUp, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  return useContext(SessionContext);
}

/** Whether `user` may edit or delete an annotation: its author, or an admin (the API decides too). */
export function canEdit(user: User | null | undefined, authorId: string): boolean {
  return !!user && (user.admin || user.id === authorId);
}
