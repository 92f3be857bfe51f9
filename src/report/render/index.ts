/** Renderers of a Brief: standalone HTML, Markdown and JSON. They read the Brief only. */
export { renderHtml } from './html/page.js';
export { renderMarkdown, slug } from './markdown/markdown.js';
export { renderJson } from './json.js';
export { allClaims, numberEvidence } from './numbering.js';
export type { Cited, Numbering } from './numbering.js';
