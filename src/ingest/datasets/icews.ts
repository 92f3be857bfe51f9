/**
 * ICEWS coded events onto the event schema. ICEWS names its actors ("Police (India)") with sector
 * lists and a country name; those become CAMEO-style codes (INDCOP) through the actor table. The
 * CAMEO code gives root, quad and PLOVER type; ICEWS's Intensity is its Goldstein score and is
 * kept. City / district / province / country and coordinates are the location.
 */
import type { ActorSide } from './actor-table.js';
import { actorKeySql, buildActorTables } from './actor-table.js';
import { ICEWS } from './layouts.js';
import type { LoadPlan } from './plan.js';
import { EVENT_INSERT_COLUMNS, eventKey, precisionSql, reasonSql } from './plan.js';

const SOURCE: ActorSide = { name: 'Source Name', sectors: 'Source Sectors', country: 'Source Country' };
const TARGET: ActorSide = { name: 'Target Name', sectors: 'Target Sectors', country: 'Target Country' };

const CHECKS = [
  ['s."Event ID" IS NULL', 'Event ID is empty'],
  ['s."Event Date" IS NULL', 'Event Date is empty'],
  ['s."CAMEO Code" IS NULL', 'CAMEO Code is empty'],
  ['NOT (s."Latitude" BETWEEN -90 AND 90) OR NOT (s."Longitude" BETWEEN -180 AND 180)', 'Latitude/Longitude out of range'],
] as const;

function select(src: string, extra: string): string {
  return `SELECT ${extra}
    'icews:' || s."Event ID" AS id, s."Event Date" AS date, coalesce(sa.code, '') AS source, coalesce(ta.code, '') AS target,
    s."Source Name" AS source_name, s."Target Name" AS target_name, m.code, m.root, m.quad,
    coalesce(s."Intensity", m.goldstein) AS goldstein, m.plover, 1.0 AS confidence, false AS negated, 'asserted' AS modality,
    nullif(concat_ws(', ', s."City", s."District", s."Province", s."Country"), '') AS location_name,
    pm.iso3 AS location_country, s."Latitude" AS lat, s."Longitude" AS lon,
    ${precisionSql('s."City"', 'coalesce(s."District", s."Province")', 's."Country"', 's."Latitude"')} AS location_precision,
    'icews' AS dataset, s."Event ID" AS original_id, NULL AS url,
    ${reasonSql(CHECKS)} AS _reason, 'icews:' || s."Event ID" AS _key
  FROM ${src} s
  LEFT JOIN cameo_map m ON m.code = CAST(s."CAMEO Code" AS VARCHAR)
  LEFT JOIN actor_map sa ON sa.k = ${actorKeySql('s', SOURCE)}
  LEFT JOIN actor_map ta ON ta.k = ${actorKeySql('s', TARGET)}
  LEFT JOIN place_map pm ON pm.name = s."Country"`;
}

export const ICEWS_PLAN: LoadPlan = {
  dataset: 'icews',
  table: 'events',
  columns: EVENT_INSERT_COLUMNS,
  layout: ICEWS,
  csv: { header: true, dateformat: '%Y-%m-%d', nullstr: ['NA'] },
  select,
  key: eventKey,
  fast: false,
  prepare: async (connection) => ({ unresolvedActors: await buildActorTables(connection, [SOURCE, TARGET], 'Country') }),
};
