/**
 * The PETRARCH-2 unit-test records with their own PETR.Validate dictionaries, from ../shared:
 * a ratchet keeps the share of fully correct records (with the parse and from raw text) from
 * falling below what the coder has reached (test/fixtures/eval/ratchet.json).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { describeWithShared, sharedPath } from '../../test/shared.js';
import { runEvaluation } from './run.js';

const RECORDS = ['data', 'petrarch2', 'text', 'PETR.UnitTest.records.xml'];
const ratchet = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'eval', 'ratchet.json'), 'utf8')) as {
  parse: { correct: number; records: number; fullF1: number };
  text: { correct: number; records: number; fullF1: number };
};

describeWithShared('PETRARCH unit-test records (ratchet)', RECORDS, () => {
  for (const mode of ['parse', 'text'] as const) {
    it(`${mode}: at least ${ratchet[mode].correct}/${ratchet[mode].records} records fully correct`, async () => {
      const r = await runEvaluation({ file: sharedPath(...RECORDS), useParse: mode === 'parse' });
      expect(r.records).toBe(ratchet[mode].records);
      expect(r.correct).toBeGreaterThanOrEqual(ratchet[mode].correct);
      expect(r.full.f1).toBeGreaterThanOrEqual(ratchet[mode].fullF1);
    });
  }
  it('meets the issue targets: >= 90% with the parse, >= 75% from raw text', async () => {
    const [parse, text] = await Promise.all([
      runEvaluation({ file: sharedPath(...RECORDS), useParse: true }),
      runEvaluation({ file: sharedPath(...RECORDS) }),
    ]);
    expect(parse.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(text.accuracy).toBeGreaterThanOrEqual(0.75);
  });
});
