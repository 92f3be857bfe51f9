/** The brief builder: a dyad, a window and the store in; a Brief of evidence-linked claims out. */
export { buildBrief } from './build-brief.js';
export { codeName, eventLabel, MAX_EVIDENCE } from './evidence.js';
