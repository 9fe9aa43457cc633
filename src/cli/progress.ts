import cliProgress from 'cli-progress';
import type { CliIo } from './io.ts';

export interface Progress {
  update(label: string, done: number, total: number): void;
  stop(): void;
}

/**
 * A progress bar on an interactive terminal; nothing otherwise (logs and CI stay clean, the
 * per-file summary lines still say what happened).
 */
export function progressFor(io: CliIo): Progress {
  if (!io.interactive) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: ' {label} [{bar}] {percentage}% | {value}/{total}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let current = '';
  return {
    update(label, done, total) {
      if (!started || label !== current) {
        if (started) bar.stop();
        bar.start(Math.max(total, 1), done, { label });
        started = true;
        current = label;
      }
      bar.setTotal(Math.max(total, 1));
      bar.update(done, { label });
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
