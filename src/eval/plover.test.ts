/**
 * The PLOVER gold-standard evaluation: reading the GSR format (records written for this test in
 * its shape), the split, the matching rules, the counting, a run with the real own coder, and the
 * ratchet on the real file in ../shared (skipped visibly when it is absent).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeWithShared, sharedPath } from '../../test/shared.js';
import { InputError } from '../errors.js';
import { actorMatches, eventMatches, formatPloverReport, parsePloverGsr, ploverHalf, runPloverEvaluation, scorePlover } from './index.js';
import type { PloverRecordResult, PloverReport } from './index.js';

const RATCHET = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'eval', 'plover-ratchet.json');

const record = (over: Record<string, unknown>): Record<string, unknown> => ({
  id: 'T-1', date: '2000-01-01', event: 'ACCUSE', text: 'Ruritania condemned Freedonia.', source: [{ actorText: 'Ruritania', code: 'RUR' }], ...over,
});

const file = (records: Record<string, unknown>[]): string => JSON.stringify([{ id: 'T-DOCUMENT-0001', event: 'DOCUMENT', eventText: 'about this file' }, ...records], null, 1);

describe('reading a PLOVER gold-standard file', () => {
  it('maps legacy types, skips the documentation record and keeps every side it is given', () => {
    const gsr = parsePloverGsr(file([
      record({ id: 'T-1', event: 'DISAPPROVE', target: [{ actorText: 'Freedonia', code: 'FRD', sector: 'GOV' }] }),
      record({ id: 'T-2', event: 'AGREE', source: [{ code: 'RUR' }, { code: 'FRD' }], target: '' }),
      record({ id: 'T-3', event: 'ASSAULT', source: undefined, target: [{ code: 'FRD' }] }),
    ]), 'sample.json');
    expect(gsr.skipped).toEqual({ documentation: 1 });
    expect(gsr.problems).toEqual([]);
    expect(gsr.records.map((r) => [r.id, r.type, r.legacyType, r.sources.length, r.targets.length])).toEqual([
      ['T-1', 'ACCUSE', 'DISAPPROVE', 1, 1], ['T-2', 'AGREE', 'AGREE', 2, 0], ['T-3', 'ASSAULT', 'ASSAULT', 0, 1],
    ]);
    expect(gsr.records[0]!.line).toBeGreaterThan(1);
  });

  it('reports each record it cannot score with its id, line and field, and counts it', () => {
    const gsr = parsePloverGsr(file([
      record({ id: 'T-9', event: 'GOSSIP' }),
      record({ id: 'T-10', text: '' }),
      record({ id: 'T-11', source: undefined, target: undefined }),
      record({ id: 'T-12', target: 'economic' }),
      record({ id: 'T-13', date: 'last Tuesday' }),
    ]), 'sample.json');
    expect(gsr.skipped).toEqual({ documentation: 1, 'unknown event type': 1, 'no text': 1, 'no actors': 1 });
    expect(gsr.records.map((r) => r.id)).toEqual(['T-12', 'T-13']);
    expect(gsr.problems).toHaveLength(5);
    expect(gsr.problems[0]).toMatch(/^sample\.json:\d+ record T-9: field "event": "GOSSIP" is not a PLOVER event type/);
    expect(gsr.problems.some((p) => /T-12: field "target": .*"economic"/.test(p))).toBe(true);
    expect(gsr.problems.some((p) => /T-13: field "date": expected an ISO day/.test(p))).toBe(true);
  });

  it('throws an InputError naming the file for text that is not a JSON array', () => {
    expect(() => parsePloverGsr('{"id": 1}', 'odd.json')).toThrow(InputError);
    expect(() => parsePloverGsr('[{"id": ', 'cut.json')).toThrow(/cut\.json is not valid JSON/);
  });

  it('splits records by id into two halves, the same way every time and roughly evenly', () => {
    const ids = Array.from({ length: 2000 }, (_, k) => `REC-${k}`);
    const dev = ids.filter((id) => ploverHalf(id) === 'dev').length;
    expect(dev).toBeGreaterThan(900);
    expect(dev).toBeLessThan(1100);
    expect(ids.map(ploverHalf)).toEqual(ids.map(ploverHalf));
  });
});

describe('matching coded events to gold events', () => {
  const gold = { type: 'ACCUSE', sources: [{ code: 'RUR' }, { code: 'FRD' }], targets: [{ code: 'IGO' }] };

  it('compares sides by the gold code as a prefix, any member of a compound, IGO for any IGO code', () => {
    expect(eventMatches({ plover: 'ACCUSE', source: 'RURGOV', target: 'IGOUNO' }, gold)).toBe(true);
    expect(eventMatches({ plover: 'ACCUSE', source: 'FRD', target: 'IGOEUREEC' }, gold)).toBe(true);
    expect(eventMatches({ plover: 'ACCUSE', source: 'GRV', target: 'IGOUNO' }, gold)).toBe(false);
    expect(eventMatches({ plover: 'ACCUSE', source: 'RUR', target: 'NGOHRI' }, gold)).toBe(false);
    expect(eventMatches({ plover: 'REJECT', source: 'RUR', target: 'IGOUNO' }, gold)).toBe(false);
  });

  it('takes any target when the gold names none, and the two spellings of one country as one', () => {
    expect(eventMatches({ plover: 'AGREE', source: 'RUR', target: 'XYZ' }, { type: 'AGREE', sources: [{ code: 'RUR' }], targets: [] })).toBe(true);
    expect(actorMatches('JPNGOV', { code: 'JAP' })).toBe(true);
    expect(actorMatches('TMP', { code: 'TLS' })).toBe(true);
    expect(actorMatches('', { code: 'JAP' })).toBe(false);
  });
});

describe('scoring', () => {
  const result = (type: string, found: boolean, got: string[]): PloverRecordResult => ({
    id: type, half: 'dev', type, legacyType: type, text: '', sources: [], targets: [], found, typeFound: got.includes(type),
    got: got.map((plover) => ({ source: 'A', target: 'B', code: '', plover, rule: '' })),
  });

  it('counts a found gold type as tp, other predicted types as fp, missed gold types as fn', () => {
    const s = scorePlover([
      result('ACCUSE', true, ['ACCUSE', 'ACCUSE', 'REJECT']), // tp ACCUSE, fp REJECT
      result('ASSAULT', false, ['ASSAULT']), // right type, wrong sides: fp and fn (full); tp (type only)
      result('REJECT', false, []), // fn
    ]);
    expect([s.full.tp, s.full.fp, s.full.fn]).toEqual([1, 2, 2]);
    expect([s.typeOnly.tp, s.typeOnly.fp, s.typeOnly.fn]).toEqual([2, 1, 1]);
    expect(s.full.precision).toBeCloseTo(1 / 3);
    expect(s.byType.REJECT).toMatchObject({ gold: 1, full: { tp: 0, fp: 1, fn: 1 } });
    expect(s.byType.ASSAULT!.typeOnly.recall).toBe(1);
  });
});

describe('a run with the own coder', () => {
  let report: PloverReport;
  beforeAll(async () => {
    const text = file([
      record({ id: 'R-1', event: 'DISAPPROVE', text: 'Egypt condemned the Israeli raid on Gaza.', source: [{ code: 'EGY' }], target: [{ code: 'ISR' }] }),
      record({ id: 'R-2', event: 'AGREE', text: 'Chile and Peru agreed to cooperate on fisheries.', source: [{ code: 'CHL' }, { code: 'PER' }], target: '' }),
      record({ id: 'R-3', event: 'DEMAND', text: 'Officials in Lima said the weather was mild.', source: [{ code: 'PER' }], target: [{ code: 'CHL' }] }),
      record({ id: 'R-4', event: 'FIGHT', text: 'Syrian troops shelled Turkish positions.', source: [{ code: 'SYR' }], target: [{ code: 'TUR' }] }),
    ]);
    report = await runPloverEvaluation({ file: 'own.json', readText: async () => text });
  });

  it('finds the events the own coder codes and misses the one the text does not state', () => {
    const found = Object.fromEntries(report.results.map((r) => [r.id, r.found]));
    expect(found).toEqual({ 'R-1': true, 'R-2': true, 'R-3': false, 'R-4': true });
    expect(report.all.full.recall).toBeCloseTo(3 / 4);
    expect(report.dev.records + report.heldout.records).toBe(4);
  });

  it('prints the halves, the per-type table and, with diff, what was missed', () => {
    const out = formatPloverReport(report, { diff: true });
    expect(out).toMatch(/^dev\s+\d+ records\s+full: P/m);
    expect(out).toMatch(/^held-out\s+\d+ records/m);
    expect(out).toMatch(/^REQUEST\s+1\s/m);
    expect(out).toMatch(/R-3 \[(dev|heldout)\] REQUEST \(DEMAND\): PER → CHL/);
    expect(out).not.toMatch(/R-1 \[/);
  });
});

describeWithShared('PLOVER gold-standard records (ratchet)', ['data', 'events', 'plover', 'PLOVER_GSR_CAMEO.txt'], () => {
  const floors = JSON.parse(readFileSync(RATCHET, 'utf8')) as Record<'dev' | 'heldout', { records: number; fullF1: number; typeF1: number }>;
  let report: PloverReport;
  beforeAll(async () => {
    report = await runPloverEvaluation({ file: sharedPath('data', 'events', 'plover', 'PLOVER_GSR_CAMEO.txt') });
    console.log(JSON.stringify({ bench: 'plover-gsr', dev: { fullF1: +report.dev.full.f1.toFixed(3), typeF1: +report.dev.typeOnly.f1.toFixed(3) }, heldout: { fullF1: +report.heldout.full.f1.toFixed(3), typeF1: +report.heldout.typeOnly.f1.toFixed(3) } }));
  });

  it('reads all 322 records and reports the one whose target field holds a context', () => {
    expect(report.records).toBe(322);
    expect(report.problems.some((p) => /AGREE-0007: field "target"/.test(p))).toBe(true);
  });

  it.each(['dev', 'heldout'] as const)('%s half: F1 at or above the ratchet', (half) => {
    const s = report[half];
    expect(s.records).toBe(floors[half].records);
    expect(s.full.f1).toBeGreaterThanOrEqual(floors[half].fullF1);
    expect(s.typeOnly.f1).toBeGreaterThanOrEqual(floors[half].typeF1);
  });
});
