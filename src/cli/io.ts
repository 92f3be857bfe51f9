/** What a command may touch of the outside world; tests pass their own. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress bars only there). */
  interactive: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** Exit codes: 1 when some inputs failed but the rest was done, 2 for usage errors, 3 when nothing could be done. */
export const EXIT = { ok: 0, partial: 1, usage: 2, failure: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export function processIO(): CliIO {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    interactive: Boolean(process.stderr.isTTY) && !process.env.CI,
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Collects output in memory, for tests. */
export function memoryIO(env: Record<string, string | undefined> = {}): CliIO & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    out: (text) => { out += text; },
    err: (text) => { err += text; },
    interactive: false,
    env,
    cwd: process.cwd(),
    stdout: () => out,
    stderr: () => err,
  };
}
