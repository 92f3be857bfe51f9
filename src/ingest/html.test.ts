import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText, readHtml } from './html.js';
import { resolveOptions } from './options.js';
import { FIXTURES } from './test-helpers/temp.js';

const options = resolveOptions();
const page = readFileSync(join(FIXTURES, 'article.html'), 'utf8');

describe('HTML reader', () => {
  const doc = readHtml(page, { file: 'article.html', origin: 'article.html' }, options);

  it('keeps the story paragraphs, one per line, in order', () => {
    const lines = doc.text.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^Transport ministers from three Caspian states agreed/);
    expect(lines[3]).toMatch(/^Freight operators welcomed/);
  });

  it('lets no navigation, menu, footer, share tool or related list reach the text', () => {
    for (const chrome of ['Home', 'Markets', 'Sport', 'Share on social', 'Related articles', 'Port upgrade', 'Most read',
      'Storm closes', 'All rights reserved', 'Sign up', 'By a fixture reporter', 'analytics', 'font-family']) {
      expect(doc.text).not.toContain(chrome);
    }
    expect(doc.text).not.toContain(doc.title ?? '?');
  });

  it('reads title, outlet, date and canonical url from the head', () => {
    expect(doc.title).toBe('Caspian ministers agree rail timetable');
    expect(doc.source).toBe('Fixture Times');
    // article:published_time outranks the JSON-LD date on the same page.
    expect(doc.date).toBe('2024-09-18');
    expect(doc.url).toBe('https://fixture.entente.invalid/world/caspian-rail');
  });

  it('falls back through <time>, JSON-LD and meta date', () => {
    const body = '<p>Body text of the story goes here.</p>';
    expect(htmlToText(`<html><body><time datetime="2024-04-02T10:00Z">2 April</time>${body}</body></html>`).meta.date).toBe('2024-04-02');
    const ld = `<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2025-01-17T08:00:00+03:00"}]}</script></head><body>${body}</body></html>`;
    expect(htmlToText(ld).meta.date).toBe('2025-01-17');
    expect(htmlToText(`<html><head><meta name="date" content="2024-10-26"></head><body>${body}</body></html>`).meta.date).toBe('2024-10-26');
    expect(htmlToText(`<html><head><title>T</title><script type="application/ld+json">{broken</script></head><body>${body}</body></html>`).meta).toEqual({ title: 'T' });
  });

  it('takes the title from <title> then <h1> when og:title is absent', () => {
    expect(htmlToText('<html><head><title> Page  title </title></head><body><p>x</p></body></html>').meta.title).toBe('Page title');
    expect(htmlToText('<html><head><title>Site | Real headline</title></head><body><h1>Real headline</h1><p>x</p></body></html>').meta.title).toBe('Real headline');
    const h1 = htmlToText('<html><body><h1>Heading title</h1><p>Story body.</p></body></html>');
    expect(h1.meta.title).toBe('Heading title');
    expect(h1.text).toBe('Story body.');
  });

  it('falls back to the body without chrome when there is no article structure', () => {
    const { text } = htmlToText('<html><body><nav><a href="/">Home</a></nav><div>Loose text<br>on two lines</div><script>x=1</script><footer>Foot</footer></body></html>');
    expect(text).toBe('Loose text\non two lines');
  });

  it('reads bare fragments', () => {
    expect(htmlToText('<p>One &amp; <b>two</b></p><p>Three</p>').text).toBe('One & two\nThree');
  });

  it('refuses a page with no text', () => {
    expect(() => readHtml('<html><body><nav>Menu</nav></body></html>', { file: 'n.html', origin: 'n.html' }, options)).toThrow(
      expect.objectContaining({ code: 'INPUT_EMPTY' }),
    );
  });
});
