import { useEffect, useState } from 'preact/hooks';
import { PLOVER_TYPES, QUAD_NAMES, emptyFilters } from '../../lib/index.js';
import type { EventFilterState } from '../../lib/index.js';

type TextKey = 'actor' | 'source' | 'target' | 'code' | 'text' | 'from' | 'to';

const TEXT_FIELDS: { key: TextKey; label: string; placeholder?: string; type?: 'text' | 'date' }[] = [
  { key: 'actor', label: 'Actor (either side)', placeholder: 'IRN' },
  { key: 'source', label: 'Source', placeholder: 'RUSGOV' },
  { key: 'target', label: 'Target', placeholder: 'ISR' },
  { key: 'code', label: 'CAMEO code', placeholder: '04 or 0231' },
  { key: 'from', label: 'From', type: 'date' },
  { key: 'to', label: 'To', type: 'date' },
  { key: 'text', label: 'Words in the sentence', placeholder: 'treaty' },
];

export function EventFilters({ value, onApply }: { value: EventFilterState; onApply: (f: EventFilterState) => void }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [JSON.stringify(value)]);
  const set = <K extends keyof EventFilterState>(key: K, v: EventFilterState[K]): void => setDraft((d) => ({ ...d, [key]: v }));

  return (
    <form class="card" role="search" aria-label="Filter events" onSubmit={(e) => { e.preventDefault(); onApply(draft); }}>
      <div class="row">
        {TEXT_FIELDS.map((f) => (
          <div class="field" key={f.key}>
            <label for={`f-${f.key}`}>{f.label}</label>
            {f.type === 'date'
              ? <input id={`f-${f.key}`} type="date" value={draft[f.key]} onInput={(e) => set(f.key, e.currentTarget.value)} />
              : <input id={`f-${f.key}`} type="text" placeholder={f.placeholder} value={draft[f.key]} onInput={(e) => set(f.key, e.currentTarget.value)} />}
          </div>
        ))}
        <div class="field">
          <label for="f-plover">PLOVER type</label>
          <select id="f-plover" value={draft.plover} onChange={(e) => set('plover', e.currentTarget.value)}>
            <option value="">any</option>
            {PLOVER_TYPES.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </div>
      </div>
      {draft.docId ? <p class="small">Document: <code>{draft.docId}</code> <button type="button" class="link" onClick={() => set('docId', '')}>remove<span class="sr-only"> document filter</span></button></p> : null}
      {draft.dyad ? <p class="small">Dyad: <strong>{draft.dyad.replace(',', ' – ')}</strong> <button type="button" class="link" onClick={() => set('dyad', '')}>remove<span class="sr-only"> dyad filter</span></button></p> : null}
      <fieldset class="field">
        <legend class="small"><strong>Quad class</strong></legend>
        <div class="row">
          {[1, 2, 3, 4].map((q) => (
            <label key={q} class="inline">
              <input type="checkbox" checked={draft.quad.includes(q)}
                onChange={(e) => set('quad', e.currentTarget.checked ? [...draft.quad, q].sort() : draft.quad.filter((x) => x !== q))} />{' '}
              {QUAD_NAMES[q]}
            </label>
          ))}
        </div>
      </fieldset>
      <div class="row">
        <button type="submit">Apply filters</button>
        <button type="button" class="secondary" onClick={() => { const e = emptyFilters(); setDraft(e); onApply(e); }}>Clear</button>
      </div>
    </form>
  );
}
