import mongoose from 'mongoose'
import { DEMO_PASSWORD } from './harness'

/** What the sandbox lists to speak as. */
export interface SandboxContacts {
  groups: { roomId: string; topic: string; kind: string; bound: boolean; compoundId?: string }[]
  residents: { id: string; name: string; compoundId: string }[]
  workers: { id: string; name: string; compoundIds: string[] }[]
}

/** POST /api/sandbox/messages: a message typed by `sender` into `group` (or to the bot directly); returns the bot's answer. */
export async function sayInSandbox(baseUrl: string, body: { group?: string; sender: string; text: string }): Promise<{ status: string; decision?: { intent: string; action: string }; requestNo?: number; replies: { text: string }[] }> {
  const res = await fetch(`${baseUrl}/api/sandbox/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  if (!res.ok) throw new Error(`sandbox message failed: ${res.status} ${await res.text()}`)
  return (await res.json()) as Awaited<ReturnType<typeof sayInSandbox>>
}

/** The sandbox's groups and people. */
export async function fetchSandboxContacts(baseUrl: string): Promise<SandboxContacts> {
  return (await (await fetch(`${baseUrl}/api/sandbox/contacts`)).json()) as SandboxContacts
}

/** A bearer token of a demo account. */
export async function fetchToken(baseUrl: string, username: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) })
  if (!res.ok) throw new Error(`login of ${username} failed: ${res.status}`)
  return ((await res.json()) as { token: string }).token
}

/** GET an API path with a token; throws on a non-2xx answer. */
export async function getJson<T>(baseUrl: string, token: string, path: string): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } })
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

async function postJson(baseUrl: string, token: string, path: string, body: unknown): Promise<void> {
  const res = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) })
  if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`)
}

// Reports residents of the four demo compounds might make over two weeks: [compound index, text, days ago, outcome].
// Outcome: 'open', 'accepted', or a rating after resolution (0 = resolved, not rated).
type Outcome = 'open' | 'accepted' | { rating: number }
const REPORTS: [number, string, number, Outcome][] = [
  [0, '3号楼2单元14层的楼道灯坏了', 13, { rating: 5 }],
  [0, '5号楼电梯又停了，老人下不了楼', 12, { rating: 4 }],
  [0, '小区东门的路灯不亮了好几天', 10, 'open'],
  [0, '8号楼楼上装修噪音太大了，中午都不停', 9, { rating: 2 }],
  [0, '地下车库有人乱停车，把出口都堵住了', 6, 'accepted'],
  [0, '9号楼楼道灯不亮，晚上看不见台阶', 3, 'open'],
  [1, '2号楼门口的垃圾好几天没人清理了', 11, { rating: 5 }],
  [1, '希望小区多装几个电动车充电桩', 8, 'open'],
  [1, '6号楼水管漏水，楼道里都是水', 5, { rating: 0 }],
  [1, '4号楼的路灯不亮了', 2, 'open'],
  [2, '4号楼电梯按钮坏了，按了没反应', 12, 'open'],
  [2, '小区充电桩太少了，晚上排不上队', 7, 'accepted'],
  [2, '楼下健身器材坏了，小孩玩很危险', 4, { rating: 5 }],
  [3, '1号楼屋顶漏水，家里天花板都湿了', 9, { rating: 3 }],
  [3, '2号楼单元门的门禁坏了，关不上', 1, 'open'],
]

/**
 * Creates a realistic handful of requests across the four demo compounds through the sandbox (residents
 * typing in their groups), has 陈书记 accept and resolve some through the API and the reporters rate some.
 * Returns the request numbers with how many days ago each "happened" (see {@link backdateRequests}).
 */
export async function seedDistrictRequests(baseUrl: string): Promise<{ no: number; daysAgo: number; outcome: Outcome }[]> {
  const contacts = await fetchSandboxContacts(baseUrl)
  const compoundGroups = contacts.groups.filter((g) => g.kind === 'residents' && g.bound && g.compoundId)
  const chen = await fetchToken(baseUrl, 'chen')
  const made: { no: number; daysAgo: number; outcome: Outcome; group: string; sender: string }[] = []
  const used = new Map<string, number>()
  for (const [ci, text, daysAgo, outcome] of REPORTS) {
    const group = compoundGroups[ci]
    const residents = contacts.residents.filter((r) => r.compoundId === group.compoundId)
    // A different resident for each report, so a rating answers only their own request.
    const n = used.get(group.roomId) ?? 0
    used.set(group.roomId, n + 1)
    const sender = residents[n % residents.length].id
    const answer = await sayInSandbox(baseUrl, { group: group.topic, sender, text })
    if (!answer.requestNo) throw new Error(`"${text}" made no request: ${JSON.stringify(answer)}`)
    made.push({ no: answer.requestNo, daysAgo, outcome, group: group.topic, sender })
  }
  for (const r of made) {
    if (r.outcome === 'open') continue
    await postJson(baseUrl, chen, `/api/requests/${r.no}/accept`, {})
    if (r.outcome === 'accepted') continue
    await postJson(baseUrl, chen, `/api/requests/${r.no}/resolve`, { note: '已安排师傅处理完毕' })
    if (r.outcome.rating > 0) await sayInSandbox(baseUrl, { group: r.group, sender: r.sender, text: String(r.outcome.rating) })
  }
  return made.map(({ no, daysAgo, outcome }) => ({ no, daysAgo, outcome }))
}

/**
 * Moves requests into the past as if reported `daysAgo` days ago (acceptance 2 hours later, resolution
 * 1–2 days later; deadlines shifted alike), so the trend spans two weeks and old open ones are overdue.
 * Writes the product's database directly: the API has no way to backdate a report, by design.
 */
export async function backdateRequests(databaseUri: string, plan: { no: number; daysAgo: number }[], now = new Date()): Promise<void> {
  const conn = await mongoose.createConnection(databaseUri).asPromise()
  try {
    const requests = conn.collection('requests')
    for (const { no, daysAgo } of plan) {
      const doc = await requests.findOne({ no })
      if (!doc) throw new Error(`request ${no} not found`)
      const createdAt = new Date(now.getTime() - daysAgo * 86_400_000)
      const shift = createdAt.getTime() - (doc.createdAt as Date).getTime()
      const moved = (d: unknown) => (d instanceof Date ? new Date(d.getTime() + shift) : undefined)
      const set: Record<string, Date> = { createdAt }
      for (const key of ['deadline', 'responseDeadline'] as const) {
        const d = moved(doc[key])
        if (d) set[key] = d
      }
      if (doc.acceptedAt) set.acceptedAt = new Date(createdAt.getTime() + 2 * 3_600_000)
      if (doc.resolvedAt) set.resolvedAt = new Date(createdAt.getTime() + (1 + (no % 2)) * 86_400_000)
      await requests.updateOne({ _id: doc._id }, { $set: set })
    }
  } finally {
    await conn.close()
  }
}
