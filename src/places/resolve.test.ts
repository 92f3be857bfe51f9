import { expect, it } from 'vitest';
import type { Token } from '../domain/index.js';
import { resolvePlaces } from './index.js';

/** Tokens as the NLP step gives them; capitalised words tagged PROPN, enough for place finding. */
function tokens(sentence: string): Token[] {
  const out: Token[] = [];
  for (const m of sentence.matchAll(/[\p{L}\p{N}]+(?:[-'][\p{L}]+)*|[^\s\p{L}\p{N}]/gu)) {
    const text = m[0];
    const start = m.index ?? 0;
    out.push({ text, lower: text.toLowerCase(), start, end: start + text.length, pos: /^\p{Lu}/u.test(text) && start > 0 ? 'PROPN' : 'NOUN' });
  }
  return out;
}

const resolve = (s: string): ReturnType<typeof resolvePlaces> => resolvePlaces(s, tokens(s));

it('resolves capitals that share their name with small towns to the capital, with coordinates', () => {
  const damascus = resolve('Israeli jets struck targets near Damascus on Sunday.');
  expect(damascus).toMatchObject({ name: 'Damascus', country: 'SYR', precision: 'city' });
  expect(damascus?.lat).toBeCloseTo(33.51, 1);
  expect(damascus?.lon).toBeCloseTo(36.29, 1);
  expect(resolve('The ministers met in Baku to discuss the border.')).toMatchObject({ name: 'Baku', country: 'AZE', precision: 'city' });
});

it('finds multi-word names and prefers the place after a preposition', () => {
  expect(resolve('Officials from Moscow arrived in Tel Aviv for talks.')).toMatchObject({ name: 'Tel Aviv', country: 'ISR' });
});

it('uses the country the sentence names to choose between places of one name', () => {
  expect(resolve('Clashes broke out in Tripoli, the second city of Lebanon.')).toMatchObject({ name: 'Tripoli', country: 'LBN', precision: 'city' });
});

it('falls back to the country level when a place is ambiguous', () => {
  // Two Córdobas of similar size, in Argentina and Spain: only a named country can decide.
  expect(resolve('Protesters gathered in Cordoba on Friday.')).toBeUndefined();
  expect(resolve('Protesters gathered in Cordoba, Argentina on Friday.')).toMatchObject({ country: 'ARG' });
  expect(resolve('Troops were sent to the border in Syria.')).toEqual({ country: 'SYR', name: 'Syria', precision: 'country' });
});

it('returns nothing when the sentence names no place', () => {
  expect(resolve('The minister said talks would continue.')).toBeUndefined();
});
