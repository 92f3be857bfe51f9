import { formatCount } from '../lib/index.js';

export function Pager({ total, limit, offset, onOffset, label }: { total: number; limit: number; offset: number; onOffset: (offset: number) => void; label: string }) {
  const first = total === 0 ? 0 : offset + 1;
  const last = Math.min(total, offset + limit);
  return (
    <nav class="pager" aria-label={`${label} pages`}>
      <button type="button" class="secondary" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - limit))}>Previous<span class="sr-only"> page</span></button>
      <span aria-live="polite">{formatCount(first)}–{formatCount(last)} of {formatCount(total)}</span>
      <button type="button" class="secondary" disabled={last >= total} onClick={() => onOffset(offset + limit)}>Next<span class="sr-only"> page</span></button>
    </nav>
  );
}
