import { z } from 'zod'
import { INTENTS, REQUEST_CATEGORIES, type Understanding } from './types'

/** Where and how to ask an OpenAI-compatible chat-completions endpoint; passed in, never read from the environment. */
export interface LlmRefineOptions {
  /** e.g. `http://127.0.0.1:8000/v1`; `/chat/completions` is appended. */
  baseUrl: string
  apiKey: string
  model: string
  /** Abort the call after this many milliseconds (default 3000). */
  timeoutMs?: number
  /** Only results whose local confidence is below this are sent (default 0.6). */
  minConfidence?: number
  /** Knowledge-base topics the model may choose from (key and Chinese title). */
  topics: readonly { topic: string; title: string }[]
  /** Injected for tests; defaults to the global fetch. */
  fetchImpl?: typeof fetch
}

/** Why a refinement fell back to the local result (stable codes, for logs and tests). */
export type LlmFallbackReason = 'confident' | 'timeout' | 'http_error' | 'network_error' | 'invalid_response'

/** The refined understanding plus whether the model's answer was used. */
export interface LlmRefineResult {
  understanding: Understanding
  usedLlm: boolean
  fallback?: LlmFallbackReason
}

const DEFAULT_TIMEOUT_MS = 3000
const DEFAULT_MIN_CONFIDENCE = 0.6
/** Confidence reported for a result the model confirmed or changed. */
const LLM_CONFIDENCE = 0.85

const llmAnswerSchema = z.object({
  intent: z.enum(INTENTS),
  category: z.enum(REQUEST_CATEGORIES).nullish(),
  faq: z.string().nullish(),
  urgent: z.boolean().nullish(),
})

const chatCompletionSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1),
})

/** The instruction sent as the system message (labels follow shared/eval/SCHEMA.md). */
export function buildSystemPrompt(topics: readonly { topic: string; title: string }[]): string {
  return [
    '你是小区业主微信群的消息分类器。只输出一个 JSON 对象，不要输出其他文字。',
    '字段：intent 取 request（报事/诉求，要求解决问题）、question（询问知识库政策或办事流程）、followup（追问之前报过的事的进度）、chat（其他：寒暄、收到、接龙、广告、通知、感谢、闲聊）之一；',
    `category 仅 request 时填写，取 ${REQUEST_CATEGORIES.join(', ')} 之一；`,
    `faq 仅 question 时填写，取以下主题键之一：${topics.map((t) => `${t.topic}（${t.title}）`).join('，')}；知识库不涵盖的问题算 chat；`,
    'urgent：只有正在发生、危及生命财产的情况（燃气味、着火、电梯困人、有人倒地、爆管淹水）为 true，过去或已解决的为 false。',
    '示例输出：{"intent":"request","category":"lighting","faq":null,"urgent":false}',
  ].join('\n')
}

/** Extracts the JSON object from a model reply that may wrap it in a ```json fence or add prose. */
function parseJsonObject(content: string): unknown {
  const start = content.indexOf('{')
  const end = content.lastIndexOf('}')
  if (start < 0 || end <= start) throw new Error('no JSON object in reply')
  return JSON.parse(content.slice(start, end + 1))
}

/** Merges the model's labels into the local result; location and a local urgent flag are always kept. */
function mergeAnswer(local: Understanding, answer: z.infer<typeof llmAnswerSchema>, topicKeys: ReadonlySet<string>): Understanding | undefined {
  const base: Understanding = {
    intent: answer.intent,
    urgent: local.urgent || (answer.urgent === true && (answer.intent === 'request' || answer.intent === 'followup')),
    confidence: Math.max(local.confidence, LLM_CONFIDENCE),
    reasons: [...(local.reasons ?? []), 'llm'],
  }
  if (local.location) base.location = local.location
  if (answer.intent === 'request') {
    base.category = answer.category ?? local.category ?? 'other'
  } else if (answer.intent === 'question') {
    const faq = answer.faq && topicKeys.has(answer.faq) ? answer.faq : local.faq
    // A question the bot cannot answer from its topics is useless; keep the local view.
    if (!faq) return undefined
    base.faq = faq
    if (faq === local.faq && local.faqScore !== undefined) base.faqScore = local.faqScore
  }
  return base
}

/**
 * Asks an OpenAI-compatible endpoint to relabel a low-confidence local result. Any error, timeout, non-2xx
 * status or reply that is not valid JSON with valid labels returns the local result unchanged.
 */
export async function refineWithLlm(text: string, local: Understanding, options: LlmRefineOptions): Promise<LlmRefineResult> {
  if (local.confidence >= (options.minConfidence ?? DEFAULT_MIN_CONFIDENCE)) {
    return { understanding: local, usedLlm: false, fallback: 'confident' }
  }
  const doFetch = options.fetchImpl ?? fetch
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? DEFAULT_TIMEOUT_MS)
  try {
    let response: Response
    try {
      response = await doFetch(`${options.baseUrl.replace(/\/+$/, '')}/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options.apiKey}` },
        body: JSON.stringify({
          model: options.model,
          temperature: 0,
          response_format: { type: 'json_object' },
          messages: [
            { role: 'system', content: buildSystemPrompt(options.topics) },
            { role: 'user', content: text },
          ],
        }),
        signal: controller.signal,
      })
    } catch {
      return { understanding: local, usedLlm: false, fallback: controller.signal.aborted ? 'timeout' : 'network_error' }
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined)
      return { understanding: local, usedLlm: false, fallback: 'http_error' }
    }
    let merged: Understanding | undefined
    try {
      const completion = chatCompletionSchema.parse(await response.json())
      const answer = llmAnswerSchema.parse(parseJsonObject(completion.choices[0].message.content))
      merged = mergeAnswer(local, answer, new Set(options.topics.map((t) => t.topic)))
    } catch {
      return { understanding: local, usedLlm: false, fallback: controller.signal.aborted ? 'timeout' : 'invalid_response' }
    }
    if (!merged) return { understanding: local, usedLlm: false, fallback: 'invalid_response' }
    return { understanding: merged, usedLlm: true }
  } finally {
    clearTimeout(timer)
  }
}
