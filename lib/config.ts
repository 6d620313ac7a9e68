import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { parse as parseDotenv } from 'dotenv'
import { z } from 'zod'
import { validateCron } from '../domain/notices/cron'

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)

const optionalString = (description: string) =>
  z.preprocess(emptyToUndefined, z.string().optional()).describe(description)

const bool = (defaultValue: boolean, description: string) =>
  z.preprocess(emptyToUndefined, z.stringbool().default(defaultValue)).describe(description)

const int = (defaultValue: number, min: number, max: number, description: string) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int().min(min).max(max).default(defaultValue)).describe(description)

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/

function isValidCron(expr: string): boolean {
  try {
    validateCron(expr)
    return true
  } catch {
    return false
  }
}

function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz })
    return true
  } catch {
    return false
  }
}

/**
 * Every environment variable Linli reads, with its default and a description.
 * The descriptions generate `.env.example` and the README's table (`npm run -s env:docs`).
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development').describe('运行环境 Runtime environment: development | production | test'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('Log level: fatal | error | warn | info | debug | trace | silent'),
  LOG_FORMAT: z
    .enum(['auto', 'json', 'pretty'])
    .default('auto')
    .describe('Log output: json, pretty, or auto (pretty in a terminal outside production, JSON otherwise)'),
  PORT: int(3000, 0, 65535, 'HTTP port of the API and the web console'),
  CACHE_RELOAD_S: int(300, 1, 86_400, 'Seconds between reloads of the in-memory roster and request index, which is how soon writes made outside this process (another Linli process, a script) are seen; writes through this process are seen at once'),
  HOST: z.string().default('0.0.0.0').describe('Interface the HTTP server listens on'),
  WEB_CONSOLE: z
    .enum(['auto', 'serve', 'off'])
    .default('auto')
    .describe('Web console at /: auto (build web/dist with Vite when missing or older than web/src, then serve), serve (serve web/dist as it is), off'),
  TIMEZONE: z
    .string()
    .default('Asia/Shanghai')
    .refine(isValidTimeZone, 'must be an IANA time zone such as Asia/Shanghai')
    .describe('Time zone of all scheduling and of "today" (IANA name)'),
  MONGODB_URI: z
    .preprocess(emptyToUndefined, z.string().regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://').optional())
    .describe('MongoDB connection string (database name in the path). Unset: run the embedded FerretDB'),
  DATA_DIR: z.string().default('./data').describe('Where the embedded database keeps its files (only without MONGODB_URI)'),
  CACHE_DIR: z.string().default('./.cache').describe('Where the embedded FerretDB binary is built and cached (git-ignored)'),
  FERRETDB_BIN: optionalString('Path to an existing FerretDB v1 binary to use instead of building one'),
  EMBEDDED_DB_BACKEND: z
    .enum(['sqlite', 'postgresql'])
    .default('sqlite')
    .describe('Storage of the embedded FerretDB: sqlite (files under DATA_DIR) or postgresql'),
  EMBEDDED_DB_SYNC: z
    .enum(['normal', 'full'])
    .default('normal')
    .describe('When the embedded SQLite database forces writes to disk: normal (at checkpoints; a crash of the process loses nothing, a power loss may lose the last moments, as MongoDB\'s default write concern may) or full (at every write: slower, and on a slow disk each write waits for it)'),
  EMBEDDED_POSTGRESQL_URL: z
    .string()
    .default('postgres://127.0.0.1:5432/ferretdb')
    .describe('PostgreSQL URL for the embedded FerretDB when EMBEDDED_DB_BACKEND=postgresql (the database must exist: createdb ferretdb)'),
  EMBEDDED_DB_NAME: z.string().regex(/^[A-Za-z0-9_-]{1,63}$/, 'letters, digits, _ and - only').default('linli').describe('Database name inside the embedded server'),
  SEED_DEMO: bool(true, 'Seed the demo district (compounds, residents, workers, knowledge base) into an empty database at start-up'),
  WECHATY_PUPPET: optionalString('Wechaty puppet: unset for the offline sandbox (wechaty-puppet-mock); wechaty-puppet-wechat4u (QR login) or wechaty-puppet-service (token)'),
  WECHATY_PUPPET_SERVICE_TOKEN: optionalString('Token for wechaty-puppet-service'),
  WECHATY_PUPPET_SERVICE_ENDPOINT: optionalString('Endpoint for wechaty-puppet-service (host:port), if not discovered by token'),
  BOT_NAME: z.string().default('邻里小助手').describe('Display name of the bot in the sandbox'),
  BOT_MAX_PER_MINUTE: int(6, 1, 60, 'Most bot messages per group (or direct chat) in any minute'),
  BOT_BURST: int(3, 1, 60, 'Most bot messages per group in any 10 seconds (burst cap)'),
  BOT_MAX_PER_SENDER_PER_MINUTE: int(3, 1, 60, 'Most bot replies to one sender in one group per minute (a flood from one person)'),
  CONTEXT_SAVE_S: int(30, 1, 600, 'Seconds between saves of what a group says after a report while it is watched (a killed process loses at most this much of it)'),
  BOT_MAX_MESSAGE_AGE_S: int(600, 10, 7 * 86400, 'Messages older than this (seconds) when they arrive, e.g. replays after a reconnect, are logged but not answered'),
  BOT_OTHER_BOT_IDS: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((o) => o.trim()).filter(Boolean))
    .describe('Comma-separated WeChat contact ids of other bots in the groups; the bot never answers them'),
  BOT_FAQ_REFRESH_S: int(5, 0, 3600, 'How often (seconds) the bot checks the knowledge base for changes and rebuilds its index (0: never)'),
  SANDBOX_SENT_LOG: optionalString('Sandbox only, for tests and demos: append every message the sandbox puppet delivers to this file (JSON lines), so what "WeChat" received survives a crash'),
  SANDBOX_SEND_LATENCY_MS: int(0, 0, 60000, 'Sandbox only, for tests: how long (ms) each sandbox send takes to return after delivery, like WeChat\'s round trip'),
  JWT_SECRET: z
    .preprocess(emptyToUndefined, z.string().min(32, 'must be at least 32 characters').optional())
    .describe('Secret that signs API tokens (at least 32 characters). Required in production; unset elsewhere: a random one per process'),
  TOKEN_TTL_HOURS: int(12, 1, 24 * 30, 'Hours an API login token stays valid'),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((o) => o.trim()).filter(Boolean))
    .describe('Comma-separated origins allowed to call the API from a browser (empty: same origin only)'),
  RESIDENT_TAGS: z
    .string()
    .default('优抚对象,空巢老人,独居老人,高龄,低保,残疾,退役军人,党员')
    .transform((s) => s.split(',').map((t) => t.trim()).filter(Boolean))
    .describe('Comma-separated list of the tags a resident may carry'),
  LLM_BASE_URL: optionalString('Optional OpenAI-compatible endpoint (e.g. DeepSeek, Qwen) that refines hard messages'),
  LLM_API_KEY: optionalString('API key for LLM_BASE_URL'),
  LLM_MODEL: optionalString('Model name for LLM_BASE_URL'),
  LLM_TIMEOUT_MS: int(3000, 100, 60000, 'Timeout of one LLM call before the local result is used'),
  JOBS_ENABLED: bool(true, 'Run the scheduled jobs (notices, greetings, pushes, reminders, weekly report) and the outbox dispatcher in this process'),
  OUTBOX_PACE_MS: int(2000, 0, 600000, 'Minimum gap (ms) between two messages of one bot account; a random 0..OUTBOX_JITTER_MS is added'),
  OUTBOX_JITTER_MS: int(1000, 0, 600000, 'Random extra gap (ms) on top of the pacing, so sending does not look scripted'),
  OUTBOX_GROUP_GAP_MS: int(30000, 0, 3600000, 'Minimum gap (ms) between two messages the outbox sends to the same group'),
  OUTBOX_DAILY_CAP: int(300, 1, 100000, 'Most messages the outbox sends per bot account per local day (the rest wait for the next morning)'),
  OUTBOX_MAX_ATTEMPTS: int(5, 1, 50, 'Send attempts of one message before it is marked failed (transient errors are retried with backoff)'),
  OUTBOX_SENDING_TIMEOUT_S: int(600, 30, 86400, 'A message left in "sending" longer than this (its sender crashed) is marked unknown and flagged for an admin, never re-sent'),
  QUIET_HOURS: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:mm-HH:mm, e.g. 21:30-08:00')
    .default('21:30-08:00')
    .describe('Quiet hours (local time, HH:mm-HH:mm) in which only urgent notices are sent; equal times: none'),
  GREETING_TIME: z.string().regex(HH_MM, 'must be HH:mm').default('08:30').describe('Local time of the daily birthday and 政治生日 greetings'),
  GREETING_CHANNEL: z
    .enum(['per-resident', 'group', 'direct'])
    .default('per-resident')
    .describe("How greetings reach residents: per-resident (each resident's greetingChannel), group (with an @) or direct"),
  POLICY_PUSH_TIME: z.string().regex(HH_MM, 'must be HH:mm').default('10:00').describe('Local time of the daily targeted policy pushes (高龄津贴 at 80, changed answers for tagged residents)'),
  REMINDER_LEAD_MINUTES: int(120, 5, 7 * 24 * 60, "Remind a request's owner this many minutes before its deadline"),
  RATING_REASK_HOURS: int(24, 1, 30 * 24, 'Re-ask the reporters of a resolved, unrated request this many hours after they were first asked (once)'),
  WEEKLY_REPORT_CRON: z
    .string()
    .refine(isValidCron, 'must be a 5-field cron expression, e.g. 0 9 * * 1')
    .default('0 9 * * 1')
    .describe('When the weekly report per compound goes to the workers\' group (cron, local time)'),
})

export type EnvInput = z.input<typeof envSchema>
/** The validated configuration, read once at start-up. */
export type Config = Readonly<z.output<typeof envSchema>> & { readonly jwtSecretIsEphemeral: boolean }

/** A configuration problem: one entry per bad variable. */
export interface ConfigIssue {
  variable: string
  message: string
}

/** Thrown by {@link loadConfig} when the environment is invalid; lists every bad variable. */
export class ConfigError extends Error {
  readonly issues: ConfigIssue[]
  constructor(issues: ConfigIssue[]) {
    super(
      'Invalid configuration:\n' + issues.map((i) => `  ${i.variable}: ${i.message}`).join('\n') +
        '\nSee .env.example for every variable and its meaning.',
    )
    this.name = 'ConfigError'
    this.issues = issues
  }
}

/**
 * Reads and validates the configuration synchronously.
 * @param env the environment (defaults to process.env merged over an optional `.env` file)
 * @throws ConfigError naming every invalid variable and what is expected
 */
export function loadConfig(env: Record<string, string | undefined> = readProcessEnv()): Config {
  const result = envSchema.safeParse(env)
  const issues: ConfigIssue[] = []
  if (!result.success) {
    for (const issue of result.error.issues) {
      issues.push({ variable: String(issue.path[0] ?? '(root)'), message: issue.message })
    }
    throw new ConfigError(issues)
  }
  const values = result.data
  if (values.NODE_ENV === 'production' && !values.JWT_SECRET) {
    throw new ConfigError([{ variable: 'JWT_SECRET', message: 'is required in production (at least 32 characters)' }])
  }
  if ((values.LLM_BASE_URL || values.LLM_API_KEY || values.LLM_MODEL) && !(values.LLM_BASE_URL && values.LLM_MODEL)) {
    throw new ConfigError([{ variable: 'LLM_BASE_URL', message: 'LLM_BASE_URL and LLM_MODEL must be set together (LLM_API_KEY if the endpoint needs one)' }])
  }
  const jwtSecretIsEphemeral = !values.JWT_SECRET
  const jwtSecret = values.JWT_SECRET ?? randomSecret()
  return Object.freeze({ ...values, JWT_SECRET: jwtSecret, jwtSecretIsEphemeral })
}

function randomSecret(): string {
  return randomBytes(32).toString('hex')
}

/** process.env over the optional `.env` in the working directory (process.env wins). */
function readProcessEnv(): Record<string, string | undefined> {
  const file = path.resolve('.env')
  const fromFile = fs.existsSync(file) ? parseDotenv(fs.readFileSync(file)) : {}
  return { ...fromFile, ...process.env }
}

/** One row per variable for docs: name, default, description. */
export function describeEnv(): { name: string; defaultValue: string; description: string }[] {
  const defaults = envSchema.safeParse({})
  const defaultValues: Record<string, unknown> = defaults.success ? defaults.data : {}
  return Object.entries(envSchema.shape).map(([name, schema]) => {
    const d = defaultValues[name]
    const defaultValue = d === undefined ? '' : Array.isArray(d) ? d.join(',') : String(d)
    return { name, defaultValue, description: schema.description ?? '' }
  })
}
