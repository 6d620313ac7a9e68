// The residents API as the console reads it, and the wording of the roster import report.
import type { ResidentView } from '../../../../domain/api-views'

/** A resident as GET /api/residents returns it (workers get the phone masked). */
export type Resident = ResidentView

/** A compound as GET /api/compounds returns it (the parts the page uses). */
export interface Compound {
  id: string
  name: string
  grids: { code: string; name: string; buildings: string[] }[]
}

export type ImportRowStatus = 'imported' | 'updated' | 'unchanged' | 'rejected'

/** POST /api/residents/import */
export interface ImportReport {
  summary: { total: number; imported: number; updated: number; unchanged: number; rejected: number }
  rows: { row: number; status: ImportRowStatus; name?: string; field?: string; reason?: string; residentId?: string; changed?: string[] }[]
}

export const IMPORT_STATUS_LABELS: Record<ImportRowStatus, string> = { imported: '新增', updated: '更新', unchanged: '无变化', rejected: '未导入' }
export const IMPORT_STATUS_TAG: Record<ImportRowStatus, 'success' | 'primary' | 'info' | 'danger'> = { imported: 'success', updated: 'primary', unchanged: 'info', rejected: 'danger' }

/** Column names of the roster, as the report names a field. */
export const FIELD_LABELS: Record<string, string> = {
  name: '姓名',
  compound: '小区',
  compoundName: '小区',
  gridCode: '网格',
  building: '楼栋',
  unit: '单元',
  room: '房号',
  phone: '电话',
  nickname: '微信昵称',
  wechatId: '微信号',
  birthday: '生日',
  tags: '标签',
  partyMember: '党员',
  partyJoinDate: '入党日期',
  consent: '同意祝福/推送',
  consentGreetings: '同意祝福',
  consentPushes: '同意推送',
  notes: '备注',
}
export const fieldLabel = (f: string) => FIELD_LABELS[f] ?? f

/** A roster template the import accepts (the first row is the header). */
export const ROSTER_TEMPLATE = [
  ['姓名', '小区', '楼栋', '单元', '房号', '电话', '生日', '标签', '同意祝福', '同意推送', '备注'],
  ['张桂英', '米亚花园三期', '3', '2', '501', '13800000000', '1948-03-08', '高龄、独居老人', '是', '是', ''],
  ['李建国', '米亚花园三期', '5', '1', '302', '', '农历08-15', '退役军人', '是', '否', '女儿电话见备注'],
]

/** '3栋2单元501' */
export function addressOf(r: Pick<Resident, 'building' | 'unit' | 'room'>): string {
  const parts = [r.building ? `${r.building}栋` : '', r.unit ? `${r.unit}单元` : '', r.room ?? '']
  return parts.join('') || '—'
}

/** '1950-03-08' or '农历八月十五' style, short. */
export function birthdayOf(r: Pick<Resident, 'birthday'>): string {
  const b = r.birthday
  if (!b) return '—'
  const md = `${String(b.month).padStart(2, '0')}-${String(b.day).padStart(2, '0')}`
  const date = b.year ? `${b.year}-${md}` : md
  return b.calendar === 'lunar' ? `农历${b.isLeapMonth ? '闰' : ''}${date}` : date
}
