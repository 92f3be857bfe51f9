/**
 * ICEWS coded events onto the event schema. ICEWS names its actors ("Police (India)") with sector
 * lists and a country name; those become CAMEO-style codes (INDCOP) through the actor table. The
 * CAMEO code gives root, quad and PLOVER type; ICEWS's Intensity is its Goldstein score and is
 * kept. City / district / province / country and coordinates are the location.
 */
import { ICEWS } from './layouts.js';
import type { LoadPlan } from './plan.js';
import { sectorCodedPlan } from './sector-coded.js';

export const ICEWS_PLAN: LoadPlan = sectorCodedPlan({
  dataset: 'icews',
  layout: ICEWS,
  csv: { header: true, dateformat: '%Y-%m-%d', nullstr: ['NA'] },
  source: { name: 'Source Name', sectors: 'Source Sectors', country: 'Source Country' },
  target: { name: 'Target Name', sectors: 'Target Sectors', country: 'Target Country' },
  codingChecks: [['s."CAMEO Code" IS NULL', 'CAMEO Code is empty']],
  codingJoins: 'LEFT JOIN cameo_map m ON m.code = CAST(s."CAMEO Code" AS VARCHAR)',
  quad: 'm.quad',
  plover: 'm.plover',
});
