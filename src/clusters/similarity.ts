/**
 * How alike two reports' texts are: the Jaccard overlap of their content words. The text is the
 * evidence sentence when there is one, else the words of the article URL's path (GDELT URLs carry
 * the headline: `/2024/06/19/russia-pledges-air-defence-to-iran`), else the actor names.
 */

const STOP = new Set([
  'the', 'and', 'for', 'with', 'that', 'this', 'from', 'has', 'have', 'had', 'was', 'were', 'are', 'its', 'his', 'her',
  'their', 'they', 'will', 'would', 'said', 'says', 'say', 'been', 'into', 'over', 'after', 'about', 'on', 'in', 'of', 'to',
  'a', 'an', 'at', 'by', 'as', 'is', 'it', 'be', 'or', 'not', 'but', 'who', 'which', 'also', 'than', 'then', 'more',
  'www', 'com', 'org', 'net', 'html', 'htm', 'php', 'aspx', 'news', 'article', 'articles', 'story', 'index', 'world', 'http', 'https',
]);

/** Crude stemming: enough to meet "pledged"/"pledges"/"pledge" and "talks"/"talk". */
function stem(word: string): string {
  return word.replace(/(ing|ed|es|s)$/, '').slice(0, 7);
}

export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').split(/[^a-z]+/);
  return new Set(words.filter((w) => w.length >= 3 && !STOP.has(w)).map(stem));
}

/** Words of a URL's path only: the host says who published, not what happened. */
export function urlWords(url: string): Set<string> {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  return contentWords(path.replace(/[-_/.]+/g, ' '));
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}
