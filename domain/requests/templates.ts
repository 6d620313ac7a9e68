import { REQUEST_CATEGORIES, type RequestCategory } from './categories'

/**
 * Sentences the request service sends to residents (relayed through the outbox). Communities may
 * adjust the wording here without touching logic.
 */
export const REQUEST_TEMPLATES = {
  reply: (no: number, worker: string, text: string) => `【工单 #${no}】${worker}回复：${text}`,
  resolved: (no: number, note: string) =>
    `【工单 #${no}】已办结：${note}\n请回复 1-5 分评价本次处理（5 分最满意），例如回复「5」。`,
  rejected: (no: number, reason: string) => `【工单 #${no}】暂不予受理：${reason}\n如有疑问请联系网格员。`,
  categoryName: (c: RequestCategory) => REQUEST_CATEGORIES[c],
} as const
