import { useState } from 'preact/hooks';
import { errorMessage } from '../api/index.js';
import type { Correction } from '../api/index.js';

export interface AnnotationDraft {
  kind: 'comment' | 'correction';
  body: string;
  correction?: Correction;
}

export interface AnnotationFormProps {
  idPrefix: string;
  allowCorrection: boolean;
  initial?: AnnotationDraft;
  submitLabel: string;
  onSubmit: (draft: AnnotationDraft) => Promise<void>;
  onCancel?: () => void;
}

/** Builds the draft from the fields; blank correction fields are left out (the API wants at least one). */
export function draftFrom(kind: 'comment' | 'correction', body: string, code: string, source: string, target: string): AnnotationDraft {
  if (kind === 'comment') return { kind, body: body.trim() };
  const correction: Correction = {};
  if (code.trim()) correction.code = code.trim();
  if (source.trim()) correction.source = source.trim().toUpperCase();
  if (target.trim()) correction.target = target.trim().toUpperCase();
  return { kind, body: body.trim(), correction };
}

export function AnnotationForm({ idPrefix, allowCorrection, initial, submitLabel, onSubmit, onCancel }: AnnotationFormProps) {
  const [kind, setKind] = useState<'comment' | 'correction'>(initial?.kind ?? 'comment');
  const [body, setBody] = useState(initial?.body ?? '');
  const [code, setCode] = useState(initial?.correction?.code ?? '');
  const [source, setSource] = useState(initial?.correction?.source ?? '');
  const [target, setTarget] = useState(initial?.correction?.target ?? '');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setMessage(undefined);
    try {
      await onSubmit(draftFrom(kind, body, code, source, target));
      if (!initial) { setBody(''); setCode(''); setSource(''); setTarget(''); }
      setMessage({ ok: true, text: 'Saved.' });
    } catch (error) {
      setMessage({ ok: false, text: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="annotation-form" onSubmit={submit}>
      {allowCorrection && !initial ? (
        <fieldset class="field">
          <legend class="small"><strong>Kind</strong></legend>
          <label class="inline"><input type="radio" name={`${idPrefix}-kind`} checked={kind === 'comment'} onChange={() => setKind('comment')} /> Comment</label>
          <label class="inline"><input type="radio" name={`${idPrefix}-kind`} checked={kind === 'correction'} onChange={() => setKind('correction')} /> Flag the coding as wrong</label>
        </fieldset>
      ) : null}
      <div class="field">
        <label for={`${idPrefix}-body`}>{kind === 'correction' ? 'Why the coding is wrong' : 'Share your insights'}</label>
        <textarea id={`${idPrefix}-body`} value={body} required maxLength={10000} onInput={(e) => setBody(e.currentTarget.value)} />
      </div>
      {kind === 'correction' ? (
        <div class="row">
          <div class="field">
            <label for={`${idPrefix}-code`}>Right CAMEO code</label>
            <input id={`${idPrefix}-code`} type="text" inputMode="numeric" pattern="\d{2,4}" placeholder="e.g. 0231" value={code} onInput={(e) => setCode(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for={`${idPrefix}-source`}>Right source</label>
            <input id={`${idPrefix}-source`} type="text" placeholder="e.g. IRNGOV" value={source} onInput={(e) => setSource(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for={`${idPrefix}-target`}>Right target</label>
            <input id={`${idPrefix}-target`} type="text" placeholder="e.g. RUSGOV" value={target} onInput={(e) => setTarget(e.currentTarget.value)} />
          </div>
        </div>
      ) : null}
      <div class="row">
        <button type="submit" disabled={busy}>{busy ? 'Saving…' : submitLabel}</button>
        {onCancel ? <button type="button" class="secondary" onClick={onCancel}>Cancel</button> : null}
      </div>
      <div aria-live="polite">
        {message ? <p class={`status ${message.ok ? 'ok' : 'error'}`} role={message.ok ? undefined : 'alert'}>{message.text}</p> : null}
      </div>
    </form>
  );
}
