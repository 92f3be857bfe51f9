/**
 * ICEWS and POLECAT code events the same way: actors as a name with a country and sector(s),
 * a place as city / district / province / country with coordinates, an intensity that is kept as
 * the Goldstein score. One plan builder serves both; each dataset gives only how its event type
 * becomes a CAMEO code and quad, and its own place name when it has one.
 */
import type { ActorSide } from './actor-table.js';
import { actorKeySql, buildActorTables } from './actor-table.js';
import type { CsvOptions } from './csv.js';
import type { Layout } from './layouts.js';
import { ident } from './lookups.js';
import type { LoadPlan } from './plan.js';
import { EVENT_INSERT_COLUMNS, eventKey, precisionSql, reasonSql } from './plan.js';

type Check = readonly [condition: string, reason: string];

export interface SectorCodedDataset {
  dataset: 'icews' | 'polecat';
  layout: Layout;
  csv: CsvOptions;
  source: ActorSide;
  target: ActorSide;
  /** Checks on the event type, run between the id/date checks and the coordinate check. */
  codingChecks: readonly Check[];
  /** Joins over the staged row `s` that give `m`, the CAMEO code's row of `cameo_map`. */
  codingJoins: string;
  quad: string;
  plover: string;
  /** Defaults to the place's parts, most precise first. */
  locationName?: (parts: string) => string;
}

const PLACE = `nullif(concat_ws(', ', s."City", s."District", s."Province", s."Country"), '')`;

export function sectorCodedPlan(d: SectorCodedDataset): LoadPlan {
  const checks: Check[] = [
    ['s."Event ID" IS NULL', 'Event ID is empty'],
    ['s."Event Date" IS NULL', 'Event Date is empty'],
    ...d.codingChecks,
    ['NOT (s."Latitude" BETWEEN -90 AND 90) OR NOT (s."Longitude" BETWEEN -180 AND 180)', 'Latitude/Longitude out of range'],
  ];
  const select = (src: string, extra: string): string => `SELECT ${extra}
    '${d.dataset}:' || s."Event ID" AS id, s."Event Date" AS date, coalesce(sa.code, '') AS source, coalesce(ta.code, '') AS target,
    s.${ident(d.source.name)} AS source_name, s.${ident(d.target.name)} AS target_name, m.code, m.root, ${d.quad} AS quad,
    coalesce(s."Intensity", m.goldstein) AS goldstein, ${d.plover} AS plover, 1.0 AS confidence, false AS negated, 'asserted' AS modality,
    ${d.locationName ? d.locationName(PLACE) : PLACE} AS location_name,
    pm.iso3 AS location_country, s."Latitude" AS lat, s."Longitude" AS lon,
    ${precisionSql('s."City"', 'coalesce(s."District", s."Province")', 's."Country"', 's."Latitude"')} AS location_precision,
    '${d.dataset}' AS dataset, s."Event ID" AS original_id, NULL AS url,
    ${reasonSql(checks)} AS _reason, '${d.dataset}:' || s."Event ID" AS _key
  FROM ${src} s
  ${d.codingJoins}
  LEFT JOIN actor_map sa ON sa.k = ${actorKeySql('s', d.source)}
  LEFT JOIN actor_map ta ON ta.k = ${actorKeySql('s', d.target)}
  LEFT JOIN place_map pm ON pm.name = s."Country"`;
  return {
    dataset: d.dataset,
    table: 'events',
    columns: EVENT_INSERT_COLUMNS,
    layout: d.layout,
    csv: d.csv,
    select,
    key: eventKey,
    fast: false,
    prepare: async (connection) => ({ unresolvedActors: await buildActorTables(connection, [d.source, d.target], 'Country') }),
  };
}
