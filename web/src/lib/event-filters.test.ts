import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EVENT_SORTS, emptyFilters, filtersFromQuery, filtersToApi, filtersToSearch } from './event-filters.js';
import type { EventFilterState } from './event-filters.js';

const queryOf = (search: string): Record<string, string> => Object.fromEntries(new URLSearchParams(search));

describe('event filters in the address bar', () => {
  it('reads filters and drops only what cannot be a filter at all', () => {
    const state = filtersFromQuery({ actor: ' IRN ', quad: '4,1,x,9,1', sort: 'nonsense', offset: '-3', code: '04' });
    expect(state.actor).toBe('IRN');
    expect(state.quad).toEqual([1, 4]);
    expect(state.sort).toBe('date-desc');
    expect(state.offset).toBe(0);
    expect(state.code).toBe('04');
  });

  it('keeps a value the API will refuse, so its message can name the field', () => {
    expect(filtersFromQuery({ from: '2025-13-45' }).from).toBe('2025-13-45');
  });

  it('writes nothing for the defaults', () => {
    expect(filtersToSearch(emptyFilters())).toBe('');
  });

  it('maps a state onto the API query', () => {
    const api = filtersToApi({ ...emptyFilters(), dyad: 'IRN,RUS', quad: [3, 4], plover: 'request', offset: 50 });
    expect(api).toEqual({ dyad: 'IRN,RUS', quad: '3,4', plover: 'REQUEST', sort: 'date-desc', limit: 25, offset: 50 });
  });

  it('round-trips any state through the URL', () => {
    const text = fc.string({ maxLength: 12 }).map((s) => s.trim());
    const state: fc.Arbitrary<EventFilterState> = fc.record({
      actor: text, source: text, target: text, dyad: text, docId: text, code: text, plover: text, from: text, to: text, text,
      quad: fc.uniqueArray(fc.integer({ min: 1, max: 4 })).map((q) => [...q].sort()),
      sort: fc.constantFrom(...EVENT_SORTS),
      offset: fc.nat({ max: 10_000 }),
    });
    fc.assert(fc.property(state, (s) => {
      expect(filtersFromQuery(queryOf(filtersToSearch(s)))).toEqual(s);
    }));
  });
});
