import 'server-only';
import pino, { type DestinationStream, type Level, type Logger } from 'pino';

/**
 * The process's structured log: one JSON object per line on standard output (pino), at the level
 * `LOG_LEVEL` names (`fatal`, `error`, `warn`, `info`, `debug`, `trace` or `silent`; `info` when
 * unset or unknown). Nothing logged here may carry file contents, passwords or cookies: callers
 * pass named fields only, and the usual secret-bearing keys are censored in case one slips in.
 */

export type LogLevel = Level | 'silent';

const LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Keys censored wherever they appear one level deep (defence in depth; nothing should log them). */
const REDACTED = ['password', 'cookie', 'authorization', 'body', '*.password', '*.cookie', '*.authorization', '*.body'];

/**
 * The log level from the environment: `LOG_LEVEL`, lower-cased, if it is a pino level; else `info`.
 *
 * @example
 * logLevel({ LOG_LEVEL: 'DEBUG' }) // 'debug'
 * logLevel({ LOG_LEVEL: 'loud' }) // 'info'
 */
export function logLevel(env: Readonly<Record<string, string | undefined>> = process.env): LogLevel {
  const wanted = env.LOG_LEVEL?.trim().toLowerCase();
  return LEVELS.find((level) => level === wanted) ?? 'info';
}

/**
 * A logger writing JSON lines to `destination` (standard output when omitted), synchronously, so
 * a line logged just before the process exits is not lost.
 *
 * @example
 * createLogger('info').info({ event: 'started' }, 'soatso started')
 * // {"level":30,"time":"2026-12-04T14:00:00.000Z","pid":7,"hostname":"srv","event":"started","msg":"soatso started"}
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED, censor: '[redacted]' },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

const LOGGER_KEY = Symbol.for('soatso.logger');

/**
 * The process's logger, made once (kept on globalThis: Next bundles each route apart).
 *
 * @example
 * getLogger().warn({ event: 'shutdown' }, 'stopping')
 */
export function getLogger(): Logger {
  const holder = globalThis as { [LOGGER_KEY]?: Logger };
  holder[LOGGER_KEY] ??= createLogger(logLevel());
  return holder[LOGGER_KEY];
}

/**
 * The parts of a thrown value worth logging: its class, message and stack, never the value itself
 * (an error object may hold a request or file bytes).
 *
 * @example
 * describeError(new RangeError('bad')) // { type: 'RangeError', message: 'bad', stack: 'RangeError: bad\n    at …' }
 */
export function describeError(error: unknown): { readonly type: string; readonly message: string; readonly stack?: string } {
  if (error instanceof Error) return { type: error.name, message: error.message.slice(0, 500), stack: error.stack };
  return { type: typeof error, message: String(error).slice(0, 500) };
}
