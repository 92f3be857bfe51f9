import { usePageTitle } from '../../components/index.js';

export function NotFoundPage() {
  usePageTitle('Not found');
  return (
    <section aria-labelledby="nf-title">
      <h1 id="nf-title">Page not found</h1>
      <p>There is no page at this address. <a href="/">Go to the dashboard</a>.</p>
    </section>
  );
}
