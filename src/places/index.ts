/** Places named in coded sentences, resolved offline to country and coordinates. */
export { resolvePlaces } from './resolve.js';
export { placesNamed } from './gazetteer.js';
export type { Place } from './gazetteer.js';
