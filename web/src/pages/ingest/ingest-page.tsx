import { useRef, useState } from 'preact/hooks';
import { ApiError, pasteDocument, uploadFiles } from '../../api/index.js';
import type { UploadProgress, UploadResult } from '../../api/index.js';
import { ErrorNote, usePageTitle } from '../../components/index.js';
import { formatBytes } from '../../lib/index.js';
import { IngestResultView } from './ingest-result.js';

type Run =
  | { state: 'idle' }
  | { state: 'running'; name: string; progress: UploadProgress }
  | { state: 'done'; name: string; result: UploadResult; eventsLink?: string }
  | { state: 'failed'; name: string; error: unknown };

/** One document with events: link straight to them; several: the result lists each. */
function eventsLinkOf(result: UploadResult): { eventsLink?: string } {
  const withEvents = result.documents.filter((d) => d.events > 0);
  const only = withEvents.length === 1 ? withEvents[0] : undefined;
  return only ? { eventsLink: `/events?docId=${encodeURIComponent(only.id)}` } : {};
}

export function IngestPage() {
  usePageTitle('Ingest');
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [file, setFile] = useState<File | undefined>();
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const abort = useRef<AbortController | undefined>(undefined);

  const start = async (name: string, size: number, send: (onProgress: (p: UploadProgress) => void, signal: AbortSignal) => Promise<UploadResult>): Promise<void> => {
    abort.current = new AbortController();
    setRun({ state: 'running', name, progress: { loaded: 0, total: size, phase: 'sending' } });
    try {
      const result = await send((progress) => setRun({ state: 'running', name, progress }), abort.current.signal);
      setRun({ state: 'done', name, result, ...eventsLinkOf(result) });
    } catch (error) {
      setRun({ state: 'failed', name, error });
    }
  };
  const paste = async (): Promise<void> => {
    const name = title.trim();
    await start('pasted text', text.length, async (onProgress) => {
      onProgress({ loaded: text.length, total: text.length, phase: 'decoding' });
      return pasteDocument({ text, ...(name ? { title: name } : {}), ...(date ? { date } : {}) });
    });
  };

  const busy = run.state === 'running';
  return (
    <section aria-labelledby="ingest-h">
      <h1 id="ingest-h">Ingest</h1>
      <p class="muted">Paste an article or upload a file (plain text, HTML, JSONL with one article per line, RSS or Atom). It is read, split into sentences, coded and stored; the events appear in the evidence table.</p>
      <div class="grid">
        <form class="card span-6" onSubmit={(e) => { e.preventDefault(); void paste(); }}>
          <h2>Paste text</h2>
          <div class="row">
            <div class="field">
              <label for="ingest-title">Title (optional)</label>
              <input id="ingest-title" type="text" value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
            </div>
            <div class="field">
              <label for="ingest-date">Published (relative dates resolve against it)</label>
              <input id="ingest-date" type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
            </div>
          </div>
          <div class="field">
            <label for="ingest-text">Article text</label>
            <textarea id="ingest-text" rows={8} value={text} onInput={(e) => setText(e.currentTarget.value)} required />
          </div>
          <button type="submit" disabled={busy || !text.trim()}>Decode text</button>
        </form>
        <form class="card span-6" onSubmit={(e) => { e.preventDefault(); if (file) void start(file.name, file.size, (onProgress, signal) => uploadFiles([file], onProgress, signal)); }}>
          <h2>Upload a file</h2>
          <div class="field">
            <label for="ingest-file">File</label>
            <input id="ingest-file" type="file" accept=".txt,.html,.htm,.jsonl,.ndjson,.xml,.rss,.atom,.gz,.zip"
              onChange={(e) => setFile(e.currentTarget.files?.[0])} />
          </div>
          {file ? <p class="small muted">{file.name}, {formatBytes(file.size)}</p> : null}
          <button type="submit" disabled={busy || !file}>Upload and decode</button>
        </form>
      </div>
      <div aria-live="polite" class="ingest-run">
        {run.state === 'running' ? (
          <div class="card" style="margin-top: 1rem">
            <label for="ingest-progress">
              {run.progress.phase === 'sending'
                ? `Sending ${run.name}: ${formatBytes(run.progress.loaded)} of ${formatBytes(run.progress.total)}`
                : `Decoding ${run.name} on the server…`}
            </label>
            {run.progress.phase === 'sending'
              ? <progress id="ingest-progress" max={run.progress.total || 1} value={run.progress.loaded} />
              : <progress id="ingest-progress" />}
            <button type="button" class="secondary" onClick={() => abort.current?.abort()}>Cancel</button>
          </div>
        ) : null}
        {run.state === 'failed' ? <ErrorNote error={run.error} title={`Could not ingest ${run.name}`} /> : null}
        {run.state === 'failed' && run.error instanceof ApiError && run.error.status === 401 ? <p><a href="/account">Sign in or create an account</a>, then try again.</p> : null}
        {run.state === 'done' ? <IngestResultView name={run.name} result={run.result} eventsLink={run.eventsLink} /> : null}
      </div>
    </section>
  );
}
