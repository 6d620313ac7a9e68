import { analyzeNormalized, buildKnowledgeIndex, rankTopics, type KnowledgeIndex } from '../knowledge/knowledge-index'
import type { FaqEntry } from '../knowledge/types'
import { INTENT_WEIGHTS, URGENT_SCORE, URGENT_THRESHOLD, compileLinear, scoreLinear, type IntentFeature } from './intent-model'
import { CATEGORY_LEXICON, CATEGORY_PRIORITY, DANGER_COMBOS, SIGNAL_LEXICON, type LexiconLine, type SignalFeature } from './lexicons'
import { extractLocation } from './location'
import { buildTermMatcher, type TermMatcher } from './term-matcher'
import { addUserWords, isHan, normalizeMessage } from './text'
import { INTENTS, type Intent, type RequestCategory, type Understanding } from './types'

/** A BM25 score at or above this makes a topic an answer candidate (calibrated on handwritten questions). */
export const KB_THRESHOLD = 3.5

/** A second category is reported when it scores at least this share of the best one. */
const CATEGORY_ALT_SHARE = 0.6

/** Below this best-category score a request is filed under `other`. */
const CATEGORY_MIN_SCORE = 1.5

// A negator, but not the 不 of a question (是不是, 能不能 ...).
const NOT_BEFORE = /(?:没有|(?<![是有])没|(?<!是)不是|并不|(?<![是要能会可行好对有])不|无|未|别)$/

/**
 * What a negator right before a hit turns it into: 没有漏水 / 没着火 are no problem, 也没看到停水通知 is no
 * notice, and 没亮了 / 还没修好 are problems, not resolutions. `null` drops the hit.
 */
const NEGATED: Readonly<Record<string, { before: RegExp; becomes: SignalFeature | null }>> = {
  problem: { before: NOT_BEFORE, becomes: null },
  danger: { before: NOT_BEFORE, becomes: null },
  notice: { before: /(?:没|没有|未|不)[^\s,，。!?]{0,3}$/, becomes: null },
  resolved: { before: /(?:没有|没|还没|不|未)$/, becomes: 'problem' },
}

const STAFF_MENTION = /物业|网格|社区|小助手|经理|管家|书记|楼长|主任|客服|保安|居委/
const ALL_MENTION = /全体|所有人/
const A_NOT_A = /([\u4e00-\u9fa5])[不没]\1/
const LIST_ITEM = /(?:^|\n)\s*\d{1,3}\s*[.、．)]/g
const PHONE = /1[3-9]\d[\d*]{4}\d{4}/
const PRICE = /\d+\s*(?:元|块)/
const HEADER = /^\s*【[^】]{1,12}】/
// 拿不出来, 推不动, 进不去: a verb with a negated result complement reports something that does not work.
const CANNOT = /[\u4e00-\u9fa5]不(?:出来|进去|上去|下来|开|动|到|住|上|下|进|出|着|了)/
// 太远了, 太吵了: an excessive state.
const TOO_MUCH = /太[\u4e00-\u9fa5]{1,2}了/
// 约了没, 排上了没有, 处理了吗: asks whether an action happened.
const DONE_YET = /了没有?(?=$|[\s?!,.，。？！啊呀呢])|(?:修|报|约|弄|处理|安排|换|装|拖|清|派|查|批|回复|落实|解决|管|办)(?:了吗|好没|过没|好了吗|好了没)/
// 有进展了吗, 有人管了吗, 有处理方案了吗.
const HAS_YET = /有[\u4e00-\u9fa5]{0,5}了(?:吗|没)/
// 不捡, 不拆, 不退: someone refuses or neglects to act.
const REFUSES = /不(?:捡|拆|清|管|修|退|接|开门|关|理|听|改|挪|走|还|让|收拾|打扫|处理|搬|停)/
// 没人开走, 没人应: nobody takes care of something.
const NOBODY = /没人[\u4e00-\u9fa5]{1,2}/
// 停了一个月, 坏了三天, 臭了两天, 堆了好几天: how long a bad state has lasted.
const LASTED = /[停堆放占坏漏臭响吵堵黑灭](?:了|着)(?:快|好|有)?[一两三四五六七八九十半几\d]*[个多]?(?:天|周|礼拜|星期|月|年)/
// 有人在楼道充电, 有人往楼下扔: somebody doing something is how residents report a nuisance.
const SOMEONE_DOES = /(?:^|[\s,，。!！])有人[在把往从拿用占偷扔倒堆停放搭挂拉装养遛乱住]|谁家[在把的]|(?:物业|有人|邻居|那家|他家|对门|隔壁|楼上|楼下)[^，。\s]{0,3}把/
// 不转了, 不走了, 不响了: something stopped working.
const STOPPED = /不(?![用行早说要会能])[\u4e00-\u9fa5]了/
// 是自己登记还是社区帮忙登: an alternative question.
const EITHER_OR = /是[\u4e00-\u9fa5]{1,12}还是/
// 怎么办居住证 (how to apply for) is a procedure question; 怎么办 at the end of a clause is a cry for help.
const HOW_TO_APPLY = /怎么办(?![啊呀呢吧了?？!！\s,，。]|$)/
// 上周报的, 昨天反映的, 周一提交的: a dated earlier report.
const DATED_REPORT = /(?:上次|之前|前天|昨天|今早|早上|上午|上周|上礼拜|上个月|前几天|刚才|那天|周[一二三四五六日天]|礼拜[一二三四五六天]|[一二三四五六七八九十两半几\d]+个?(?:小时|分钟|天|周|礼拜|星期|月)前)[^，。\s]{0,4}(?:报|反映|投诉|说|提交|登记|打电话)的/
// 联系到车主没有, 修好没有: a status question ending in 没有.
const REACHED_YET = /(?:到|过|好|完)[\u4e00-\u9fa5]{0,4}没有?(?=$|[\s?？])/
// 快一个月了, 好几个礼拜了: how long the resident has waited.
const WAITED = /(?:快|都|已经|有)(?:一|两|三|好几|几|半)?个?多?(?:月|礼拜|星期|周)了/
// 今天第五天了: overdue counting.
const DAY_COUNT = /第[\d一二三四五六七八九十]+天/
const DIGITS_ONLY = /^\d+$/

const THANKS_EMOJI = new Set(['强', '抱拳', '玫瑰', '鼓掌', '爱心', 'ok', '胜利', '赞', '握手', '拥抱', '合十'])
const SAD_EMOJI = new Set(['流泪', '捂脸', '发怒', '难过', '大哭', '呕吐', '抓狂', '委屈', '叹气', '衰', '快哭了'])
const SOCIAL_EMOJI = new Set(['红包', '福', '太阳', '微笑', '愉快', '呲牙', '憨笑', '偷笑', '庆祝', '烟花', '耶', '调皮', '月亮'])

/** Compiles lexicon lines into one matcher; a term listed twice for the same feature keeps its largest weight. */
function compile<F extends string>(lines: readonly LexiconLine<F>[]): TermMatcher<{ feature: F; weight: number }> {
  const byTerm = new Map<string, Map<F, number>>()
  for (const line of lines) {
    for (const raw of line.terms.split(/\s+/)) {
      const term = raw.toLowerCase()
      if (term.length === 0) continue
      const features = byTerm.get(term) ?? new Map<F, number>()
      features.set(line.feature, Math.max(features.get(line.feature) ?? -Infinity, line.weight))
      byTerm.set(term, features)
    }
  }
  const pairs: [string, { feature: F; weight: number }][] = []
  for (const [term, features] of byTerm) for (const [feature, weight] of features) pairs.push([term, { feature, weight }])
  return buildTermMatcher(pairs)
}

const INTENT_MODELS = INTENTS.map((intent) => ({ intent, model: compileLinear(INTENT_WEIGHTS[intent]) }))
const URGENT_MODEL = compileLinear(URGENT_SCORE)
const categoryMatcher = compile(CATEGORY_LEXICON)
// Category nouns also enter the signal dictionary as blockers, so a single-character cue inside a noun
// (滑 in 滑梯, 乱 in 乱石) does not fire; a term that is both keeps its signal.
// A noun that itself contains a cue (路面塌陷, 灯全灭) is not a blocker, or it would hide that cue.
const SIGNAL_TERMS = SIGNAL_LEXICON.flatMap((line) => line.terms.split(/\s+/)).filter((t) => t.length >= 2)
const BLOCKERS = categoryMatcher.terms().filter((t) => t.length >= 2 && !SIGNAL_TERMS.some((cue) => t.includes(cue)))
const signalMatcher = compile<SignalFeature>([...SIGNAL_LEXICON, { feature: 'neutral', weight: 0, terms: BLOCKERS.join(' ') }])
// The category vocabulary is the compound's domain dictionary: keep 楼道灯, 充电桩, 化粪池 whole for BM25.
addUserWords(categoryMatcher.terms().filter((t) => t.length >= 2 && isHan(t.charCodeAt(0))))

/** Sums lexicon hits per feature, applying NEGATED and skipping digit terms glued to other digits. */
function sumHits<F extends string>(
  matcher: TermMatcher<{ feature: F; weight: number }>,
  text: string,
  reasons: string[] | undefined,
): Map<F, number> {
  const sums = new Map<F, number>()
  for (const hit of matcher.match(text)) {
    if (DIGITS_ONLY.test(hit.term) && (/\d/.test(text[hit.start - 1] ?? '') || /\d/.test(text[hit.end] ?? ''))) continue
    for (const payload of hit.payloads) {
      let feature: F | null = payload.feature
      const negation = NEGATED[feature]
      if (negation && negation.before.test(text.slice(Math.max(0, hit.start - 5), hit.start))) {
        feature = negation.becomes as F | null
      }
      if (feature === null) continue
      sums.set(feature, (sums.get(feature) ?? 0) + payload.weight)
      reasons?.push(`${feature}:${hit.term}`)
    }
  }
  return sums
}

// "篮球场的灯", "车棚里的充电口", "单元门口上面那个灯": the first noun only says where the second one is.
const MODIFIER_GAP = /^[\u4e00-\u9fa5]{0,4}(?:的|那个|那盏|这个|那排|那根)$/
const MODIFIER_SHARE = 0.5

/** Category lexicon scores; a noun that only modifies the next category noun counts half. */
function scoreCategories(text: string, reasons: string[] | undefined): Map<RequestCategory, number> {
  const hits = categoryMatcher.match(text)
  const sums = new Map<RequestCategory, number>()
  const seen = new Set<string>()
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]
    const next = hits[i + 1]
    const isModifier =
      next !== undefined &&
      next.start >= hit.end &&
      MODIFIER_GAP.test(text.slice(hit.end, next.start)) &&
      next.payloads.some((p) => !hit.payloads.some((q) => q.feature === p.feature))
    // A repeated word (垃圾 … 垃圾) says the same thing twice; count it once.
    if (seen.has(hit.term)) continue
    seen.add(hit.term)
    for (const { feature, weight } of hit.payloads) {
      sums.set(feature, (sums.get(feature) ?? 0) + weight * (isModifier ? MODIFIER_SHARE : 1))
      reasons?.push(`${feature}:${hit.term}${isModifier ? '(mod)' : ''}`)
    }
  }
  return sums
}

function countHan(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) if (isHan(text.charCodeAt(i))) n++
  return n
}

/** Ranks request categories by lexicon score; ties follow CATEGORY_PRIORITY. */
function rankCategories(sums: Map<RequestCategory, number>): { category: RequestCategory; score: number }[] {
  return CATEGORY_PRIORITY.map((category) => ({ category, score: sums.get(category) ?? 0 }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || CATEGORY_PRIORITY.indexOf(a.category) - CATEGORY_PRIORITY.indexOf(b.category))
}

/** Options for one understanding pass. */
export interface UnderstandOptions {
  /** Collect the matched cues in `reasons` (slower; for debugging and the console). */
  explain?: boolean
}

/** Understands one message against a knowledge index: intent, category, topic, location, urgency. */
export function understandMessage(index: KnowledgeIndex, raw: string, options: UnderstandOptions = {}): Understanding {
  const reasons: string[] | undefined = options.explain ? [] : undefined
  const norm = normalizeMessage(raw)
  const text = norm.text
  const signals = sumHits<SignalFeature>(signalMatcher, text, reasons)
  const categorySums = scoreCategories(text, reasons)

  const features: Partial<Record<IntentFeature, number>> = {}
  for (const [feature, value] of signals) features[feature] = value
  const add = (feature: IntentFeature, value: number): void => {
    features[feature] = (features[feature] ?? 0) + value
  }

  // Structural cues that no word list can see.
  if (A_NOT_A.test(text)) add('question', 1)
  if (EITHER_OR.test(text)) add('question', 1)
  if (HOW_TO_APPLY.test(text)) {
    add('question', 1)
    add('procedure', 1)
  }
  if (CANNOT.test(text)) add('problem', 0.8)
  if (TOO_MUCH.test(text)) add('problem', 0.8)
  if (DONE_YET.test(text)) add('statusQuery', 1)
  if (HAS_YET.test(text)) add('statusQuery', 0.8)
  if (DAY_COUNT.test(text)) add('statusQuery', 0.6)
  if (DATED_REPORT.test(text)) add('priorReport', 1)
  if (REACHED_YET.test(text)) add('statusQuery', 0.8)
  if (WAITED.test(text)) add('complaint', 0.6)
  if (REFUSES.test(text)) add('problem', 0.8)
  if (SOMEONE_DOES.test(text)) add('problem', 0.6)
  if (STOPPED.test(text)) add('problem', 0.8)
  if (NOBODY.test(text)) add('problem', 0.8)
  if (LASTED.test(text)) add('problem', 0.8)
  for (const combo of DANGER_COMBOS) {
    if (combo.all.every((re) => re.test(text))) {
      add('danger', combo.weight)
      reasons?.push(`danger:${combo.name}`)
    }
  }
  // Announcements do not ask questions; a notice word inside a question is part of the question (缴费截止是哪天).
  if ((features.question ?? 0) > 0 && (features.notice ?? 0) > 0 && !HEADER.test(raw)) features.notice = (features.notice ?? 0) / 2
  if (HEADER.test(raw)) add('notice', 2)
  const listItems = raw.match(LIST_ITEM)?.length ?? 0
  if (norm.lineCount >= 3 && listItems >= 2) add('chainList', 4)
  if (PHONE.test(text)) add('ad', 2)
  if (PRICE.test(text)) add('ad', 0.5)
  for (const mention of norm.mentions) {
    if (ALL_MENTION.test(mention)) add('notice', 2)
    else if (STAFF_MENTION.test(mention)) features.staffMention = 1
  }
  for (const emoji of norm.emojis) {
    if (THANKS_EMOJI.has(emoji)) add('thanks', 0.6)
    else if (SAD_EMOJI.has(emoji)) add('complaint', 0.3)
    else if (SOCIAL_EMOJI.has(emoji)) add('social', 0.5)
    else if (emoji === '疑问') add('question', 0.5)
  }
  const han = countHan(text)
  if (han === 0) features.empty = 1
  if (han <= 6) {
    features.short = 1
    features.shortAck = features.ack ?? 0
  }
  if ((features.statusQuery ?? 0) > 0 && (features.priorReport ?? 0) > 0) features.followPair = 1

  const categories = rankCategories(categorySums)
  features.category = (categories[0]?.score ?? 0) / 3
  if ((categories[0]?.score ?? 0) < 1) features.noCategory = 1
  if (!features.question && !features.procedure && !features.hearsay) features.notQuestionForm = 1

  const hits = rankTopics(index, analyzeNormalized(text), 2)
  const top = hits[0]
  if (top && top.score >= KB_THRESHOLD) features.kb = top.score / KB_THRESHOLD
  else features.noKb = 1

  const scores = INTENT_MODELS.map(({ intent, model }) => ({ intent, score: scoreLinear(model, features) }))
  scores.sort((a, b) => b.score - a.score)
  const intent: Intent = scores[0].intent
  let expSum = 0
  for (const s of scores) expSum += Math.exp(s.score - scores[0].score)
  const confidence = Math.round((1 / expSum) * 1000) / 1000

  const result: Understanding = { intent, urgent: false, confidence }
  if (intent === 'request') {
    const best = categories[0]
    if (!best || best.score < CATEGORY_MIN_SCORE) {
      result.category = 'other'
      if (best) result.categoryAlt = best.category
    } else {
      result.category = best.category
      const second = categories[1]
      if (second && second.score >= CATEGORY_ALT_SHARE * best.score) result.categoryAlt = second.category
    }
  } else if (intent === 'question' && top) {
    result.faq = top.topic
    result.faqScore = top.score
  }
  if (intent === 'request' || intent === 'followup') {
    result.urgent = scoreLinear(URGENT_MODEL, features) >= URGENT_THRESHOLD && (features.danger ?? 0) > 0
  }
  const location = extractLocation(raw)
  if (location) result.location = location
  if (reasons) {
    for (const s of scores) reasons.push(`score:${s.intent}=${s.score.toFixed(2)}`)
    if (top) reasons.push(`kb:${top.topic}=${top.score}`)
    result.reasons = reasons
  }
  return result
}

/** A message understander bound to a knowledge base that can be swapped without a restart. */
export interface Understander {
  understand(text: string, options?: UnderstandOptions): Understanding
  /** Rebuilds the knowledge index (after admins edit topics). */
  reloadFaqs(faqs: readonly FaqEntry[]): void
  /** The current knowledge index (for search endpoints). */
  index(): KnowledgeIndex
}

/** Creates an understander over the given FAQ topics. */
export function createUnderstander(faqs: readonly FaqEntry[]): Understander {
  let index = buildKnowledgeIndex(faqs)
  return {
    understand: (text, options) => understandMessage(index, text, options),
    reloadFaqs: (next) => {
      index = buildKnowledgeIndex(next)
    },
    index: () => index,
  }
}
