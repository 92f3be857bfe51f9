import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Brief } from '../../report/index.js';
import { codedStory } from '../../report/test-helpers/scenario.js';
import { STORIES } from '../../report/test-helpers/stories.js';
import { openStore } from '../../store/index.js';
import { EXIT, memoryIO } from '../io.js';
import { runCli } from '../program.js';
import { registerBrief } from './brief.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-brief-'));
const db = join(dir, 'brief.duckdb');

beforeAll(async () => {
  const store = await openStore({ kind: 'duckdb', path: db });
  await store.saveCoded(STORIES.map(codedStory));
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIO();
  io.cwd = dir;
  const code = await runCli(args, io, [registerBrief]);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('entente brief', () => {
  it('writes the JSON brief to stdout', async () => {
    const r = await cli('brief', 'irn', 'RUS', '--format', 'json', '--db', db);
    expect(r.code).toBe(EXIT.ok);
    const brief = JSON.parse(r.out) as Brief;
    expect(brief.dyad.a.code).toBe('IRN');
    expect(brief.title).toBe('Iran and Russia: a stable partnership with unmet expectations');
  });

  it('writes HTML to a file with -o, relative to the working folder', async () => {
    const r = await cli('brief', 'IRN', 'RUS', '--from', '2025-01-01', '--to', '2025-06-30', '-o', 'brief.html', '--db', db);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toBe('');
    expect(r.err).toContain('wrote html brief');
    const html = readFileSync(join(dir, 'brief.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('1 January 2025 to 30 June 2025');
  });

  it('writes Markdown', async () => {
    const r = await cli('brief', 'IRN', 'RUS', '--format', 'md', '--db', db);
    expect(r.out.startsWith('# Iran and Russia')).toBe(true);
  });

  it('rejects bad flags with a usage error naming the flag', async () => {
    const date = await cli('brief', 'IRN', 'RUS', '--from', '2025-02-30', '--db', db);
    expect(date.code).toBe(EXIT.usage);
    expect(date.err).toContain('--from');
    const format = await cli('brief', 'IRN', 'RUS', '--format', 'pdf', '--db', db);
    expect(format.code).toBe(EXIT.usage);
    expect(format.err).toContain('html | md | json');
    const actor = await cli('brief', 'IRN', '1RUS', '--db', db);
    expect(actor.code).toBe(EXIT.usage);
    const output = await cli('brief', 'IRN', 'RUS', '-o', join(dir, 'missing', 'x.html'), '--db', db);
    expect(output.code).toBe(EXIT.usage);
    expect(output.err).toContain('cannot write the brief');
  });
});
