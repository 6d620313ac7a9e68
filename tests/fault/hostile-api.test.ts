import http from 'node:http'
import type { AddressInfo } from 'node:net'
import pino from 'pino'
import { signToken } from '../../domain/auth/tokens'
import { loadConfig } from '../../lib/config'
import { setRootLogger } from '../../lib/logger'
import { startLinli, type RunningLinli } from '../../main'
import { testServerUri, uniqueDbName } from '../helpers/db'
import { withDatabaseName } from '../../lib/db'
import { fingerprintDatabase, prng, seedFromEnv } from './fault-kit'

const REQUESTS = 10_000
const CONCURRENCY = 8
const SECRET = 'fault-hostile-secret-0123456789abcdef0123456789'
const DEMO_PASSWORD = 'linli-demo-2026'

type Rng = ReturnType<typeof prng>
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
interface Route {
  method: Method
  /** OpenAPI path, e.g. /api/requests/{no} */
  path: string
  protected: boolean
}
/** One generated request and what it must get. */
interface Hostile {
  n: number
  kind: string
  method: string
  path: string
  headers: Record<string, string>
  body?: Buffer
  /** '4xx': must be refused; 'no5xx': a read that may be served (e.g. an ignored query key) but never fail. */
  expect: '4xx' | 'no5xx'
}
interface Outcome {
  status: number
  body: string
  error?: string
}

const METHODS: Method[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']

// Values an attacker tries in place of an id, a number, a name or a field.
const HOSTILE_STRINGS = [
  '{"$gt":""}',
  '{"$ne":null}',
  '{"$where":"sleep(5000)"}',
  '{"$regex":".*"}',
  '$where',
  '__proto__',
  'constructor',
  'prototype',
  '../../../../etc/passwd',
  '..%2f..%2f..%2fetc%2fpasswd',
  '%00',
  '\u0000',
  "' OR '1'='1",
  '"; DROP TABLE users; --',
  '<script>alert(1)</script>',
  '${7*7}',
  '{{7*7}}',
  '(a+)+$',
  '((((((((((a))))))))))*',
  '-1',
  '0',
  '1e309',
  'NaN',
  'Infinity',
  '9007199254740993',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '0x7fffffff',
  'ffffffffffffffffffffffff',
  'zzzzzzzzzzzzzzzzzzzzzzzz',
  '12345',
  '\u202e\u0635\u0648\u0631\u0629',
  '😀😃😄',
  '\ud800',
  'a'.repeat(5000),
  '　',
  '%',
  '%E0%A4%A',
]
const OPERATOR_OBJECTS: unknown[] = [
  { $gt: '' },
  { $ne: null },
  { $where: 'function() { while (true) {} }' },
  { $regex: '.*', $options: 'i' },
  { $in: [1, 2, 3] },
  { $expr: { $eq: [1, 1] } },
  { __proto__: { polluted: true } },
  JSON.parse('{"__proto__":{"polluted":true}}'),
  { constructor: { prototype: { polluted: true } } },
]

/** Percent-encodes every UTF-8 byte of `s` (lone surrogates too, which encodeURIComponent refuses). */
function enc(s: string): string {
  return [...Buffer.from(s, 'utf8')].map((b) => (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('')
}

function randomString(rng: Rng, max = 40): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789_-.$/{}[]"\'\\%&=?#@!~^*()中文测试楼道灯😀\u0000\u0007\u001f\u2028'
  let s = ''
  const len = 1 + rng.int(max)
  for (let i = 0; i < len; i++) s += alphabet[rng.int(alphabet.length)]
  return s
}

function randomJson(rng: Rng, depth = 0): unknown {
  const pick = rng.int(depth > 3 ? 6 : 9)
  switch (pick) {
    case 0: return null
    case 1: return rng.chance(0.5)
    case 2: return rng.pick([0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER])
    case 3: return rng.pick(HOSTILE_STRINGS)
    case 4: return randomString(rng)
    case 5: return rng.pick(OPERATOR_OBJECTS)
    case 6: return Array.from({ length: rng.int(5) }, () => randomJson(rng, depth + 1))
    default: {
      const o: Record<string, unknown> = {}
      const keys = ['title', 'content', 'status', 'text', 'username', 'password', 'role', 'compoundId', 'targets', 'schedule', 'name', '$where', '__proto__', 'constructor', randomString(rng, 10)]
      for (let i = 0, n = 1 + rng.int(5); i < n; i++) o[rng.pick(keys)] = randomJson(rng, depth + 1)
      return o
    }
  }
}

/** A JSON body that no schema can accept: an unknown or operator key, a wrong type at the top, or hostile values. */
function hostileBody(rng: Rng): unknown {
  switch (rng.int(6)) {
    case 0: return rng.pick([null, 42, 'string', true, [], [1, 2], [{ $gt: '' }]])
    case 1: return { ...(randomJson(rng) as object), $where: 'sleep(1000)' }
    case 2: return JSON.parse(`{"__proto__":{"isAdmin":true,"polluted":true},"${rng.pick(['title', 'text', 'username'])}":{"$gt":""}}`)
    case 3: return { title: { $ne: null }, content: ['x'], targets: 'all', schedule: { kind: 'once', at: { $gt: '' } }, role: 'admin', unknownField: randomString(rng) }
    case 4: {
      // Deep nesting, to test the parser and any recursive code.
      let v: unknown = { $where: 'x' }
      for (let i = 0; i < 200 + rng.int(800); i++) v = { a: v }
      return v
    }
    default: return { ...(randomJson(rng, 3) as object), constructor: { prototype: { polluted: true } }, extra: randomString(rng) }
  }
}

function fillPath(path: string, rng: Rng, hostile: boolean): string {
  return path.replace(/\{[^}]+\}/g, () =>
    hostile ? enc(rng.pick(HOSTILE_STRINGS)).slice(0, 6000) : rng.pick(['0123456789abcdef01234567', 'aaaaaaaaaaaaaaaaaaaaaaaa', '999999999', 'no-such-thing']),
  )
}

function hostileQuery(rng: Rng): string {
  const parts: string[] = []
  for (let i = 0, n = 1 + rng.int(4); i < n; i++) {
    parts.push(
      rng.pick([
        () => `status[$ne]=closed`,
        () => `__proto__[polluted]=1`,
        () => `constructor[prototype][polluted]=1`,
        () => `page=${rng.pick(['-1', '0', '1e308', 'NaN', 'abc', '99999999999'])}`,
        () => `pageSize=${rng.pick(['0', '-5', '1000000', '1.5', '[]'])}`,
        () => `sort[$where]=sleep(100)`,
        () => `text=${enc(rng.pick(['(a+)+$', '.*', '[', '\\', '$where', 'a'.repeat(3000)]))}`,
        () => `from=${rng.pick(['2024-13-45', 'yesterday', '0000-00-00', enc('{"$gt":""}')])}`,
        () => `status=${rng.pick(['new,,,', 'NEW', 'x'.repeat(600), enc('{"$in":["new"]}')])}`,
        () => `compoundId=${enc(rng.pick(HOSTILE_STRINGS))}`,
        () => `${enc(randomString(rng, 12))}=${enc(randomString(rng, 30))}`,
        () => `a=1&a=2&a[]=3&a[b]=4`,
        () => rng.pick(['%FF%FE', '%C3%28=1', 'x=%E0%A4%A', '=%', '%%%']),
        () => `limit=${rng.pick(['-1', '1e9', 'all'])}`,
      ])(),
    )
  }
  return parts.join('&')
}

function forgedToken(rng: Rng, adminId: string): Promise<string> | string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url')
  const now = new Date()
  switch (rng.int(9)) {
    case 0: return signToken('another-secret-that-is-long-enough-0123456789', { sub: adminId, role: 'admin' }, 1, now).then((t) => t.token)
    case 1: return signToken(SECRET, { sub: adminId, role: 'admin' }, 1, new Date(now.getTime() - 3 * 3600_000)).then((t) => t.token)
    case 2: return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: adminId, role: 'admin', iss: 'linli', aud: 'linli-api', exp: 9999999999 })}.`
    case 3: return signToken(SECRET, { sub: '0123456789abcdef01234567', role: 'admin' }, 1, now).then((t) => t.token)
    case 4: return signToken(SECRET, { sub: '{"$gt":""}', role: 'admin' }, 1, now).then((t) => t.token)
    case 5: return `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: adminId, role: 'admin', iss: 'linli', aud: 'linli-api', exp: 9999999999 })}.${Buffer.from(randomString(rng)).toString('base64url')}`
    case 6: return 'x'.repeat(4000 + rng.int(3000))
    case 7: return randomString(rng, 60).replace(/[^A-Za-z0-9._-]/g, 'a')
    default: return signToken(SECRET, { sub: adminId, role: 'admin' }, 1, now).then((t) => `${t.token.slice(0, -4)}AAAA`)
  }
}

async function generate(n: number, rng: Rng, routes: Route[], tokens: { admin: string; worker: string; adminId: string }): Promise<Hostile> {
  const json = (v: unknown) => Buffer.from(JSON.stringify(v))
  const jsonHeaders = { 'content-type': 'application/json' }
  const anyToken = () => rng.pick([tokens.admin, tokens.worker])
  const protectedRoutes = routes.filter((r) => r.protected)
  const roll = rng.int(100)
  if (roll < 3) {
    // Paths outside the API, where the web console serves its files: traversal must not reach anything else.
    const path = rng.pick(['/../../../../etc/passwd', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2f..%2fpackage.json', '/assets/%2e%2e/%2e%2e/package.json', '/..%5c..%5cpackage.json', '/index.html%00.js', '/.env', '/.git/config', '/package.json', '/web/dist/../../package.json', `/${enc(rng.pick(HOSTILE_STRINGS))}`])
    return { n, kind: 'console-path', method: rng.pick(['GET', 'GET', 'POST', 'DELETE']), path, headers: {}, expect: 'no5xx' }
  }
  if (roll < 10) {
    // Unknown routes (API and beyond), any method.
    const path = rng.pick([
      () => `/api/${enc(randomString(rng, 20))}/${enc(randomString(rng, 20))}`,
      () => `/api/requests/${enc(rng.pick(HOSTILE_STRINGS))}/${rng.pick(['delete', 'admin', '..', '%2e%2e'])}`,
      () => `/api/../../../../etc/passwd`,
      () => `/api/%2e%2e/%2e%2e/package.json`,
      () => `/api/v2/${randomString(rng, 5).replace(/[^a-z]/g, 'x')}`,
      () => `/api/openapi.json/${enc(randomString(rng, 10))}`,
    ])()
    return { n, kind: 'unknown-route', method: rng.pick(METHODS), path, headers: { authorization: `Bearer ${anyToken()}` }, expect: '4xx' }
  }
  if (roll < 18) {
    // A known path with a method it does not have.
    const route = rng.pick(routes)
    const methods = METHODS.filter((m) => !routes.some((r) => r.path === route.path && r.method === m))
    if (methods.length === 0) return generate(n, rng, routes, tokens)
    const method = rng.pick(methods)
    return { n, kind: 'wrong-method', method, path: fillPath(route.path, rng, false), headers: { authorization: `Bearer ${anyToken()}`, ...jsonHeaders }, body: method === 'GET' ? undefined : json({}), expect: '4xx' }
  }
  if (roll < 38) {
    // A protected route with a missing, malformed, expired, forged or foreign token.
    const route = rng.pick(protectedRoutes)
    const header = rng.pick([
      async () => `Bearer ${await forgedToken(rng, tokens.adminId)}`,
      async () => `Bearer ${await forgedToken(rng, tokens.adminId)}`,
      async () => `Bearer ${await forgedToken(rng, tokens.adminId)}`,
      async () => '',
      async () => 'Bearer',
      async () => `Basic ${Buffer.from('admin:linli-demo-2026').toString('base64')}`,
      async () => `bearer ${tokens.admin} extra`,
      async () => `Bearer ${tokens.admin.split('.').reverse().join('.')}`,
    ])
    const h = await header()
    return { n, kind: 'bad-token', method: route.method, path: fillPath(route.path, rng, false), headers: { ...(h ? { authorization: h } : {}), ...jsonHeaders }, body: route.method === 'GET' ? undefined : json(hostileBody(rng)), expect: '4xx' }
  }
  if (roll < 52) {
    // Hostile path parameters.
    const withParams = routes.filter((r) => r.path.includes('{'))
    const route = rng.pick(withParams)
    return { n, kind: 'hostile-param', method: route.method, path: fillPath(route.path, rng, true), headers: { authorization: `Bearer ${anyToken()}`, ...jsonHeaders }, body: route.method === 'GET' ? undefined : json(hostileBody(rng)), expect: '4xx' }
  }
  if (roll < 66) {
    // Hostile query strings (reads may ignore a key they do not know; writes must refuse).
    const route = rng.pick(routes)
    return {
      n,
      kind: 'hostile-query',
      method: route.method,
      path: `${fillPath(route.path, rng, false)}?${hostileQuery(rng)}`,
      headers: { authorization: `Bearer ${anyToken()}`, ...jsonHeaders },
      body: route.method === 'GET' ? undefined : json(hostileBody(rng)),
      expect: route.method === 'GET' ? 'no5xx' : '4xx',
    }
  }
  if (roll < 86) {
    // Hostile JSON bodies on every route that takes one (public ones without a token).
    const writes = routes.filter((r) => r.method !== 'GET')
    const route = rng.pick(writes)
    const auth: Record<string, string> = route.protected ? { authorization: `Bearer ${anyToken()}` } : {}
    return { n, kind: 'hostile-body', method: route.method, path: fillPath(route.path, rng, false), headers: { ...auth, ...jsonHeaders }, body: json(hostileBody(rng)), expect: '4xx' }
  }
  const writes = routes.filter((r) => r.method !== 'GET')
  const route = rng.pick(writes)
  const auth: Record<string, string> = route.protected ? { authorization: `Bearer ${anyToken()}` } : {}
  if (roll < 94) {
    // Bad content types, broken JSON, invalid UTF-8.
    const variant = rng.pick([
      () => ({ headers: { 'content-type': 'text/plain' }, body: Buffer.from('{"title":{"$gt":""}}') }),
      () => ({ headers: { 'content-type': 'application/xml' }, body: Buffer.from('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>') }),
      () => ({ headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from('title[$gt]=&__proto__[polluted]=1&constructor[prototype][polluted]=1') }),
      () => ({ headers: { 'content-type': 'multipart/form-data; boundary=XyZ' }, body: Buffer.from('--XyZ\r\nContent-Disposition: form-data; name="file"; filename="../../x.csv"\r\n\r\nname,phone\r\n{"$gt":""},1\r\n--XyZ--\r\n') }),
      () => ({ headers: { 'content-type': 'multipart/form-data' }, body: Buffer.from('no boundary at all') }),
      () => ({ headers: { 'content-type': 'application/json' }, body: Buffer.from(rng.pick(['{', '{"a":', "{'a':1}", '[1,2', '{"a":1}}', 'undefined', '\u0000', 'NaN', '{"a":01}'])) }),
      () => ({ headers: { 'content-type': 'application/json' }, body: Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0x22, 0x7d]) }),
      () => ({ headers: { 'content-type': 'application/json; charset=utf-16' }, body: Buffer.from('{"title":"x"}', 'utf16le') }),
      () => ({ headers: { 'content-type': 'application/json; charset=latin1' }, body: Buffer.from('{"title":"\u00e9"}', 'latin1') }),
      () => ({ headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: Buffer.from('not gzip at all') }),
      () => ({ headers: { 'content-type': randomString(rng, 30).replace(/[^\x20-\x7e]/g, 'x') }, body: Buffer.from(randomString(rng, 200)) }),
    ])()
    return { n, kind: 'bad-content', method: route.method, path: fillPath(route.path, rng, false), headers: { ...auth, ...variant.headers }, body: variant.body, expect: '4xx' }
  }
  if (roll < 97) {
    // Very long URLs and query strings.
    const long = rng.pick([
      () => `${fillPath(route.path, rng, false)}?q=${'A'.repeat(20_000 + rng.int(40_000))}`,
      () => `/api/${'a/'.repeat(3000 + rng.int(3000))}`,
      () => `${fillPath(route.path, rng, false)}?${Array.from({ length: 2000 }, (_, i) => `k${i}=${i}`).join('&')}`,
    ])()
    return { n, kind: 'long-url', method: rng.pick(METHODS), path: long, headers: { ...auth }, expect: '4xx' }
  }
  // Huge bodies, over the 100 kB JSON limit.
  const size = rng.pick([150_000, 400_000, 1_000_000])
  const body = rng.chance(0.5) ? Buffer.from(JSON.stringify({ title: 'x'.repeat(size), content: 'y' })) : Buffer.from(JSON.stringify(Array.from({ length: size / 10 }, () => ({ $gt: '' }))))
  return { n, kind: 'huge-body', method: route.method, path: fillPath(route.path, rng, false), headers: { ...auth, 'content-type': 'application/json' }, body, expect: '4xx' }
}

function send(port: number, agent: http.Agent, req: Hostile): Promise<Outcome> {
  return new Promise((resolve) => {
    const headers: Record<string, string | number> = { ...req.headers }
    if (req.body) headers['content-length'] = req.body.length
    let r: http.ClientRequest
    try {
      r = http.request({ host: '127.0.0.1', port, method: req.method, path: req.path, headers, agent, timeout: 30_000 }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.length < 64 && chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8').slice(0, 2000) }))
        res.on('error', (err) => resolve({ status: res.statusCode ?? 0, body: '', error: err.message }))
      })
    } catch (err) {
      // The client refused to send it (e.g. a character Node does not allow in a path): not a server outcome.
      resolve({ status: -1, body: '', error: (err as Error).message })
      return
    }
    r.on('timeout', () => r.destroy(new Error('timeout')))
    r.on('error', (err) => resolve({ status: 0, body: '', error: err.message }))
    r.end(req.body)
  })
}

describe('fault › hostile API input', () => {
  let running: RunningLinli
  let port: number
  const seed = seedFromEnv()

  beforeAll(async () => {
    setRootLogger(pino({ level: 'silent' }))
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      MONGODB_URI: withDatabaseName(testServerUri(), uniqueDbName('hostile')),
      PORT: '0',
      HOST: '127.0.0.1',
      SEED_DEMO: 'true',
      JOBS_ENABLED: 'false',
      WEB_CONSOLE: 'serve',
      JWT_SECRET: SECRET,
      BOT_FAQ_REFRESH_S: '0',
    })
    running = await startLinli(config, pino({ level: 'silent' }))
    port = (running.server.address() as AddressInfo).port
  }, 120_000)

  afterAll(async () => {
    const mongoose = (await import('mongoose')).default
    await mongoose.connection.dropDatabase().catch(() => undefined)
    await running?.shutdown.run('test done')
  }, 60_000)

  it(`api › when 10,000 generated malformed and hostile requests arrive › then each gets a 4xx (reads at most ignore a key), never a 5xx, and nothing in the database changes`, async () => {
    // Arrange: the real app (startLinli: API, sandbox bot, web console) on a real database with the demo
    // district; tokens of an admin and a worker; the routes from the app's own OpenAPI document.
    process.stdout.write(`hostile-api seed: ${seed} (replay with FAULT_SEED=${seed})\n`)
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY })
    const login = async (username: string) => JSON.parse((await send(port, agent, { n: -1, kind: 'login', method: 'POST', path: '/api/auth/login', headers: { 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify({ username, password: DEMO_PASSWORD })), expect: '4xx' })).body)
    const admin = await login('admin')
    const worker = await login('liu')
    const doc = (await (await fetch(`http://127.0.0.1:${port}/api/openapi.json`)).json()) as { paths: Record<string, Record<string, { security?: unknown[] }>> }
    const routes: Route[] = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase() as Method, path, protected: Boolean(op.security?.length) })),
    )
    expect(routes.length).toBeGreaterThan(40)
    const before = await fingerprintDatabase()
    const rng = prng(seed)

    // Act
    const failures: { req: Omit<Hostile, 'body'> & { body?: string }; got: Outcome }[] = []
    const statusCounts: Record<string, number> = {}
    // Requests are generated one after another (so a seed always gives the same 10,000) and sent 8 at a time.
    let generated: Promise<unknown> = Promise.resolve()
    const generateInOrder = (n: number): Promise<Hostile> => {
      const req = generated.then(() => generate(n, rng, routes, { admin: admin.token, worker: worker.token, adminId: admin.user.id }))
      generated = req.catch(() => undefined)
      return req
    }
    let next = 0
    const runClient = async () => {
      for (;;) {
        const n = next++
        if (n >= REQUESTS) return
        const req = await generateInOrder(n)
        const got = await send(port, agent, req)
        statusCounts[`${req.kind}:${got.status}`] = (statusCounts[`${req.kind}:${got.status}`] ?? 0) + 1
        const refused = got.status >= 400 && got.status < 500
        // A connection the server closed on an oversized request is a refusal too (it read no further).
        const cut = got.status === 0 && (req.kind === 'huge-body' || req.kind === 'long-url')
        const ok = req.expect === '4xx' ? refused || cut : got.status > 0 && got.status < 500
        const leaked = /root:x:0:0|"name":\s*"linli"|\[core\]|JWT_SECRET=/.test(got.body)
        if ((!ok && got.status !== -1) || leaked || (got.status === 0 && !cut)) {
          failures.push({ req: { ...req, path: req.path.slice(0, 300), body: req.body?.subarray(0, 300).toString('utf8') }, got: { ...got, body: got.body.slice(0, 500) } })
        }
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, runClient))
    agent.destroy()

    // Assert: no request was served a 5xx (or accepted where it had to be refused), no file leaked, no
    // prototype was polluted, and every collection is exactly as before.
    const clientRefused = Object.entries(statusCounts).filter(([k]) => k.endsWith(':-1')).reduce((s, [, v]) => s + v, 0)
    if (failures.length) {
      // One line per kind of failure (kind, method, path, status, content type), to read before the details.
      const signatures = new Map<string, string>()
      for (const f of failures) signatures.set(`${f.req.kind} ${f.req.method} ${f.req.path.replace(/\?.*/, '?…').slice(0, 60)} → ${f.got.status} ${f.req.headers['content-type'] ?? ''} ${f.req.headers['content-encoding'] ?? ''}`, `${f.req.path.slice(0, 200)} | ${String(f.req.body).slice(0, 150)}`)
      process.stderr.write(`hostile-api failures (seed ${seed}):\n${[...signatures].map(([k, v]) => `${k} :: ${v}`).join('\n')}\nstatuses by kind: ${JSON.stringify(statusCounts)}\n`)
    }
    expect({ seed, failures: failures.slice(0, 10), count: failures.length }).toEqual({ seed, failures: [], count: 0 })
    expect(clientRefused).toBeLessThan(REQUESTS / 100)
    // Every kind of hostility was tried (the generator does what it says).
    const kinds = new Set(Object.keys(statusCounts).map((k) => k.split(':')[0]))
    expect([...kinds].sort()).toEqual(['bad-content', 'bad-token', 'console-path', 'hostile-body', 'hostile-param', 'hostile-query', 'huge-body', 'long-url', 'unknown-route', 'wrong-method'])
    expect(statusCounts['bad-token:401']).toBeGreaterThan(REQUESTS / 10)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
    expect(await fingerprintDatabase()).toEqual(before)
    // The app still works for a legitimate caller.
    const me = await send(port, new http.Agent(), { n: -1, kind: 'me', method: 'GET', path: '/api/me', headers: { authorization: `Bearer ${admin.token}` }, expect: 'no5xx' })
    expect(me.status).toBe(200)
  }, 300_000)
})
