import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { contentHash, detectFormat, readBuffer, readInputs, tallyItems } from './index.js';
import { collect, docs, errors, FIXTURES, tempDir } from './test-helpers/temp.js';

const dir = tempDir();
const write = (name: string, data: string | Uint8Array): string => {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, data);
  return path;
};

describe('readInputs over a directory mixing formats', () => {
  const root = join(dir, 'mixed');
  copyFileSync(join(FIXTURES, 'records.jsonl'), write('mixed/a/records.txt', ''));
  copyFileSync(join(FIXTURES, 'article.html'), write('mixed/b/page.dat', ''));
  copyFileSync(join(FIXTURES, 'feed-rss.xml'), write('mixed/b/deeper/feed', ''));
  copyFileSync(join(FIXTURES, 'feed-atom.xml'), write('mixed/atom.xml', ''));
  write('mixed/note.md', 'Iran and Russia held talks\nThe ministers met in Moscow.\n');
  write('mixed/.hidden.txt', 'must not be read');
  write('mixed/.git/config', 'must not be read');
  write('mixed/README.md', 'About this folder\nmust not be read either.');
  write('mixed/b/LICENSE', 'must not be read');
  write('mixed/empty.txt', '');
  write('mixed/blob.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
  symlinkSync('..', join(root, 'b', 'loop'));

  it('reads every file by its content, recursively, skipping dot files and README/LICENSE', async () => {
    const items = await collect(readInputs([root]));
    const byFormat = (f: string): number => docs(items).filter((d) => d.format === f).length;
    expect({ jsonl: byFormat('jsonl'), html: byFormat('html'), rss: byFormat('rss'), atom: byFormat('atom'), text: byFormat('text') }).toEqual({ jsonl: 4, html: 1, rss: 3, atom: 2, text: 1 });
    expect(docs(items).some((d) => d.text.includes('must not be read'))).toBe(false);
    expect(errors(items).map((e) => e.code).sort()).toEqual(['INPUT_BINARY', 'INPUT_EMPTY', 'INPUT_RECORD', 'INPUT_RECORD', 'INPUT_RECORD', 'INPUT_RECORD']);
    expect(tallyItems(items)).toEqual({ documents: 11, errors: 6, byCode: { INPUT_BINARY: 1, INPUT_EMPTY: 1, INPUT_RECORD: 4 } });
    expect(docs(items).find((d) => d.format === 'html')?.origin).toBe(join(root, 'b', 'page.dat'));
    expect(errors(items).find((e) => e.code === 'INPUT_BINARY')?.location?.file).toBe(join(root, 'blob.bin'));
  });

  it('walks in name order, so two runs give the same sequence', async () => {
    const ids = async (): Promise<string[]> => docs(await collect(readInputs([root]))).map((d) => d.id);
    expect(await ids()).toEqual(await ids());
  });

  it('still reads a README named explicitly', async () => {
    expect(docs(await collect(readInputs([join(root, 'README.md')])))[0]?.title).toBe('About this folder');
  });
});

describe('readInputs errors (the run goes on)', () => {
  const good = write('errs/good.txt', 'Headline\nBody line.');

  it('missing paths, file-as-directory and pipes are INPUT_UNREADABLE with the OS reason', async () => {
    const fifo = join(dir, 'errs', 'pipe');
    execFileSync('mkfifo', [fifo]);
    const items = await collect(readInputs([join(dir, 'nope.txt'), `${good}/inner.txt`, fifo, good]));
    expect(errors(items).map((e) => e.code)).toEqual(['INPUT_UNREADABLE', 'INPUT_UNREADABLE', 'INPUT_UNREADABLE']);
    expect(errors(items)[0]?.message).toContain('ENOENT');
    expect(errors(items)[0]?.location?.file).toBe(join(dir, 'nope.txt'));
    expect(errors(items)[1]?.message).toContain('ENOTDIR');
    expect(errors(items)[2]?.message).toContain('not a regular file');
    expect(docs(items).map((d) => d.text)).toEqual(['Body line.']);
  });

  it('refuses a non-JSONL file over the size limit without reading it', async () => {
    const big = write('errs/huge.txt', 'Plain text at the start.\n');
    truncateSync(big, 50 * 1024 * 1024 + 1);
    const [only] = await collect(readInputs([big]));
    expect(only?.kind === 'error' && only.error).toMatchObject({ code: 'INPUT_TOO_LARGE', location: { file: big } });
    expect(only?.kind === 'error' && only.error.message).toContain(String(50 * 1024 * 1024));
  });

  it('honours a lower limit from the options', async () => {
    const small = write('errs/small.html', `<p>${'word '.repeat(100)}</p>`);
    expect(errors(await collect(readInputs([small], { maxFileBytes: 100 })))[0]?.code).toBe('INPUT_TOO_LARGE');
  });

  it('reads UTF-16 files and reports empty, whitespace-only and binary files', async () => {
    const u16 = write('errs/u16.txt', new Uint8Array([0xff, 0xfe, ...Buffer.from('Moscow talks\nLavrov met Araghchi.', 'utf16le')]));
    const empty = write('errs/empty.txt', '');
    const blank = write('errs/blank.txt', '  \n\t\n');
    const bin = write('errs/x.jsonl', Buffer.concat([Buffer.from('{"text":"x"}\n'), Buffer.alloc(16)]));
    const items = await collect(readInputs([u16, empty, blank, bin]));
    expect(docs(items)).toMatchObject([{ title: 'Moscow talks', text: 'Lavrov met Araghchi.' }]);
    expect(errors(items).map((e) => [e.code, e.location?.file])).toEqual([['INPUT_EMPTY', empty], ['INPUT_EMPTY', blank], ['INPUT_BINARY', bin]]);
  });

  it('refuses JSON documents and unknown XML instead of reading them as prose', async () => {
    const json = write('errs/data.json', '{\n  "text": "pretty"\n}\n');
    const xml = write('errs/data.xml', '<?xml version="1.0"?><catalog><book/></catalog>');
    expect(errors(await collect(readInputs([json, xml]))).map((e) => e.code)).toEqual(['INPUT_FORMAT', 'INPUT_FORMAT']);
  });

  it('checks options at the boundary', async () => {
    await expect(collect(readInputs([good], { date: 'yesterday' }))).rejects.toMatchObject({ code: 'VALIDATION', location: { field: 'date' } });
    expect(() => readBuffer(Buffer.from('x'), 'x', { maxFileBytes: -1 })).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });
});

describe('readBuffer', () => {
  it('reads an upload by content and applies the options', () => {
    const jsonl = readFileSync(join(FIXTURES, 'records.jsonl'));
    const items = readBuffer(jsonl, 'upload', { source: 'Upload desk' });
    expect(tallyItems(items)).toMatchObject({ documents: 4, errors: 4 });
    expect(docs(items)[1]?.source).toBe('Upload desk');
    expect(docs(items)[0]?.source).toBe('Fixture Wire');
    const pasted = readBuffer(Buffer.from('Russia urged restraint on both sides.'), 'paste', { date: '2025-06-14', title: 'Pasted' });
    expect(docs(pasted)[0]).toMatchObject({ date: '2025-06-14', title: 'Pasted', origin: 'paste', format: 'text' });
  });

  it('any text round-trips through detect + read without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const items = readBuffer(Buffer.from(text, 'utf8'), 'prop.txt');
        expect(items.length).toBeGreaterThan(0);
        for (const item of items) {
          if (item.kind === 'error') expect(item.error).toBeInstanceOf(InputError);
          else expect(item.document.contentHash).toBe(contentHash(item.document.text));
        }
        if (text.trim() === '') expect(items.map((i) => i.kind === 'error' && i.error.code)).toEqual(['INPUT_EMPTY']);
      }),
      { numRuns: 500 },
    );
  });

  it('any bytes at all give items, never an exception', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const items = readBuffer(bytes, 'bytes.bin');
        expect(items.length).toBeGreaterThan(0);
        for (const item of items) if (item.kind === 'error') expect(item.error).toBeInstanceOf(InputError);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every word of plain prose between title and text', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,8}$/);
    const line = fc.array(word, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
        const text = lines.join('\n');
        fc.pre(detectFormat(text) === 'text');
        const [item] = readBuffer(Buffer.from(text), 'words.txt');
        expect(item?.kind).toBe('document');
        if (item?.kind !== 'document') return;
        const got = [item.document.title ?? '', item.document.text].join(' ').split(/\s+/).filter(Boolean);
        expect(got).toEqual(text.split(/\s+/).filter(Boolean));
      }),
    );
  });
});
