import { addUserWords, hanBigrams, normalizeMessage, segment } from '../understanding/text'
import { buildLiteralGate } from '../understanding/literal-gate'
import { buildTermMatcher, type TermMatcher } from '../understanding/term-matcher'
import { buildBm25, scoreBm25, type Bm25Index, type WeightedTerm } from './bm25'
import { CATEGORY_LEXICON, SIGNAL_LEXICON } from '../understanding/lexicons'
import { PATTERN_SYNONYMS, SYNONYM_GROUPS } from './synonyms'
import type { FaqEntry } from './types'

/** A ranked knowledge-base topic for a message. */
export interface KnowledgeHit {
  topic: string
  score: number
}

/** A searchable index of FAQ topics, rebuilt whenever admins edit the topics. */
export interface KnowledgeIndex {
  readonly topics: readonly string[]
  readonly entries: ReadonlyMap<string, FaqEntry>
  /** docTopic[doc] is the index in `topics` of the topic a document belongs to. */
  readonly docTopic: Int32Array
  readonly bm25: Bm25Index
  /** term → topics whose title or keywords contain it: a query must name something specific to a topic. */
  readonly anchors: ReadonlyMap<string, readonly number[]>
  /** Scratch buffer for document scores, reused across searches (JavaScript runs one search at a time). */
  readonly scratch: Float64Array
  /** Scratch buffers per topic (best and second-best document score, anchored or not), reused the same way. */
  readonly topicScratch: { first: Float64Array; second: Float64Array; anchored: Uint8Array }
  /** Every word of the documents: a query's words are found with it (only words of the documents can score). */
  readonly vocabulary: TermMatcher<boolean>
  /**
   * The documents' Han bigrams, by first code unit then second (bigrams[first]?.has(second)): a query's other
   * bigrams cannot score, so they are not made into terms. Two small-integer look-ups are cheaper than one look-up
   * of a 32-bit key, which is not a small integer in V8.
   */
  readonly bigrams: readonly (ReadonlySet<number> | undefined)[]
}

/** Term weights: a synonym hit is strong evidence, a character bigram only a typo-tolerant hint. */
const WEIGHT_WORD = 1
const WEIGHT_SINGLE_CHAR = 0.5
const WEIGHT_SYNONYM = 1
const WEIGHT_BIGRAM = 0.3
/** The best document decides; a second document of the same topic adds a little. */
const SECOND_DOC_SHARE = 0.15
/**
 * A topic none of whose title or keyword terms occur in the query keeps only this share of its score:
 * "周末有没有人一起爬山" shares 周末 with the canteen's opening hours but names nothing about the canteen.
 */
const UNANCHORED_SHARE = 0.2
/** A plain title or keyword word anchors a topic only if at most this many topics use it anywhere (申请 anchors none). */
const MAX_ANCHOR_TOPICS = 2

// Function words and generic question words: they occur in every topic and only add noise.
const STOPWORDS = new Set(
  (
    '的 了 吗 呢 啊 吧 呀 哦 嘛 么 哈 嗯 哎 诶 我 我们 咱们 你 你们 您 他 她 它 他们 她们 是 在 有 和 与 及 也 都 就 还 ' +
    '要 会 能 不能 可以 可不可以 能不能 想 问 问一下 一下 请问 想问 那个 这个 就是 什么 怎么 怎么样 如何 哪里 哪儿 哪 多少 ' +
    '几 谁 不 没 没有 人 个 些 这 那 给 把 被 让 对 跟 去 来 说 知道 现在 今年 一个 好 吧 得 地 着 过 又 再 才 ' +
    '呗 啦 喔 家 家里 咨询 请 麻烦 谢谢 一 下 上 是不是 有没有 还是 或者 这种 那种 情况 问题 需要 应该 已经 ' +
    '听说 大家 各位 社区 小区 @ , . ? ! : ; 、 ， 。 ？ ！ ： ； ~ - ( ) （ ） " \' “ ” …'
  ).split(' '),
)

const synonymMatcher = buildTermMatcher(
  SYNONYM_GROUPS.flatMap((group) => group.map((phrase) => [phrase, `=${group[0]}`] as const)),
)
addUserWords(SYNONYM_GROUPS.flat())

/** The pattern synonyms behind a literal prefilter (高龄's patterns need a number, 癌's a 癌…). */
const PATTERN_GATE = buildLiteralGate(PATTERN_SYNONYMS.map(([regex]) => regex))

function isDigits(token: string): boolean {
  return /^[\d.]+$/.test(token)
}

/** Turns text into weighted BM25 terms: jieba words, canonical synonym tokens and Han bigrams. */
export function analyzeText(text: string): WeightedTerm[] {
  return analyzeNormalized(normalizeMessage(text).text)
}

/** Like analyzeText for text already passed through normalizeMessage. */
export function analyzeNormalized(norm: string): WeightedTerm[] {
  const terms: WeightedTerm[] = []
  for (const token of segment(norm)) {
    if (STOPWORDS.has(token) || isDigits(token)) continue
    terms.push({ term: token, weight: token.length === 1 ? WEIGHT_SINGLE_CHAR : WEIGHT_WORD })
  }
  addConceptTerms(norm, terms)
  return terms
}

/**
 * A message's terms for searching `index`: its words are the documents' words found in it (longest first, left to
 * right) instead of a jieba segmentation, since a word no document has cannot score; then synonyms and bigrams.
 */
export function analyzeQuery(index: KnowledgeIndex, norm: string): WeightedTerm[] {
  const terms: WeightedTerm[] = []
  for (const { term, payloads } of index.vocabulary.match(norm)) {
    if (!payloads[0]) continue
    terms.push({ term, weight: term.length === 1 ? WEIGHT_SINGLE_CHAR : WEIGHT_WORD })
  }
  addConceptTerms(norm, terms, index.bigrams)
  return terms
}

/** Adds synonym concepts and Han bigrams; with `known`, only the bigrams in it (the index's). */
function addConceptTerms(norm: string, terms: WeightedTerm[], known?: KnowledgeIndex['bigrams']): void {
  for (const hit of synonymMatcher.match(norm)) {
    for (const canonical of hit.payloads) terms.push({ term: canonical, weight: WEIGHT_SYNONYM })
  }
  const possible = PATTERN_GATE.possible(norm)
  for (let i = 0; i < PATTERN_SYNONYMS.length; i++) {
    if (PATTERN_GATE.test(i, norm, possible)) terms.push({ term: (PATTERN_SYNONYMS[i] as readonly [RegExp, string])[1], weight: WEIGHT_SYNONYM })
  }
  if (!known) {
    for (const bigram of hanBigrams(norm)) {
      if (!STOPWORDS.has(bigram)) terms.push({ term: `~${bigram}`, weight: WEIGHT_BIGRAM })
    }
    return
  }
  for (let i = 0; i + 1 < norm.length; i++) {
    if (!known[norm.charCodeAt(i)]?.has(norm.charCodeAt(i + 1))) continue
    // Only Han pairs are ever in `known`, and STOPWORDS were left out of it.
    terms.push({ term: `~${norm.slice(i, i + 2)}`, weight: WEIGHT_BIGRAM })
  }
}

/** Collapses repeated query terms to one term with the largest weight (a query is a set, not a bag). */
function toQuery(terms: readonly WeightedTerm[]): WeightedTerm[] {
  const at = new Map<string, number>()
  const out: WeightedTerm[] = []
  for (const t of terms) {
    const i = at.get(t.term)
    if (i === undefined) {
      at.set(t.term, out.length)
      out.push(t)
    } else if (t.weight > out[i].weight) {
      out[i] = t
    }
  }
  return out
}

/** Builds the BM25 index over every topic's question variants, title and keywords. */
export function buildKnowledgeIndex(faqs: readonly FaqEntry[]): KnowledgeIndex {
  addUserWords(faqs.flatMap((faq) => faq.keywords ?? []))
  const topics: string[] = []
  const entries = new Map<string, FaqEntry>()
  const documents: WeightedTerm[][] = []
  const docTopic: number[] = []
  const candidates = new Map<string, number[]>()
  const topicsUsing = new Map<string, Set<number>>()
  for (const faq of faqs) {
    if (entries.has(faq.topic)) continue
    const topicId = topics.length
    topics.push(faq.topic)
    entries.set(faq.topic, faq)
    for (const { term } of analyzeText([faq.title, ...(faq.keywords ?? [])].join(' '))) {
      if (term.startsWith('~')) continue
      const list = candidates.get(term) ?? []
      if (!list.includes(topicId)) list.push(topicId)
      candidates.set(term, list)
    }
    for (const text of [...faq.questions, faq.title, ...(faq.keywords ?? [])]) {
      for (const { term } of analyzeText(text)) {
        if (term.startsWith('~')) continue
        const users = topicsUsing.get(term) ?? new Set<number>()
        users.add(topicId)
        topicsUsing.set(term, users)
      }
    }
    const texts = [...faq.questions, faq.title]
    if (faq.keywords && faq.keywords.length > 0) texts.push(faq.keywords.join(' '))
    for (const text of texts) {
      documents.push(analyzeText(text))
      docTopic.push(topicId)
    }
  }
  const anchors = new Map<string, number[]>()
  for (const [term, list] of candidates) {
    // Synonym concepts (=低保) are curated, so they anchor even when several topics mention them.
    if (term.startsWith('=') || (topicsUsing.get(term)?.size ?? 0) <= MAX_ANCHOR_TOPICS) anchors.set(term, list)
  }
  const bm25 = buildBm25(documents)
  const words = new Set(documents.flatMap((d) => d.map((t) => t.term)).filter((t) => !t.startsWith('=') && !t.startsWith('~')))
  // The cue and category lexicons' words are known words too: 值班室 is not 值班, so they hide the words inside them.
  const known = [...SIGNAL_LEXICON, ...CATEGORY_LEXICON].flatMap((line) => line.terms.split(/\s+/)).filter((w) => w.length > 1 && !words.has(w))
  const vocabulary = buildTermMatcher([...[...words].map((w) => [w, true] as const), ...known.map((w) => [w, false] as const)])
  const bigrams = new Array<Set<number> | undefined>(0x10000).fill(undefined)
  for (const doc of documents) {
    for (const { term } of doc) {
      if (!term.startsWith('~') || term.length !== 3) continue
      const first = term.charCodeAt(1)
      ;(bigrams[first] ??= new Set()).add(term.charCodeAt(2))
    }
  }
  return { topics, entries, docTopic: Int32Array.from(docTopic), bm25, anchors, scratch: new Float64Array(bm25.docCount), topicScratch: { first: new Float64Array(topics.length), second: new Float64Array(topics.length), anchored: new Uint8Array(topics.length) }, vocabulary, bigrams }
}

/**
 * Ranks topics for a message by BM25 (best document per topic plus a share of the second, scaled down when the
 * message names none of the topic's title or keyword terms); best first.
 */
export function searchKnowledge(index: KnowledgeIndex, text: string, limit = 3): KnowledgeHit[] {
  return rankTopics(index, toQuery(analyzeText(text)), limit)
}

/** Like searchKnowledge, for terms already produced by analyzeText (saves a second segmentation). */
export function rankTopics(index: KnowledgeIndex, terms: readonly WeightedTerm[], limit = 3): KnowledgeHit[] {
  if (index.topics.length === 0) return []
  const query = toQuery(terms)
  const docScores = scoreBm25(index.bm25, query, index.scratch)
  const { first, second, anchored } = index.topicScratch
  first.fill(0)
  second.fill(0)
  anchored.fill(0)
  for (const { term } of query) {
    const topics = index.anchors.get(term)
    if (topics) for (const t of topics) anchored[t] = 1
  }
  for (let doc = 0; doc < docScores.length; doc++) {
    const s = docScores[doc]
    const t = index.docTopic[doc]
    if (s > first[t]) {
      second[t] = first[t]
      first[t] = s
    } else if (s > second[t]) {
      second[t] = s
    }
  }
  const hits: KnowledgeHit[] = []
  for (let t = 0; t < index.topics.length; t++) {
    const score = (first[t] + SECOND_DOC_SHARE * second[t]) * (anchored[t] ? 1 : UNANCHORED_SHARE)
    if (score > 0) hits.push({ topic: index.topics[t], score: Math.round(score * 1000) / 1000 })
  }
  hits.sort((a, b) => b.score - a.score || a.topic.localeCompare(b.topic))
  return hits.slice(0, limit)
}
