import type { ComponentChildren } from 'preact';
import { errorMessage } from '../api/index.js';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return <p class="status" role="status" aria-live="polite">{label}</p>;
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="status">{children}</p>;
}

export function ErrorNote({ error, title }: { error: unknown; title?: string }) {
  return (
    <p class="status error" role="alert">
      {title ? <strong>{title}: </strong> : null}
      {errorMessage(error)}
    </p>
  );
}
