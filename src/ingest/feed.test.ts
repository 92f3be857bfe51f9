import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFeed } from './feed.js';
import { xmlText } from './feed-text.js';
import { resolveOptions } from './options.js';
import { docs, errors, FIXTURES } from './test-helpers/temp.js';

const options = resolveOptions();
const rssPath = join(FIXTURES, 'feed-rss.xml');
const atomPath = join(FIXTURES, 'feed-atom.xml');

describe('RSS 2.0', () => {
  const items = readFeed(readFileSync(rssPath, 'utf8'), 'rss', rssPath, options);
  const [first, second, third] = docs(items);

  it('turns every item into a document with title, link, date and channel as source', () => {
    expect(errors(items)).toEqual([]);
    expect(docs(items)).toHaveLength(3);
    expect(first).toMatchObject({
      format: 'rss',
      title: 'Harbour authority opens a second grain terminal',
      url: 'https://fixture.entente.invalid/harbour-terminal',
      date: '2024-06-04',
      source: 'Fixture Wire & Partners',
      origin: `${rssPath}:7`,
    });
  });

  it('prefers content:encoded and reads HTML bodies as paragraphs', () => {
    expect(first?.text).toBe('The harbour authority opened a second grain terminal on Tuesday.\nOfficials said the terminal doubles loading capacity – a figure shippers had asked for.');
    expect(first?.text).not.toContain('teaser');
    expect(second?.text).toBe('Customs officers began a trial of paperless checks at two crossings. Drivers will show a code instead of printed forms.');
    expect(third?.text).toBe('The weather service warned farmers of an early frost.\nOrchards in the north are most at risk.');
  });
});

describe('Atom', () => {
  const items = readFeed(readFileSync(atomPath, 'utf8'), 'atom', atomPath, options);
  const [first, second] = docs(items);

  it('reads entries: html titles as text, the alternate link, published before updated', () => {
    expect(errors(items)).toEqual([]);
    expect(first).toMatchObject({ format: 'atom', title: 'Ministers sign water-sharing accord', url: 'https://fixture.entente.invalid/water-accord', date: '2025-01-17', source: 'Fixture Desk' });
    expect(second).toMatchObject({ url: 'https://fixture.entente.invalid/rail-reopens', date: '2025-01-18' });
  });

  it('reads inline XHTML content and escaped HTML summaries', () => {
    expect(first?.text).toBe('Two neighbouring ministers signed a water-sharing accord on Friday.\nThe accord fixes seasonal quotas for the shared river.');
    expect(second?.text).toBe('The rail link reopened after three weeks of repairs.\nPassenger trains resume on Monday & freight on Tuesday.');
  });
});

describe('feed errors', () => {
  it('names the line of malformed XML', () => {
    const [only] = readFeed('<rss version="2.0">\n<channel>\n<item><title>A & B</title></item>\n</channel></rss>', 'rss', 'bad.xml', options);
    expect(only?.kind === 'error' && only.error).toMatchObject({ code: 'INPUT_FORMAT', location: { file: 'bad.xml', line: 3 } });
  });

  it('fails an item with no text or a bad date alone, pointing at its line', () => {
    const xml = [
      '<rss version="2.0"><channel><title>T</title>',
      '<item><title>No body</title><link>https://x.invalid/1</link></item>',
      '<item><title>Bad date</title><pubDate>sometime</pubDate><description>Text.</description></item>',
      '<item><title>Fine</title><description>Kept.</description></item>',
      '</channel></rss>',
    ].join('\n');
    const items = readFeed(xml, 'rss', 'f.xml', options);
    expect(docs(items).map((d) => d.text)).toEqual(['Kept.']);
    expect(errors(items).map((e) => [e.code, e.location?.line, e.location?.field])).toEqual([
      ['INPUT_RECORD', 2, 'description'],
      ['INPUT_RECORD', 3, 'pubDate'],
    ]);
  });

  it('reports a feed with no items', () => {
    expect(errors(readFeed('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>', 'atom', 'e.xml', options))[0]?.code).toBe('INPUT_EMPTY');
  });

  it('unescapes raw character data but leaves CDATA verbatim', () => {
    expect(xmlText('&lt;p&gt;a &amp;amp; b&#33;<![CDATA[<i>&amp;</i>]]>')).toBe('<p>a &amp; b!<i>&amp;</i>');
  });
});
