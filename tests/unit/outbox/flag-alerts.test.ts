import { alertFlaggedDeliveries, FLAG_ALERT_EXAMPLES, planFlagAlerts, renderFlagAlert } from '../../../domain/outbox/flag-alerts'
import type { NewDelivery, OutboxRow } from '../../../domain/outbox/outbox.types'

const row = (i: number, overrides: Partial<OutboxRow> = {}): OutboxRow => ({
  id: `row${i}`,
  kind: 'notice',
  target: { kind: 'room', id: `room${i}`, name: `${i}号楼群` },
  text: '通知',
  mentionIds: [],
  urgent: false,
  status: 'unknown',
  attempts: 1,
  idempotencyKey: `notice:${i}`,
  ...overrides,
})
const admins = [
  { id: 'a1', name: '王书记', wechatId: 'wx-a1' },
  { id: 'a2', name: '李主任', wechatId: 'wx-a2' },
]

describe('renderFlagAlert', () => {
  it.each([
    ['only unknown', [row(1), row(2)], ['有 2 条消息', '结果未知 2 条'], ['发送失败']],
    ['only failed', [row(1, { status: 'failed', lastError: 'room not found' })], ['发送失败 1 条', '（发送失败：room not found）'], ['结果未知']],
    ['a contact without a name', [row(1, { kind: 'push', target: { kind: 'contact', id: 'wx1' } })], ['政策推送 → 一位居民（结果未知）'], []],
  ])('renderFlagAlert › %s › then the counts and rows are named', (_label, rows, has, hasNot) => {
    const text = renderFlagAlert(rows)
    for (const s of has) expect(text).toContain(s)
    for (const s of hasNot) expect(text).not.toContain(s)
  })

  it('renderFlagAlert › when more rows are flagged than are listed › then the rest are counted', () => {
    const rows = Array.from({ length: FLAG_ALERT_EXAMPLES + 3 }, (_, i) => row(i))
    const text = renderFlagAlert(rows)
    expect(text).toContain(`${FLAG_ALERT_EXAMPLES - 1}号楼群`)
    expect(text).not.toContain(`${FLAG_ALERT_EXAMPLES}号楼群`)
    expect(text).toContain('另有 3 条')
  })
})

describe('planFlagAlerts', () => {
  it('planFlagAlerts › when the same rows come in another order › then each admin gets the same key; other rows, or a row flagged again, get another', () => {
    const a = planFlagAlerts([row(1), row(2)], admins)
    const b = planFlagAlerts([row(2), row(1)], admins)
    const c = planFlagAlerts([row(1), row(3)], admins)
    const flaggedAgain = planFlagAlerts([row(1, { flaggedAt: new Date(2026, 10, 22) }), row(2)], admins)
    expect(a.map((d) => d.target.id)).toEqual(['wx-a1', 'wx-a2'])
    expect(b.map((d) => d.idempotencyKey)).toEqual(a.map((d) => d.idempotencyKey))
    expect(new Set(a.map((d) => d.idempotencyKey)).size).toBe(2)
    expect(c[0].idempotencyKey).not.toBe(a[0].idempotencyKey)
    expect(flaggedAgain[0].idempotencyKey).not.toBe(a[0].idempotencyKey)
    expect(planFlagAlerts([], admins)).toEqual([])
  })
})

describe('alertFlaggedDeliveries', () => {
  function fakes(rows: OutboxRow[], adminList = admins) {
    const enqueued: NewDelivery[] = []
    const marked: string[] = []
    const warnings: string[] = []
    return {
      enqueued,
      marked,
      warnings,
      deps: {
        findUnalerted: async () => rows.filter((r) => !marked.includes(r.id)),
        markAlerted: async (ids: string[]) => void marked.push(...ids),
        listAdminContacts: async () => adminList,
        enqueue: async (d: NewDelivery) => {
          const created = !enqueued.some((e) => e.idempotencyKey === d.idempotencyKey)
          if (created) enqueued.push(d)
          return { delivery: row(99, { idempotencyKey: d.idempotencyKey }), created }
        },
        log: { info: () => undefined, warn: (_o: object, m: string) => void warnings.push(m), error: () => undefined },
      },
    }
  }

  it('alertFlaggedDeliveries › when only flagged alerts are found › then they are marked and nobody is told', async () => {
    const f = fakes([row(1, { kind: 'alert', idempotencyKey: 'flag-alert:a1:abc' })])
    expect(await alertFlaggedDeliveries(f.deps, new Date())).toEqual({ rows: 0, enqueued: 0 })
    expect(f.enqueued).toEqual([])
    expect(f.marked).toEqual(['row1'])
  })

  it('alertFlaggedDeliveries › when no admin has WeChat › then the rows are marked with a warning (the console lists them)', async () => {
    const f = fakes([row(1)], [])
    expect(await alertFlaggedDeliveries(f.deps, new Date())).toEqual({ rows: 1, enqueued: 0 })
    expect(f.marked).toEqual(['row1'])
    expect(f.warnings.join()).toContain('no active admin has a WeChat id')
  })
})
