/**
 * TradeGuard's one logger. Every part logs through it, so a failure is never
 * swallowed by a bare catch:
 * - warn: something refused or skipped on purpose (an invalid message, a page
 *   snapshot its address does not vouch for) — the console, always;
 * - error: something that should not happen (a rule that threw, a write that
 *   failed) — the console, and under test (vitest) it THROWS, so a test cannot
 *   pass over a failure nobody meant (Dark Reader's log does the same). A test
 *   that provokes one on purpose says so with captureLogErrors();
 * - quiet: failures inside a stranger's page, where the console is theirs:
 *   console.debug only.
 */
export interface LogEntry {
  area: string;
  message: string;
  detail?: unknown;
}

let captured: LogEntry[] | null = null;

const underTest = () =>
  Boolean((globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.VITEST);

const line = (area: string, message: string) => `TradeGuard ${area}: ${message}`;

export function logWarn(area: string, message: string, detail?: unknown): void {
  console.warn(line(area, message), ...(detail === undefined ? [] : [detail]));
}

export function logError(area: string, message: string, detail?: unknown): void {
  if (captured) {
    captured.push({ area, message, detail });
    return;
  }
  console.error(line(area, message), ...(detail === undefined ? [] : [detail]));
  if (underTest()) {
    const why = detail instanceof Error ? ` (${detail.message})` : '';
    throw new Error(`${line(area, message)}${why} — logged as an error during a test`);
  }
}

export function logQuiet(area: string, message: string, detail?: unknown): void {
  console.debug(line(area, message), ...(detail === undefined ? [] : [detail]));
}

/** Runs `run` with errors collected instead of thrown: for tests that break something on purpose. */
export function captureLogErrors<T>(run: () => T): { result: T; errors: LogEntry[] } {
  const outer = captured;
  captured = [];
  try {
    const result = run();
    return { result, errors: captured };
  } finally {
    captured = outer;
  }
}
