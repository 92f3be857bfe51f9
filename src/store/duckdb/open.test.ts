/** What only a file-backed DuckDB store can get wrong: bad files, locks, read-only use, sharing. */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreError, ValidationError } from '../../errors.js';
import { SCENARIO, singleEventDocument } from '../contract-fixtures.js';
import { snapshot } from '../contract-writes.js';
import { openStore, resolveDbPath } from '../open-store.js';
import type { StoreOptions } from '../store.js';
import { DuckDbStore } from './duckdb-store.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

async function openError(options: { path: string; readOnly?: boolean }): Promise<StoreError> {
  const error = await DuckDbStore.open(options).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

/** Another process holding the file open for writing, as a running ingest or server would. */
async function holdOpen(path: string): Promise<ChildProcess> {
  const script = `import { DuckDBInstance } from '@duckdb/node-api';
    const instance = await DuckDBInstance.create(${JSON.stringify(path)});
    await (await instance.connect()).run('SELECT 1');
    console.log('ready');
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((ready, fail) => {
    child.stdout?.on('data', (d: Buffer) => (String(d).includes('ready') ? ready() : undefined));
    child.on('exit', (code) => fail(new Error(`holder exited with ${code}`)));
  });
  return child;
}

/** Whether another process can open the file for writing right now. */
async function openableElsewhere(path: string): Promise<boolean> {
  const script = `import { DuckDBInstance } from '@duckdb/node-api';
    try { (await DuckDBInstance.create(${JSON.stringify(path)})).closeSync(); console.log('opened'); }
    catch { console.log('refused'); }`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += String(d)));
  await new Promise((done) => child.on('exit', done));
  return out.includes('opened');
}

describe('DuckDB store files', () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'entente-open-'));
    path = join(dir, 'store.duckdb');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a file that is not a DuckDB database, naming it', async () => {
    writeFileSync(path, 'these are notes, not a database\n'.repeat(200));
    const error = await openError({ path });
    expect(error.message).toContain(path);
    expect(error.message).toContain('not a DuckDB database');
    expect(error.location?.file).toBe(path);
    expect(error.hint).toBeTruthy();
  });

  it('refuses a path in a missing directory', async () => {
    const missing = join(dir, 'no-such-dir', 'x.duckdb');
    expect((await openError({ path: missing })).message).toContain(missing);
  });

  it('refuses a DuckDB database that is not an entente store', async () => {
    const instance = await DuckDBInstance.create(path);
    await (await instance.connect()).run('CREATE TABLE birds (name VARCHAR)');
    instance.closeSync();
    const error = await openError({ path });
    expect(error.message).toContain('not an entente store');
    expect(error.message).toContain('birds');
  });

  it('refuses a file another process holds, saying it is locked', async () => {
    const holder = await holdOpen(path);
    try {
      const error = await openError({ path });
      expect(error.message).toContain(path);
      expect(error.message).toMatch(/locked by another process/);
      expect(error.hint).toMatch(/other entente process/);
    } finally {
      holder.kill();
    }
  });

  it('reads but never writes when opened read-only', async () => {
    const writer = await DuckDbStore.open({ path });
    await writer.saveCoded(SCENARIO);
    await writer.close();
    const reader = await DuckDbStore.open({ path, readOnly: true });
    expect((await reader.stats()).events).toBe(7);
    const error = await reader.saveCoded([singleEventDocument('ro')]).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).message).toContain('read-only');
    await reader.close();
    expect((await openError({ path: join(dir, 'absent.duckdb'), readOnly: true })).message).toContain('does not exist');
  });

  it('shares one open file between stores in a process and releases it with the last', async () => {
    const a = await DuckDbStore.open({ path });
    const b = await DuckDbStore.open({ path });
    // The same document through both at once: writes to one file queue, so one saves, one skips.
    const both = await Promise.all([a.saveCoded([singleEventDocument('shared')]), b.saveCoded([singleEventDocument('shared')])]);
    expect(both.map((r) => r.documents).sort()).toEqual([0, 1]);
    expect((await b.stats()).events).toBe(1);
    await a.close();
    expect((await b.stats()).events).toBe(1);
    const viewer = await DuckDbStore.open({ path, readOnly: true });
    expect(viewer.readOnly).toBe(true);
    await expect(viewer.saveCoded([singleEventDocument('via-viewer')])).rejects.toBeInstanceOf(StoreError);
    await viewer.close();
    expect(await openableElsewhere(path)).toBe(false);
    await b.close();
    expect(await openableElsewhere(path)).toBe(true);
  });

  it('refuses to open for writing a file this process holds read-only', async () => {
    const creator = await DuckDbStore.open({ path });
    await creator.close();
    const viewer = await DuckDbStore.open({ path, readOnly: true });
    expect((await openError({ path })).message).toContain('already open read-only');
    await viewer.close();
    const writer = await DuckDbStore.open({ path });
    expect(writer.readOnly).toBe(false);
    await writer.close();
  });

  it('keeps the file intact through a failed batch, across reopening', async () => {
    const store = await DuckDbStore.open({ path });
    await store.saveCoded(SCENARIO);
    const before = await snapshot(store);
    await expect(store.saveCoded([singleEventDocument('x'), singleEventDocument('y', { id: 'e3' })])).rejects.toBeInstanceOf(StoreError);
    await store.close();
    const again = await DuckDbStore.open({ path });
    expect(await snapshot(again)).toEqual(before);
    await again.close();
  });

  it('opens through openStore and resolves the path from flag, environment, default', async () => {
    const store = await openStore({ kind: 'duckdb', path });
    expect(store).toMatchObject({ kind: 'duckdb', location: path, readOnly: false });
    await store.close();
    expect(resolveDbPath('a.duckdb', { ENTENTE_DB: 'b.duckdb' })).toBe('a.duckdb');
    expect(resolveDbPath(undefined, { ENTENTE_DB: 'b.duckdb' })).toBe('b.duckdb');
    expect(resolveDbPath('', {})).toBe('./entente.duckdb');
    await expect(openStore({ kind: 'sqlite' } as unknown as StoreOptions)).rejects.toBeInstanceOf(ValidationError);
  });
});
