import { INTENTS, type Intent, type Location } from './types'

/** One labelled line of an eval set (SCHEMA.md field names). */
export interface GoldMessage {
  id: string
  text: string
  intent: Intent
  category?: string
  category_alt?: string
  faq?: string
  location?: Location
  urgent?: boolean
}

/** One prediction, as `npm run understand` prints it. */
export interface PredictedMessage {
  id: string
  intent: Intent
  category?: string
  faq?: string
  location?: Location
  urgent?: boolean
}

/** A ratio with its counts, so reports show "0.95 (19/20)". */
export interface Ratio {
  hits: number
  total: number
  /** hits / total, or 1 when total is 0 (nothing to get wrong). */
  value: number
}

/** Precision, recall and F1 of one intent. */
export interface IntentStats {
  precision: number
  recall: number
  f1: number
  support: number
}

/** One misclassified message, for the error list. */
export interface EvalError {
  id: string
  kind: 'intent' | 'category' | 'topic' | 'location' | 'urgent'
  expected: string
  actual: string
}

/** Everything SCHEMA.md "What is scored" asks for, plus the intent confusion matrix. */
export interface EvalMetrics {
  count: number
  intentAccuracy: Ratio
  intentMacroF1: number
  perIntent: Record<Intent, IntentStats>
  requestRecall: Ratio
  /** Chat-labelled messages predicted as anything but chat (lower is better). */
  chatWronglyAnswered: Ratio
  /** Over every request-labelled message; category_alt also counts. */
  categoryAccuracy: Ratio
  /** Over every question-labelled message. */
  topicAccuracy: Ratio
  /** Over every labelled location field; each must match exactly. */
  locationFieldAccuracy: Ratio
  /** Predicted location fields where the label has none (not scored, shown for information). */
  spuriousLocationFields: number
  urgentRecall: Ratio
  urgentPrecision: Ratio
  /** confusion[expected][predicted] */
  confusion: Record<Intent, Record<Intent, number>>
  errors: EvalError[]
}

const LOCATION_FIELDS = ['building', 'unit', 'floor', 'room'] as const

/** Builds a Ratio from counts. */
export function ratio(hits: number, total: number): Ratio {
  return { hits, total, value: total === 0 ? 1 : hits / total }
}

function emptyConfusion(): Record<Intent, Record<Intent, number>> {
  const out = {} as Record<Intent, Record<Intent, number>>
  for (const a of INTENTS) {
    out[a] = {} as Record<Intent, number>
    for (const b of INTENTS) out[a][b] = 0
  }
  return out
}

function formatLocation(location: Location | undefined): string {
  return location ? JSON.stringify(location) : '-'
}

/**
 * Scores predictions against gold labels, matched by id; a gold message without a prediction counts as a
 * `chat` prediction with nothing else (the safest thing a bot can do).
 */
export function computeMetrics(gold: readonly GoldMessage[], predictions: readonly PredictedMessage[]): EvalMetrics {
  const byId = new Map(predictions.map((p) => [p.id, p]))
  const confusion = emptyConfusion()
  const errors: EvalError[] = []
  let intentHits = 0
  let categoryHits = 0
  let categoryTotal = 0
  let topicHits = 0
  let topicTotal = 0
  let locationHits = 0
  let locationTotal = 0
  let spurious = 0
  let urgentHits = 0
  let urgentTotal = 0
  let urgentPredicted = 0

  for (const g of gold) {
    const p: PredictedMessage = byId.get(g.id) ?? { id: g.id, intent: 'chat' }
    confusion[g.intent][p.intent]++
    if (p.intent === g.intent) intentHits++
    else errors.push({ id: g.id, kind: 'intent', expected: g.intent, actual: p.intent })

    if (g.intent === 'request') {
      categoryTotal++
      const accepted = [g.category, g.category_alt].filter((c): c is string => c !== undefined)
      if (p.category !== undefined && accepted.includes(p.category)) categoryHits++
      else errors.push({ id: g.id, kind: 'category', expected: accepted.join('|'), actual: p.category ?? '-' })
    }
    if (g.intent === 'question') {
      topicTotal++
      if (p.faq !== undefined && p.faq === g.faq) topicHits++
      else errors.push({ id: g.id, kind: 'topic', expected: g.faq ?? '-', actual: p.faq ?? '-' })
    }

    let locationOk = true
    for (const field of LOCATION_FIELDS) {
      const want = g.location?.[field]
      const got = p.location?.[field]
      if (want !== undefined) {
        locationTotal++
        if (got === want) locationHits++
        else locationOk = false
      } else if (got !== undefined) {
        spurious++
        locationOk = false
      }
    }
    if (!locationOk) {
      errors.push({ id: g.id, kind: 'location', expected: formatLocation(g.location), actual: formatLocation(p.location) })
    }

    if (p.urgent === true) urgentPredicted++
    if (g.urgent === true) {
      urgentTotal++
      if (p.urgent === true) urgentHits++
    }
    if ((g.urgent === true) !== (p.urgent === true)) {
      errors.push({ id: g.id, kind: 'urgent', expected: String(g.urgent === true), actual: String(p.urgent === true) })
    }
  }

  const perIntent = {} as Record<Intent, IntentStats>
  let f1Sum = 0
  for (const intent of INTENTS) {
    const tp = confusion[intent][intent]
    let predicted = 0
    let support = 0
    for (const other of INTENTS) {
      predicted += confusion[other][intent]
      support += confusion[intent][other]
    }
    const precision = predicted === 0 ? 0 : tp / predicted
    const recall = support === 0 ? 0 : tp / support
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
    perIntent[intent] = { precision, recall, f1, support }
    f1Sum += f1
  }

  let chatTotal = 0
  for (const b of INTENTS) chatTotal += confusion.chat[b]
  let requestTotal = 0
  for (const b of INTENTS) requestTotal += confusion.request[b]

  return {
    count: gold.length,
    intentAccuracy: ratio(intentHits, gold.length),
    intentMacroF1: f1Sum / INTENTS.length,
    perIntent,
    requestRecall: ratio(confusion.request.request, requestTotal),
    chatWronglyAnswered: ratio(chatTotal - confusion.chat.chat, chatTotal),
    categoryAccuracy: ratio(categoryHits, categoryTotal),
    topicAccuracy: ratio(topicHits, topicTotal),
    locationFieldAccuracy: ratio(locationHits, locationTotal),
    spuriousLocationFields: spurious,
    urgentRecall: ratio(urgentHits, urgentTotal),
    urgentPrecision: ratio(urgentHits, urgentPredicted),
    confusion,
    errors,
  }
}

function fmt(r: Ratio): string {
  return `${r.value.toFixed(3)}  (${r.hits}/${r.total})`
}

/** Renders the report: 12 headline lines first, then the confusion table and per-intent scores. */
export function formatMetrics(m: EvalMetrics): string {
  const lines = [
    `messages                  ${m.count}`,
    `intent accuracy           ${fmt(m.intentAccuracy)}`,
    `intent macro-F1           ${m.intentMacroF1.toFixed(3)}`,
    `request recall            ${fmt(m.requestRecall)}`,
    `chat wrongly answered     ${fmt(m.chatWronglyAnswered)}`,
    `category accuracy (req)   ${fmt(m.categoryAccuracy)}`,
    `topic accuracy (question) ${fmt(m.topicAccuracy)}`,
    `location field accuracy   ${fmt(m.locationFieldAccuracy)}`,
    `urgent recall             ${fmt(m.urgentRecall)}`,
    `urgent precision          ${fmt(m.urgentPrecision)}`,
    `spurious location fields  ${m.spuriousLocationFields}`,
    '',
    'confusion (rows = expected, columns = predicted)',
    `${'expected'.padEnd(10)}${INTENTS.map((i) => i.padStart(10)).join('')}`,
    ...INTENTS.map((a) => `${a.padEnd(10)}${INTENTS.map((b) => String(m.confusion[a][b]).padStart(10)).join('')}`),
    '',
    'per intent     precision  recall     F1  support',
    ...INTENTS.map((i) => {
      const s = m.perIntent[i]
      return `${i.padEnd(14)}${s.precision.toFixed(3).padStart(9)}${s.recall.toFixed(3).padStart(8)}${s.f1.toFixed(3).padStart(7)}${String(s.support).padStart(9)}`
    }),
  ]
  return lines.join('\n')
}
