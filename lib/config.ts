import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { parse as parseDotenv } from 'dotenv'
import { z } from 'zod'

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)

const optionalString = (description: string) =>
  z.preprocess(emptyToUndefined, z.string().optional()).describe(description)

const bool = (defaultValue: boolean, description: string) =>
  z.preprocess(emptyToUndefined, z.stringbool().default(defaultValue)).describe(description)

const int = (defaultValue: number, min: number, max: number, description: string) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int().min(min).max(max).default(defaultValue)).describe(description)

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/

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
  HOST: z.string().default('0.0.0.0').describe('Interface the HTTP server listens on'),
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
  EMBEDDED_POSTGRESQL_URL: z
    .string()
    .default('postgres://127.0.0.1:5432/ferretdb')
    .describe('PostgreSQL URL for the embedded FerretDB when EMBEDDED_DB_BACKEND=postgresql'),
  EMBEDDED_DB_NAME: z.string().regex(/^[A-Za-z0-9_-]{1,63}$/, 'letters, digits, _ and - only').default('linli').describe('Database name inside the embedded server'),
  SEED_DEMO: bool(true, 'Seed the demo district (compounds, residents, workers, knowledge base) into an empty database at start-up'),
  WECHATY_PUPPET: optionalString('Wechaty puppet: unset for the offline sandbox (wechaty-puppet-mock); wechaty-puppet-wechat4u (QR login) or wechaty-puppet-service (token)'),
  WECHATY_PUPPET_SERVICE_TOKEN: optionalString('Token for wechaty-puppet-service'),
  WECHATY_PUPPET_SERVICE_ENDPOINT: optionalString('Endpoint for wechaty-puppet-service (host:port), if not discovered by token'),
  BOT_NAME: z.string().default('邻里小助手').describe('Display name of the bot in the sandbox'),
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
