// The knowledge-base API as the console reads it.
import type { FaqView } from '../../../../domain/api-views'

/** A topic as GET /api/faqs returns it. */
export type Faq = FaqView<string>

/** The fields an admin edits (POST /api/faqs adds `topic`). */
export type FaqFields = Pick<Faq, 'title' | 'variants' | 'keywords' | 'answer' | 'detail' | 'source' | 'sourceDate' | 'sample' | 'pushTags' | 'active'>

/** POST /api/faqs/try */
export interface TryResult {
  understanding: { intent: 'request' | 'question' | 'followup' | 'chat'; faq?: string; faqScore?: number; confidence: number; urgent: boolean; reasons?: string[] }
  answered: boolean
  answer: { topic: string; title: string; text: string; score: number } | null
  candidates: { topic: string; title?: string; score: number; aboveThreshold: boolean }[]
}

/** What the bot takes a message for. */
export const INTENT_LABELS: Record<TryResult['understanding']['intent'], string> = {
  question: '政策咨询',
  request: '报事诉求',
  followup: '进度追问',
  chat: '闲聊',
}

/** Topic keys as the API accepts them. */
export const TOPIC_KEY = /^[a-z0-9-]{2,60}$/
