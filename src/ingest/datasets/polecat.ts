/**
 * POLECAT weekly files (tab-separated, with header) onto the event schema. Events are PLOVER-coded:
 * the type is kept (earlier-draft names under their PLOVER 0.8 name) and mapped to a CAMEO code
 * so CAMEO queries see them too. Actors are a country and a primary sector, like ICEWS. POLECAT's
 * intensity is kept as the Goldstein score; its quad code when it gives one.
 */
import type { ActorSide } from './actor-table.js';
import { actorKeySql, buildActorTables } from './actor-table.js';
import { POLECAT } from './layouts.js';
import type { LoadPlan } from './plan.js';
import { EVENT_INSERT_COLUMNS, eventKey, precisionSql, reasonSql } from './plan.js';

const SOURCE: ActorSide = { name: 'Actor Name', sectors: 'Primary Actor Sector', country: 'Actor Country' };
const TARGET: ActorSide = { name: 'Recipient Name', sectors: 'Primary Recipient Sector', country: 'Recipient Country' };

const CHECKS = [
  ['s."Event ID" IS NULL', 'Event ID is empty'],
  ['s."Event Date" IS NULL', 'Event Date is empty'],
  ['s."Event Type" IS NULL', 'Event Type is empty'],
  ['p.code IS NULL', 'unknown PLOVER event type'],
  ['NOT (s."Latitude" BETWEEN -90 AND 90) OR NOT (s."Longitude" BETWEEN -180 AND 180)', 'Latitude/Longitude out of range'],
] as const;

/** POLECAT writes the quad class as a number or as its name. */
const QUAD = `CASE
    WHEN trim(s."Quad Code") IN ('1', '2', '3', '4') THEN CAST(trim(s."Quad Code") AS UTINYINT)
    WHEN lower(s."Quad Code") LIKE '%verbal coop%' THEN 1 WHEN lower(s."Quad Code") LIKE '%material coop%' THEN 2
    WHEN lower(s."Quad Code") LIKE '%verbal conf%' THEN 3 WHEN lower(s."Quad Code") LIKE '%material conf%' THEN 4
    ELSE m.quad END`;

function select(src: string, extra: string): string {
  return `SELECT ${extra}
    'polecat:' || s."Event ID" AS id, s."Event Date" AS date, coalesce(sa.code, '') AS source, coalesce(ta.code, '') AS target,
    s."Actor Name" AS source_name, s."Recipient Name" AS target_name, m.code, m.root, ${QUAD} AS quad,
    coalesce(s."Intensity", m.goldstein) AS goldstein, p.plover, 1.0 AS confidence, false AS negated, 'asserted' AS modality,
    coalesce(s."Placename", nullif(concat_ws(', ', s."City", s."District", s."Province", s."Country"), '')) AS location_name,
    pm.iso3 AS location_country, s."Latitude" AS lat, s."Longitude" AS lon,
    ${precisionSql('s."City"', 'coalesce(s."District", s."Province")', 's."Country"', 's."Latitude"')} AS location_precision,
    'polecat' AS dataset, s."Event ID" AS original_id, NULL AS url,
    ${reasonSql(CHECKS)} AS _reason, 'polecat:' || s."Event ID" AS _key
  FROM ${src} s
  LEFT JOIN plover_map p ON p.name = upper(trim(s."Event Type"))
  LEFT JOIN cameo_map m ON m.code = p.code
  LEFT JOIN actor_map sa ON sa.k = ${actorKeySql('s', SOURCE)}
  LEFT JOIN actor_map ta ON ta.k = ${actorKeySql('s', TARGET)}
  LEFT JOIN place_map pm ON pm.name = s."Country"`;
}

export const POLECAT_PLAN: LoadPlan = {
  dataset: 'polecat',
  table: 'events',
  columns: EVENT_INSERT_COLUMNS,
  layout: POLECAT,
  csv: { header: true, dateformat: '%Y-%m-%d' },
  select,
  key: eventKey,
  fast: false,
  prepare: async (connection) => ({ unresolvedActors: await buildActorTables(connection, [SOURCE, TARGET], 'Country') }),
};
