import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LatestOnly } from './latest-only.ts';

/** A request whose answer the test releases when it likes. */
interface Pending {
  readonly input: string;
  readonly signal: AbortSignal;
  answer(output: string): void;
}

function setUp(delayMs = 400) {
  const started: Pending[] = [];
  const delivered: [string, string][] = [];
  const latest = new LatestOnly<string, string>(
    (input, signal) =>
      new Promise((resolve, reject) => {
        started.push({ input, signal, answer: resolve });
        signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      }),
    (output, input) => delivered.push([input, output]),
    delayMs,
  );
  return { latest, started, delivered };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe(LatestOnly, () => {
  it('waits for a quiet spell and asks once, for the newest text', async () => {
    const { latest, started, delivered } = setUp();
    for (const text of ['T', 'Th', 'The']) {
      latest.schedule(text);
      await vi.advanceTimersByTimeAsync(150);
    }
    expect(started).toEqual([]);
    await vi.advanceTimersByTimeAsync(250);
    expect(started.map((s) => s.input)).toEqual(['The']);
    started[0]!.answer('<p>The</p>');
    await vi.runAllTimersAsync();
    expect(delivered).toEqual([['The', '<p>The</p>']]);
  });

  it('asks at once when told to (a preview just opened)', () => {
    const { latest, started } = setUp();
    latest.schedule('Text', true);
    expect(started.map((s) => s.input)).toEqual(['Text']);
  });

  it('drops a slow answer to older text that arrives after the newer one, and aborts it', async () => {
    const { latest, started, delivered } = setUp();
    latest.schedule('old', true);
    latest.schedule('new', true);
    expect(started[0]!.signal.aborted).toBe(true);
    started[1]!.answer('NEW');
    started[0]!.answer('OLD');
    await vi.runAllTimersAsync();
    expect(delivered).toEqual([['new', 'NEW']]);
  });

  it('delivers nothing after cancel, pending or running', async () => {
    const { latest, started, delivered } = setUp();
    latest.schedule('running', true);
    latest.schedule('pending');
    latest.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    expect(started.map((s) => s.input)).toEqual(['running']);
    expect(started[0]!.signal.aborted).toBe(true);
    started[0]!.answer('late');
    await vi.runAllTimersAsync();
    expect(delivered).toEqual([]);
  });
});
