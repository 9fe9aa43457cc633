/**
 * Runs a request for the newest input once the input has been quiet for `delayMs` (typing), and
 * delivers only the answer to the newest request started: a slow answer to older text that
 * arrives after a newer one is dropped, and the older request is aborted. `run` reports its
 * failures as values; a rejection (an abort) is never delivered.
 */
export class LatestOnly<I, O> {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private controller: AbortController | undefined;
  private latest = 0;

  constructor(
    private readonly run: (input: I, signal: AbortSignal) => Promise<O>,
    private readonly deliver: (output: O, input: I) => void,
    private readonly delayMs: number,
  ) {}

  /** Asks for `input` after the quiet spell (`now`: at once, e.g. when a preview is opened). */
  schedule(input: I, now = false): void {
    this.clearTimer();
    if (now) this.start(input);
    else this.timer = setTimeout(() => this.start(input), this.delayMs);
  }

  /** Forgets pending and running requests (a closed preview, an unmounted editor). */
  cancel(): void {
    this.clearTimer();
    this.latest += 1;
    this.controller?.abort();
    this.controller = undefined;
  }

  private start(input: I): void {
    this.timer = undefined;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const id = ++this.latest;
    this.run(input, controller.signal).then(
      (output) => {
        if (id !== this.latest) return;
        this.controller = undefined;
        this.deliver(output, input);
      },
      () => undefined,
    );
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
