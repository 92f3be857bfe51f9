import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeWithShared, sharedPath } from '../../test/shared.js';
import { CAMEO_CODES, DOMAINS, cameoCode, domainOf, isCameoCode, ploverOf, rootOf } from './cameo.js';
import { PLOVER_EXTENSION_TYPES, PLOVER_LEGACY_TYPES, PLOVER_TYPES, ploverType } from './plover.js';

function tsv(...parts: string[]): Map<string, string> {
  const lines = readFileSync(sharedPath(...parts), 'utf8').split(/\r?\n/).slice(1).filter((l) => l.trim());
  return new Map(lines.map((l) => l.split('\t').map((s) => s.trim()) as [string, string]));
}

describeWithShared('CAMEO codebook against the shared lookup tables', ['data', 'cameo'], () => {
  const names = tsv('data', 'cameo', 'CAMEO.eventcodes.txt');
  const weights = tsv('data', 'cameo', 'CAMEO.goldsteinscale.txt');
  const eventCodes = [...names.keys()].filter((c) => c.length >= 2);

  it('has every event code of the codebook and nothing else', () => {
    expect(eventCodes.length).toBeGreaterThan(300);
    expect(CAMEO_CODES.map((c) => c.code).sort()).toEqual([...eventCodes].sort());
    expect(isCameoCode('1')).toBe(false);
  });

  it('keeps each name, Goldstein weight and quad class', () => {
    for (const code of eventCodes) {
      const entry = cameoCode(code);
      expect(entry, code).toBeDefined();
      expect(entry?.name).toBe(names.get(code)?.replace(/\s+/g, ' '));
      const weight = weights.get(code);
      if (weight !== undefined) expect(entry?.goldstein, code).toBe(Number(weight));
      else expect(entry?.goldsteinInherited, code).toBe(true);
      const root = Number(code.slice(0, 2));
      const quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
      expect(entry?.quad, code).toBe(quad);
      expect(rootOf(code)).toBe(code.slice(0, 2));
    }
  });
});

describeWithShared('PLOVER types against the shared CAMEO->PLOVER table', ['data', 'events', 'plover', 'CAMEO2PLOVER-2021.txt'], () => {
  const table = new Map<string, string>();
  for (const raw of readFileSync(sharedPath('data', 'events', 'plover', 'CAMEO2PLOVER-2021.txt'), 'utf8').split('\n')) {
    const m = /^(\d{3,4}):\s*([A-Z]+)/.exec(raw.trim());
    if (m?.[1] && m[2]) table.set(m[1], m[2]);
  }

  it('uses the table type for every base and sub-code the table lists', () => {
    expect(table.size).toBeGreaterThan(200);
    for (const [code, type] of table) {
      if (!isCameoCode(code)) continue;
      expect(ploverOf(code)?.type, code).toBe(type);
      expect(ploverOf(code)?.basis).toBe('plover');
    }
  });
});

describe('PLOVER mapping and domains', () => {
  const known = new Set([...PLOVER_TYPES, ...PLOVER_EXTENSION_TYPES].map((t) => t.type));

  it('gives every code a PLOVER type and exactly one domain', () => {
    for (const c of CAMEO_CODES) {
      expect(known.has(c.plover), c.code).toBe(true);
      expect(ploverOf(c.code)?.type).toBe(c.plover);
      expect(DOMAINS).toContain(domainOf(c.code));
    }
  });

  it('keeps the extension type to plain statements', () => {
    const ext = CAMEO_CODES.filter((c) => c.plover === 'STATEMENT').map((c) => c.root);
    expect(ext.length).toBeGreaterThan(0);
    expect(new Set(ext)).toEqual(new Set(['01']));
  });

  it('carries mode and context where the table gives them', () => {
    expect(ploverOf('0841')).toMatchObject({ type: 'RETREAT', mode: 'release', context: ['legal'] });
    expect(ploverOf('1121')?.context).toEqual(['crime', 'corruption']);
    expect(ploverOf('0232')).toMatchObject({ type: 'REQUEST', mode: 'assist', basis: 'entente' });
  });

  it('splits CAMEO 08 into CONCEDE and RETREAT', () => {
    expect(ploverOf('083')?.type).toBe('CONCEDE');
    expect(ploverOf('0871')?.type).toBe('RETREAT');
  });

  it('assigns the domains analysts expect', () => {
    const expected: Record<string, string> = {
      '0211': 'economic', '0311': 'economic', '061': 'economic', '071': 'economic',
      '0212': 'military', '0312': 'military', '062': 'military', '072': 'military',
      '0233': 'humanitarian', '073': 'humanitarian', '193': 'military', '204': 'military',
      '173': 'security', '040': 'diplomatic', '057': 'diplomatic', '141': 'political',
    };
    for (const [code, domain] of Object.entries(expected)) expect(domainOf(code), code).toBe(domain);
  });

  it('answers undefined for unknown codes', () => {
    expect(cameoCode('999')).toBeUndefined();
    expect(domainOf('')).toBeUndefined();
    expect(ploverOf('21')).toBeUndefined();
  });

  it('knows 16 PLOVER types with their quads and reads legacy names', () => {
    expect(PLOVER_TYPES).toHaveLength(16);
    expect(ploverType('request')?.quad).toBe(3);
    expect(ploverType('FIGHT')?.type).toBe('ASSAULT');
    for (const legacy of Object.values(PLOVER_LEGACY_TYPES)) expect(known.has(legacy)).toBe(true);
    expect(ploverType('CRIME')).toBeUndefined();
  });
});
