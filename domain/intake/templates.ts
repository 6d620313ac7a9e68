import { REQUEST_CATEGORIES } from '../requests/categories'
import { STATUS_LABELS, type RequestStatus } from '../requests/lifecycle'
import { formatInTimeZone } from './format-time'
import type { Location, RequestCategory } from '../understanding/types'
import type { Hazard } from './safety'

/**
 * Every sentence the bot says to residents and workers, in one place so that a community can
 * adjust the wording without touching the logic.
 */

/** "3号楼2单元14层501室" from a location; empty when none. */
export function formatLocation(location: Location | undefined): string {
  if (!location) return ''
  const parts: string[] = []
  if (location.building) parts.push(`${location.building}号楼`)
  if (location.unit) parts.push(`${location.unit}单元`)
  if (location.floor) parts.push(`${location.floor}层`)
  if (location.room) parts.push(`${location.room}室`)
  return parts.join('')
}

/** The Chinese name of a category. */
export function categoryName(category: RequestCategory): string {
  return REQUEST_CATEGORIES[category]
}

/** "今天17:00前", "明天17:00前", "3月5日17:00前"; a deadline at midnight reads "3月5日内" (the end of the day before). */
export function formatDeadline(deadline: Date, now: Date, tz: string): string {
  const time = formatInTimeZone(deadline, tz, 'time')
  const endOfDay = time === '00:00'
  const at = endOfDay ? new Date(deadline.getTime() - 60_000) : deadline
  const day = formatInTimeZone(at, tz, 'date')
  const today = formatInTimeZone(now, tz, 'date')
  const tomorrow = formatInTimeZone(new Date(now.getTime() + 24 * 3600 * 1000), tz, 'date')
  const label = day === today ? '今天' : day === tomorrow ? '明天' : formatInTimeZone(at, tz, 'month-day')
  return endOfDay ? `${label}内` : `${label}${time}前`
}

function understood(category: RequestCategory, location: Location | undefined): string {
  const where = formatLocation(location)
  return where ? `${categoryName(category)}（${where}）` : categoryName(category)
}

export const TEMPLATES = {
  requestCreated: (p: { no: number; category: RequestCategory; location?: Location; ownerName?: string; deadline: string }) =>
    `收到，已登记为第${p.no}号诉求：${understood(p.category, p.location)}。` +
    `${p.ownerName ? `由${p.ownerName}负责，` : '已转社区工作人员，'}预计${p.deadline}处理，有进展会在群里告诉您。`,
  requestMerged: (p: { no: number; category: RequestCategory; location?: Location; ownerName?: string; deadline: string }) =>
    `这个问题已有邻居反映过，正在处理中（第${p.no}号诉求：${understood(p.category, p.location)}）。` +
    `已把您记为共同反映人，${p.ownerName ? `${p.ownerName}负责，` : ''}预计${p.deadline}处理，办好后一并告诉您。`,
  requestPrivate: (p: { no: number; ownerName?: string }) =>
    `您反映的情况已登记（第${p.no}号），只有负责的工作人员能看到${p.ownerName ? `，由${p.ownerName}跟进` : ''}，会尽快私下联系您。`,
  consultationCreated: (p: { no: number }) => `这个问题我暂时答不准，已转给社区工作人员（第${p.no}号咨询），稍后会给您答复。`,
  answerBrief: (p: { title: string; essentials: string; sample: boolean }) =>
    `【${p.title}】${p.essentials}${p.sample ? '（示例内容，以社区最新政策为准）' : ''}\n想了解完整说明，可以私聊我发送「${p.title}」。`,
  answerFull: (p: { title: string; answer: string; detail?: string; source?: string }) =>
    `【${p.title}】${p.answer}${p.detail ? `\n${p.detail}` : ''}${p.source ? `\n来源：${p.source}` : ''}`,
  followupNone: () => '没有查到您还在办理中的诉求。如有新问题，直接在群里说明情况和位置就可以。',
  followupLine: (p: { no: number; category: RequestCategory; location?: Location; status: RequestStatus; ownerName?: string; deadline: string; overdue: boolean }) =>
    `第${p.no}号（${understood(p.category, p.location)}）：${STATUS_LABELS[p.status]}` +
    `${p.ownerName ? `，${p.ownerName}负责` : ''}，${p.overdue ? '已超过办理时限，我们会督促尽快处理' : `预计${p.deadline}办结`}。`,
  followupHeader: () => '您反映的事项进展：',
  urgentAdvice: (hazards: readonly Hazard[]) => `⚠️ 紧急情况请先确保安全：${hazards.map((h) => SAFETY_ADVICE[h]).join('')}社区值班人员已收到通知，会马上联系处理。`,
  dutyAlert: (p: { no?: number; compound: string; where?: string; talker: string; text: string }) =>
    `【紧急】${p.compound}${p.where ? ` ${p.where}` : ''}：${p.talker}反映「${p.text.slice(0, 200)}」${p.no ? `（第${p.no}号）` : ''}，请立即处理。处理后可回复「受理 ${p.no ?? '编号'}」。`,
  ratingThanks: (p: { no: number; score: number }) => `谢谢您的评价（第${p.no}号：${p.score}分），我们会继续改进。`,
  directUnknownCompound: () => '请告诉我您住在哪个小区，或者直接在小区业主群里反映，我会登记并转给负责的工作人员。',
  directHelp: () => '您好，我是社区小助手。可以直接告诉我要反映的问题和位置（如「3号楼2单元楼道灯坏了」），或者问政策（如「高龄津贴怎么申请」），也可以问「我反映的事怎么样了」。',
  // Worker side
  workerHelp: () =>
    '可用命令：受理 编号｜转派 编号 姓名｜回复 编号 内容｜办结 编号 说明｜查询 编号｜绑定 小区名（在群里）｜解绑',
  usage: (verb: string) => `命令格式不对。${USAGE[verb] ?? ''}发送「帮助」查看全部命令。`,
  bound: (p: { compound: string }) => `本群已绑定到「${p.compound}」，我会在群里登记报事、解答政策问题。`,
  bindUnknown: (p: { name: string }) => `没有找到小区「${p.name}」，请检查名称或联系管理员。`,
  bindForbidden: () => '您没有绑定该小区的权限，请联系管理员。',
  unbound: () => '本群已解除绑定，我不会再在群里回复。',
  notFound: (p: { no: number }) => `没有找到第${p.no}号诉求。`,
  forbidden: (p: { no: number }) => `第${p.no}号诉求不在您负责的小区，无法操作。`,
  commandFailed: (p: { no: number; reason: string }) => `第${p.no}号操作未完成：${p.reason}`,
  accepted: (p: { no: number; summary: string; deadline: string }) => `已受理第${p.no}号：${p.summary}，请在${p.deadline}办结。`,
  transferred: (p: { no: number; to: string }) => `第${p.no}号已转派给${p.to}。`,
  transferUnknown: (p: { name: string }) => `没有找到工作人员「${p.name}」。`,
  transferredToWorker: (p: { no: number; from: string; summary: string; deadline: string }) =>
    `${p.from}把第${p.no}号诉求转派给您：${p.summary}，请在${p.deadline}办结。回复「受理 ${p.no}」确认。`,
  relayed: (p: { no: number }) => `已把回复转达给第${p.no}号的反映人。`,
  relayToResident: (p: { no: number; worker: string; text: string }) => `关于您反映的第${p.no}号诉求，${p.worker}回复：${p.text}`,
  resolved: (p: { no: number }) => `第${p.no}号已办结，已请反映人评价。`,
  resolvedToResident: (p: { no: number; worker: string; text: string }) =>
    `您反映的第${p.no}号诉求已办结${p.text ? `：${p.text}` : '。'}（${p.worker}）\n请回复1–5分评价这次办理（5分非常满意，1分很不满意）。`,
  query: (p: { no: number; category: RequestCategory; location?: Location; status: RequestStatus; ownerName?: string; deadline: string; reporters: number; summary: string }) =>
    `第${p.no}号 ${understood(p.category, p.location)}｜${STATUS_LABELS[p.status]}｜负责人：${p.ownerName ?? '未指定'}｜时限：${p.deadline}｜反映人数：${p.reporters}\n${p.summary}`,
  genericError: () => '抱歉，刚才没处理好，请稍后再试，或直接联系社区工作人员。',
} as const

const USAGE: Record<string, string> = {
  accept: '例如「受理 12」。',
  transfer: '例如「转派 12 网格员小刘」。',
  reply: '例如「回复 12 明天上午来修」。',
  resolve: '例如「办结 12 已更换灯泡」。',
  query: '例如「查询 12」。',
  bind: '例如「绑定 米亚花园三期」。',
}

/** One sentence of safety advice per hazard. */
export const SAFETY_ADVICE: Record<Hazard, string> = {
  fire: '发生火情请立即拨打119，湿毛巾捂住口鼻、走楼梯撤离，不要乘电梯。',
  gas: '闻到燃气味请不要开关电器、不要点火，打开门窗通风，到室外拨打燃气公司抢修电话，情况严重拨打119。',
  medical: '有人受伤或突发疾病请立即拨打120，不要随意搬动伤者。',
  crime: '遇到偷盗、打架等情况请拨打110，注意自身安全。',
  electric: '发现漏电、电线冒火请远离并拉下电闸，不要用手或湿物接触，必要时拨打119。',
  flood: '漏水严重请先关闭总水阀、切断附近电源，避免触电。',
  elevator: '被困电梯请按警铃或拨打电梯内的救援电话，不要扒门，必要时拨打119。',
  structure: '有坠落、坍塌危险请远离危险区域，提醒邻居绕行，必要时拨打119。',
  general: '如有危险请先远离现场并拨打110/119/120。',
}
