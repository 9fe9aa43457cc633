import { pino, type Logger } from 'pino';

/** The one logger: JSON lines on stderr, level from PARITY_LOG_LEVEL (default `info`). */
export function createLogger(env: NodeJS.ProcessEnv = process.env): Logger {
  return pino({ level: env.PARITY_LOG_LEVEL ?? 'info' }, pino.destination(2));
}
