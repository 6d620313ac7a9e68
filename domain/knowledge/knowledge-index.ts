import { addUserWords, hanBigrams, normalizeMessage, segment } from '../understanding/text'
import { buildLiteralGate } from '../understanding/literal-gate'
import { buildTermMatcher, type TermMatcher } from '../understanding/term-matcher'
import { buildBm25, type Bm25Index, type Bm25Postings, type WeightedTerm } from './bm25'
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
  /** Scratch buffer for document scores, reused across searches (JavaScript runs one search at a time) and left at zero. */
  readonly scratch: Float64Array
  /** Scratch buffers per topic (best and second-best document score, anchored or not), reused the same way. */
  readonly topicScratch: { first: Float64Array; second: Float64Array; anchored: Uint8Array }
  /** Every word of the documents (payload: its term id) and the lexicons' longer words (payload -1, they only hide words). */
  readonly vocabulary: TermMatcher<number>
  /** Every term a query can use (a document's or an anchor's) → its id, the index into the arrays below. */
  readonly termIds: ReadonlyMap<string, number>
  /** postingsById[id]: the term's BM25 postings (undefined for an anchor-only term). */
  readonly postingsById: readonly (Bm25Postings | undefined)[]
  /** anchorsById[id]: the topics whose title or keywords contain the term (a query must name something specific to a topic). */
  readonly anchorsById: readonly (readonly number[] | undefined)[]
  /** The documents' Han bigrams → their term ids (a query's other bigrams cannot score, so they are not looked at). */
  readonly bigrams: BigramTable
  /** Scratch for one query at a time: each term's largest weight (0: absent), the terms in first-seen order, touched documents. */
  readonly queryScratch: { weight: Float64Array; order: Int32Array; touched: Int32Array }
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
 * The synonym concepts the text names (=低保, =高龄), phrase synonyms first, then pattern synonyms, written into `out`
 * (emptied first) and returned: the step passes one array for every message instead of building a new one.
 */
function conceptsInto(norm: string, out: string[]): string[] {
  out.length = 0
  for (const hit of synonymMatcher.match(norm)) {
    for (const canonical of hit.payloads) out.push(canonical)
  }
  const possible = PATTERN_GATE.possible(norm)
  for (let i = 0; i < PATTERN_SYNONYMS.length; i++) {
    if (PATTERN_GATE.test(i, norm, possible)) out.push((PATTERN_SYNONYMS[i] as readonly [RegExp, string])[1])
  }
  return out
}

/** Adds synonym concepts and Han bigrams (for the documents, and for searchKnowledge's jieba path). */
function addConceptTerms(norm: string, terms: WeightedTerm[]): void {
  for (const canonical of conceptsInto(norm, [])) terms.push({ term: canonical, weight: WEIGHT_SYNONYM })
  for (const bigram of hanBigrams(norm)) {
    if (!STOPWORDS.has(bigram)) terms.push({ term: `~${bigram}`, weight: WEIGHT_BIGRAM })
  }
}

/** Two UTF-16 code units → a value, in an open-addressing table of typed arrays (linear probing, at most half full). */
export interface BigramTable {
  /** The value stored for the pair, or -1. */
  get(first: number, second: number): number
}

function buildBigramTable(pairs: readonly (readonly [number, number, number])[]): BigramTable {
  let bits = 4
  while (1 << bits < pairs.length * 2) bits++
  const shift = 32 - bits
  const mask = (1 << bits) - 1
  const firsts = new Uint16Array(1 << bits)
  const seconds = new Uint16Array(1 << bits)
  const values = new Int32Array(1 << bits).fill(-1)
  const slotOf = (a: number, b: number): number => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> shift
  for (const [a, b, value] of pairs) {
    let slot = slotOf(a, b)
    while ((values[slot] as number) >= 0 && !(firsts[slot] === a && seconds[slot] === b)) slot = (slot + 1) & mask
    firsts[slot] = a
    seconds[slot] = b
    values[slot] = value
  }
  return {
    get(a, b) {
      let slot = slotOf(a, b)
      for (;;) {
        const value = values[slot] as number
        if (value < 0 || (firsts[slot] === a && seconds[slot] === b)) return value
        slot = (slot + 1) & mask
      }
    },
  }
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

  // Terms by id: a query's terms are looked up once, as numbers, and a term neither scores nor anchors is dropped.
  const termIds = new Map<string, number>()
  const postingsById: (Bm25Postings | undefined)[] = []
  const anchorsById: (number[] | undefined)[] = []
  for (const term of [...bm25.postings.keys(), ...anchors.keys()]) {
    if (termIds.has(term)) continue
    termIds.set(term, postingsById.length)
    postingsById.push(bm25.postings.get(term))
    anchorsById.push(anchors.get(term))
  }

  const words = new Set(documents.flatMap((d) => d.map((t) => t.term)).filter((t) => !t.startsWith('=') && !t.startsWith('~')))
  // The cue and category lexicons' words are known words too: 值班室 is not 值班, so they hide the words inside them.
  const known = [...SIGNAL_LEXICON, ...CATEGORY_LEXICON].flatMap((line) => line.terms.split(/\s+/)).filter((w) => w.length > 1 && !words.has(w))
  const vocabulary = buildTermMatcher([...[...words].map((w) => [w, termIds.get(w) as number] as const), ...known.map((w) => [w, -1] as const)])
  const bigramPairs: [number, number, number][] = []
  for (const [term, id] of termIds) {
    if (term.startsWith('~') && term.length === 3) bigramPairs.push([term.charCodeAt(1), term.charCodeAt(2), id])
  }
  return {
    topics,
    entries,
    docTopic: Int32Array.from(docTopic),
    bm25,
    scratch: new Float64Array(bm25.docCount),
    topicScratch: { first: new Float64Array(topics.length), second: new Float64Array(topics.length), anchored: new Uint8Array(topics.length) },
    vocabulary,
    termIds,
    postingsById,
    anchorsById,
    bigrams: buildBigramTable(bigramPairs),
    queryScratch: { weight: new Float64Array(termIds.size), order: new Int32Array(termIds.size), touched: new Int32Array(bm25.docCount) },
  }
}

/**
 * Ranks topics for a message by BM25 (best document per topic plus a share of the second, scaled down when the
 * message names none of the topic's title or keyword terms); best first.
 */
export function searchKnowledge(index: KnowledgeIndex, text: string, limit = 3): KnowledgeHit[] {
  return rankTopics(index, analyzeText(text), limit)
}

/** Like searchKnowledge, for terms already produced by analyzeText. */
export function rankTopics(index: KnowledgeIndex, terms: readonly WeightedTerm[], limit = 3): KnowledgeHit[] {
  if (index.topics.length === 0) return []
  querySize = 0
  for (const { term, weight } of terms) addTermToQuery(index, term, weight)
  scoreTopics(index, querySize)
  const hits: KnowledgeHit[] = []
  for (let t = 0; t < index.topics.length; t++) {
    const score = topicScore(index, t)
    if (score >= 0) hits.push({ topic: index.topics[t] as string, score })
  }
  hits.sort((a, b) => b.score - a.score || a.topic.localeCompare(b.topic))
  return hits.slice(0, limit)
}

/**
 * The best topic for a normalized message, as `rankTopics(…, 1)[0]` would give it: the message's words are the
 * documents' words found in it (longest first, left to right) instead of a jieba segmentation, since a word no
 * document has cannot score; then synonyms, pattern synonyms and the documents' bigrams.
 */
export function topTopic(index: KnowledgeIndex, norm: string): KnowledgeHit | undefined {
  if (index.topics.length === 0) return undefined
  // (The step's hot path: plain calls on the index's scratch, no closures per message.)
  querySize = 0
  for (const { term, payloads } of index.vocabulary.match(norm)) {
    const id = payloads[0] as number
    if (id >= 0) addToQuery(index, id, term.length === 1 ? WEIGHT_SINGLE_CHAR : WEIGHT_WORD)
  }
  for (const canonical of conceptsInto(norm, MESSAGE_CONCEPTS)) addTermToQuery(index, canonical, WEIGHT_SYNONYM)
  // Only Han pairs are in the table, and STOPWORDS were left out of it.
  for (let i = 0; i + 1 < norm.length; i++) {
    const id = index.bigrams.get(norm.charCodeAt(i), norm.charCodeAt(i + 1))
    if (id >= 0) addToQuery(index, id, WEIGHT_BIGRAM)
  }
  scoreTopics(index, querySize)
  let best: KnowledgeHit | undefined
  for (let t = 0; t < index.topics.length; t++) {
    const score = topicScore(index, t)
    if (score < 0) continue
    const topic = index.topics[t] as string
    if (!best || score > best.score || (score === best.score && topic.localeCompare(best.topic) < 0)) best = { topic, score }
  }
  return best
}

/** The size of the query being built in the index's scratch by topTopic or rankTopics (both are synchronous). */
let querySize = 0
/** topTopic's concepts of one message, reused. */
const MESSAGE_CONCEPTS: string[] = []

/** Adds a term id to the query in the index's scratch, keeping its largest weight and its first-seen place. */
function addToQuery(index: KnowledgeIndex, id: number, w: number): void {
  const { weight, order } = index.queryScratch
  const current = weight[id] as number
  if (current === 0) {
    order[querySize++] = id
    weight[id] = w
  } else if (w > current) weight[id] = w
}

/** Adds a term to the query by its id, if some document has it. */
function addTermToQuery(index: KnowledgeIndex, term: string, w: number): void {
  const id = index.termIds.get(term)
  if (id !== undefined) addToQuery(index, id, w)
}

/**
 * Scores the query in the index's scratch (its first `size` ids) into each topic's best and second-best document,
 * which topicScore reads until the next call, and clears the query's scratch. Documents add their terms'
 * contributions in the query's order, as BM25 over the query's term list does; only the documents some term reached
 * are looked at.
 */
function scoreTopics(index: KnowledgeIndex, size: number): void {
  const { weight, order, touched } = index.queryScratch
  const docScores = index.scratch
  const { first, second, anchored } = index.topicScratch
  first.fill(0)
  second.fill(0)
  anchored.fill(0)
  let touchedCount = 0
  for (let q = 0; q < size; q++) {
    const id = order[q] as number
    const w = weight[id] as number
    weight[id] = 0
    const topics = index.anchorsById[id]
    if (topics) for (const t of topics) anchored[t] = 1
    const posting = index.postingsById[id]
    if (!posting) continue
    const { docs, contributions } = posting
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i] as number
      if (docScores[doc] === 0) touched[touchedCount++] = doc
      docScores[doc] = (docScores[doc] as number) + w * (contributions[i] as number)
    }
  }
  for (let k = 0; k < touchedCount; k++) {
    const doc = touched[k] as number
    const s = docScores[doc] as number
    docScores[doc] = 0
    const t = index.docTopic[doc] as number
    if (s > (first[t] as number)) {
      second[t] = first[t] as number
      first[t] = s
    } else if (s > (second[t] as number)) {
      second[t] = s
    }
  }
}

/**
 * A topic's score after scoreTopics, rounded to 0.001 (its best document plus a share of its second, scaled down
 * unless anchored), or -1 when no document of it scored.
 */
function topicScore(index: KnowledgeIndex, t: number): number {
  const { first, second, anchored } = index.topicScratch
  const score = ((first[t] as number) + SECOND_DOC_SHARE * (second[t] as number)) * (anchored[t] ? 1 : UNANCHORED_SHARE)
  return score > 0 ? Math.round(score * 1000) / 1000 : -1
}
