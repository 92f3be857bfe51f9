/**
 * Writes a GDELT 2.0 events file (61 tab-separated columns, the published layout) of any size,
 * for the import benchmark. Rows vary as real ones do: actors drawn with a Zipf-like weight from
 * states with and without roles (plus IGOs and actor-less sides), CAMEO codes weighted toward
 * statements and consultations, a year of dates, action places with FIPS codes and coordinates,
 * article URLs, and 15-minute DATEADDED slots in order.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { seededRandom } from '../src/analysis/index.js';
import { CAMEO_CODES, COUNTRIES } from '../src/model/index.js';

const ROLES = ['', '', 'GOV', 'GOV', 'MIL', 'BUS', 'MED', 'OPP', 'CVL', 'JUD', 'LEG', 'REB'];
const PLACES: ReadonlyArray<readonly [string, string, string, number, number]> = [
  ['Moscow, Moskva, Russia', 'RS', 'RS48', 55.7522, 37.6156], ['Tehran, Tehran, Iran', 'IR', 'IR26', 35.75, 51.5148],
  ['Washington, District of Columbia, United States', 'US', 'USDC', 38.8951, -77.0364], ['Beijing, Beijing, China', 'CH', 'CH22', 39.9289, 116.388],
  ['Damascus, Dimashq, Syria', 'SY', 'SY13', 33.5102, 36.2913], ['Baku, Baki, Azerbaijan', 'AJ', 'AJ09', 40.3953, 49.8822],
  ['Kyiv, Kyyiv, Misto, Ukraine', 'UP', 'UP12', 50.4333, 30.5167], ['Jerusalem, Israel (general), Israel', 'IS', 'IS00', 31.7833, 35.2167],
  ['Ankara, Ankara, Turkey', 'TU', 'TU68', 39.9272, 32.8644], ['Riyadh, Ar Riyad, Saudi Arabia', 'SA', 'SA10', 24.6408, 46.7728],
];
const DOMAINS = ['reuters.com', 'apnews.com', 'tass.com', 'presstv.ir', 'aljazeera.com', 'theguardian.com', 'timesofindia.indiatimes.com'];

function actorBlocks(rand: () => number): string[] {
  const blocks: string[] = [];
  const states = COUNTRIES.slice(0, 120);
  for (const c of states) {
    for (const role of ROLES) {
      const name = role === '' ? c.name.toUpperCase() : `${c.name.toUpperCase()} ${role}`;
      blocks.push([`${c.code}${role}`, name, c.code, '', '', '', '', role, '', ''].join('\t'));
    }
  }
  blocks.push(['IGOUNO', 'UNITED NATIONS', '', 'UNO', '', '', '', 'IGO', '', ''].join('\t'));
  blocks.push(['GOV', 'GOVERNMENT', '', '', '', '', '', 'GOV', '', ''].join('\t'));
  blocks.push(Array.from({ length: 10 }, () => '').join('\t'));
  // Zipf-like: early entries repeat more often.
  return Array.from({ length: 4096 }, () => blocks[Math.floor(blocks.length * rand() ** 2.2)] ?? '');
}

function geoBlock(place: (typeof PLACES)[number]): string {
  const [name, fips, adm1, lat, lon] = place;
  return ['4', name, fips, adm1, '', String(lat), String(lon), '-1234567'].join('\t');
}

/** GLOBALEVENTID of the first row; row i has FIRST_ID + i. */
export const FIRST_ID = 1_000_000_000;

export interface GeneratedFile {
  path: string;
  rows: number;
  bytes: number;
}

export function writeGdeltEvents(path: string, rows: number, seed = 7): GeneratedFile {
  const rand = seededRandom(seed);
  const actors = actorBlocks(rand);
  const codes = CAMEO_CODES.filter((c) => c.code.length >= 3);
  const weighted = Array.from({ length: 2048 }, () => codes[Math.floor(codes.length * rand() ** 3)] ?? codes[0]);
  const geos = PLACES.map(geoBlock);
  const emptyGeo = ['0', '', '', '', '', '', '', ''].join('\t');
  const fd = openSync(path, 'w');
  let bytes = 0;
  let buffer: string[] = [];
  const start = Date.UTC(2024, 0, 1);
  const perSlot = Math.max(1, Math.ceil(rows / (365 * 96)));
  try {
    for (let i = 0; i < rows; i++) {
      const slot = Math.floor(i / perSlot);
      const added = new Date(start + slot * 15 * 60_000);
      const day = new Date(added.getTime() - Math.floor(rand() * 3) * 86_400_000);
      const ymd = day.toISOString().slice(0, 10).replaceAll('-', '');
      const stamp = added.toISOString().slice(0, 19).replace(/\D/g, '');
      const code = weighted[(i * 2654435761) % weighted.length] ?? codes[0];
      const a1 = actors[Math.floor(rand() * actors.length)] ?? '';
      const a2 = actors[Math.floor(rand() * actors.length)] ?? '';
      const geo = geos[Math.floor(rand() * geos.length)] ?? emptyGeo;
      const mentions = 1 + Math.floor(rand() * 20);
      const url = `https://www.${DOMAINS[i % DOMAINS.length]}/world/${ymd}/story-${(i * 7919) % 1_000_003}`;
      buffer.push([
        String(FIRST_ID + i), ymd, ymd.slice(0, 6), ymd.slice(0, 4), `${ymd.slice(0, 4)}.${ymd.slice(4, 8)}`, a1, a2,
        '1', code?.code ?? '010', (code?.code ?? '010').slice(0, 3), code?.root ?? '01', String(code?.quad ?? 1), String(code?.goldstein ?? 0),
        String(mentions), String(1 + (mentions >> 2)), String(mentions), (rand() * 20 - 10).toFixed(6),
        i % 5 === 0 ? emptyGeo : geo, i % 3 === 0 ? emptyGeo : geo, geo, stamp, url,
      ].join('\t'));
      if (buffer.length === 20_000) {
        const chunk = `${buffer.join('\n')}\n`;
        bytes += writeSync(fd, chunk);
        buffer = [];
      }
    }
    if (buffer.length > 0) bytes += writeSync(fd, `${buffer.join('\n')}\n`);
  } finally {
    closeSync(fd);
  }
  return { path, rows, bytes };
}
