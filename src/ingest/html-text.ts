import { ELEMENT_NODE, TEXT_NODE, each } from './html-dom.js';
import type { HtmlDocument, HtmlElement, HtmlNode } from './html-dom.js';

/** Elements that start a new line of text. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL', 'BODY', 'HTML',
]);

/** Never text: code, styling, embedded media, chrome. */
const NEVER_TEXT = 'script, style, noscript, template, svg, iframe, object, embed, canvas, button, select, input, textarea';

/** Site chrome, removed before extraction so it cannot reach the text. */
const CHROME = [
  'nav', 'footer', 'aside', 'form', 'dialog',
  '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]', '[role="search"]',
  '[aria-hidden="true"]', '[hidden]',
].join(', ');

/** Class or id words that mark chrome ("related-articles", "share_bar", "site-menu"). */
const CHROME_WORDS = new Set([
  'related', 'recommended', 'recommendations', 'share', 'sharing', 'social', 'newsletter', 'subscribe',
  'promo', 'advert', 'advertisement', 'ad', 'ads', 'breadcrumb', 'breadcrumbs', 'menu', 'navbar', 'nav',
  'sidebar', 'footer', 'comments', 'cookie', 'cookies', 'popular', 'trending', 'outbrain', 'taboola', 'paywall',
  'byline', 'author',
]);

/** Headings that introduce link lists rather than the story. */
const CHROME_HEADING = /^(related( articles| stories| coverage| content)?|read (more|next|also)|more (on|from|stories)|see also|most (read|popular|viewed)|you (may|might) also like|recommended( for you)?|trending)\b/i;

function isChromeByName(el: HtmlElement): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  return names.split(/[\s_-]+/).some((w) => CHROME_WORDS.has(w));
}

function textLength(el: HtmlElement | null): number {
  return (el?.textContent ?? '').replace(/\s+/g, '').length;
}

function linkDensity(el: HtmlElement): number {
  const all = textLength(el);
  if (all === 0) return 0;
  const linked = each(el.querySelectorAll('a')).reduce((n, a) => n + (a.textContent ?? '').replace(/\s+/g, '').length, 0);
  return linked / all;
}

/** Removes scripts, navigation, footers, menus and "related articles" lists, in place. */
export function removeChrome(doc: HtmlDocument): void {
  for (const el of each(doc.querySelectorAll(NEVER_TEXT))) el.remove();
  for (const el of each(doc.querySelectorAll(CHROME))) el.remove();
  // A page header holds menus; a header inside the article holds the headline and byline.
  for (const el of each(doc.querySelectorAll('header'))) if (!el.closest('article, main')) el.remove();
  const bodyChars = textLength(doc.body);
  for (const el of each(doc.querySelectorAll('[class], [id]'))) {
    if (['HTML', 'BODY', 'MAIN', 'ARTICLE'].includes(el.tagName) || !el.parentNode || !isChromeByName(el)) continue;
    // A wrapper named "has-sidebar" may hold the story itself; chrome never holds most of the page.
    if (el.querySelector('article, main, h1') || textLength(el) > bodyChars * 0.5) continue;
    el.remove();
  }
  for (const h of each(doc.querySelectorAll('h2, h3, h4, h5, h6, p, strong'))) {
    const label = (h.textContent ?? '').trim();
    if (!h.parentNode || label.length > 60 || !CHROME_HEADING.test(label)) continue;
    const list = h.nextElementSibling;
    if (list && ['UL', 'OL', 'DIV'].includes(list.tagName) && linkDensity(list) > 0.5) list.remove();
    h.remove();
  }
  // Lists that are nearly all links are navigation wherever they sit.
  for (const list of each(doc.querySelectorAll('ul, ol'))) {
    if (list.parentNode && linkDensity(list) > 0.8) list.remove();
  }
}

/** Text of an element with one line per block (paragraph, heading, list item), inline runs joined. */
export function blockText(root: HtmlNode): string {
  const lines: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: HtmlNode): void => {
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'BR') return flush();
    if (name === 'SCRIPT' || name === 'STYLE' || name === 'TEMPLATE' || name === 'NOSCRIPT') return;
    const block = BLOCK.has(name);
    if (block) flush();
    for (const child of each(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines.join('\n');
}
