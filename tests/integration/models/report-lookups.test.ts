import { Types } from 'mongoose'
import { DEFAULT_TIME_LIMIT_POLICY } from '../../../domain/calendar/time-limits'
import { setCacheReloadMs } from '../../../models/cache-settings'
import { CompoundModel } from '../../../models/compound.model'
import { updateCompound } from '../../../models/compound.repo'
import { getTimeLimitPolicy, saveTimeLimitPolicy, TIME_LIMITS_SETTING } from '../../../models/request.repo'
import { cachedCompoundRouting, cachedWorkerRef } from '../../../models/roster-cache'
import { SettingModel } from '../../../models/setting.model'
import { updateUser } from '../../../models/user.repo'
import { useTestDatabase } from '../../helpers/db'
import { buildCompound, buildUser } from '../../helpers/factories'

/*
 * What a new request is routed with — its compound's grids and duty worker, the owner as a worker, the time-limit
 * policy — is read from in-memory copies (models/roster-cache.ts, models/setting.model.ts), not from the database
 * for every report. A write through this process is seen by the next read; one by another process (written here
 * straight to the collection, past mongoose's hooks) once the copy is reloaded.
 */
describe('the lookups of a new report', () => {
  useTestDatabase()
  afterEach(() => setCacheReloadMs(5 * 60_000))

  it('when a compound is created and its grids change through this process › then routing sees each change at once', async () => {
    const c = await buildCompound()
    const id = String(c._id)
    expect(await cachedCompoundRouting(id)).toMatchObject({ id, name: c.name, grids: [{ code: 'G1', buildings: ['1', '2'] }] })
    const duty = await buildUser()
    await updateCompound(id, { grids: [{ code: 'G9', name: '九网格', workerIds: [], buildings: ['7'] }], dutyWorkerId: duty._id })
    expect(await cachedCompoundRouting(id)).toMatchObject({ grids: [{ code: 'G9', buildings: ['7'] }], dutyWorkerId: String(duty._id) })
    expect(await cachedCompoundRouting(String(new Types.ObjectId()))).toBeNull()
    expect(await cachedCompoundRouting('not-an-id')).toBeNull()
  })

  it('when another process renames a compound › then routing sees it after the reload interval, not before', async () => {
    const c = await buildCompound()
    const id = String(c._id)
    expect((await cachedCompoundRouting(id))?.name).toBe(c.name)
    await CompoundModel.collection.updateOne({ _id: c._id }, { $set: { name: `${c.name}（改）` } })
    expect((await cachedCompoundRouting(id))?.name).toBe(c.name)
    setCacheReloadMs(1)
    await new Promise((r) => setTimeout(r, 5))
    await cachedCompoundRouting(id) // served while the reload runs in the background
    await new Promise((r) => setTimeout(r, 50))
    expect((await cachedCompoundRouting(id))?.name).toBe(`${c.name}（改）`)
  })

  it('when a worker is deactivated or given compounds through this process › then the owner looked up sees it at once', async () => {
    const c = await buildCompound()
    const u = await buildUser({ name: '网格员小周' })
    expect(await cachedWorkerRef(String(u._id))).toMatchObject({ id: String(u._id), name: '网格员小周', compoundIds: [] })
    await updateUser(String(u._id), { compoundIds: [String(c._id)] })
    expect(await cachedWorkerRef(String(u._id))).toMatchObject({ compoundIds: [String(c._id)] })
    await updateUser(String(u._id), { active: false })
    expect(await cachedWorkerRef(String(u._id))).toMatchObject({ active: false })
  })

  it('when the time-limit policy is saved › then the next report reads the new policy; removed, the default', async () => {
    expect(await getTimeLimitPolicy()).toEqual(DEFAULT_TIME_LIMIT_POLICY)
    const policy = { ...DEFAULT_TIME_LIMIT_POLICY, urgent: { ...DEFAULT_TIME_LIMIT_POLICY.urgent, hours: 1 } }
    await saveTimeLimitPolicy(policy, 'admin')
    expect((await getTimeLimitPolicy()).urgent).toEqual(policy.urgent)
    await SettingModel.deleteOne({ _id: TIME_LIMITS_SETTING })
    expect(await getTimeLimitPolicy()).toEqual(DEFAULT_TIME_LIMIT_POLICY)
  })
})
