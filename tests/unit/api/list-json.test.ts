import { presentedListItemJson, presentRequest } from '../../../api/presenters/request'
import { jsonPageOf, pageOf } from '../../../api/routes/common.schema'
import type { RequestRecord } from '../../../domain/requests/types'

const H = 3_600_000
const created = new Date('2026-05-10T08:00:00Z')

function record(over: Partial<RequestRecord> = {}): RequestRecord {
  return {
    id: 'r1',
    no: 7,
    compoundId: 'c1',
    source: 'group',
    kind: 'request',
    private: false,
    reporters: [{ contactId: 'wx-1', name: '张阿姨', at: created }],
    messages: [{ text: '楼道灯坏了，电话13912345678', at: created }],
    summary: '楼道灯坏了，电话13912345678',
    category: 'lighting',
    urgent: false,
    status: 'accepted',
    deadline: new Date(created.getTime() + 72 * H),
    responseDeadline: new Date(created.getTime() + 4 * H),
    acceptedAt: new Date(created.getTime() + H),
    timeline: [],
    createdAt: created,
    ...over,
  } as RequestRecord
}

describe('list JSON', () => {
  it('presentedListItemJson › when asked for a record › then it is presentRequest as JSON, without the timeline', () => {
    const r = record({ timeline: [{ at: created, actor: { kind: 'resident', id: 'wx-1' }, type: 'created', toStatus: 'new' } as never] })
    const now = new Date(created.getTime() + 2 * H)
    const json = presentedListItemJson(r, now, false).toString()
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(presentRequest(r, now, false))))
    expect(JSON.parse(json).timeline).toBeUndefined()
  })

  it('presentedListItemJson › when the same record is asked later, past its deadlines › then the overdue flags follow the time', () => {
    const r = record({ status: 'new', acceptedAt: undefined })
    expect(JSON.parse(presentedListItemJson(r, new Date(created.getTime() + 2 * H), true).toString())).toMatchObject({ overdue: false, responseOverdue: false })
    expect(JSON.parse(presentedListItemJson(r, new Date(created.getTime() + 5 * H), true).toString())).toMatchObject({ overdue: false, responseOverdue: true })
    expect(JSON.parse(presentedListItemJson(r, new Date(created.getTime() + 80 * H), true).toString())).toMatchObject({ overdue: true })
    expect(JSON.parse(presentedListItemJson(r, new Date(created.getTime() + 2 * H), true).toString())).toMatchObject({ overdue: false, responseOverdue: false })
  })

  it('presentedListItemJson › when the same record is asked with and without full PII › then each caller gets their own scrubbing', () => {
    const r = record()
    const now = new Date(created.getTime() + 2 * H)
    expect(presentedListItemJson(r, now, true).toString()).toContain('13912345678')
    expect(presentedListItemJson(r, now, false).toString()).not.toContain('13912345678')
    expect(presentedListItemJson(r, now, true).toString()).toContain('13912345678')
  })

  it('presentedListItemJson › when a request changed (a new record) › then the new state is shown', () => {
    const now = new Date(created.getTime() + 2 * H)
    expect(JSON.parse(presentedListItemJson(record(), now, true).toString()).status).toBe('accepted')
    expect(JSON.parse(presentedListItemJson(record({ status: 'resolved', resolvedAt: now }), now, true).toString())).toMatchObject({ status: 'resolved', overdue: false })
  })

  it('jsonPageOf › when given serialised items › then it equals pageOf serialised, for empty and partial pages', () => {
    const items = [{ a: 1 }, { b: '二' }]
    expect(JSON.parse(jsonPageOf(items.map((i) => Buffer.from(JSON.stringify(i))), 41, 3, 20).toString())).toEqual(pageOf(items, 41, 3, 20))
    expect(jsonPageOf([], 0, 1, 20).toString()).toBe(JSON.stringify(pageOf([], 0, 1, 20)))
  })
})
