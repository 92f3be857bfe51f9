import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT, memoryIO } from '../io.js';
import { runCli } from '../program.js';

let dir: string;
let gsr: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'entente-eval-cli-'));
  gsr = join(dir, 'gsr.json');
  // Records in the PLOVER gold-standard shape, written for this test.
  writeFileSync(gsr, JSON.stringify([
    { id: 'C-DOCUMENT-0001', event: 'DOCUMENT' },
    { id: 'C-1', date: '2001-03-02', event: 'DISAPPROVE', text: 'Egypt condemned the Israeli raid on Gaza.', source: [{ code: 'EGY' }], target: [{ code: 'ISR' }] },
    { id: 'C-2', date: '2001-03-02', event: 'FIGHT', text: 'Officials in Ankara said the talks had ended.', source: [{ code: 'SYR' }], target: [{ code: 'TUR' }] },
  ]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIO();
  const code = await runCli(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('entente eval --plover', () => {
  it('prints dev, held-out and overall scores and the per-type table', async () => {
    const { code, out } = await run('eval', '--plover', gsr);
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/2 PLOVER records coded/);
    expect(out).toMatch(/^all\s+2 records\s+full: P\s+100\.0% R\s+50\.0%/m);
    expect(out).toMatch(/^ASSAULT\s+1\s/m);
  });

  it('gives JSON with --json and exits 1 when the full F1 is below --min-accuracy', async () => {
    const { code, out, err } = await run('eval', '--plover', gsr, '--json', '--min-accuracy', '0.9');
    const report = JSON.parse(out) as { records: number; all: { full: { f1: number } } };
    expect(report.records).toBe(2);
    expect(report.all.full.f1).toBeCloseTo(2 / 3);
    expect(code).toBe(EXIT.partial);
    expect(err).toMatch(/below --min-accuracy/);
  });

  it('says what is missing when given neither a validation file nor --plover', async () => {
    const { code, err } = await run('eval');
    expect(code).toBe(EXIT.usage);
    expect(err).toMatch(/validation file or --plover/);
  });

  it('rejects an unknown --half', async () => {
    const { code, err } = await run('eval', '--plover', gsr, '--half', 'third');
    expect(code).toBe(EXIT.usage);
    expect(err).toMatch(/--half/);
  });
});
