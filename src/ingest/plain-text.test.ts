import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeWithShared, SEED_FILE } from '../../test/shared.js';
import { resolveOptions } from './options.js';
import { looksLikeTitle, readPlainText } from './plain-text.js';

const options = resolveOptions();

describeWithShared('plain text: the seed article', ['seeds', '000_91aeb563d4901a78.txt'], () => {
  it('takes the first line as the title and keeps the body with its line breaks', () => {
    const raw = readFileSync(SEED_FILE, 'utf8');
    const lines = raw.replace(/\r\n?/g, '\n').split('\n');
    const doc = readPlainText(raw, SEED_FILE, resolveOptions({ date: '2025-06-20' }));
    expect(doc.title).toBe(lines[0]?.trim());
    expect(doc.text.startsWith(lines[1]?.trim() ?? '?')).toBe(true);
    expect(doc.text).not.toContain(lines[0]?.trim() ?? '?');
    expect(doc.text.split('\n').length).toBe(lines.filter((l) => l.trim()).length - 1);
    expect(doc.date).toBe('2025-06-20');
    expect(doc.format).toBe('text');
  });
});

describe('plain text', () => {
  it('reads a leading header block and does not mistake the body for a title', () => {
    const text = 'Date: 2025-06-20T09:00:00Z\nTitle: Moscow offers to mediate\nSource: Demo Wire\nURL: https://demo.entente.invalid/x\n\nRussia offered to mediate between Iran and Israel.\nThe Kremlin said talks were possible.';
    const doc = readPlainText(text, 'h.txt', options);
    expect(doc).toMatchObject({ date: '2025-06-20', title: 'Moscow offers to mediate', source: 'Demo Wire', url: 'https://demo.entente.invalid/x' });
    expect(doc.text).toBe('Russia offered to mediate between Iran and Israel.\nThe Kremlin said talks were possible.');
  });

  it('fails a bad Date header with its line and field', () => {
    expect(() => readPlainText('Title: T\nDate: last spring\n\nBody.', 'bad.txt', options)).toThrow(
      expect.objectContaining({ code: 'INPUT_RECORD', location: { file: 'bad.txt', line: 2, field: 'Date' } }),
    );
  });

  it('takes no title from running text, a lone line, or when the header gave one', () => {
    expect(readPlainText('Russia and Iran signed a treaty.\nIt was ratified later.', 'a.txt', options).title).toBeUndefined();
    const single = readPlainText('Only one line here', 'b.txt', options);
    expect(single.title).toBeUndefined();
    expect(single.text).toBe('Only one line here');
  });

  it('uses option metadata only where the document has none', () => {
    const doc = readPlainText('Date: 2024-04-02\n\nHeadline here\nBody.', 'c.txt', resolveOptions({ date: '2025-01-01', source: 'Paste' }));
    expect(doc).toMatchObject({ date: '2024-04-02', source: 'Paste', title: 'Headline here', text: 'Body.' });
  });

  it('judges headline-like lines', () => {
    expect(looksLikeTitle('Iran Vs. Russia: Decoding A Shifting Alliance')).toBe(true);
    expect(looksLikeTitle('Is the partnership fraying?')).toBe(true);
    expect(looksLikeTitle('Russia urged restraint.')).toBe(false);
    expect(looksLikeTitle('He said it was "over."')).toBe(false);
    expect(looksLikeTitle('- a list item')).toBe(false);
    expect(looksLikeTitle('2025')).toBe(false);
    expect(looksLikeTitle('word '.repeat(40))).toBe(false);
  });
});
