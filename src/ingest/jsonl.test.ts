import { createReadStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonlBytes, readJsonlStream, readJsonlText } from './jsonl.js';
import { resolveOptions } from './options.js';
import { collect, docs, errors, FIXTURES, tempDir } from './test-helpers/temp.js';

const options = resolveOptions();
const fixture = join(FIXTURES, 'records.jsonl');

describe('JSONL reader', () => {
  it('keeps the good lines and names line and field of each bad one', async () => {
    const items = await collect(readJsonlStream(createReadStream(fixture), fixture, options));
    expect(docs(items).map((d) => d.id)).toEqual(['fx-1', 'fx-2', 'fx-4', 'fx-8']);
    expect(errors(items).map((e) => [e.code, e.location?.line, e.location?.field])).toEqual([
      ['INPUT_RECORD', 3, 'date'],
      ['INPUT_RECORD', 5, 'text'],
      ['INPUT_RECORD', 6, 'text'],
      ['INPUT_RECORD', 7, undefined],
    ]);
    expect(errors(items)[3]?.message).toMatch(/not valid JSON/);
    expect(errors(items).every((e) => e.location?.file === fixture)).toBe(true);
  });

  it('normalises timestamps, reads html records, sets origin to path:line', async () => {
    const all = docs(await collect(readJsonlStream(createReadStream(fixture), fixture, options)));
    const byId = new Map(all.map((d) => [d.id, d]));
    expect(byId.get('fx-2')?.date).toBe('2024-03-03');
    expect(byId.get('fx-4')).toMatchObject({ title: 'Ferry fares fall', text: 'Ferry fares fell for the first time this year.\nOperators cited cheaper fuel.', origin: `${fixture}:4` });
    expect(byId.get('fx-1')?.text).toBe('Negotiators resumed grain talks on Saturday.\nBoth sides called the first session useful.');
  });

  it('accepts numeric ids, nulls for absent fields, blank lines and CRLF', () => {
    const text = '{"id":7,"title":null,"date":"","text":"a"}\r\n\r\n{"text":"b","extra":{"kept":"out"}}\r\n';
    const items = readJsonlBytes(Buffer.from(text), 'n.jsonl', options);
    expect(errors(items)).toEqual([]);
    expect(docs(items).map((d) => [d.id, d.title, d.date])).toEqual([['7', undefined, undefined], [docs(items)[1]?.id, undefined, undefined]]);
    expect(docs(items)[1]?.id).toMatch(/^doc-[0-9a-f]{16}$/);
  });

  it('rejects a record that reuses an id for different text, but passes exact repeats', () => {
    const lines = ['{"id":"a","text":"one"}', '{"id":"a","text":"one"}', '{"id":"a","text":"two"}'].join('\n');
    const items = readJsonlText(lines, 'd.jsonl', options);
    expect(docs(items)).toHaveLength(2);
    expect(errors(items)[0]).toMatchObject({ code: 'INPUT_RECORD', location: { file: 'd.jsonl', line: 3, field: 'id' } });
    expect(errors(items)[0]?.message).toContain('line 1');
  });

  it('fails only the line with invalid UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('{"text":"good"}\n{"text":"bad '), Buffer.from([0xff]), Buffer.from('"}\n{"text":"also good"}\n')]);
    const items = readJsonlBytes(bytes, 'u.jsonl', options);
    expect(docs(items).map((d) => d.text)).toEqual(['good', 'also good']);
    expect(errors(items)[0]).toMatchObject({ code: 'INPUT_ENCODING', location: { file: 'u.jsonl', line: 2 } });
    expect(errors(items)[0]?.message).toContain('byte 29');
  });

  it('fails a line over the 10 MB default limit and keeps reading', async () => {
    const dir = tempDir();
    const path = join(dir, 'big.jsonl');
    const huge = `{"text":"${'a'.repeat(10 * 1024 * 1024 + 10)}"}`;
    writeFileSync(path, `{"text":"before"}\n${huge}\n{"text":"after"}\n`);
    const items = await collect(readJsonlStream(createReadStream(path), path, options));
    expect(docs(items).map((d) => d.text)).toEqual(['before', 'after']);
    expect(errors(items)[0]).toMatchObject({ code: 'INPUT_TOO_LARGE', location: { file: path, line: 2 } });
    expect(errors(items)[0]?.message).toContain(String(10 * 1024 * 1024));
  });

  it('yields records while the source is still being read', async () => {
    const n = 20_000;
    let produced = 0;
    async function* chunks(): AsyncGenerator<Uint8Array> {
      for (let i = 1; i <= n; i++) {
        produced++;
        yield Buffer.from(`{"id":"r${i}","date":"2024-01-01","text":"record ${i}"}\n`);
      }
    }
    let count = 0;
    let producedAtFirst = -1;
    let last = '';
    for await (const item of readJsonlStream(chunks(), 'gen.jsonl', options)) {
      if (producedAtFirst < 0) producedAtFirst = produced;
      if (item.kind === 'document') last = item.document.id;
      count++;
    }
    expect(producedAtFirst).toBeLessThan(10);
    expect(count).toBe(n);
    expect(last).toBe(`r${n}`);
  });

  it('reports a file with no records as empty', () => {
    expect(errors(readJsonlText('\n  \n', 'e.jsonl', options))[0]?.code).toBe('INPUT_EMPTY');
  });
});
