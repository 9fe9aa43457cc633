/** A measurement's value, or why there is none (not run, or failed). */
export type Section<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly note: string };

/**
 * Runs one measurement. One that throws is logged, reported as `failed: <first line>` in its table
 * and makes the exit status non-zero; the others still run.
 */
export async function section<T>(fn: () => Promise<T>): Promise<Section<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (e) {
    process.exitCode = 1;
    console.error(e);
    return { ok: false, note: `failed: ${(e as Error).message.split('\n')[0]}` };
  }
}

/** A progress line on stderr, so stdout holds only the tables. */
export function progress(what: string): void {
  process.stderr.write(`… ${what}\n`);
}
