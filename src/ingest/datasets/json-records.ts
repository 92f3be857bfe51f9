/**
 * Top-level records of a JSON file, streamed: the elements of one big array (pretty-printed
 * PLOVER files) or the lines of JSON Lines, each with the line it starts on. Only the record in
 * hand is held in memory; a record that does not parse is reported with its line, and the next
 * one is read.
 */

export type JsonRecord = { line: number; value: unknown } | { line: number; error: string };

function parse(text: string, line: number): JsonRecord {
  try {
    return { line, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { line, error: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

async function* chars(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) yield decoder.decode(chunk, { stream: true });
  yield decoder.decode();
}

export async function* jsonRecords(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<JsonRecord> {
  let mode: 'unknown' | 'array' | 'lines' = 'unknown';
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let current = '';
  let startLine = 0;
  for await (const text of chars(chunks)) {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] as string;
      if (mode === 'unknown') {
        if (ch === '\uFEFF' || /\s/.test(ch)) {
          if (ch === '\n') line++;
          continue;
        }
        mode = ch === '[' ? 'array' : 'lines';
        if (mode === 'array') continue;
      }
      if (mode === 'lines') {
        if (ch === '\n') {
          if (current.trim() !== '') yield parse(current, startLine);
          current = '';
          line++;
          continue;
        }
        if (current === '') startLine = line;
        current += ch;
        continue;
      }
      // Array mode: collect one element at depth 0 (inside the outer brackets).
      if (ch === '\n') line++;
      if (inString) {
        current += ch;
        if (escaped) escaped = false;
        else if (ch === '\\') escaped = true;
        else if (ch === '"') inString = false;
        continue;
      }
      if (depth === 0 && (ch === ',' || ch === ']' || /\s/.test(ch))) {
        if (current.trim() !== '') yield parse(current, startLine);
        current = '';
        continue;
      }
      if (current === '') startLine = line;
      current += ch;
      if (ch === '"') inString = true;
      else if (ch === '{' || ch === '[') depth++;
      else if (ch === '}' || ch === ']') depth = Math.max(0, depth - 1);
    }
  }
  if (current.trim() !== '') yield parse(current, startLine);
}
