/** `entente import`, `entente export` and `entente ledger` end to end on real samples. */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithShared, sharedPath } from '../../../test/shared.js';
import { EXIT, memoryIO } from '../io.js';
import { runCli } from '../program.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'entente-cli-import-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIO();
  const code = await runCli(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describeWithShared('entente import / export / ledger', ['data', 'events', 'gdelt2'], () => {
  it('imports, says so when nothing is new, lists the ledger with gaps and exports', async () => {
    const db = join(dir, 'store.duckdb');
    const slot = sharedPath('data', 'events', 'gdelt2', '20150218230000.export.CSV');
    const lines = (await readFile(slot, 'utf8')).split('\n').filter((l) => l !== '');
    const broken = join(dir, '20150218233000.export.CSV');
    await writeFile(broken, `${[...lines.slice(0, 5).map((l) => l.replace(/^(\d+)/, '9$1')), 'not\ta\trow'].join('\n')}\n`);
    const first = await cli('import', slot, broken, '--db', db);
    expect(first.code).toBe(EXIT.partial);
    expect(first.out).toMatch(new RegExp(`read ${lines.length}, loaded ${lines.length}, already stored 0, rejected 0`));
    expect(first.out).toMatch(/read 6, loaded 5, already stored 0, rejected 1/);
    expect(first.out).toMatch(/20150218233000\.export\.CSV:6 field "GLOBALEVENTID": "not" is not a valid whole number/);
    expect(first.out).toMatch(/rows\/s/);

    const again = await cli('import', slot, '--db', db);
    expect(again.code).toBe(EXIT.ok);
    expect(again.out).toMatch(/unchanged .*already imported/);
    expect(again.out).toMatch(/nothing new was loaded/);

    const ledger = await cli('ledger', '--gaps', '--db', db);
    expect(ledger.code).toBe(EXIT.partial);
    expect(ledger.out).toMatch(/2015-02-18T23:00:00\s+gdelt2\s+\d+/);
    expect(ledger.out).toMatch(/gdelt2: 1 of 3 15-minute files missing/);
    expect(ledger.out).toMatch(/missing 2015-02-18T23:15:00/);

    const out = join(dir, 'events.csv');
    const exported = await cli('export', '--format', 'csv', '-o', out, '--dataset', 'gdelt2', '--db', db);
    expect(exported.code).toBe(EXIT.ok);
    expect(exported.out).toMatch(new RegExp(`wrote ${lines.length + 5} events`));
    expect((await readFile(out, 'utf8')).split('\n').filter((l) => l !== '')).toHaveLength(lines.length + 6);

    const bad = await cli('export', '--format', 'xml', '-o', out, '--db', db);
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.err).toMatch(/--format/);
  });

  it('takes a directory, lists what it passed over, and fails when no file in it is a dataset', async () => {
    const db = join(dir, 'dirs.duckdb');
    const drop = join(dir, 'drop');
    await mkdir(drop, { recursive: true });
    await writeFile(join(drop, 'NOTES.md'), 'Downloaded on Monday.\n');
    const none = await cli('import', drop, '--db', db);
    expect(none.code).toBe(EXIT.failure);
    expect(none.out).toMatch(/passed +.*NOTES\.md: not an event dataset/);
    expect(none.err).toMatch(/no event dataset in/);
    const slot = sharedPath('data', 'events', 'gdelt2', '20150218230000.export.CSV');
    await writeFile(join(drop, 'slot.export.CSV'), await readFile(slot));
    const some = await cli('import', drop, '--db', db);
    expect(some.code).toBe(EXIT.ok);
    expect(some.out).toMatch(/loaded +.*slot\.export\.CSV \(gdelt2\)/);
    expect(some.out).toMatch(/2 files, 1 passed over \(no event dataset\)/);
  });

  it('warns in a dyad report when the window has holes in a feed the ledger knows', async () => {
    const db = join(dir, 'coverage.duckdb');
    const slot = sharedPath('data', 'events', 'gdelt2', '20150218230000.export.CSV');
    expect((await cli('import', slot, '--db', db)).code).toBe(EXIT.ok);
    const day = await cli('dyad', 'EGY', 'LBY', '--from', '2015-02-18', '--to', '2015-02-18', '--by', 'day', '--db', db);
    expect(day.code).toBe(EXIT.ok);
    expect(day.out).toMatch(/Coverage: gdelt2 has 1 of 96 15-minute files in this window/);
    const json = JSON.parse((await cli('dyad', 'EGY', 'LBY', '--from', '2015-02-18', '--to', '2015-02-18', '--by', 'day', '--json', '--db', db)).out) as { coverage: unknown };
    expect(json.coverage).toEqual([{ dataset: 'gdelt2', unit: '15min', expected: 96, present: 1, missing: 95 }]);
  });
});
