/**
 * GDELT 1.0 and 2.0 events onto the event schema. Actor codes: GDELT splits each actor's CAMEO
 * code into country, known group and type fields; entente rebuilds a country-first code from them
 * (RUS + GOV -> RUSGOV, AFG + INS + TAL -> AFGINSTAL, MNC + USA -> USAMNC) so a country prefix
 * finds all its organs, and keeps the raw code for international organisations (IGOUNO) and for
 * actors without a country (GOV, REL). CAMEO code, root, PLOVER type come from the model; the
 * dataset's own quad class and Goldstein score are kept when present. ActionGeo is the location.
 */
import type { Detected } from './detect.js';
import { GDELT1_DAILY, GDELT2_EVENTS } from './layouts.js';
import type { LoadPlan } from './plan.js';
import { cameoListSql, fipsIso3Sql } from './lookups.js';
import { EVENT_INSERT_COLUMNS, eventKey, reasonSql } from './plan.js';

const INTERNATIONAL = ['IGO', 'NGO', 'IMG'];

/**
 * The normalised actor code of GDELT actor 1 or 2 (an empty string when the side is unknown).
 * starts_with and concat (which reads NULL as empty) cost half of left/coalesce/|| at 10M rows.
 */
export function gdeltActorSql(n: 1 | 2): string {
  const p = `Actor${n}`;
  const international = INTERNATIONAL.map((prefix) => `starts_with(${p}Code, '${prefix}')`).join(' OR ');
  return `CASE WHEN ${p}CountryCode IS NULL OR ${p}CountryCode = '' OR ${international}
    THEN coalesce(${p}Code, '')
    ELSE concat(${p}CountryCode, ${p}Type1Code, ${p}KnownGroupCode) END`;
}

const CHECKS = [
  ['GLOBALEVENTID IS NULL', 'GLOBALEVENTID is empty'],
  ['SQLDATE IS NULL', 'SQLDATE is empty'],
  ['EventCode IS NULL', 'EventCode is empty'],
  ['DATEADDED IS NULL', 'DATEADDED is empty (the row has too few columns)'],
  ['NOT (ActionGeo_Lat BETWEEN -90 AND 90) OR NOT (ActionGeo_Long BETWEEN -180 AND 180)', 'ActionGeo_Lat/ActionGeo_Long out of range'],
] as const;

function select(dataset: string, hasUrl: boolean) {
  return (src: string, extra: string): string => `SELECT ${extra}
    '${dataset}:' || GLOBALEVENTID AS id, SQLDATE AS date, ${gdeltActorSql(1)} AS source, ${gdeltActorSql(2)} AS target,
    Actor1Name AS source_name, Actor2Name AS target_name, CAST(EventCode AS VARCHAR) AS code,
    ${cameoListSql('root', 'EventCode')} AS root,
    CASE WHEN QuadClass BETWEEN 1 AND 4 THEN QuadClass ELSE ${cameoListSql('quad', 'EventCode')} END AS quad,
    coalesce(GoldsteinScale, ${cameoListSql('goldstein', 'EventCode')}) AS goldstein, ${cameoListSql('plover', 'EventCode')} AS plover,
    1.0 AS confidence, false AS negated,
    'asserted' AS modality,
    CASE WHEN ActionGeo_Type BETWEEN 1 AND 5 THEN ActionGeo_FullName END AS location_name,
    CASE WHEN ActionGeo_Type BETWEEN 1 AND 5 THEN ${fipsIso3Sql('ActionGeo_CountryCode')} END AS location_country,
    CASE WHEN ActionGeo_Type BETWEEN 1 AND 5 THEN ActionGeo_Lat END AS lat,
    CASE WHEN ActionGeo_Type BETWEEN 1 AND 5 THEN ActionGeo_Long END AS lon,
    CASE ActionGeo_Type WHEN 1 THEN 'country' WHEN 2 THEN 'admin' WHEN 5 THEN 'admin' WHEN 3 THEN 'city' WHEN 4 THEN 'city' END
      AS location_precision,
    '${dataset}' AS dataset, CAST(GLOBALEVENTID AS VARCHAR) AS original_id, ${hasUrl ? 'SOURCEURL' : 'NULL'} AS url,
    ${reasonSql(CHECKS)} AS _reason, id AS _key
  FROM ${src} s`;
}

export function gdeltPlan(detected: Detected): LoadPlan {
  const v1 = detected.format === 'gdelt1';
  return {
    dataset: v1 ? 'gdelt1' : 'gdelt2',
    table: 'events',
    columns: EVENT_INSERT_COLUMNS,
    // GDELT 1.0 files mix 57-column (historical) and 58-column (daily, with URL) rows: read 58 and
    // pad; a row shorter than 57 then lacks DATEADDED and is refused by the checks.
    layout: v1 ? GDELT1_DAILY : GDELT2_EVENTS,
    csv: { header: false, dateformat: '%Y%m%d', nullPadding: v1 },
    select: select(v1 ? 'gdelt1' : 'gdelt2', true),
    key: eventKey,
    fast: true,
  };
}
