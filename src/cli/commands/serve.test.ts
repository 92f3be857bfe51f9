import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EntenteError } from '../../errors.js';
import { DuckDbStore } from '../../store/index.js';
import type { CommandContext } from '../context.js';
import { memoryIO } from '../io.js';
import { runCli } from '../program.js';
import { runServe } from './serve.js';

describe('entente serve', () => {
  it('prints the URL, serves the API and the not-built page, and closes the store on a signal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-serve-'));
    const db = join(dir, 'serve.duckdb');
    const io = memoryIO();
    const ctx: CommandContext = { io, exit: () => undefined };
    let signal: (name: string) => void = () => undefined;
    const stop = new Promise<string>((resolve) => { signal = resolve; });
    try {
      const running = runServe(ctx, { port: 0, host: '127.0.0.1', db, web: join(dir, 'no-web'), openIngest: false, log: false }, stop);
      let url: string | undefined;
      for (let i = 0; i < 200 && url === undefined; i++) {
        url = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(io.stdout())?.[1];
        if (url === undefined) await new Promise((r) => setTimeout(r, 25));
      }
      expect(url, io.stdout() + io.stderr()).toBeDefined();
      const health = (await (await fetch(`${url}/api/health`)).json()) as { status: string; counts: { events: number } };
      expect(health).toMatchObject({ status: 'ok', counts: { events: 0 } });
      expect(await (await fetch(`${url}/`)).text()).toContain('has not been built');
      signal('SIGTERM');
      await running;
      expect(io.stderr()).toContain('SIGTERM: shutting down');
      await expect(fetch(`${url}/api/health`)).rejects.toThrow();
      // The file lock is released: another store can open it.
      const again = await DuckDbStore.open({ path: db });
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says the port is taken and how to pick another, and still closes the store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-serve-'));
    const db = join(dir, 'serve.duckdb');
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      const ctx: CommandContext = { io: memoryIO(), exit: () => undefined };
      const failed = runServe(ctx, { port, host: '127.0.0.1', db, web: join(dir, 'no-web'), openIngest: false, log: false }, new Promise<string>(() => undefined));
      await expect(failed).rejects.toThrow(EntenteError);
      await expect(failed).rejects.toMatchObject({ code: 'CONFIG', message: expect.stringContaining(`127.0.0.1:${port}: the port is in use`), hint: expect.stringContaining('--port') });
      const again = await DuckDbStore.open({ path: db });
      await again.close();
    } finally {
      await new Promise((resolve) => taken.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a bad port with a usage error', async () => {
    const io = memoryIO();
    expect(await runCli(['serve', '--port', 'eighty'], io)).toBe(2);
    expect(io.stderr()).toContain('--port');
  });
});
