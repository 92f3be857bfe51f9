import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { correctionsExportUrl, getAnnotation, listAnnotations } from '../../api/index.js';
import type { Annotation } from '../../api/index.js';
import { AnnotationItem, Empty, ErrorNote, EvidenceDialog, Loading, Pager, usePageTitle } from '../../components/index.js';
import { useAsync } from '../../lib/index.js';
import { useSession } from '../../session/index.js';
import { briefLink } from './targets.js';

const PAGE = 50;

export function AnnotationsPage() {
  usePageTitle('Annotations');
  const { query, route } = useLocation();
  const { user } = useSession();
  const kind = query.kind === 'comment' || query.kind === 'correction' ? query.kind : undefined;
  const offset = Math.max(0, Number(query.offset) || 0);
  const editId = query.edit;
  const author = query.author;
  const list = useAsync((signal) => listAnnotations({ ...(kind ? { kind } : {}), ...(author ? { authorId: author } : {}), limit: PAGE, offset }, signal), [kind, author, offset]);
  // A deep link (?edit=id) opens the editor even for someone else's note: the API's refusal is shown.
  const editing = useAsync((signal) => (editId ? getAnnotation(editId, signal) : Promise.resolve(undefined)), [editId]);
  const [evidenceFor, setEvidenceFor] = useState<string | undefined>();
  const go = (params: Record<string, string | undefined>): void => {
    const s = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1])).toString();
    route(`/annotations${s ? `?${s}` : ''}`);
  };

  return (
    <section aria-labelledby="annotations-title">
      <h1 id="annotations-title">Annotations</h1>
      <p class="muted">Readers’ comments on events and brief sections, and codings they flagged as wrong with the right code. {user ? '' : 'Sign in to add your own.'}</p>
      {author ? <p class="small">Showing {user?.id === author ? 'your' : 'one reader’s'} annotations only. <a href="/annotations">Show everyone’s</a></p> : null}
      <div class="row" style="justify-content: space-between">
        <div class="segmented" role="group" aria-label="Show">
          {([undefined, 'comment', 'correction'] as const).map((k) => (
            <button key={k ?? 'all'} type="button" aria-pressed={kind === k} onClick={() => go({ kind: k, author })}>
              {k === undefined ? 'All' : k === 'comment' ? 'Comments' : 'Corrections'}
            </button>
          ))}
        </div>
        <p class="small">Export corrections: <a href={correctionsExportUrl('jsonl')} download>JSONL</a> · <a href={correctionsExportUrl('csv')} download>CSV</a></p>
      </div>
      {editId ? (
        <div class="card" style="margin: 1rem 0">
          <h2>Edit annotation</h2>
          {editing.status === 'loading' ? <Loading /> : null}
          {editing.status === 'error' ? <ErrorNote error={editing.error} /> : null}
          {editing.status === 'ok' && !editing.data ? <Empty>There is no annotation {editId}.</Empty> : null}
          {editing.data ? (
            <ul class="plain">
              <AnnotationItem annotation={editing.data} editing onChanged={() => { go({ kind }); list.reload(); }} />
            </ul>
          ) : null}
        </div>
      ) : null}
      {list.status === 'error' ? <ErrorNote error={list.error} title="Could not list annotations" /> : null}
      {list.status === 'loading' && !list.data ? <Loading /> : null}
      {list.data && list.data.items.length === 0 ? <Empty>No annotations yet.</Empty> : null}
      {list.data && list.data.items.length > 0 ? (
        <>
          <ul class="plain">
            {list.data.items.map((a) => (
              <li key={a.id} class="card" style="margin-bottom: 0.5rem">
                <TargetLine annotation={a} onEvidence={setEvidenceFor} />
                <ul class="plain"><AnnotationItem annotation={a} onChanged={list.reload} /></ul>
              </li>
            ))}
          </ul>
          <Pager label="Annotations" total={list.data.total} limit={PAGE} offset={offset} onOffset={(o) => go({ kind, author, offset: String(o) })} />
        </>
      ) : null}
      <EvidenceDialog title="Evidence" items={evidenceFor ? [{ eventId: evidenceFor }] : []} open={!!evidenceFor} onClose={() => setEvidenceFor(undefined)} />
    </section>
  );
}

function TargetLine({ annotation: a, onEvidence }: { annotation: Annotation; onEvidence: (id: string) => void }) {
  if (a.target.kind === 'event') {
    const id = a.target.id;
    return <p class="small">On event <button type="button" class="link" onClick={() => onEvidence(id)}>{id}</button></p>;
  }
  return <p class="small">On brief <a href={briefLink(a.target.id, a.target.section)}>{a.target.id.replace('-', ' – ')}, section “{a.target.section}”</a></p>;
}
