import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, looksLikeHtml, sniff } from './detect.js';
import { FIXTURES } from './test-helpers/temp.js';

const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

describe('detectFormat', () => {
  it('recognises each fixture by its content', () => {
    expect(detectFormat(fixture('article.html'))).toBe('html');
    expect(detectFormat(fixture('feed-rss.xml'))).toBe('rss');
    expect(detectFormat(fixture('feed-atom.xml'))).toBe('atom');
    expect(detectFormat(fixture('records.jsonl'))).toBe('jsonl');
  });

  it('sees past BOMs, whitespace, comments and prologs', () => {
    expect(detectFormat('\uFEFF\n\n  {"text":"a"}\n')).toBe('jsonl');
    expect(detectFormat('<!-- saved page -->\n<html><body><p>x</p></body></html>')).toBe('html');
    expect(detectFormat('<?xml version="1.0"?>\n<!-- feed -->\n<rdf:RDF xmlns:rdf="x"><item/></rdf:RDF>')).toBe('rss');
    expect(detectFormat('<div class="story"><p>Fragment only.</p></div>')).toBe('html');
    expect(detectFormat('{}')).toBe('jsonl');
  });

  it('calls prose text even when it mentions markup or braces', () => {
    expect(detectFormat('Iran and Russia signed a treaty.\nIt has <b>no</b> defence clause.')).toBe('text');
    expect(detectFormat('{curly} remarks opened the session.')).toBe('text');
    expect(detectFormat('< 5 percent of trade')).toBe('text');
  });

  it('marks structured inputs no reader handles', () => {
    expect(sniff('{\n  "text": "pretty printed"\n}')).toBe('json');
    expect(sniff('[{"text":"a"}]')).toBe('json');
    expect(sniff('<?xml version="1.0"?><catalog><book/></catalog>')).toBe('xml');
    expect(detectFormat('<catalog><book/></catalog>')).toBe('text');
  });

  it('tells HTML fragments from plain feed descriptions', () => {
    expect(looksLikeHtml('<p>One</p>')).toBe(true);
    expect(looksLikeHtml('Trade rose 5% & prices < last year')).toBe(false);
  });
});
