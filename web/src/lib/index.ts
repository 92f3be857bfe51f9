export { highlightSegments } from './highlight.js';
export type { Highlights, HighlightPart, Segment, TextSpan } from './highlight.js';
export { formatBytes, formatCount, formatDay, formatPeriod, formatSigned, quadName, QUAD_NAMES } from './format.js';
export { useAsync } from './use-async.js';
export type { AsyncState } from './use-async.js';
export { EVENT_SORTS, PAGE_SIZE, PLOVER_TYPES, emptyFilters, filtersFromQuery, filtersToApi, filtersToSearch } from './event-filters.js';
export type { EventFilterState, EventSortKey } from './event-filters.js';
