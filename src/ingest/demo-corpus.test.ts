import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../domain/index.js';
import { readInputs, tallyItems } from './index.js';
import type { IngestItem } from './index.js';
import { collect, DEMO, docs, errors } from './test-helpers/temp.js';

const SPEAKERS = ['Lavrov', 'Zakharova', 'Peskov', 'Ryabkov', 'Araghchi', 'Pezeshkian', 'Netanyahu', 'Rubio', 'Blinken', 'Guterres', 'Putin', 'Zelensky', 'Dedov'];

/** Sentence ends: a stop, optionally inside a closing quote, before a space or the end. */
const sentences = (text: string): string[] => text.split(/(?<=[.!?]["”]?)\s+/).filter((s) => s.trim());

describe('demo corpus (data/demo)', () => {
  let items: IngestItem[] = [];
  let all: Document[] = [];
  beforeAll(async () => {
    items = await collect(readInputs([DEMO]));
    all = docs(items);
  });

  it('reads cleanly through every reader', () => {
    const jsonlLines = readFileSync(join(DEMO, 'news.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).length;
    expect(errors(items).map((e) => e.describe())).toEqual([]);
    expect(jsonlLines).toBeGreaterThanOrEqual(40);
    expect(tallyItems(items)).toEqual({ documents: jsonlLines + 2 + 3, errors: 0, byCode: {} });
    const formats = new Map<string, number>();
    for (const d of all) formats.set(d.format, (formats.get(d.format) ?? 0) + 1);
    expect(Object.fromEntries(formats)).toEqual({ jsonl: jsonlLines, html: 2, rss: 3 });
  });

  it('dates every item inside 2024-01 .. 2025-06 and covers every month', () => {
    for (const d of all) {
      expect(d.date, d.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d.date! >= '2024-01-01' && d.date! <= '2025-06-30', d.id).toBe(true);
    }
    const months = new Set(all.map((d) => d.date!.slice(0, 7)));
    expect(months.size).toBe(18);
  });

  it('gives every item a unique id, a title, a fictional source and url', () => {
    expect(new Set(all.map((d) => d.id)).size).toBe(all.length);
    for (const d of all) {
      expect(d.title, d.id).toBeTruthy();
      expect(['Demo Wire', 'Caspian Desk', 'Gulf Ledger'], d.id).toContain(d.source);
      expect(d.url, d.id).toMatch(/^https:\/\/demo\.entente\.invalid\//);
    }
  });

  it('keeps items short: three to six sentences each', () => {
    for (const d of all) {
      const n = sentences(d.text).length;
      expect(n >= 3 && n <= 6, `${d.id} has ${n} sentences`).toBe(true);
    }
  });

  it('has a quotation with a named speaker in at least ten items', () => {
    const quoted = all.filter((d) => SPEAKERS.some((s) => new RegExp(`"[^"]+,"\\s+(?:[A-Z][\\w'-]* )*${s} said`).test(d.text)));
    expect(quoted.length).toBeGreaterThanOrEqual(10);
  });

  it('never has Russia deliver the Su-35 or S-400, across several months of requests', () => {
    const about = all.flatMap((d) => sentences(d.text).filter((s) => /Su-35|S-400/.test(s)).map((s) => ({ month: d.date!.slice(0, 7), s })));
    expect(new Set(about.map((a) => a.month)).size).toBeGreaterThanOrEqual(6);
    for (const { s } of about.filter((a) => /deliver/.test(a.s))) {
      expect(s).toMatch(/\bnot\b|\bno\b|failing|declined|waiting|when|speed up|delivery date/);
    }
  });

  it('treaty signed in January 2025 and Russia condemns both Israeli strikes', () => {
    const on = (date: string, re: RegExp): boolean => all.some((d) => d.date === date && re.test(d.text));
    expect(on('2025-01-17', /Russia and Iran signed a comprehensive strategic partnership treaty/)).toBe(true);
    expect(on('2024-04-02', /Russia condemned the Israeli strike on the Iranian consulate/)).toBe(true);
    expect(on('2025-06-13', /Russia condemned the Israeli strikes as unprovoked and illegal/)).toBe(true);
  });
});
