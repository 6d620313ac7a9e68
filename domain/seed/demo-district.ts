import { toLocalParts } from '../time'

/**
 * The demo district that `npm start` seeds into an empty database: four compounds of 长青街道,
 * their grids and workers, about fifty residents and their groups. Pure data built from `now`
 * (a few birthdays fall on the seeding day, so the greeting job has something to show).
 */
export interface DemoDistrict {
  compounds: DemoCompound[]
  users: DemoUser[]
  residents: DemoResident[]
  groups: DemoGroup[]
}

export interface DemoCompound {
  key: string
  name: string
  streetOffice: string
  community: string
  address: string
  aliases: string[]
  grids: { code: string; name: string; buildings: string[]; workerKeys: string[]; leaderKey?: string }[]
  dutyWorkerKey: string
}

export interface DemoUser {
  key: string
  username: string
  name: string
  title: string
  role: 'admin' | 'worker'
  wechatId: string
  phone: string
  compoundKeys: string[]
  grids: { compoundKey: string; gridCode: string }[]
  onDuty?: boolean
}

export interface DemoResident {
  name: string
  nickname: string
  wechatId: string
  compoundKey: string
  gridCode: string
  building: string
  unit: string
  room: string
  phone: string
  birthday: { calendar: 'solar' | 'lunar'; year: number; month: number; day: number; isLeapMonth?: boolean }
  partyMember: boolean
  partyJoinDate?: string
  tags: string[]
  consent: { greetings: boolean; pushes: boolean }
  greetingChannel: 'group' | 'direct'
}

export interface DemoGroup {
  roomId: string
  topic: string
  compoundKey?: string
  kind: 'residents' | 'workers'
}

/** Password of every demo account (documented in the README; demo data only). */
export const DEMO_PASSWORD = 'linli-demo-2026'

const STREET = '长青街道'

const COMPOUNDS: DemoCompound[] = [
  {
    key: 'miya', name: '米亚花园三期', streetOffice: STREET, community: '米亚社区', address: '长青街道米亚路88号', aliases: ['米亚三期', '米亚花园'],
    grids: [
      { code: 'G1', name: '米亚第一网格', buildings: ['1', '2', '3', '4', '5', '6'], workerKeys: ['liu'], leaderKey: 'chen' },
      { code: 'G2', name: '米亚第二网格', buildings: ['7', '8', '9', '10', '11', '12'], workerKeys: ['wang'], leaderKey: 'chen' },
    ],
    dutyWorkerKey: 'liu',
  },
  {
    key: 'binhe', name: '滨河花园二期', streetOffice: STREET, community: '滨河社区', address: '长青街道滨河东路16号', aliases: ['滨河二期', '滨河花园'],
    grids: [{ code: 'G1', name: '滨河网格', buildings: ['1', '2', '3', '4', '5', '6', '7', '8'], workerKeys: ['zhao'], leaderKey: 'chen' }],
    dutyWorkerKey: 'zhao',
  },
  {
    key: 'chuangye', name: '创业北路小区', streetOffice: STREET, community: '创业社区', address: '长青街道创业北路21号', aliases: ['创业北路'],
    grids: [{ code: 'G1', name: '创业北路网格', buildings: ['1', '2', '3', '4', '5', '6'], workerKeys: ['sun'], leaderKey: 'chen' }],
    dutyWorkerKey: 'sun',
  },
  {
    key: 'hongqi', name: '红旗三路教师楼', streetOffice: STREET, community: '红旗社区', address: '长青街道红旗三路5号', aliases: ['教师楼', '红旗三路'],
    grids: [{ code: 'G1', name: '教师楼网格', buildings: ['1', '2', '3'], workerKeys: ['sun'], leaderKey: 'chen' }],
    dutyWorkerKey: 'sun',
  },
]

const USERS: DemoUser[] = [
  { key: 'admin', username: 'admin', name: '街道管理员', title: '街道办管理员', role: 'admin', wechatId: 'demo-admin', phone: '13800000001', compoundKeys: [], grids: [] },
  { key: 'chen', username: 'chen', name: '陈书记', title: '社区书记', role: 'worker', wechatId: 'demo-worker-chen', phone: '13800000002', compoundKeys: ['miya', 'binhe', 'chuangye', 'hongqi'], grids: [] },
  { key: 'liu', username: 'liu', name: '网格员小刘', title: '网格员', role: 'worker', wechatId: 'demo-worker-liu', phone: '13800000003', compoundKeys: ['miya'], grids: [{ compoundKey: 'miya', gridCode: 'G1' }], onDuty: true },
  { key: 'wang', username: 'wang', name: '楼栋长老王', title: '楼栋长', role: 'worker', wechatId: 'demo-worker-wang', phone: '13800000004', compoundKeys: ['miya'], grids: [{ compoundKey: 'miya', gridCode: 'G2' }] },
  { key: 'zhao', username: 'zhao', name: '网格员小赵', title: '网格员', role: 'worker', wechatId: 'demo-worker-zhao', phone: '13800000005', compoundKeys: ['binhe'], grids: [{ compoundKey: 'binhe', gridCode: 'G1' }] },
  { key: 'sun', username: 'sunjie', name: '网格员孙姐', title: '网格员', role: 'worker', wechatId: 'demo-worker-sun', phone: '13800000006', compoundKeys: ['chuangye', 'hongqi'], grids: [{ compoundKey: 'chuangye', gridCode: 'G1' }, { compoundKey: 'hongqi', gridCode: 'G1' }] },
  { key: 'li', username: 'wuye', name: '物业李经理', title: '物业经理', role: 'worker', wechatId: 'demo-worker-li', phone: '13800000007', compoundKeys: ['miya', 'binhe'], grids: [] },
]

const SURNAMES = ['张', '王', '李', '赵', '刘', '陈', '杨', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '高', '罗']
const GIVEN = ['秀英', '建国', '桂兰', '志强', '玉兰', '国华', '淑珍', '德明', '丽华', '海涛', '凤英', '振华', '美玲', '永福', '春梅', '卫东', '小燕', '文军', '雪梅', '宏伟']
const ELDER_NICK = ['阿姨', '大爷', '奶奶', '爷爷', '叔', '婶']

/** Builds the demo district; `now` and `tz` decide which residents have a birthday on the seeding day. */
export function buildDemoDistrict(now: Date, tz: string): DemoDistrict {
  const today = toLocalParts(now, tz)
  const residents: DemoResident[] = []
  const perCompound = [16, 14, 12, 8]
  let n = 0
  COMPOUNDS.forEach((c, ci) => {
    for (let i = 0; i < perCompound[ci]; i++) {
      n++
      const surname = SURNAMES[(n * 7) % SURNAMES.length]
      const given = GIVEN[(n * 11) % GIVEN.length]
      const elderly = n % 3 !== 0
      const year = elderly ? 1936 + ((n * 5) % 26) : 1970 + ((n * 3) % 30)
      const grid = c.grids[i % c.grids.length]
      const building = grid.buildings[(i * 5) % grid.buildings.length]
      const lunar = n % 4 === 0
      // Two residents celebrate on the seeding day (solar), the rest spread over the year.
      const birthday = n === 2 || n === 23
        ? { calendar: 'solar' as const, year, month: today.month, day: Math.min(today.day, 28) }
        : lunar
          ? { calendar: 'lunar' as const, year, month: 1 + ((n * 5) % 12), day: 1 + ((n * 13) % 29) }
          : { calendar: 'solar' as const, year, month: 1 + ((n * 7) % 12), day: n === 12 ? 29 : 1 + ((n * 17) % 28) }
      if (n === 12) birthday.month = 2 // a 29 February birthday
      const age = today.year - year
      const tags: string[] = []
      if (age >= 80) tags.push('高龄')
      if (elderly && n % 5 === 0) tags.push('独居老人')
      if (elderly && n % 7 === 0) tags.push('空巢老人')
      if (n % 9 === 0) tags.push('低保')
      if (n % 11 === 0) tags.push('残疾')
      if (n % 13 === 0) tags.push('退役军人', '优抚对象')
      const partyMember = n % 6 === 0
      if (partyMember) tags.push('党员')
      residents.push({
        name: `${surname}${given}`,
        nickname: elderly ? `${surname}${ELDER_NICK[n % ELDER_NICK.length]}` : `${given}${n % 2 ? '妈妈' : ''}`,
        wechatId: `demo-resident-${String(n).padStart(2, '0')}`,
        compoundKey: c.key,
        gridCode: grid.code,
        building,
        unit: String(1 + (i % 3)),
        room: `${1 + ((i * 3) % 18)}0${1 + (i % 4)}`,
        phone: `139${String(10000000 + n * 7919).slice(-8)}`,
        birthday,
        partyMember,
        partyJoinDate: partyMember ? `${year + 25}-${String(1 + (n % 12)).padStart(2, '0')}-01` : undefined,
        tags,
        consent: { greetings: n % 8 !== 0, pushes: n % 10 !== 0 },
        greetingChannel: n % 5 === 0 ? 'direct' : 'group',
      })
    }
  })
  const groups: DemoGroup[] = [
    ...COMPOUNDS.map((c, i) => ({ roomId: `demo-room-${i + 1}@chatroom`, topic: `${c.name}业主群`, compoundKey: c.key, kind: 'residents' as const })),
    { roomId: 'demo-room-workers@chatroom', topic: `${STREET}网格员工作群`, kind: 'workers' as const },
    { roomId: 'demo-room-unbound@chatroom', topic: '新建小区群（未绑定）', kind: 'residents' as const },
  ]
  return { compounds: COMPOUNDS, users: USERS, residents, groups }
}
