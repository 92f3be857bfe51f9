import { highlightSegments } from '../lib/index.js';
import type { Highlights } from '../lib/index.js';

const LABEL = { source: 'source', verb: 'verb', target: 'target' } as const;

/**
 * The evidence sentence with the coder's source, verb and target marked. Colour is not the only
 * cue: each part has its own underline/weight, and screen readers hear the role after the words.
 */
export function HighlightedSentence({ sentence, highlights }: { sentence: string; highlights: Highlights }) {
  return (
    <span class="sentence">
      {highlightSegments(sentence, highlights).map((s, i) =>
        s.part ? (
          <mark key={i} class={`hl hl-${s.part}`} data-part={s.part}>
            {s.text}
            <span class="sr-only"> ({LABEL[s.part]})</span>
          </mark>
        ) : (
          s.text
        ))}
    </span>
  );
}

export function HighlightLegend() {
  return (
    <ul class="legend" aria-label="Highlight key">
      <li><mark class="hl hl-source">source</mark> who acted</li>
      <li><mark class="hl hl-verb">verb</mark> what they did</li>
      <li><mark class="hl hl-target">target</mark> to whom</li>
    </ul>
  );
}
