/** Where the CLI writes and what it reads from the environment; tests pass a fake. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  /** True when stderr is a terminal: progress bars are drawn only then. */
  readonly interactive: boolean;
}

export const processIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  env: process.env,
  interactive: Boolean(process.stderr.isTTY),
};

/** A problem to report as one line on stderr with a non-zero exit; no stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** An in-memory CliIo for tests. */
export function memoryIo(
  env: NodeJS.ProcessEnv = {},
): CliIo & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    env,
    interactive: false,
    stdout: () => out,
    stderr: () => err,
  };
}
