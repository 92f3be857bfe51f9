import type { Claim, Section } from '../../api/index.js';

/**
 * The headlines as a ticker. It moves only when the reader allows motion, stops under the pointer
 * or keyboard focus, and its items are ordinary buttons, so nothing in it is out of reach.
 */
export function Ticker({ section, onOpen }: { section: Section; onOpen: (c: Claim) => void }) {
  const claims = section.paragraphs.flatMap((p) => p.claims);
  if (claims.length === 0) return null;
  const scrolling = claims.length > 2;
  // Doubled so the loop is seamless; the copy is hidden from assistive technology.
  const items = scrolling ? [...claims, ...claims] : claims;
  return (
    <section class={`ticker ${scrolling ? 'scrolling' : ''}`} aria-labelledby="ticker-h">
      <h2 id="ticker-h" class="sr-only">{section.title}</h2>
      <ul>
        {items.map((c, i) => {
          const copy = i >= claims.length;
          return (
            <li key={i} aria-hidden={copy ? 'true' : undefined}>
              <button type="button" class="claim-link small" tabIndex={copy ? -1 : 0} onClick={() => onOpen(c)}>{c.text}</button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
