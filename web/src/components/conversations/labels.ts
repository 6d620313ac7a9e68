// Chinese names of the bot's decisions in the conversation log (intent and what it did).

/** What the bot understood a message to be. */
export const INTENT_LABELS: Record<string, string> = {
  request: '报事',
  question: '政策咨询',
  followup: '进度查询',
  chat: '闲聊',
  command: '工作指令',
  rating: '评价',
  ignored: '忽略',
}

/** Element Plus tag type per intent. */
export const INTENT_TAG: Record<string, 'primary' | 'success' | 'warning' | 'danger' | 'info'> = {
  request: 'danger',
  question: 'primary',
  followup: 'warning',
  chat: 'info',
  command: 'success',
  rating: 'success',
  ignored: 'info',
}

/** What the bot did with a message (`decision.action`). */
export const ACTION_LABELS: Record<string, string> = {
  created: '已登记工单',
  merged: '并入已有工单',
  answered: '已解答',
  consultation: '转人工咨询',
  followup: '已告知进度',
  silent: '未回复',
  help: '发送使用说明',
  usage: '提示指令用法',
  accepted: '受理工单',
  transfer: '转派失败',
  transferred: '已转派',
  replied: '已转告居民',
  resolved: '已办结',
  queried: '查询工单',
  rated: '已记录评价',
  'not-rated': '评价未记录',
  'no-compound': '未识别小区',
  bind: '绑定群失败',
  bound: '已绑定群',
  unbind: '解绑群失败',
  unbound: '已解绑群',
  ignored: '忽略',
  failed: '处理失败',
}

export const intentLabel = (k: string | undefined): string => (k ? (INTENT_LABELS[k] ?? k) : '—')
export const actionLabel = (k: string | undefined): string => (k ? (ACTION_LABELS[k] ?? k) : '—')

/** "3号楼2单元12层501室" from a parsed location. */
export function locationText(l: { building?: string; unit?: string; floor?: string; room?: string } | undefined): string {
  if (!l) return ''
  return [l.building && `${l.building}号楼`, l.unit && `${l.unit}单元`, l.floor && `${l.floor}层`, l.room && `${l.room}室`].filter(Boolean).join('')
}
