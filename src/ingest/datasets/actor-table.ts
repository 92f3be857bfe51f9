/**
 * Named actors are coded once per distinct (name, sectors, country), not once per row: the
 * distinct triples of the staged rows go through `normaliseActor` in JS and come back as a
 * temporary table the mapping SQL joins. A year of ICEWS has a few tens of thousands of them.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { iso3Of, normaliseActor } from './actors.js';
import { ident } from './lookups.js';

export interface ActorSide {
  name: string;
  sectors: string | null;
  country: string;
}

/** The join key of a side, the same in SQL and in the table. */
export function actorKeySql(alias: string, side: ActorSide): string {
  const part = (column: string | null): string => (column === null ? "''" : `coalesce(${alias}.${ident(column)}, '')`);
  return `${part(side.name)} || chr(31) || ${part(side.sectors)} || chr(31) || ${part(side.country)}`;
}

const BATCH = 500;

async function insertRows(connection: DuckDBConnection, table: string, width: number, rows: (string | boolean)[][]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const params = batch.flat();
    const tuples = batch.map((_, r) => `(${Array.from({ length: width }, (__, c) => `$${r * width + c + 1}`).join(', ')})`);
    await connection.run(`INSERT INTO ${table} VALUES ${tuples.join(', ')}`, params);
  }
}

/**
 * Builds `actor_map(k, code, unresolved)` for the given sides of table `staged` and
 * `place_map(name, iso3)` for its location country column; returns the number of event sides
 * whose actor could not be coded.
 */
export async function buildActorTables(connection: DuckDBConnection, sides: readonly ActorSide[], placeCountry: string): Promise<number> {
  const union = sides.map((side) => `SELECT DISTINCT ${actorKeySql('s', side)} AS k,
      ${ident(side.name)} AS name, ${side.sectors === null ? 'NULL' : ident(side.sectors)} AS sectors, ${ident(side.country)} AS country
    FROM staged s`).join(' UNION ');
  const reader = await connection.runAndReadAll(`SELECT DISTINCT * FROM (${union})`);
  const rows = reader.getRowObjectsJson().map((r) => {
    const actor = normaliseActor({
      name: typeof r.name === 'string' ? r.name : null,
      country: typeof r.country === 'string' ? r.country : null,
      sectors: typeof r.sectors === 'string' ? r.sectors.split(',') : [],
    });
    return [String(r.k), actor.code, actor.unresolved];
  });
  await connection.run('CREATE OR REPLACE TEMP TABLE actor_map (k VARCHAR, code VARCHAR, unresolved BOOLEAN)');
  await insertRows(connection, 'actor_map', 3, rows);
  const places = await connection.runAndReadAll(`SELECT DISTINCT ${ident(placeCountry)} AS name FROM staged WHERE ${ident(placeCountry)} IS NOT NULL`);
  const placeRows = places.getRowObjectsJson().flatMap((r) => {
    const iso3 = iso3Of(String(r.name));
    return iso3 ? [[String(r.name), iso3]] : [];
  });
  await connection.run('CREATE OR REPLACE TEMP TABLE place_map (name VARCHAR, iso3 VARCHAR)');
  await insertRows(connection, 'place_map', 2, placeRows);
  const counts = sides.map((side) => `SELECT count(*) AS n FROM staged s JOIN actor_map a ON a.k = ${actorKeySql('s', side)} WHERE a.unresolved`);
  const unresolved = await connection.runAndReadAll(`SELECT sum(n) AS n FROM (${counts.join(' UNION ALL ')})`);
  return Number(unresolved.getRows()[0]?.[0] ?? 0);
}
