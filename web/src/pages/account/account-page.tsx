import { useState } from 'preact/hooks';
import { errorMessage } from '../../api/index.js';
import { usePageTitle } from '../../components/index.js';
import { useSession } from '../../session/index.js';

export function AccountPage() {
  usePageTitle('Account');
  const { user, signOut } = useSession();
  const [message, setMessage] = useState('');
  if (user === undefined) return <p class="status" role="status">Checking your session…</p>;
  if (user) {
    return (
      <section aria-labelledby="account-title">
        <h1 id="account-title">Account</h1>
        <p>Signed in as <strong>{user.name}</strong> ({user.email}){user.admin ? ', administrator' : ''}.</p>
        <p><a href={`/annotations?author=${encodeURIComponent(user.id)}`}>Your annotations</a></p>
        <button type="button" onClick={() => signOut().then(() => setMessage('Signed out.'), (e: unknown) => setMessage(errorMessage(e)))}>Sign out</button>
        <p aria-live="polite">{message}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="account-title">
      <h1 id="account-title">Sign in or create an account</h1>
      <p class="muted">Reading needs no account. Signing in lets you annotate events and briefs and flag codings as wrong.</p>
      {message ? <p class="status ok" aria-live="polite">{message}</p> : null}
      <div class="grid">
        <SignInForm />
        <SignUpForm />
      </div>
    </section>
  );
}

/** Both forms submit alike: one request at a time, its failure shown under the form. */
function useSubmit(action: () => Promise<unknown>) {
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    setBusy(true); setError('');
    try { await action(); } catch (err) { setError(errorMessage(err)); } finally { setBusy(false); }
  };
  return { busy, error, onSubmit };
}

function FormError({ error }: { error: string }) {
  return <div aria-live="assertive">{error ? <p class="status error" role="alert">{error}</p> : null}</div>;
}

function SignInForm() {
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, onSubmit } = useSubmit(() => signIn({ email, password }));
  return (
    <form class="card span-6" aria-labelledby="signin-h" onSubmit={onSubmit}>
      <h2 id="signin-h">Sign in</h2>
      <div class="field">
        <label for="signin-email">Email</label>
        <input id="signin-email" type="email" autocomplete="username" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="signin-password">Password</label>
        <input id="signin-password" type="password" autocomplete="current-password" required value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
      </div>
      <button type="submit" disabled={busy}>Sign in</button>
      <FormError error={error} />
    </form>
  );
}

function SignUpForm() {
  const { signUp } = useSession();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, onSubmit } = useSubmit(() => signUp({ name, email, password }));
  return (
    <form class="card span-6" aria-labelledby="signup-h" onSubmit={onSubmit}>
      <h2 id="signup-h">Create an account</h2>
      <div class="field">
        <label for="signup-name">Display name</label>
        <input id="signup-name" type="text" autocomplete="nickname" required maxLength={80} value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="signup-email">Email</label>
        <input id="signup-email" type="email" autocomplete="email" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="signup-password">Password</label>
        <input id="signup-password" type="password" autocomplete="new-password" required minLength={10} aria-describedby="signup-password-help"
          value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
        <p id="signup-password-help" class="small muted">At least 10 characters.</p>
      </div>
      <button type="submit" disabled={busy}>Create account</button>
      <FormError error={error} />
    </form>
  );
}
