import { createRequestService } from '../../../domain/requests/request.service'
import { KeyedLock } from '../../../lib/keyed-lock'
import { buildRequestServiceDeps } from '../../../models/request.repo'
import { RequestModel } from '../../../models/request.model'
import { useTestDatabase, uniqueId } from '../../helpers/db'
import { buildCompound, buildUser } from '../../helpers/factories'

useTestDatabase()

describe('request service over the database', () => {
  const service = createRequestService(buildRequestServiceDeps({ lock: new KeyedLock() }))

  it('createRequest › routes to the grid worker of the building, numbers it and sets deadlines', async () => {
    const gridWorker = await buildUser({ name: '网格员小刘' })
    const compound = await buildCompound({ grids: [{ code: 'G1', name: '一网格', workerIds: [], buildings: ['1'] }, { code: 'G2', name: '二网格', workerIds: [gridWorker._id], buildings: ['3'] }] })
    const now = new Date('2026-03-02T02:00:00Z') // Monday 10:00 in Shanghai
    const r = await service.createRequest({ compoundId: String(compound._id), reporter: { contactId: uniqueId('wxid'), name: '张阿姨' }, summary: '3号楼楼道灯坏了', category: 'lighting', location: { building: '3', floor: '14' } }, now)
    expect(r).toMatchObject({ status: 'new', gridCode: 'G2', ownerId: String(gridWorker._id), ownerName: '网格员小刘', createdAt: now })
    expect(r.no).toBeGreaterThan(0)
    expect(r.deadline.toISOString()).toBe('2026-03-02T16:00:00.000Z') // same day, 24:00 Shanghai
    expect(r.timeline).toEqual([expect.objectContaining({ type: 'created', toStatus: 'new' })])
  })

  it('submitReport › two neighbours report the same matter at once › then one request with both reporters', async () => {
    const compound = await buildCompound()
    const now = new Date()
    const input = (contactId: string) => ({ compoundId: String(compound._id), reporter: { contactId, roomId: 'room@chatroom' }, summary: '5号楼电梯坏了', category: 'elevator' as const, location: { building: '5' } })
    const [a, b] = await Promise.all([service.submitReport(input('wx-a'), now), service.submitReport(input('wx-b'), now)])
    const again = await service.submitReport(input('wx-a'), now)
    expect([a.outcome, b.outcome].sort()).toEqual(['created', 'joined'])
    expect(again).toMatchObject({ outcome: 'joined', alreadyReporter: true })
    const stored = await RequestModel.find({ compoundId: compound._id }).lean()
    expect(stored).toHaveLength(1)
    expect(stored[0].reporters.map((r) => r.contactId)).toEqual(['wx-a', 'wx-b'])
    expect(stored[0].timeline.map((e) => e.type)).toEqual(['created', 'reported_again'])
  })

  it('rate › a reporter rates after resolution once; others and early ratings are refused', async () => {
    const worker = await buildUser()
    const compound = await buildCompound()
    const actor = { kind: 'worker' as const, id: String(worker._id), name: worker.name, compoundIds: [String(compound._id)] }
    const now = new Date()
    const r = await service.createRequest({ compoundId: String(compound._id), reporter: { contactId: 'wx-r' }, summary: '垃圾没清运', category: 'sanitation' }, now)
    await expect(service.rate({ no: r.no, contactId: 'wx-r', score: 5, now })).rejects.toMatchObject({ code: 'not_resolved' })
    await service.resolve({ no: r.no, actor, now, note: '已清运', autoAccept: true })
    expect((await service.findAwaitingRating('wx-r'))?.no).toBeUndefined() // no relay without an outbox → rating not asked
    await expect(service.rate({ no: r.no, contactId: 'wx-other', score: 5, now })).rejects.toMatchObject({ code: 'not_a_reporter' })
    const rated = await service.rate({ no: r.no, contactId: 'wx-r', score: 4, now })
    await expect(service.rate({ no: r.no, contactId: 'wx-r', score: 1, now })).rejects.toMatchObject({ code: 'already_rated' })
    expect(rated.rating).toMatchObject({ score: 4, by: 'wx-r' })
    expect(rated.timeline.map((e) => e.type)).toEqual(['created', 'accepted', 'resolved', 'rated'])
  })

  it('open requests by compound and reporter › when requests are joined, resolved and reopened › then similar-report candidates and a reporter’s open requests follow', async () => {
    const worker = await buildUser()
    const [compound, other] = await Promise.all([buildCompound(), buildCompound()])
    const actor = { kind: 'worker' as const, id: String(worker._id), name: worker.name, compoundIds: [String(compound._id), String(other._id)] }
    const now = new Date()
    const report = (compoundId: string, contactId: string, summary: string, category: 'elevator' | 'water') =>
      service.submitReport({ compoundId, reporter: { contactId, roomId: 'room@chatroom' }, summary, category, location: { building: '7' } }, now)
    const lift = await report(String(compound._id), 'wx-1', '7号楼电梯坏了', 'elevator')
    const water = await report(String(compound._id), 'wx-1', '7号楼停水了', 'water')
    await report(String(other._id), 'wx-1', '7号楼电梯坏了', 'elevator') // same words, another compound: its own request
    const mine = async (contactId: string) => (await service.listForReporter(contactId)).map((r) => r.no).sort((a, b) => a - b)

    expect(await mine('wx-1')).toHaveLength(3)
    expect(await mine('wx-2')).toEqual([])
    const joined = await report(String(compound._id), 'wx-2', '电梯又坏了，7号楼', 'elevator')
    expect(joined).toMatchObject({ outcome: 'joined', request: { no: lift.request.no } })
    expect(await mine('wx-2')).toEqual([lift.request.no])

    await service.resolve({ no: lift.request.no, actor, now, note: '已修好', autoAccept: true })
    expect(await mine('wx-2')).toEqual([])
    expect(await mine('wx-1')).not.toContain(lift.request.no)
    expect(await mine('wx-1')).toContain(water.request.no)
    // Resolved, so no longer a candidate: a new report of the lift makes a new request.
    expect(await report(String(compound._id), 'wx-3', '7号楼电梯坏了', 'elevator')).toMatchObject({ outcome: 'created' })

    await service.reopen({ no: lift.request.no, actor, now, reason: '又坏了' })
    expect(await mine('wx-2')).toEqual([lift.request.no])
  })
})
