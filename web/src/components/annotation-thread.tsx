import { createAnnotation, listAnnotations } from '../api/index.js';
import type { AnnotationTarget } from '../api/index.js';
import { useAsync } from '../lib/index.js';
import { useSession } from '../session/index.js';
import { AnnotationForm } from './annotation-form.js';
import { AnnotationItem } from './annotation-item.js';
import { ErrorNote } from './status.js';

export interface AnnotationThreadProps {
  target: AnnotationTarget;
  /** Events can be flagged as wrongly coded; brief sections take comments only. */
  allowCorrection?: boolean;
  compact?: boolean;
}

const targetKey = (t: AnnotationTarget): string => (t.kind === 'brief' ? `brief:${t.id}:${t.section}` : `event:${t.id}`);

export function AnnotationThread({ target, allowCorrection = false, compact = false }: AnnotationThreadProps) {
  const { user } = useSession();
  const key = targetKey(target);
  const idPrefix = `ann-${key.replace(/[^A-Za-z0-9]+/g, '-')}`;
  const list = useAsync((signal) => listAnnotations({
    targetKind: target.kind,
    targetId: target.id,
    ...(target.kind === 'brief' ? { section: target.section } : {}),
  }, signal), [key]);
  const items = list.data?.items ?? [];

  return (
    <section class={compact ? 'annotations compact' : 'annotations'} aria-labelledby={`${idPrefix}-h`}>
      <h3 id={`${idPrefix}-h`} class="small">Annotations{items.length > 0 ? ` (${items.length})` : ''}</h3>
      {list.status === 'error' ? <ErrorNote error={list.error} title="Could not load annotations" /> : null}
      {items.length > 0 ? (
        <ul class="plain">
          {items.map((a) => <AnnotationItem key={a.id} annotation={a} onChanged={list.reload} />)}
        </ul>
      ) : null}
      {user ? (
        <AnnotationForm
          idPrefix={idPrefix}
          allowCorrection={allowCorrection}
          submitLabel="Post"
          onSubmit={async (d) => {
            await createAnnotation({ target, kind: d.kind, body: d.body, ...(d.correction ? { correction: d.correction } : {}) });
            list.reload();
          }}
        />
      ) : user === null ? (
        <p class="small"><a href="/account">Sign in</a> to share your insights or flag a coding as wrong.</p>
      ) : null}
    </section>
  );
}
