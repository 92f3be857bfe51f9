import { useEffect, useState } from 'preact/hooks';

export type AsyncState<T> =
  | { status: 'loading'; data?: T }
  | { status: 'ok'; data: T }
  | { status: 'error'; error: unknown; data?: T };

/**
 * Runs `load` whenever `deps` change, cancelling the previous run so a slow answer for an old
 * dyad never overwrites the new one. Keeps the last data while reloading, so charts keep their
 * place (no layout shift) instead of flashing empty.
 */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): AsyncState<T> & { reload: () => void } {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState((prev) => (prev.data === undefined ? { status: 'loading' } : { status: 'loading', data: prev.data }));
    load(controller.signal).then(
      (data) => { if (!controller.signal.aborted) setState({ status: 'ok', data }); },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((prev) => (prev.data === undefined ? { status: 'error', error } : { status: 'error', error, data: prev.data }));
      },
    );
    return () => controller.abort();
    // `load` is a fresh closure each render; callers list its inputs in `deps` instead.
  }, [...deps, tick]);
  return { ...state, reload: () => setTick((t) => t + 1) };
}
