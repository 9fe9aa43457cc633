import { processIo } from './io.ts';
import { runCli } from './program.ts';

// `parity … | head` closes the pipe early; that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}

process.exitCode = await runCli(process.argv.slice(2), processIo);
