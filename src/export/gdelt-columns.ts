/**
 * Events as GDELT 2.0 event rows (61 tab-separated columns, no header), so GDELT tools can read
 * what entente coded. entente fills what it knows: the id (GDELT's own for imported GDELT 2.0
 * rows, else a stable number derived from the id), dates, actors split back into country / role /
 * known group, CAMEO codes, quad class, Goldstein, the action location and the URL; counts, tone
 * and the actor locations stay blank. The importer reads these rows back to the same events.
 */

/** SQL expression of a GDELT GLOBALEVENTID: the original for gdelt2 rows, else a hash that fits BIGINT. */
const GLOBAL_ID = `CASE WHEN dataset = 'gdelt2' AND regexp_full_match(coalesce(original_id, ''), '[0-9]{1,18}')
  THEN original_id ELSE CAST(hash(id) % 9000000000000000000 AS VARCHAR) END`;

/** The parts of a CAMEO-style actor code (see the GDELT importer for the rule this inverts). */
function actorColumns(side: 'source' | 'target', nameColumn: string): string[] {
  const code = `coalesce(${side}, '')`;
  const international = `left(${code}, 3) IN ('IGO', 'NGO', 'IMG')`;
  const country = `CASE WHEN NOT ${international} AND left(${code}, 3) IN (SELECT code FROM export_countries) THEN left(${code}, 3) ELSE '' END`;
  const rest = `CASE WHEN ${country} <> '' THEN substr(${code}, 4) ELSE '' END`;
  const type1 = `CASE WHEN left(${rest}, 3) IN (SELECT code FROM export_roles) THEN left(${rest}, 3) ELSE '' END`;
  const group = `CASE WHEN ${type1} <> '' THEN substr(${rest}, 4) ELSE ${rest} END`;
  return [
    code, `coalesce(${nameColumn}, '')`, country, group, "''", "''", "''", type1, "''", "''",
  ];
}

const blanks = (n: number): string[] => Array.from({ length: n }, () => "''");

/** ActionGeo type from entente's precision (GDELT: 1 country, 4 world city, 5 world state). */
const GEO_TYPE = `CASE location_precision WHEN 'country' THEN '1' WHEN 'admin' THEN '5' WHEN 'city' THEN '4' WHEN 'point' THEN '4' ELSE '' END`;

const num = (expr: string): string => `coalesce(CAST(${expr} AS VARCHAR), '')`;

/** The 61 column expressions, in GDELT 2.0 order. Needs temp tables export_countries, export_roles, export_fips. */
export function gdeltColumns(): string[] {
  const ymd = "strftime(date, '%Y%m%d')";
  return [
    GLOBAL_ID, ymd, "strftime(date, '%Y%m')", "strftime(date, '%Y')",
    "CAST(round(year(date) + (dayofyear(date) - 1) / 365.0, 4) AS VARCHAR)",
    ...actorColumns('source', 'source_name'), ...actorColumns('target', 'target_name'),
    "'1'", 'code', "CASE WHEN length(code) > 3 THEN left(code, 3) ELSE code END", 'root', num('quad'), num('goldstein'),
    ...blanks(4),
    ...blanks(8), ...blanks(8),
    GEO_TYPE, "coalesce(location_name, '')", "coalesce((SELECT fips FROM export_fips f WHERE f.iso3 = location_country), '')",
    "''", "''", num('lat'), num('lon'), "''",
    `${ymd} || '000000'`, "coalesce(url, '')",
  ];
}
