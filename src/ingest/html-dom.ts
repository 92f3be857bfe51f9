/**
 * The slice of the DOM that the HTML reader uses. The project compiles without the DOM lib
 * (it is Node code), and linkedom's own typings lean on it, so the reader names what it needs.
 */
import { parseHTML } from 'linkedom';

export interface HtmlNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<HtmlNode>;
  parentNode: HtmlNode | null;
}

export interface HtmlElement extends HtmlNode {
  tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): ArrayLike<HtmlElement>;
  closest(selector: string): HtmlElement | null;
  nextElementSibling: HtmlElement | null;
  remove(): void;
}

export interface HtmlDocument {
  body: HtmlElement | null;
  documentElement: HtmlElement;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): ArrayLike<HtmlElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** linkedom builds a broken tree from bare fragments, so fragments get a document around them. */
export function parseHtmlDocument(html: string): HtmlDocument {
  const wrapped = /<html[\s>]|<body[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(wrapped) as unknown as { document: HtmlDocument };
  return document;
}

export function attr(doc: HtmlDocument | HtmlElement, selector: string, name: string): string | undefined {
  const v = doc.querySelector(selector)?.getAttribute(name)?.trim();
  return v ? v : undefined;
}

export function each<T>(list: ArrayLike<T>): T[] {
  return Array.from(list);
}
