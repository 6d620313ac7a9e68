import pino, { type DestinationStream, type Logger } from 'pino'
import type { Config } from './config'
import { scrubPii, scrubPiiDeep } from './pii'

/** The parts of the code base that log; each takes a child logger with its name. */
export type LogModule = 'main' | 'config' | 'db' | 'embedded-db' | 'api' | 'bot' | 'jobs' | 'outbox' | 'seed' | 'understanding' | 'cli' | 'test' | 'web'

/** Key paths whose values never reach a log line. */
export const REDACT_PATHS = [
  'password', '*.password', 'passwordHash', '*.passwordHash',
  'token', '*.token', 'accessToken', '*.accessToken', 'apiKey', '*.apiKey', 'secret', '*.secret',
  'authorization', '*.authorization', 'cookie', '*.cookie',
  'req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]',
  'phone', '*.phone', 'idNumber', '*.idNumber', 'idCard', '*.idCard',
  'JWT_SECRET', '*.JWT_SECRET', 'LLM_API_KEY', '*.LLM_API_KEY', 'WECHATY_PUPPET_SERVICE_TOKEN', '*.WECHATY_PUPPET_SERVICE_TOKEN',
  'MONGODB_URI', '*.MONGODB_URI',
]

/** Options for {@link createLogger}. */
export interface LoggerOptions {
  level: Config['LOG_LEVEL']
  format: Config['LOG_FORMAT']
  nodeEnv: Config['NODE_ENV']
  /** Where JSON lines go (tests pass a stream to read them back). Defaults to stdout. */
  destination?: DestinationStream
}

/**
 * Builds the pino root logger: JSON (pretty only in a terminal outside production), with tokens,
 * passwords, phone and ID-card numbers redacted by key and masked inside any logged string.
 */
export function createLogger(opts: LoggerOptions): Logger {
  const pretty =
    !opts.destination &&
    (opts.format === 'pretty' || (opts.format === 'auto' && opts.nodeEnv !== 'production' && process.stdout.isTTY === true))
  const options: pino.LoggerOptions = {
    level: opts.level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACT_PATHS, censor: '[REDACTED]' },
    formatters: {
      level: (label) => ({ level: label }),
      log: (obj) => scrubPiiDeep(obj) as Record<string, unknown>,
    },
    hooks: {
      logMethod(args, method) {
        const scrubbed = args.map((a) => (typeof a === 'string' ? scrubPii(a) : a)) as typeof args
        method.apply(this, scrubbed)
      },
    },
  }
  if (pretty) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss' } } })
  }
  return opts.destination ? pino(options, opts.destination) : pino(options)
}

let root: Logger = pino({ level: 'info', base: undefined })
const children = new Map<LogModule, Logger>()

/** Installs the process-wide root logger (called once by main.ts, or by tests). */
export function setRootLogger(logger: Logger): void {
  root = logger
  children.clear()
}

/** The child logger of a module: `getLogger('bot').info({ messageId }, 'reply sent')`. */
export function getLogger(module: LogModule): Logger {
  let child = children.get(module)
  if (!child) {
    child = root.child({ module })
    children.set(module, child)
  }
  return child
}
