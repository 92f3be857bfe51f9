import { useState } from 'preact/hooks';
import { deleteAnnotation, errorMessage, updateAnnotation } from '../api/index.js';
import type { Annotation } from '../api/index.js';
import { formatDay } from '../lib/index.js';
import { canEdit, useSession } from '../session/index.js';
import { AnnotationForm } from './annotation-form.js';

export interface AnnotationItemProps {
  annotation: Annotation;
  onChanged: () => void;
  /** Open in edit mode (a deep link): the form shows even for someone else's note, and the API's refusal is shown. */
  editing?: boolean;
}

export function AnnotationItem({ annotation: a, onChanged, editing = false }: AnnotationItemProps) {
  const { user } = useSession();
  const [edit, setEdit] = useState(editing);
  const [error, setError] = useState<string | undefined>();
  const mine = canEdit(user, a.authorId);

  const remove = async (): Promise<void> => {
    if (!confirm('Delete this annotation?')) return;
    try {
      await deleteAnnotation(a.id);
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <li class="annotation" id={`annotation-${a.id}`}>
      <p class="small muted">
        <strong>{a.authorName}</strong> · {formatDay(a.createdAt.slice(0, 10))}
        {a.updatedAt !== a.createdAt ? ' · edited' : ''} · <span class="badge">{a.kind}</span>
      </p>
      {edit ? (
        <>
          {!mine ? <p class="status small">This annotation is {a.authorName}’s; only its author or an admin can change it.</p> : null}
          <AnnotationForm
            idPrefix={`edit-${a.id}`}
            allowCorrection={a.kind === 'correction'}
            initial={{ kind: a.kind, body: a.body, ...(a.correction ? { correction: a.correction } : {}) }}
            submitLabel="Save changes"
            onSubmit={async (d) => {
              await updateAnnotation(a.id, { body: d.body, ...(d.kind === 'correction' && d.correction ? { correction: d.correction } : {}) });
              setEdit(false);
              onChanged();
            }}
            onCancel={() => setEdit(false)}
          />
        </>
      ) : (
        <>
          <p>{a.body}</p>
          {a.correction ? (
            <p class="small">Right coding: {[a.correction.source, a.correction.code, a.correction.target].filter(Boolean).join(' · ')}</p>
          ) : null}
          {mine ? (
            <div class="row">
              <button type="button" class="secondary" onClick={() => setEdit(true)}>Edit<span class="sr-only"> annotation by {a.authorName}</span></button>
              <button type="button" class="secondary" onClick={remove}>Delete<span class="sr-only"> annotation by {a.authorName}</span></button>
            </div>
          ) : null}
        </>
      )}
      {error ? <p class="status error" role="alert">{error}</p> : null}
    </li>
  );
}
