/**
 * POLECAT weekly files (tab-separated, with header) onto the event schema. Events are PLOVER-coded:
 * the type is kept (earlier-draft names under their PLOVER 0.8 name) and mapped to a CAMEO code
 * so CAMEO queries see them too. Actors are a country and a primary sector, like ICEWS. POLECAT's
 * intensity is kept as the Goldstein score; its quad code when it gives one.
 */
import { POLECAT } from './layouts.js';
import type { LoadPlan } from './plan.js';
import { sectorCodedPlan } from './sector-coded.js';

/** POLECAT writes the quad class as a number or as its name. */
const QUAD = `CASE
    WHEN trim(s."Quad Code") IN ('1', '2', '3', '4') THEN CAST(trim(s."Quad Code") AS UTINYINT)
    WHEN lower(s."Quad Code") LIKE '%verbal coop%' THEN 1 WHEN lower(s."Quad Code") LIKE '%material coop%' THEN 2
    WHEN lower(s."Quad Code") LIKE '%verbal conf%' THEN 3 WHEN lower(s."Quad Code") LIKE '%material conf%' THEN 4
    ELSE m.quad END`;

export const POLECAT_PLAN: LoadPlan = sectorCodedPlan({
  dataset: 'polecat',
  layout: POLECAT,
  csv: { header: true, dateformat: '%Y-%m-%d' },
  source: { name: 'Actor Name', sectors: 'Primary Actor Sector', country: 'Actor Country' },
  target: { name: 'Recipient Name', sectors: 'Primary Recipient Sector', country: 'Recipient Country' },
  codingChecks: [
    ['s."Event Type" IS NULL', 'Event Type is empty'],
    ['p.code IS NULL', 'unknown PLOVER event type'],
  ],
  codingJoins: `LEFT JOIN plover_map p ON p.name = upper(trim(s."Event Type"))
  LEFT JOIN cameo_map m ON m.code = p.code`,
  quad: QUAD,
  plover: 'p.plover',
  // POLECAT names the place itself when it can; the parts are the fallback.
  locationName: (parts) => `coalesce(s."Placename", ${parts})`,
});
