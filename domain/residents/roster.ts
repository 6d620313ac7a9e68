/** A resident as a roster row describes it, normalised and checked. */
export interface RosterResident {
  name: string
  compoundName?: string
  gridCode?: string
  building?: string
  unit?: string
  room?: string
  phone?: string
  nickname?: string
  wechatId?: string
  birthday?: { calendar: 'solar' | 'lunar'; year?: number; month: number; day: number; isLeapMonth: boolean }
  tags: string[]
  partyMember?: boolean
  partyJoinDate?: string
  consent?: { greetings: boolean; pushes: boolean }
  notes?: string
}

/** A row that could not be read, with the column at fault. */
export interface RosterRowError {
  field: string
  reason: string
}

/** Accepted headers (Chinese as rosters have them, and English). */
const HEADERS: Record<string, keyof RosterResident | 'consentGreetings' | 'consentPushes'> = {
  姓名: 'name', name: 'name',
  小区: 'compoundName', compound: 'compoundName',
  网格: 'gridCode', grid: 'gridCode',
  楼栋: 'building', 楼号: 'building', 栋: 'building', building: 'building',
  单元: 'unit', unit: 'unit',
  房号: 'room', 门牌: 'room', 室: 'room', room: 'room',
  电话: 'phone', 手机: 'phone', 手机号: 'phone', 联系电话: 'phone', phone: 'phone',
  昵称: 'nickname', 微信昵称: 'nickname', nickname: 'nickname',
  微信id: 'wechatId', 微信号: 'wechatId', wechatid: 'wechatId',
  生日: 'birthday', 出生日期: 'birthday', birthday: 'birthday',
  标签: 'tags', tags: 'tags',
  党员: 'partyMember', partymember: 'partyMember',
  入党日期: 'partyJoinDate', partyjoindate: 'partyJoinDate',
  同意祝福: 'consentGreetings', consentgreetings: 'consentGreetings',
  同意推送: 'consentPushes', consentpushes: 'consentPushes',
  备注: 'notes', notes: 'notes',
}

const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/
const BIRTHDAY = /^(农历|阴历)?(闰)?(?:(\d{4})[-/.年])?(\d{1,2})[-/.月](\d{1,2})日?$/
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '同意'])
const NO = new Set(['否', 'n', 'no', 'false', '0', '', '不同意'])

/** Maps a header cell to the field it fills (undefined: ignored column). */
export function rosterField(header: string): string | undefined {
  return HEADERS[header.replace(/\s+/g, '').toLowerCase()] ?? HEADERS[header.trim()]
}

function yesNo(v: string, field: string): boolean | RosterRowError {
  const s = v.trim().toLowerCase()
  if (YES.has(s)) return true
  if (NO.has(s)) return false
  return { field, reason: `「${v}」应为 是/否` }
}

/** Numbers such as "3号楼", "3栋", "2单元", "501室" → "3", "2", "501". */
function stripUnit(v: string): string {
  const m = /^(\d+[A-Za-z]?)\s*(号楼|号|栋|幢|单元|室|楼)?$/.exec(v.trim())
  return m ? m[1] : v.trim()
}

/**
 * Reads one roster row (header → cell text) into a resident, or the first problem found.
 * Tags must be among `allowedTags`.
 */
export function parseRosterRow(row: Record<string, string>, allowedTags: readonly string[]): RosterResident | RosterRowError {
  const v: Record<string, string> = {}
  for (const [h, cell] of Object.entries(row)) {
    const f = rosterField(h)
    if (f) v[f] = String(cell ?? '').trim()
  }
  if (!v.name) return { field: 'name', reason: '缺少姓名' }
  if (v.name.length > 50) return { field: 'name', reason: '姓名过长' }
  const out: RosterResident = { name: v.name, tags: [] }
  if (v.compoundName) out.compoundName = v.compoundName
  if (v.gridCode) out.gridCode = v.gridCode
  for (const f of ['building', 'unit', 'room'] as const) {
    if (v[f]) {
      const s = stripUnit(v[f])
      if (s.length > 20) return { field: f, reason: '过长' }
      out[f] = s
    }
  }
  if (v.phone) {
    const p = v.phone.replace(/[\s]/g, '').replace(/^\+?86-?/, '')
    if (!PHONE.test(p)) return { field: 'phone', reason: `电话「${v.phone}」格式不对` }
    out.phone = p
  }
  if (v.nickname) out.nickname = v.nickname.slice(0, 100)
  if (v.wechatId) out.wechatId = v.wechatId.slice(0, 200)
  if (v.birthday) {
    const m = BIRTHDAY.exec(v.birthday.replace(/\s+/g, ''))
    if (!m) return { field: 'birthday', reason: `生日「${v.birthday}」应为 1950-03-08 或 农历08-15` }
    const calendar = m[1] ? 'lunar' : 'solar'
    const month = Number(m[4])
    const day = Number(m[5])
    const maxDay = calendar === 'lunar' ? 30 : new Date(Date.UTC(2024, month, 0)).getUTCDate()
    if (month < 1 || month > 12 || day < 1 || day > maxDay) return { field: 'birthday', reason: `生日「${v.birthday}」不存在` }
    if (m[2] && calendar !== 'lunar') return { field: 'birthday', reason: '只有农历生日有闰月' }
    out.birthday = { calendar, ...(m[3] ? { year: Number(m[3]) } : {}), month, day, isLeapMonth: Boolean(m[2]) }
  }
  if (v.tags) {
    const tags = [...new Set(v.tags.split(/[,，、;；\s]+/).map((t) => t.trim()).filter(Boolean))]
    const unknown = tags.filter((t) => !allowedTags.includes(t))
    if (unknown.length) return { field: 'tags', reason: `未知标签：${unknown.join('、')}` }
    out.tags = tags
  }
  if (v.partyMember !== undefined && v.partyMember !== '') {
    const b = yesNo(v.partyMember, 'partyMember')
    if (typeof b !== 'boolean') return b
    out.partyMember = b
  }
  if (v.partyJoinDate) {
    if (!DATE.test(v.partyJoinDate)) return { field: 'partyJoinDate', reason: '入党日期应为 YYYY-MM-DD' }
    out.partyJoinDate = v.partyJoinDate
  }
  if (v.consentGreetings !== undefined || v.consentPushes !== undefined) {
    const g = yesNo(v.consentGreetings ?? '', 'consentGreetings')
    const p = yesNo(v.consentPushes ?? '', 'consentPushes')
    if (typeof g !== 'boolean') return g
    if (typeof p !== 'boolean') return p
    out.consent = { greetings: g, pushes: p }
  }
  if (v.notes) out.notes = v.notes.slice(0, 1000)
  return out
}

/** True when a parse result is an error. */
export function isRowError(r: RosterResident | RosterRowError): r is RosterRowError {
  return 'reason' in r
}

/** Identity of a roster row within a compound: name + building/unit/room. */
export function rosterKey(r: { name: string; building?: string | null; unit?: string | null; room?: string | null }): string {
  return [r.name, r.building ?? '', r.unit ?? '', r.room ?? ''].join('|')
}
