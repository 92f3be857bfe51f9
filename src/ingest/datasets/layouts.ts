/**
 * The published column layouts of the event datasets, as (name, DuckDB type) pairs in file order.
 * Only the columns entente reads get a real type: DuckDB's reader converts (and so checks) a
 * column only when a query uses it, so a strict type here is a validation rule with a line number.
 * `cameo_code` is an ENUM of every CAMEO code (made per import), so an unknown code is a
 * rejected row, not a silently mapped one.
 */

export type DatasetFormat = 'gdelt1' | 'gdelt2' | 'gdelt2-mentions' | 'icews' | 'polecat' | 'plover';

export type Layout = ReadonlyArray<readonly [name: string, type: string]>;

const V = 'VARCHAR';

function actor(n: 1 | 2): Layout {
  const p = `Actor${n}`;
  return [
    [`${p}Code`, V], [`${p}Name`, V], [`${p}CountryCode`, V], [`${p}KnownGroupCode`, V], [`${p}EthnicCode`, V],
    [`${p}Religion1Code`, V], [`${p}Religion2Code`, V], [`${p}Type1Code`, V], [`${p}Type2Code`, V], [`${p}Type3Code`, V],
  ];
}

/** GDELT geography blocks; 2.0 added the ADM2 code. */
function geo(prefix: string, adm2: boolean, typed: boolean): Layout {
  return [
    [`${prefix}_Type`, typed ? 'UTINYINT' : V], [`${prefix}_FullName`, V], [`${prefix}_CountryCode`, V], [`${prefix}_ADM1Code`, V],
    ...(adm2 ? [[`${prefix}_ADM2Code`, V] as const] : []),
    [`${prefix}_Lat`, typed ? 'DOUBLE' : V], [`${prefix}_Long`, typed ? 'DOUBLE' : V], [`${prefix}_FeatureID`, V],
  ];
}

function gdeltEvents(version: 1 | 2, withUrl: boolean): Layout {
  const adm2 = version === 2;
  return [
    ['GLOBALEVENTID', 'BIGINT'], ['SQLDATE', 'DATE'], ['MonthYear', V], ['Year', V], ['FractionDate', V],
    ...actor(1), ...actor(2),
    ['IsRootEvent', V], ['EventCode', 'cameo_code'], ['EventBaseCode', V], ['EventRootCode', V],
    ['QuadClass', 'UTINYINT'], ['GoldsteinScale', 'DOUBLE'], ['NumMentions', V], ['NumSources', V], ['NumArticles', V], ['AvgTone', V],
    ...geo('Actor1Geo', adm2, false), ...geo('Actor2Geo', adm2, false), ...geo('ActionGeo', adm2, true),
    ['DATEADDED', 'BIGINT'],
    ...(withUrl ? [['SOURCEURL', V] as const] : []),
  ];
}

/** GDELT 1.0 historical backfiles (57 columns, no URL) and daily files (58, with SOURCEURL). */
export const GDELT1_HISTORICAL = gdeltEvents(1, false);
export const GDELT1_DAILY = gdeltEvents(1, true);
/** GDELT 2.0 events ("export"), 61 columns. */
export const GDELT2_EVENTS = gdeltEvents(2, true);

/** GDELT 2.0 mentions, 16 columns. */
export const GDELT2_MENTIONS: Layout = [
  ['GLOBALEVENTID', 'BIGINT'], ['EventTimeDate', 'BIGINT'], ['MentionTimeDate', 'BIGINT'], ['MentionType', 'UTINYINT'],
  ['MentionSourceName', V], ['MentionIdentifier', V], ['SentenceID', 'INTEGER'], ['Actor1CharOffset', V],
  ['Actor2CharOffset', V], ['ActionCharOffset', V], ['InRawText', V], ['Confidence', 'DOUBLE'], ['MentionDocLen', V],
  ['MentionDocTone', 'DOUBLE'], ['MentionDocTranslationInfo', V], ['Extras', V],
];

/** ICEWS coded event files: tab-separated with this header (names as the files write them). */
export const ICEWS: Layout = [
  ['Event ID', V], ['Event Date', 'DATE'], ['Source Name', V], ['Source Sectors', V], ['Source Country', V],
  ['Event Text', V], ['CAMEO Code', 'cameo_code'], ['Intensity', 'DOUBLE'], ['Target Name', V], ['Target Sectors', V],
  ['Target Country', V], ['Story ID', V], ['Sentence Number', V], ['Publisher', V], ['City', V], ['District', V],
  ['Province', V], ['Country', V], ['Latitude', 'DOUBLE'], ['Longitude', 'DOUBLE'],
];

/** POLECAT weekly files: tab-separated with this header; events are PLOVER-coded. */
export const POLECAT: Layout = [
  ['Event ID', V], ['Event Date', 'DATE'], ['Event Type', V], ['Event Mode', V], ['Intensity', 'DOUBLE'], ['Quad Code', V],
  ['Contexts', V], ['Actor Name', V], ['Actor Country', V], ['Actor COW', V], ['Primary Actor Sector', V],
  ['Actor Sectors', V], ['Actor Title', V], ['Actor Name Raw', V], ['Wikipedia Actor ID', V], ['Recipient Name', V],
  ['Recipient Country', V], ['Recipient COW', V], ['Primary Recipient Sector', V], ['Recipient Sectors', V],
  ['Recipient Title', V], ['Recipient Name Raw', V], ['Wikipedia Recipient ID', V], ['Placename', V], ['City', V],
  ['District', V], ['Province', V], ['Country', V], ['Latitude', 'DOUBLE'], ['Longitude', 'DOUBLE'], ['GeoNames ID', V],
  ['Raw Placename', V], ['Feature Type', V], ['Source', V], ['Publication Date', V], ['Story People', V],
  ['Story Organizations', V], ['Story Locations', V], ['Language', V], ['Version', V],
];

export const names = (layout: Layout): string[] => layout.map(([name]) => name);
