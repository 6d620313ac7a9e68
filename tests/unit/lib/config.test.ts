import fs from 'node:fs'
import path from 'node:path'
import { ConfigError, describeEnv, loadConfig } from '../../../lib/config'

function issuesOf(env: Record<string, string>): { variable: string; message: string }[] {
  try {
    loadConfig(env)
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError)
    return (err as ConfigError).issues
  }
  throw new Error('expected loadConfig to fail')
}

describe('config', () => {
  it('loadConfig › when the environment is empty › then defaults apply and the JWT secret is ephemeral', () => {
    const c = loadConfig({})
    expect(c.PORT).toBe(3000)
    expect(c.TIMEZONE).toBe('Asia/Shanghai')
    expect(c.MONGODB_URI).toBeUndefined()
    expect(c.SEED_DEMO).toBe(true)
    expect(c.jwtSecretIsEphemeral).toBe(true)
    expect(c.JWT_SECRET).toHaveLength(64)
    expect(Object.isFrozen(c)).toBe(true)
  })

  it('loadConfig › when good values are given › then they are coerced and typed', () => {
    const c = loadConfig({
      PORT: '8080', SEED_DEMO: 'false', MONGODB_URI: 'mongodb://db:27017/linli', TIMEZONE: 'Asia/Urumqi',
      CORS_ORIGINS: 'https://a.example, https://b.example', JWT_SECRET: 'x'.repeat(40), NODE_ENV: 'production',
      LLM_BASE_URL: 'https://llm.example/v1', LLM_MODEL: 'qwen',
    })
    expect(c.PORT).toBe(8080)
    expect(c.SEED_DEMO).toBe(false)
    expect(c.CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example'])
    expect(c.jwtSecretIsEphemeral).toBe(false)
    expect(c.TIMEZONE).toBe('Asia/Urumqi')
  })

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL'],
    [{ TIMEZONE: 'Mars/Olympus' }, 'TIMEZONE'],
    [{ MONGODB_URI: 'postgres://x' }, 'MONGODB_URI'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
    [{ EMBEDDED_DB_NAME: 'a/b' }, 'EMBEDDED_DB_NAME'],
    [{ LLM_API_KEY: 'k' }, 'LLM_BASE_URL'],
  ])('loadConfig › when %j › then the error names %s', (env, variable) => {
    const issues = issuesOf(env)
    expect(issues.map((i) => i.variable)).toContain(variable)
    expect(issues.find((i) => i.variable === variable)!.message.length).toBeGreaterThan(3)
  })

  it('loadConfig › when several variables are bad › then every one is listed in the message', () => {
    let message = ''
    try {
      loadConfig({ PORT: 'x', LOG_LEVEL: 'loud' })
    } catch (err) {
      message = (err as Error).message
    }
    expect(message).toMatch(/PORT: /)
    expect(message).toMatch(/LOG_LEVEL: /)
  })

  it('.env.example › when compared with the schema › then it documents every variable and nothing else', () => {
    const example = fs.readFileSync(path.join(__dirname, '../../../.env.example'), 'utf8')
    const documented = [...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]).sort()
    expect(documented).toEqual(describeEnv().map((e) => e.name).sort())
  })
})
