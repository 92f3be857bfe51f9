import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHIFT_PERIOD, irnRusStore } from '../../dyads/test-helpers/index.js';
import { EXIT, memoryIO } from '../io.js';
import { runCli } from '../program.js';

let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'entente-dyad-cli-'));
  db = join(dir, 'irn-rus.duckdb');
  const store = await irnRusStore(db);
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIO();
  const code = await runCli(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('entente dyad', () => {
  it('prints the monthly table, a sparkline, the known change point, alerts and the direction', async () => {
    const { code, out, err } = await run('dyad', 'IRN', 'RUS', '--from', '2023-01-01', '--to', '2024-12-31', '--by', 'month', '--resamples', '200', '--db', db);
    expect(err).toBe('');
    expect(code).toBe(EXIT.ok);
    expect(out).toContain('Iran (IRN) – Russia (RUS), 2023-01-01 to 2024-12-31, by month');
    const lines = out.split('\n');
    const header = lines.find((l) => l.startsWith('period'));
    expect(header).toMatch(/events\s+q1\s+q2\s+q3\s+q4\s+gold sum\s+gold mean\s+net IRN→RUS\s+net RUS→IRN\s+net\s+net\/vol\s+90% interval/);
    const periods = lines.filter((l) => /^20\d\d-\d\d /.test(l)).map((l) => l.slice(0, 7));
    expect(periods).toHaveLength(24);
    expect(periods[0]).toBe('2023-01');
    expect(periods.at(-1)).toBe('2024-12');
    // January 2023: IRNGOV→RUSGOV 036 (+4), RUS→IRN 042 (+1.9), IRNGOV→RUSGOV 057 (+8), RUS→IRN 061 (+6.4).
    expect(lines.find((l) => l.startsWith('2023-01'))).toMatch(/^2023-01\s+4\s+3\s+1\s+0\s+0\s+20\.3\s+5\.08\s+12\.0\s+8\.3\s+20\.3\s/);
    const spark = lines.find((l) => l.startsWith('net cooperation (both ways):'));
    expect(spark?.split(': ')[1]).toMatch(/^[▁▂▃▄▅▆▇█]{24}$/);
    expect(out).toMatch(new RegExp(`Change points \\(PELT[^\\n]*\\n  ${SHIFT_PERIOD} \\(2024-01-01\\) cooling: mean \\d+\\.\\d → −\\d+\\.\\d`));
    expect(out).toContain('Alerts, week 2024-W52 against the previous 4 and 52 weeks:');
    expect(out).toMatch(/Direction: cooling\n {2}- /);
    expect(out).toContain(`cooling change at ${SHIFT_PERIOD}`);
  });

  it('gives machines the report as JSON', async () => {
    const { code, out } = await run('dyad', 'irn', 'rus', '--from', '2023-01-01', '--to', '2024-12-31', '--by', 'quarter', '--json', '--resamples', '0', '--db', db);
    expect(code).toBe(EXIT.ok);
    const report = JSON.parse(out) as Record<string, unknown> & {
      series: { dyad: unknown; granularity: string; points: { period: string; both: { count: number; net: number } }[] };
      shifts: { changes: { period: string; direction: string; eventIds: string[] }[] };
      overall: { direction: string; reasons: string[] };
      alerts: { week: string; rows: unknown[] };
    };
    expect(Object.keys(report).sort()).toEqual(['alerts', 'coverage', 'direction', 'measure', 'names', 'overall', 'series', 'shifts', 'sparkline']);
    expect(report.names).toEqual({ a: 'Iran', b: 'Russia' });
    // Coded text only: no continuous feed to report holes in.
    expect((report as unknown as { coverage: unknown[] }).coverage).toEqual([]);
    expect(report.series.dyad).toEqual({ a: 'IRN', b: 'RUS' });
    expect(report.series.granularity).toBe('quarter');
    expect(report.series.points.map((p) => p.period)).toEqual(['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    expect(report.series.points.every((p) => typeof p.both.net === 'number' && p.both.count > 0)).toBe(true);
    expect(report.sparkline).toHaveLength(8);
    expect(report.alerts.rows).toHaveLength(5);
    expect(['cooling', 'shifting']).toContain(report.overall.direction);
  });

  it.each([
    [['--by', 'year'], /--by: expected day, week, month or quarter/],
    [['--from', '2024-02-30'], /--from: not a calendar date/],
    [['--to', '31/12/2024'], /--to: expected a date as YYYY-MM-DD/],
    [['--resamples', '-3'], /--resamples/],
  ])('refuses %j with a clear message and exit code 2', async (flags, message) => {
    const { code, err, out } = await run('dyad', 'IRN', 'RUS', ...flags, '--db', db);
    expect(code).toBe(EXIT.usage);
    expect(err).toMatch(message);
    expect(out).toBe('');
  });

  it('refuses the same actor twice, and a bad actor code, before opening the store', async () => {
    const missing = join(dir, 'absent.duckdb');
    const same = await run('dyad', 'IRN', 'irn', '--db', missing);
    expect(same.code).toBe(EXIT.usage);
    expect(same.err).toMatch(/a dyad needs two different actors, got IRN twice/);
    const bad = await run('dyad', 'IRN', '12', '--db', missing);
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.err).toMatch(/expected an actor code such as IRN or RUSGOV/);
  });
});

describe('entente dyads', () => {
  it('lists the dyads whose net cooperation changed most', async () => {
    const { code, out } = await run('dyads', '--top', '3', '--from', '2024-01-01', '--to', '2024-12-31', '--db', db);
    expect(code).toBe(EXIT.ok);
    expect(out).toContain('Dyads by change in net cooperation, 2024-01-01 to 2024-12-31 against 2022-12-31 to 2023-12-31');
    const rows = out.split('\n').filter((l) => /^\d+\s/.test(l));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^1\s+IRN–RUS\s+Iran – Russia\s+60\s+63\s+−234\.0\s+298\.0\s+−532\.0$/);
  });

  it('gives JSON and refuses a bad --top', async () => {
    const json = await run('dyads', '--top', '2', '--json', '--db', db);
    expect(json.code).toBe(EXIT.ok);
    const ranking = JSON.parse(json.out) as { from: string; to: string; byChange: unknown[]; byCount: unknown[] };
    expect([ranking.from, ranking.to]).toEqual(['2024-11-24', '2024-12-23']);
    expect(ranking.byChange.length).toBeLessThanOrEqual(2);
    const bad = await run('dyads', '--top', 'many', '--db', db);
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.err).toMatch(/--top/);
  });
});
