import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWithShared, SEED_DATE, SEED_FILE, sharedPath } from '../../test/shared.js';
import { EXIT, memoryIO } from './io.js';
import { runCli } from './program.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'entente-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(...argv: string[]) {
  const io = memoryIO();
  const code = await runCli(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('entente ingest', () => {
  it('codes good inputs, reports each bad one with its file and line, and exits 1', async () => {
    const db = join(dir, 'bad-inputs.duckdb');
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'binary.bin'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0]));
    await writeFile(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 society met in Paris.\n', 'latin1'));
    await writeFile(
      join(dir, 'news.jsonl'),
      [
        JSON.stringify({ id: 'a', date: '2025-03-01', text: 'Russia and Iran signed a trade agreement in Moscow.' }),
        '{"id": "b", "date": "2025-03-02", "text": ',
        JSON.stringify({ id: 'c', date: '2025-03-03', text: 'Israel condemned Iran for the missile attack.' }),
      ].join('\n'),
    );
    const missing = join(dir, 'does-not-exist.txt');
    const run = await cli('ingest', join(dir, 'empty.txt'), join(dir, 'binary.bin'), join(dir, 'latin1.txt'), join(dir, 'news.jsonl'), missing, '--db', db);
    expect(run.code).toBe(EXIT.partial);
    expect(run.err).toMatch(/empty\.txt.*empty/i);
    expect(run.err).toMatch(/binary\.bin.*binary/i);
    expect(run.err).toMatch(/latin1\.txt.*UTF-8/i);
    expect(run.err).toMatch(/news\.jsonl:2/);
    expect(run.err).toContain('does-not-exist.txt');
    expect(run.out).toMatch(/documents: 2 read, 2 stored/);
    expect(run.out).toMatch(/errors:\s+5/);

    const events = await cli('events', '--source', 'RUS', '--target', 'IRN', '--format', 'json', '--db', db);
    expect(events.code).toBe(EXIT.ok);
    const parsed = JSON.parse(events.out) as { code: string; evidence: { sentence: string } }[];
    expect(parsed.some((e) => e.code.startsWith('05') && e.evidence.sentence.includes('trade agreement'))).toBe(true);
  });

  it('is idempotent: ingesting the same file again stores nothing new', async () => {
    const db = join(dir, 'idempotent.duckdb');
    const file = join(dir, 'one.jsonl');
    await writeFile(file, `${JSON.stringify({ id: 'x', date: '2025-01-17', text: 'Russia and Iran signed a comprehensive strategic partnership treaty in Moscow.' })}\n`);
    const first = await cli('ingest', file, '--db', db);
    expect(first.out).toMatch(/1 stored, 0 already stored/);
    const second = await cli('ingest', file, '--db', db);
    expect(second.code).toBe(EXIT.ok);
    expect(second.out).toMatch(/0 stored, 1 already stored/);
    expect(second.out).toMatch(/events: 0/);
  });

  it('exits 3 when nothing could be read', async () => {
    const run = await cli('ingest', join(dir, 'nothing-here'), '--db', join(dir, 'none.duckdb'));
    expect(run.code).toBe(EXIT.failure);
    expect(run.err).toContain('nothing-here');
  });
});

describe('entente events', () => {
  it('rejects bad flags with the flag named and exit code 2', async () => {
    const bad = await cli('events', '--from', '2025-13-45', '--db', join(dir, 'x.duckdb'));
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.err).toMatch(/--from/);
    const code = await cli('events', '--code', 'abc', '--db', join(dir, 'x.duckdb'));
    expect(code.code).toBe(EXIT.usage);
    expect(code.err).toMatch(/--code/);
  });

  it('filters by code prefix and date and prints CSV with a header', async () => {
    const db = join(dir, 'filters.duckdb');
    const file = join(dir, 'filters.jsonl');
    await writeFile(file, [
      JSON.stringify({ id: 'f1', date: '2024-05-01', text: 'Russia condemned Israel for the strike on the consulate.' }),
      JSON.stringify({ id: 'f2', date: '2025-05-01', text: 'Russia condemned Israel for the new air strikes.' }),
      JSON.stringify({ id: 'f3', date: '2025-05-02', text: 'Russia and Iran signed a trade agreement.' }),
    ].join('\n'));
    expect((await cli('ingest', file, '--db', db)).code).toBe(EXIT.ok);
    const run = await cli('events', '--source', 'RUS', '--code', '11', '--from', '2025-01-01', '--format', 'csv', '--db', db);
    const lines = run.out.trim().split('\n');
    expect(lines[0]).toMatch(/^id,date,source,target,code/);
    expect(lines.slice(1).length).toBeGreaterThan(0);
    for (const line of lines.slice(1)) {
      expect(line).toMatch(/,2025-05-01,RUS[A-Z]*,ISR[A-Z]*,11\d*,/);
    }
  });
});

describeWithShared('entente decode on the seed article', ['seeds'], () => {
  it('prints events with evidence, quotes with resolved speakers and actors', async () => {
    const run = await cli('decode', SEED_FILE, '--date', SEED_DATE, '--format', 'json');
    expect(run.code).toBe(EXIT.ok);
    const [doc] = JSON.parse(run.out) as { document: { title: string }; events: { source: string; target: string; code: string; evidence: { sentence: string; rule: string } }[]; quotes: { speaker?: string; speakerCode?: string }[]; actors: { codes: string }[] }[];
    expect(doc?.document.title).toMatch(/^Iran Vs\. Russia/);
    expect(doc?.events.length).toBeGreaterThan(5);
    for (const e of doc?.events ?? []) {
      expect(e.evidence.sentence.length).toBeGreaterThan(0);
      expect(e.evidence.rule.length).toBeGreaterThan(0);
    }
    expect(doc?.events.some((e) => e.source.startsWith('RUS') && e.target.startsWith('ISR') && e.code.startsWith('11'))).toBe(true);
    const speakers = (doc?.quotes ?? []).filter((q) => q.speakerCode === 'RUSGOV').map((q) => q.speaker ?? '');
    for (const name of ['Lavrov', 'Ryabkov', 'Zakharova', 'Peskov']) expect(speakers.some((s) => s.includes(name))).toBe(true);
    expect(doc?.actors.some((a) => a.codes === 'RUS')).toBe(true);
  });

  it('renders the table form with the three parts', async () => {
    const run = await cli('decode', SEED_FILE, '--date', SEED_DATE);
    expect(run.out).toMatch(/Events \(\d+\)/);
    expect(run.out).toMatch(/Quotes \(\d+\)/);
    expect(run.out).toMatch(/Actors \(\d+\)/);
  });
});

describe('entente decode errors', () => {
  it('names the empty file and exits 3', async () => {
    const file = join(dir, 'decode-empty.txt');
    await writeFile(file, '   \n');
    const run = await cli('decode', file);
    expect(run.code).toBe(EXIT.failure);
    expect(run.err).toContain('decode-empty.txt');
  });

  it('shows help and exits 0', async () => {
    const run = await cli('--help');
    expect(run.code).toBe(EXIT.ok);
    expect(run.out).toMatch(/decode/);
    expect(run.out).toMatch(/ingest/);
  });

  it('rejects an unknown command with exit code 2', async () => {
    const run = await cli('frobnicate');
    expect(run.code).toBe(EXIT.usage);
  });
});

describeWithShared('entente eval', ['data', 'petrarch2', 'text', 'PETR.UnitTest.records.xml'], () => {
  const records = sharedPath('data', 'petrarch2', 'text', 'PETR.UnitTest.records.xml');
  it('scores the PETRARCH records with the parse and prints per-category results', async () => {
    const run = await cli('eval', records, '--use-parse');
    expect(run.code).toBe(EXIT.ok);
    expect(run.out).toMatch(/records fully correct/);
    expect(run.out).toMatch(/^DEMO\s+\d+\s+\d+/m);
    expect(run.out).toMatch(/full code\s+precision/);
  });

  it('gives JSON with --json and fails --min-accuracy above what it reaches', async () => {
    const run = await cli('eval', records, '--json', '--min-accuracy', '0.999');
    const report = JSON.parse(run.out) as { records: number; accuracy: number; mode: string };
    expect(report.records).toBe(284);
    expect(report.mode).toBe('text');
    expect(run.code).toBe(report.accuracy < 0.999 ? EXIT.partial : EXIT.ok);
  });
});

describe('entente ingest and the ledger', () => {
  it('records every file read, failed ones included, with its counts', async () => {
    const db = join(dir, 'ledger.duckdb');
    const good = join(dir, 'ledger-good.jsonl');
    const empty = join(dir, 'ledger-empty.txt');
    await writeFile(good, [
      JSON.stringify({ id: 'l1', date: '2025-02-01', text: 'Russia and Iran signed a trade agreement.' }),
      'not json',
      JSON.stringify({ id: 'l2', date: '2025-02-03', text: 'Iran criticised Russia for the delay.' }),
    ].join('\n'));
    await writeFile(empty, '');
    const run = await cli('ingest', good, empty, '--db', db);
    expect(run.code).toBe(EXIT.partial);
    const ledger = await cli('ledger', '--format', 'json', '--db', db);
    const { entries } = JSON.parse(ledger.out) as { entries: { path: string; rowsRead: number; rowsLoaded: number; rowsRejected: number; dataset: string }[] };
    const goodRow = entries.find((e) => e.path.endsWith('ledger-good.jsonl'));
    expect(goodRow).toMatchObject({ dataset: 'jsonl', rowsRead: 2, rowsLoaded: 2, rowsRejected: 1 });
    const emptyRow = entries.find((e) => e.path.endsWith('ledger-empty.txt'));
    expect(emptyRow).toMatchObject({ rowsRead: 0, rowsLoaded: 0, rowsRejected: 1 });
  });
});
