/**
 * The analytic domain every store gives an event for analysis, from the model's CAMEO domains.
 * Codes outside the codebook (dataset quirks, truncated codes) fall back to their root's domain.
 */
import { domainOf } from '../model/index.js';

/** The domain of an event whose code and root are both unknown to the model. */
export const UNKNOWN_DOMAIN = 'unknown';

/** The domain analysis reads for an event: its code's, else its root's, else UNKNOWN_DOMAIN. */
export function analysisDomain(code: string, root: string): string {
  return domainOf(code) ?? domainOf(root) ?? UNKNOWN_DOMAIN;
}
