import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBrief } from '../build/index.js';
import type { Store } from '../../store/index.js';
import { storeWith } from '../test-helpers/scenario.js';
import { STORIES } from '../test-helpers/stories.js';
import { htmlErrors } from '../test-helpers/validate-html.js';
import type { Brief } from '../types.js';
import { allClaims, numberEvidence, renderHtml, renderJson, renderMarkdown, slug } from './index.js';

let store: Store;
let brief: Brief;

beforeAll(async () => {
  store = await storeWith(STORIES);
  brief = await buildBrief(store, { a: 'IRN', b: 'RUS' });
});
afterAll(async () => { await store.close(); });

describe('HTML rendering', () => {
  it('is valid HTML by html-validate\'s recommended rules', async () => {
    expect(await htmlErrors(renderHtml(brief))).toEqual([]);
  });

  it('shows a <script> in the news as text, never as markup', () => {
    const html = renderHtml(brief);
    expect(html).toContain('&lt;script>alert(1)&lt;/script>');
    expect(html).not.toMatch(/<script/i);
  });

  it('stands alone: inline CSS, no external asset, no script', () => {
    const html = renderHtml(brief);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<link|src="|url\(/i);
  });

  it('links the table of contents to the sections', () => {
    const html = renderHtml(brief);
    for (const c of brief.contents) {
      expect(html).toContain(`href="#${c.id}"`);
      expect(html).toContain(`<section id="${c.id}"`);
    }
  });

  it('gives every claim its evidence, with the verb marked from the span', () => {
    const html = renderHtml(brief);
    const claims = allClaims(brief);
    expect(html.match(/<details class="evidence">/g)?.length).toBe(claims.length);
    expect(html).toContain('Iran <mark class="verb" title="event verb">asked</mark> Russia for fighter jets.');
  });
});

describe('Markdown rendering', () => {
  it('footnotes every cited event and quote once, and references them from the claims', () => {
    const md = renderMarkdown(brief);
    const numbers = numberEvidence(brief);
    const definitions = md.match(/^\[\^[eq]\d+\]:/gm) ?? [];
    expect(definitions.length).toBe(numbers.list.length);
    for (const c of numbers.list) expect(md).toContain(`[^${c.kind === 'event' ? 'e' : 'q'}${c.n}]`);
    expect(md).toContain('- Appeal for military aid — Iran to Russia, 3 February 2025.[^e5]');
  });

  it('escapes what the news says, so markup in a sentence stays text', () => {
    const md = renderMarkdown(brief);
    expect(md).toContain('\\<script>alert(1)\\</script>');
  });

  it('links contents entries to the headings\' anchors', () => {
    const md = renderMarkdown(brief);
    expect(md).toContain(`[Russia's protective stance](#${slug("Russia's protective stance")})`);
    expect(slug("Russia's protective stance")).toBe('russias-protective-stance');
    for (const c of brief.contents) expect(md).toContain(`\n## ${c.title}\n`);
  });

  it('tabulates the monthly figures with GFM', () => {
    expect(renderMarkdown(brief)).toMatch(/\| Month +\| Events \| Net cooperation \|\n\| :-+ \| -+: \| -+: \|/);
  });
});

describe('JSON rendering', () => {
  it('is the brief itself with sorted keys', () => {
    const json = renderJson(brief);
    expect(JSON.parse(json)).toEqual(brief);
    const keys = Object.keys(JSON.parse(json) as object);
    expect(keys).toEqual([...keys].sort());
    expect(json).toContain('"eventId": "story-jets-e0"');
  });
});
