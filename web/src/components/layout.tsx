import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useSession } from '../session/index.js';

const NAV: { href: string; label: string }[] = [
  { href: '/', label: 'Dashboard' },
  { href: '/brief', label: 'Brief' },
  { href: '/events', label: 'Evidence' },
  { href: '/annotations', label: 'Annotations' },
  { href: '/ingest', label: 'Ingest' },
];

/** Sets the tab title, which is also what screen readers announce after a client-side navigation. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · entente` : 'entente';
  }, [title]);
}

export function Layout({ children }: { children: ComponentChildren }) {
  const { path } = useLocation();
  const { user } = useSession();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // After a client-side navigation the clicked link may be gone; start keyboard and screen-reader
  // users at the new content, as a full page load would.
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [path]);
  return (
    <>
      <a class="skip-link" href="#main">Skip to content</a>
      <header class="site-header">
        <div class="bar">
          <a class="brand" href="/">entente</a>
          <nav class="site-nav" aria-label="Main">
            <ul>
              {NAV.map((item) => (
                <li key={item.href}>
                  <a href={item.href} aria-current={path === item.href ? 'page' : undefined}>{item.label}</a>
                </li>
              ))}
              <li>
                <a href="/account" aria-current={path === '/account' ? 'page' : undefined}>
                  {user ? <>Account<span class="sr-only">: signed in as {user.name}</span></> : 'Sign in'}
                </a>
              </li>
            </ul>
          </nav>
          {user && <span class="who" aria-hidden="true">{user.name}</span>}
        </div>
      </header>
      <main id="main" tabIndex={-1} ref={main}>{children}</main>
      <footer class="site-footer">
        <p>entente codes who did what to whom from the news; every figure links to the sentences it was coded from.</p>
      </footer>
    </>
  );
}
