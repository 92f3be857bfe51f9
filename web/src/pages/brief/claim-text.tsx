import type { Claim } from '../../api/index.js';

/**
 * A statement of the brief; activating it opens the sentences it rests on. Statements without
 * evidence (framing sentences) stay plain text, so every button leads somewhere.
 */
export function ClaimText({ claim, onOpen }: { claim: Claim; onOpen: (c: Claim) => void }) {
  if (claim.evidence.length === 0 && !claim.quotes?.length) return <span class="claim">{claim.text}</span>;
  const n = claim.count ?? claim.evidence.length;
  return (
    <button type="button" class="claim-link" aria-haspopup="dialog" onClick={() => onOpen(claim)}>
      {claim.text}
      <span class="sr-only"> (open the evidence: {n} {n === 1 ? 'event' : 'events'})</span>
    </button>
  );
}
