import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { Types } from 'mongoose'
import { z } from 'zod'
import { ConfigError, loadConfig } from '../lib/config'
import { connectDatabase } from '../lib/db'
import { createLogger } from '../lib/logger'
import { hashPassword } from '../lib/password'
import { ensureIndexes } from '../models'
import { CompoundModel } from '../models/compound.model'
import { createUser, usernameExists } from '../models/user.repo'

const USAGE = `Usage: npm run -s user:create -- --role admin|worker --name <显示名> --username <login> --password <at least 10 characters>
         [--title 网格员] [--phone 138…] [--wechat-id <contact id>] [--compounds <name or id>,<name or id>]
Creates an API user (the first admin, or a worker). Run it while Linli is stopped, or with MONGODB_URI set.`

const argsSchema = z.object({
  role: z.enum(['admin', 'worker'], { message: '--role must be admin or worker' }),
  name: z.string({ message: '--name is required' }).trim().min(1).max(50),
  username: z.string({ message: '--username is required' }).trim().toLowerCase().regex(/^[a-z0-9_.-]{3,40}$/, '--username: 3–40 letters, digits, _ . -'),
  password: z.string({ message: '--password is required' }).min(10, '--password must have at least 10 characters').max(200),
  title: z.string().max(50).optional(),
  phone: z.string().regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, '--phone must be a mainland mobile or landline number').optional(),
  'wechat-id': z.string().max(200).optional(),
  compounds: z.string().max(2000).optional(),
})

class UserCreateError extends Error {}

/** Stops with a clear message; thrown (not process.exit) so the database is always closed first. */
function fail(message: string): never {
  throw new UserCreateError(message)
}

async function main(): Promise<void> {
  let values: Record<string, unknown>
  try {
    values = parseArgs({
      options: { role: { type: 'string' }, name: { type: 'string' }, username: { type: 'string' }, password: { type: 'string' }, title: { type: 'string' }, phone: { type: 'string' }, 'wechat-id': { type: 'string' }, compounds: { type: 'string' }, help: { type: 'boolean' } },
      strict: true,
    }).values
  } catch (err) {
    fail(`${(err as Error).message}\n${USAGE}`)
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const parsed = argsSchema.safeParse(values)
  if (!parsed.success) fail(`${parsed.error.issues.map((i) => i.message).join('; ')}\n${USAGE}`)
  const args = parsed.data

  let config
  try {
    config = loadConfig()
  } catch (err) {
    fail(err instanceof ConfigError ? err.message : String(err))
  }
  // Starting the embedded database a second time would stop the running server's (see lib/embedded-db.ts).
  const pidFile = path.join(config.DATA_DIR, 'ferretdb.pid')
  if (!config.MONGODB_URI && fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').trim())
    let alive = false
    try {
      process.kill(pid, 0)
      alive = true
    } catch {
      alive = false
    }
    if (alive) fail(`the embedded database is in use (pid ${pid}): stop Linli first, or set MONGODB_URI`)
  }

  const log = createLogger({ level: 'warn', format: 'json', nodeEnv: config.NODE_ENV })
  const db = await connectDatabase(config, log)
  try {
    await ensureIndexes({ uniqueOnly: db.uniqueIndexesOnly })
    if (await usernameExists(args.username)) fail(`username "${args.username}" is already taken`)
    const compoundIds: string[] = []
    for (const ref of (args.compounds ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
      const c = Types.ObjectId.isValid(ref) ? await CompoundModel.findById(ref).lean() : await CompoundModel.findOne({ $or: [{ name: ref }, { aliases: ref }] }).lean()
      if (!c) fail(`no compound named or with id "${ref}"`)
      compoundIds.push(String(c._id))
    }
    const user = await createUser({
      username: args.username,
      name: args.name,
      role: args.role,
      passwordHash: await hashPassword(args.password),
      ...(args.title ? { title: args.title } : {}),
      ...(args.phone ? { phone: args.phone } : {}),
      ...(args['wechat-id'] ? { wechatId: args['wechat-id'] } : {}),
      compoundIds,
    })
    process.stdout.write(`${JSON.stringify({ id: user.id, username: user.username, name: user.name, role: user.role, compoundIds: user.compoundIds })}\n`)
  } finally {
    await db.disconnect()
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`user:create: ${err instanceof Error ? err.message : String(err)}\n`)
  process.exitCode = 1
})
