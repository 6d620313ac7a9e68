import pino, { type DestinationStream, type Logger } from 'pino'
import type { Config } from './config'
import { scrubPii } from './pii'

/** The parts of the code base that log; each takes a child logger with its name. */
export type LogModule = 'main' | 'config' | 'db' | 'embedded-db' | 'api' | 'bot' | 'jobs' | 'outbox' | 'seed' | 'understanding' | 'cli' | 'test' | 'web'

/**
 * Keys whose values never reach a log line, at any depth of a logged object (pino's own `redact` parsed its
 * paths again on every call and copied the object: a fifth of what the bot allocated per message).
 */
export const REDACT_KEYS: ReadonlySet<string> = new Set([
  'password', 'passwordHash', 'token', 'accessToken', 'apiKey', 'secret', 'authorization', 'cookie', 'set-cookie',
  'phone', 'idNumber', 'idCard', 'JWT_SECRET', 'LLM_API_KEY', 'WECHATY_PUPPET_SERVICE_TOKEN', 'MONGODB_URI',
])
const CENSOR = '[REDACTED]'

/**
 * A logged value with the {@link REDACT_KEYS} censored and phone and ID-card numbers masked in every string
 * ({@link scrubPii}). Copies only what changes: an object with nothing to hide is logged as it is.
 */
export function redactLogValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubPii(value)
  if (depth > 8 || value === null || typeof value !== 'object') return value
  if (value instanceof Error || value instanceof Date || Buffer.isBuffer(value)) return value
  if (Array.isArray(value)) {
    let out: unknown[] | undefined
    for (let i = 0; i < value.length; i++) {
      const v = redactLogValue(value[i], depth + 1)
      if (v !== value[i]) (out ??= value.slice())[i] = v
    }
    return out ?? value
  }
  let out: Record<string, unknown> | undefined
  const source = value as Record<string, unknown>
  for (const key in source) {
    if (!Object.prototype.hasOwnProperty.call(source, key)) continue
    const v = source[key]
    const next = REDACT_KEYS.has(key) && v !== undefined ? CENSOR : redactLogValue(v, depth + 1)
    if (next !== v) (out ??= { ...source })[key] = next
  }
  return out ?? value
}

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
    formatters: {
      level: (label) => ({ level: label }),
      log: (obj) => redactLogValue(obj) as Record<string, unknown>,
    },
    hooks: {
      logMethod(args, method) {
        for (let i = 0; i < args.length; i++) {
          const a: unknown = args[i]
          if (typeof a === 'string') (args as unknown[])[i] = scrubPii(a)
        }
        method.apply(this, args)
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
