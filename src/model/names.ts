import type { PhraseWord } from '../domain/index.js';

/** Strips diacritics and unifies apostrophes, so "Brasília" and "Côte d’Ivoire" also match plain ASCII text. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[‘’ʼ`]/g, "'")
    // Letters NFD does not split into base + mark (Turkish dotless i, Polish l, Nordic o and d).
    .replace(/ı/g, 'i')
    .replace(/[łŁ]/g, (c) => (c === 'ł' ? 'l' : 'L'))
    .replace(/[øØ]/g, (c) => (c === 'ø' ? 'o' : 'O'))
    .replace(/[đðĐÐ]/g, (c) => (c === 'đ' || c === 'ð' ? 'd' : 'D'));
}

/** The key under which a name is compared: upper-case, single spaces. */
export function phraseKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toUpperCase();
}

/** The name as written plus its folded form when that differs. */
export function variants(text: string): string[] {
  const folded = fold(text);
  return folded === text ? [text] : [text, folded];
}

/** Whitespace-separated words, upper-case, matched whole (no TABARI stem prefixes). */
export function toWords(text: string): PhraseWord[] {
  return phraseKey(text).split(' ').filter(Boolean).map((w) => ({ text: w, prefix: false }));
}

/** Stable id for a person or actor from its name: "Sergei Lavrov" -> "sergei-lavrov". */
export function slug(text: string): string {
  return fold(text).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * Plural of a demonym noun. Words ending in -ese, -ish, -ch, -s, -x or -z ("Chinese", "British",
 * "Swiss") have no -s plural in English; those are returned unchanged.
 */
export function pluralDemonym(word: string, invariant: ReadonlySet<string>): string {
  return invariant.has(word) || /(ese|sh|ch|s|x|z)$/i.test(word) ? word : `${word}s`;
}
