/**
 * The evidence table's filters live in the address bar, so a filtered view can be bookmarked,
 * shared, and opened from the dashboard ("all IRN–RUS events in March"). These functions are the
 * two directions of that mapping; values the API would refuse are kept as typed so the API's
 * message (naming the field) reaches the reader instead of the filter vanishing silently.
 */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT',
  'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT', 'STATEMENT',
] as const;

export const EVENT_SORTS = ['date-desc', 'date-asc', 'goldstein-asc', 'goldstein-desc'] as const;
export type EventSortKey = (typeof EVENT_SORTS)[number];

export interface EventFilterState {
  actor: string;
  source: string;
  target: string;
  dyad: string;
  /** Events coded from one document (the ingest page links here). */
  docId: string;
  code: string;
  quad: number[];
  plover: string;
  from: string;
  to: string;
  text: string;
  sort: EventSortKey;
  offset: number;
}

export const PAGE_SIZE = 25;

const TEXT_KEYS = ['actor', 'source', 'target', 'dyad', 'docId', 'code', 'plover', 'from', 'to', 'text'] as const;

export function emptyFilters(): EventFilterState {
  return { actor: '', source: '', target: '', dyad: '', docId: '', code: '', quad: [], plover: '', from: '', to: '', text: '', sort: 'date-desc', offset: 0 };
}

export function filtersFromQuery(query: Record<string, string | undefined>): EventFilterState {
  const state = emptyFilters();
  for (const key of TEXT_KEYS) state[key] = (query[key] ?? '').trim();
  state.quad = [...new Set((query.quad ?? '').split(',').map(Number).filter((q) => q >= 1 && q <= 4 && Number.isInteger(q)))].sort();
  const sort = query.sort as EventSortKey | undefined;
  if (sort && EVENT_SORTS.includes(sort)) state.sort = sort;
  const offset = Number(query.offset);
  if (Number.isInteger(offset) && offset > 0) state.offset = offset;
  return state;
}

/** Only what differs from the defaults, in a stable order. */
export function filtersToSearch(state: EventFilterState): string {
  const params = new URLSearchParams();
  for (const key of TEXT_KEYS) if (state[key]) params.set(key, state[key]);
  if (state.quad.length > 0) params.set('quad', [...state.quad].sort().join(','));
  if (state.sort !== 'date-desc') params.set('sort', state.sort);
  if (state.offset > 0) params.set('offset', String(state.offset));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The API query for a state: the same names, quads comma-joined, a page of PAGE_SIZE. */
export function filtersToApi(state: EventFilterState): Record<string, string | number> {
  const out: Record<string, string | number> = { sort: state.sort, limit: PAGE_SIZE, offset: state.offset };
  for (const key of TEXT_KEYS) if (state[key]) out[key] = key === 'plover' ? state[key].toUpperCase() : state[key];
  if (state.quad.length > 0) out.quad = state.quad.join(',');
  return out;
}
