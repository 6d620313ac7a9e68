import pino from 'pino'
import { SEED_FAQS } from '../../../domain/knowledge/seed-faqs'
import { buildDemoDistrict } from '../../../domain/seed/demo-district'
import { CompoundModel } from '../../../models/compound.model'
import { FaqModel } from '../../../models/faq.model'
import { GroupModel } from '../../../models/group.model'
import { ResidentModel } from '../../../models/resident.model'
import { UserModel } from '../../../models/user.model'
import { isDatabaseEmpty, seedDemoDistrict, seedFaqs } from '../../../models/seed.repo'
import { useTestDatabase } from '../../helpers/db'

useTestDatabase()
const faqs = SEED_FAQS.map(({ questions, ...f }) => ({ ...f, variants: questions }))

describe('seed', () => {
  it('seedDemoDistrict › when the database is empty › then the demo district and the 16 topics are stored and linked', async () => {
    expect(await isDatabaseEmpty()).toBe(true)
    const now = new Date('2026-03-15T02:00:00Z')
    await seedDemoDistrict(buildDemoDistrict(now, 'Asia/Shanghai'), faqs, 'hash', pino({ level: 'silent' }))

    expect(await isDatabaseEmpty()).toBe(false)
    const compounds = await CompoundModel.find().lean()
    expect(compounds.map((c) => c.name).sort()).toEqual(['创业北路小区', '滨河花园二期', '米亚花园三期', '红旗三路教师楼'].sort())
    expect(await ResidentModel.countDocuments()).toBeGreaterThanOrEqual(45)
    expect(await FaqModel.countDocuments({ sample: true })).toBe(16)

    const miya = compounds.find((c) => c.name === '米亚花园三期')!
    const liu = await UserModel.findOne({ username: 'liu' }).lean()
    expect(miya.grids[0].workerIds.map(String)).toEqual([String(liu!._id)])
    expect(liu!.compoundIds.map(String)).toEqual([String(miya._id)])
    expect(await GroupModel.countDocuments({ compoundId: miya._id })).toBe(1)
    expect(await GroupModel.countDocuments({ compoundId: { $exists: false } })).toBeGreaterThanOrEqual(1)

    // two residents celebrate on the seeding day (15 March, solar)
    expect(await ResidentModel.countDocuments({ birthdayKey: 'solar:03-15' })).toBeGreaterThanOrEqual(2)
  })

  it('seedFaqs › when topics already exist › then none is overwritten or duplicated', async () => {
    await FaqModel.updateOne({ topic: 'dibao' }, { $set: { answer: '本社区已改写的答案' } })
    const created = await seedFaqs(faqs)
    expect(created).toBe(0)
    expect((await FaqModel.findOne({ topic: 'dibao' }).lean())!.answer).toBe('本社区已改写的答案')
    expect(await FaqModel.countDocuments()).toBe(16)
  })
})
