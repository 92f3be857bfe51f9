import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { reusedChunks } from './chunks.js';
import { tempDir } from './test-helpers/index.js';

const dir = tempDir();

it('gives every byte once and in order, across reused buffers, for empty, small and multi-buffer files', async () => {
  for (const [name, size] of [['empty', 0], ['small', 1000], ['large', 9 * 1024 * 1024 + 123]] as const) {
    const file = join(dir, name);
    writeFileSync(file, randomBytes(size));
    const hash = createHash('sha256');
    let bytes = 0;
    let chunks = 0;
    for await (const chunk of reusedChunks(file)) {
      hash.update(chunk);
      bytes += chunk.length;
      chunks++;
    }
    expect(bytes).toBe(size);
    expect(hash.digest('hex')).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
    expect(chunks).toBe(Math.ceil(size / (4 * 1024 * 1024)));
  }
});

it('can be left early (the pending read is awaited before the file is closed)', async () => {
  const file = join(dir, 'early');
  writeFileSync(file, randomBytes(10 * 1024 * 1024));
  for await (const chunk of reusedChunks(file)) {
    expect(chunk.length).toBe(4 * 1024 * 1024);
    break;
  }
  let total = 0;
  for await (const chunk of reusedChunks(file)) total += chunk.length;
  expect(total).toBe(10 * 1024 * 1024);
});
