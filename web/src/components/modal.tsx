import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A native modal <dialog>: the browser traps focus, closes on Escape and hands focus back to the
 * control that opened it, which no hand-written overlay gets fully right.
 */
export function Modal({ title, open, onClose, children }: { title: string; open: boolean; onClose: () => void; children: ComponentChildren }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} aria-labelledby="modal-title" onClose={onClose} onCancel={onClose}>
      <header>
        <h2 id="modal-title">{title}</h2>
        <button type="button" class="secondary" onClick={onClose}>Close<span class="sr-only"> {title}</span></button>
      </header>
      <div class="dialog-body">{open ? children : null}</div>
    </dialog>
  );
}
