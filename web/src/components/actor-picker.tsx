import { useEffect, useRef, useState } from 'preact/hooks';
import { errorMessage, searchActors } from '../api/index.js';
import type { ActorSearchResult } from '../api/index.js';
import type { ActorLike } from './actor-like.js';

export interface ActorPickerProps {
  id: string;
  label: string;
  value: ActorLike;
  onPick: (actor: ActorLike) => void;
}

const describeResult = (r: ActorSearchResult): string =>
  r.via === 'person' && r.person ? `${r.person.name} — ${r.name === r.person.name ? r.code : r.name}` : r.name;

/**
 * Type-ahead over the actor search (names, codes, demonyms, capitals, office holders), as an ARIA
 * combobox: arrows move through the options, Enter picks, Escape closes and restores the value.
 */
export function ActorPicker({ id, label, value, onPick }: ActorPickerProps) {
  const [text, setText] = useState(value.name ?? value.code);
  const [results, setResults] = useState<ActorSearchResult[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [note, setNote] = useState('');
  const typed = useRef(false);

  useEffect(() => { setText(value.name ?? value.code); }, [value.code, value.name]);

  useEffect(() => {
    if (!typed.current) return;
    const q = text.trim();
    if (q.length < 2) { setResults([]); setOpen(false); return; }
    const controller = new AbortController();
    // Wait for a pause in typing, so a fast typist sends one request, not one per key.
    const timer = setTimeout(() => {
      searchActors(q, controller.signal).then((items) => {
        setResults(items);
        setOpen(true);
        setActive(items.length > 0 ? 0 : -1);
        setNote(items.length === 0 ? `No actor matches “${q}”.` : `${items.length} actors found.`);
      }, (error: unknown) => { if (!controller.signal.aborted) setNote(errorMessage(error)); });
    }, 150);
    return () => { clearTimeout(timer); controller.abort(); };
  }, [text]);

  const pick = (r: ActorSearchResult): void => {
    typed.current = false;
    const picked: ActorLike = { code: r.code, name: r.name, ...(r.flag ? { flag: r.flag } : {}) };
    setText(r.name);
    setOpen(false);
    setNote(`Picked ${r.name} (${r.code}).`);
    onPick(picked);
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'ArrowDown' && results.length > 0) {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % results.length);
    } else if (e.key === 'ArrowUp' && results.length > 0) {
      e.preventDefault();
      setActive((i) => (i <= 0 ? results.length - 1 : i - 1));
    } else if (e.key === 'Enter' && open) {
      const r = results[active];
      if (r) { e.preventDefault(); pick(r); }
    } else if (e.key === 'Escape') {
      typed.current = false;
      setOpen(false);
      setText(value.name ?? value.code);
    }
  };

  const listId = `${id}-list`;
  return (
    <div class="field picker">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? `${id}-opt-${active}` : undefined}
        aria-describedby={`${id}-note`}
        value={text}
        onInput={(e) => { typed.current = true; setText(e.currentTarget.value); }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul id={listId} role="listbox" aria-label={`${label} suggestions`} hidden={!open || results.length === 0}>
        {results.map((r, i) => (
          <li
            key={`${r.code}-${r.matched}-${i}`}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => { e.preventDefault(); pick(r); }}
          >
            {r.flag ? <span class="flag" aria-hidden="true">{r.flag}</span> : null}
            {describeResult(r)} <span class="muted small">{r.code}</span>
            {r.matched !== r.name && r.matched !== r.code ? <span class="muted small"> · “{r.matched}”</span> : null}
          </li>
        ))}
      </ul>
      <span id={`${id}-note`} class="sr-only" aria-live="polite">{note}</span>
    </div>
  );
}
