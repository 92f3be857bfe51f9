/**
 * Builds src/model/data/cameo-codes.json from the CAMEO codebook facts in ../shared (event codes,
 * Goldstein weights, the CAMEO->PLOVER table) and entente's own choices (cameo-domains.json,
 * plover-extensions.json). Run: `npx tsx scripts/build-cameo.ts` (set ENTENTE_SHARED to point
 * elsewhere). It prints what it inherited so a reviewer can see every gap it filled.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.ENTENTE_SHARED ? resolve(process.env.ENTENTE_SHARED) : resolve(repo, '..', 'shared');
const dataDir = join(repo, 'src', 'model', 'data');

interface PloverRow {
  type: string;
  mode?: string;
  context?: string[];
}

function readTsv(path: string): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  readFileSync(path, 'utf8').split(/\r?\n/).forEach((line, i) => {
    if (i === 0 || line.trim() === '') return;
    const [code, value, ...rest] = line.split('\t');
    if (code === undefined || value === undefined || rest.length > 0) throw new Error(`${path}:${i + 1}: expected two tab-separated fields`);
    rows.push([code.trim(), value.trim()]);
  });
  return rows;
}

function parsePlover(path: string): Map<string, PloverRow[]> {
  const table = new Map<string, PloverRow[]>();
  for (const raw of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const m = /^(\d{2,4}):\s*(.*)$/.exec(line);
    if (!m?.[1] || m[2] === undefined) continue;
    const [type = '', mode = '', context = ''] = m[2].split(',').map((s) => s.trim());
    const row: PloverRow = { type };
    if (mode) row.mode = mode;
    const contexts = context.split(';').map((s) => s.trim()).filter(Boolean);
    if (contexts.length > 0) row.context = contexts;
    table.set(m[1], [...(table.get(m[1]) ?? []), row]);
  }
  return table;
}

function quadOf(root: string): 1 | 2 | 3 | 4 {
  const n = Number(root);
  return n <= 5 ? 1 : n <= 9 ? 2 : n <= 14 ? 3 : 4;
}

const names = readTsv(join(shared, 'data', 'cameo', 'CAMEO.eventcodes.txt')).filter(([code]) => code.length >= 2);
const goldstein = new Map(readTsv(join(shared, 'data', 'cameo', 'CAMEO.goldsteinscale.txt')).map(([c, v]) => [c, Number(v)]));
const plover = parsePlover(join(shared, 'data', 'events', 'plover', 'CAMEO2PLOVER-2021.txt'));
const domainRules = (JSON.parse(readFileSync(join(dataDir, 'cameo-domains.json'), 'utf8')) as { rules: Record<string, string> }).rules;
const extensions = (JSON.parse(readFileSync(join(dataDir, 'plover-extensions.json'), 'utf8')) as { codes: Record<string, string[]> }).codes;

const parents = (code: string): string[] => {
  const out: string[] = [];
  for (let n = code.length - 1; n >= 2; n--) out.push(code.slice(0, n));
  return out;
};

/** A table row that is unique for its code; root rows listed twice (08 CONCEDE / RETREAT) are not. */
function uniquePlover(code: string): PloverRow | undefined {
  const rows = plover.get(code);
  return rows && new Set(rows.map((r) => r.type)).size === 1 ? rows[0] : undefined;
}

const notes: string[] = [];
const out = names.map(([code, name]) => {
  const root = code.slice(0, 2);
  let weight = goldstein.get(code);
  let goldsteinInherited = false;
  if (weight === undefined) {
    const parent = parents(code).find((p) => goldstein.has(p));
    if (!parent) throw new Error(`no Goldstein weight for ${code} or its parents`);
    weight = goldstein.get(parent) as number;
    goldsteinInherited = true;
    notes.push(`goldstein ${code} <- ${parent}`);
  }

  let row: PloverRow | undefined;
  let basis: 'plover' | 'inherited' | 'entente' = 'plover';
  const ext = extensions[code];
  if (ext) {
    const [type = '', mode = '', context = ''] = ext;
    row = { type, ...(mode ? { mode } : {}), ...(context ? { context: [context] } : {}) };
    basis = 'entente';
  } else {
    row = uniquePlover(code);
    if (!row) {
      basis = 'inherited';
      // A root inherits from its "not specified below" child (080 for 08), a sub-code from its parent.
      const from = code.length === 2 ? [`${code}0`] : parents(code);
      const source = from.find((p) => uniquePlover(p));
      row = source ? uniquePlover(source) : undefined;
      if (!row || !source) throw new Error(`no PLOVER type for ${code}`);
      notes.push(`plover ${code} <- ${source}`);
    }
  }

  const rule = [code, ...parents(code)].find((p) => domainRules[p] !== undefined);
  if (!rule) throw new Error(`no domain rule covers ${code}`);

  return {
    code,
    name: name.replace(/\s+/g, ' ').trim(),
    root,
    quad: quadOf(root),
    goldstein: weight,
    ...(goldsteinInherited ? { goldsteinInherited } : {}),
    plover: row.type,
    ...(row.mode ? { ploverMode: row.mode } : {}),
    ...(row.context ? { ploverContext: row.context } : {}),
    ploverBasis: basis,
    domain: domainRules[rule],
  };
});

// One record per line keeps diffs of the generated file readable.
writeFileSync(join(dataDir, 'cameo-codes.json'), `[\n${out.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
console.log(`wrote ${out.length} codes; filled ${notes.length} gaps`);
for (const note of notes) console.log(`  ${note}`);
