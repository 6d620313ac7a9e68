import { Types } from 'mongoose'
import { CompoundModel } from '../../models/compound.model'
import { GroupModel } from '../../models/group.model'
import { ResidentModel } from '../../models/resident.model'
import { UserModel } from '../../models/user.model'
import { progress } from './harness'

/** One compound of the benchmark district: its worker and its bound residents' group. */
export interface BenchCompound {
  id: string
  name: string
  workerId: string
  workerWechatId: string
  roomId: string
  topic: string
  residentWechatIds: string[]
}

/** Options of {@link seedDistrict}. */
export interface DistrictOptions {
  compounds: number
  residentsPerCompound: number
  /** Extra resident fields per resident (birthday, consent …), by global resident index. */
  resident?: (i: number, compoundIndex: number) => Record<string, unknown>
  /** Rows per insertMany. */
  batch?: number
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾'
const GIVEN = ['秀英', '桂兰', '建国', '志强', '丽华', '国庆', '海燕', '伟', '芳', '军', '敏', '静', '磊', '洋', '艳', '勇', '杰', '娟', '涛', '明']

/** A plausible Chinese name for resident `i`. */
export function residentName(i: number): string {
  return `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}`
}

/**
 * Seeds a district with insertMany through the models: `compounds` compounds, each with one on-duty worker
 * (also its duty worker and grid worker), one bound residents' group and `residentsPerCompound` residents
 * with WeChat ids.
 */
export async function seedDistrict(opts: DistrictOptions): Promise<BenchCompound[]> {
  const batch = opts.batch ?? 1000
  const out: BenchCompound[] = []
  const compounds: Record<string, unknown>[] = []
  const users: Record<string, unknown>[] = []
  const groups: Record<string, unknown>[] = []
  for (let c = 0; c < opts.compounds; c++) {
    const compoundId = new Types.ObjectId()
    const workerId = new Types.ObjectId()
    const name = `基准小区${String(c + 1).padStart(4, '0')}`
    const workerWechatId = `bench-worker-${c + 1}`
    const roomId = `bench-room-${c + 1}@chatroom`
    const topic = `${name}业主群`
    compounds.push({
      _id: compoundId,
      name,
      streetOffice: '基准街道',
      community: `基准社区${(c % 10) + 1}`,
      grids: [{ code: 'G1', name: '第一网格', workerIds: [workerId], buildings: Array.from({ length: 24 }, (_, b) => String(b + 1)) }],
      dutyWorkerId: workerId,
    })
    users.push({ _id: workerId, username: `bench-worker-${c + 1}`, name: `网格员${residentName(c)}`, role: 'worker', wechatId: workerWechatId, compoundIds: [compoundId], grids: [{ compoundId, gridCode: 'G1' }], onDuty: true })
    groups.push({ roomId, topic, compoundId, gridCode: 'G1', kind: 'residents', botAccountId: 'linli-sandbox-bot', boundAt: new Date(), boundBy: 'bench' })
    out.push({ id: String(compoundId), name, workerId: String(workerId), workerWechatId, roomId, topic, residentWechatIds: [] })
  }
  await CompoundModel.insertMany(compounds)
  await UserModel.insertMany(users)
  await GroupModel.insertMany(groups)

  const total = opts.compounds * opts.residentsPerCompound
  let rows: Record<string, unknown>[] = []
  const started = Date.now()
  for (let i = 0; i < total; i++) {
    const c = i % opts.compounds
    const wechatId = `bench-resident-${i + 1}`
    out[c].residentWechatIds.push(wechatId)
    rows.push({
      name: residentName(i),
      nickname: `${residentName(i)}${(i % 97) + 1}`,
      wechatId,
      compoundId: new Types.ObjectId(out[c].id),
      gridCode: 'G1',
      building: String((i % 24) + 1),
      unit: String((i % 4) + 1),
      room: `${(i % 18) + 1}0${(i % 4) + 1}`,
      ...(opts.resident ? opts.resident(i, c) : {}),
    })
    if (rows.length === batch || i === total - 1) {
      await ResidentModel.insertMany(rows)
      rows = []
      if (total >= 20_000 && ((i + 1) % 20_000 === 0 || i === total - 1)) {
        progress(`residents ${i + 1}/${total} (${Math.round((i + 1) / ((Date.now() - started) / 1000))}/s)`)
      }
    }
  }
  return out
}
