import { buildKnowledgeIndex, topTopic, type KnowledgeIndex } from '../knowledge/knowledge-index'
import type { FaqEntry } from '../knowledge/types'
import {
  FEATURE_ID,
  INTENT_WEIGHTS,
  URGENT_SCORE,
  URGENT_THRESHOLD,
  compileLinear,
  createFeatureVector,
  scoreLinear,
  type FeatureVector,
} from './intent-model'
import {
  CATEGORY_LEXICON,
  CATEGORY_PRIORITY,
  DANGER_COMBOS as DANGER_COMBO_LIST,
  SIGNAL_LEXICON,
  STRUCTURAL_CUES as STRUCTURAL_CUE_LIST,
  type LexiconLine,
  type SignalFeature,
  type StructuralCue,
} from './lexicons'
import { buildLiteralGate } from './literal-gate'
import { extractLocation } from './location'
import { buildTermMatcher, type TermMatcher } from './term-matcher'
import { addUserWords, isHan as isHanCode, normalizeMessage, stripQuotedReply, toSimplified } from './text'
import { INTENTS, type Intent, type RequestCategory, type Understanding } from './types'

// Under tsx (how the product runs) an imported binding is read through a getter on every use; the step's
// loops read these module constants instead.
const F = FEATURE_ID
const STRUCTURAL_CUES = STRUCTURAL_CUE_LIST
const DANGER_COMBOS = DANGER_COMBO_LIST
const isHan = isHanCode

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
  // 好久没人捡了: litter nobody picks up, not something found (but 有没有人捡到 asks for it).
  lostFound: { before: /(?<!有)没有?人?$/, becomes: null },
}

/**
 * The structural cues' and danger combinations' regexes behind one literal prefilter: each is run only when a
 * word it needs is in the message (most cues cannot match most messages; the answers are unchanged).
 */
const CUE_GATE = buildLiteralGate([...STRUCTURAL_CUES.map((cue) => cue.pattern), ...DANGER_COMBOS.flatMap((combo) => combo.all)])
/** Each danger combination's regexes by their place in the gate (after the structural cues, in order). */
const COMBO_GATE_INDICES: readonly (readonly number[])[] = (() => {
  let next = STRUCTURAL_CUES.length
  return DANGER_COMBOS.map((combo) => combo.all.map(() => next++))
})()

const STAFF_MENTION = /物业|网格|社区|小助手|经理|管家|书记|楼长|主任|客服|保安|居委/
const ALL_MENTION = /全体|所有人/
const LIST_ITEM = /(?:^|\n)\s*\d{1,3}\s*[.、．)]/g
const HEADER = /^\s*【[^】]{1,12}】/
/** 【急】, 【求助】, 【报修】: a header that flags a resident's own emergency or report, not an announcement. */
const ASKING_HEADER = /^\s*【(?:急|紧急|急急急|求助|求救|救命|报修|投诉|反映)[^】]{0,3}】/
const ASKS_OFFICE = /(?:请|麻烦|让|希望|叫)(?:物业|社区|保安|网格员|居委)|(?:物业|社区|保安)(?:赶紧|尽快|快点|快来)|(?:请|麻烦|帮忙|帮我|帮着)报(?:个)?修|(?:请|麻烦)(?:管管|管一下|处理一下)/
/** A question mark or particle, wherever a lexicon term has taken it in (有人知道吗). */
const ASKING_MARK = /[?？吗呢]/
/**
 * Any word or mark that can ask (also inside a procedure phrase such as 怎么申请 or 多少钱), ask for information (请教,
 * 了解一下), say the writer means to apply (想给我爸申请), or name what a keyword query wants (申请条件 所需材料).
 */
const ANY_QUESTION_WORD =
  /[?？吗呢么嘛谁几哪]|怎|咋|如何|什么|啥|多少|多久|是不是|能不能|可不可以|有没有|要不要|来着|还是|请教|请问|想问|问一下|问下|了解|咨询|打听|求问|要申请|想[^，。,]{0,6}申请|想办|要办|想报名|想参加|(?<!有)条件|流程|材料|标准|地点|手续|办法|步骤/
/**
 * Han characters above which a statement that names a policy is talk about it, and the notQuestionForm it gets: 2, more
 * than a statement without policy words gets, since no word that could ask appears anywhere in it.
 */
const STATEMENT_MIN_HAN = 8
const STATEMENT_WEIGHT = 2
/** A thing done or decided (拿到了, 装好了, 批了, 涨了, 黄了, 没通过): see toldDone. */
const TOLD_DONE = /[到好完过批来涨黄回补领报交]了|没通过|是批了/
/** 一道去, 一起去吃: going somewhere together. */
const INVITATION = /一道|一起去|一块去|一起吃|一块吃/
const STAFF_SPEAKER = /^\s*(?:物业|物业客服|物业管家|管家|网格员|社区|社区工作人员|居委会|保安|楼栋长|保洁|秩序维护部|工程部|客服中心|维修部|后勤|房管科|停水|停电|停气|温馨提示)(?:回复|通知|答复)?\s*[：:]/
const DIGITS_ONLY = /^\d+$/
const LATIN_WORDS = /[a-z]{2,}/g

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

// 另外, 对了, 顺便说一下: the writer turns to another matter.
const TOPIC_TURN = /另外|还有个事|还有一个事|还有件事|顺便说一下|顺便说下|顺便问一下|顺便问下|对了|再就是|还有就是|再有就是|先不说了|这个先不说|再等等/
const TOPIC_TURNS = new RegExp(TOPIC_TURN.source, 'g')
// 但是, 可是, 不过, …今天又: a contrast, which turns to another matter only when what follows reports a problem of its own.
const CONTRAST_TURN = /但是|可是|不过|就是(?=[^，。,]{0,12}(?:不|没|坏|漏|堵|停|故障|响))|今天发现|现在是|[，,\s！!。](?:今天|今早|今天早上|昨晚|现在)?[^，。,\s]{0,3}又(?=在|开始|坏|漏|响|停|堵|不)/
/** 修好了 但是今天又漏了: a contrast followed by a problem of its own, as a turn to another matter. */
function contrastTurn(text: string): RegExpExecArray | null {
  const turn = CONTRAST_TURN.exec(text)
  if (!turn) return null
  const tail = createFeatureVector()
  addSignalHits(text.slice(turn.index), tail, undefined)
  return tail[F.problem] >= 1.2 ? turn : null
}

/** A danger still going on as the writer chases it. */
const STILL_GOING = /还在|还关|还是|还有|越来越|仍然|一直/
/** A report made on an earlier day (上次报的…, 昨晚报的…). */
const PAST_TIME = /上次|上回|昨天|昨晚|前天|上周|上礼拜|上个月|前几天|那次/

/** Matters of other offices that the knowledge base does not answer. */
const OUTSIDE_KB = /护照|驾照|驾驶证|个税|个人所得税|签证|(?<!小区|车辆|出入)通行证|结婚证|疫苗|车牌|上牌|年检|违章/

/** Asking the office to do a service for the writer: issue a paper, register, contact, pay, book, fill in, collect. */
const SERVICE_ASK = /给办(?:个|一下|张)|(?<![我俺去])(?:给我|帮我|帮忙|替我|给孩子|给俺|给她|给他|帮她|帮他|给老人|帮老人)[^，。,?？]{0,5}(?:开个|开一下|开张|开一份|出个|出一份|登记|联系|对接|约|代交|代办|代缴|补办|填|申请个|留个(?!位子|位置|座)|报个名|送上来|送上楼|报个(?=[^，。,?？]{0,6}(?:助餐|课堂|岗位|托育|托管|班|活动|志愿))|订一下|定一下|预约一下|预约个|推荐个|续上|递|报上去|交上去|盖章|盖个章|往上报|开一张|办一张|办张|打印|写个|写一份|报个警|调下监控|调一下监控|调监控|查下监控|查一下监控|查监控)|帮(?:我们楼的|我们家|我家|我妈|我爸|我老妈|我老爸|他|她|老人)[^，。,?？]{0,6}(?:申请一下|申请下)|(?:帮我|给我)把[^，。,?？]{1,8}(?:开好|办好|开一下|弄好)|出(?:个|一份)[^，。,?？]{0,6}证明给我|(?:麻烦|请|能不能|能否|可以)[^，。,?？]{0,8}(?:(?:上门来|上门)(?:收|做|办|评估|评|帮办)|(?:来家里|上门)(?:看看|看一下))|(?<!谁)拉(?:我)?进[^，。,?？]{0,6}群|(?:能不能|可不可以|能否|麻烦|请)[^，。,?？]{0,4}(?:安排|请|派|找)(?:个|一个)?(?:志愿者|人)[^，。,?？]{0,6}(?:来|上门|陪|帮|去)|有没有(?:志愿者|义工|人)[^，。,?？]{0,4}(?:能|可以)[^，。,?？]{0,6}(?:帮|陪|来|送|推)/
/** A question about how, what, where or how long: with it the message asks about the procedure itself. */
const HOW_ASKED = /怎么|如何|什么|是不是|有补贴|哪里|哪儿|哪个|多少|多久|几天|流程|条件|要带|带什么|需要.{0,6}(?:吗|不)|能开吗|可以开吗|能不能开|要不要|需不需要|够不够|符合|算不算|要她本人|要他本人|本人到场/

/** What the text before a turn says that does not make a report after it talk (谢谢…修好了 另外 …). */
const HEAD_TALK = [F.thanks, F.resolved, F.greeting, F.ack]

/** What the closing sentence of a long message adds again: what it asks for, asks about or chases. */
const CLOSING_ASKS = [F.ask, F.dispatch, F.question, F.procedure, F.statusQuery]
const SENTENCE_END = /[。！？!?\n]+/

/** The last sentence of a message of at least three sentences (with at least six Han characters), else undefined. */
function closingSentence(text: string): string | undefined {
  if (text.length < 40) return undefined
  const sentences = text.split(SENTENCE_END).filter((part) => countHan(part) >= 6)
  return sentences.length >= 3 ? sentences[sentences.length - 1] : undefined
}
/** What one part of a message says that is talk rather than a report. */
const TALK_FEATURES = [F.chainList, F.notice, F.thanks, F.greeting, F.ack, F.resolved, F.social, F.statusQuery, F.priorReport]

/**
 * 各位好…先说个好消息… 另外 车库的灯一直不亮 请物业尽快修一下 再就是 理发接龙别忘了: when one of the matters a
 * message turns between reports a problem and asks for something, the talk of the other matters (news, a 接龙,
 * thanks) does not make the whole message talk.
 */
function discountTalkAroundReport(text: string, f: FeatureVector, headEnd: number): void {
  const turns = [...text.matchAll(TOPIC_TURNS)].map((m) => m.index ?? 0).filter((i) => i > 0)
  if (turns.length === 0) return
  const cuts = [0, ...turns, text.length]
  const parts = cuts.slice(0, -1).map((start, i) => {
    const part = createFeatureVector()
    addSignalHits(text.slice(start, cuts[i + 1]), part, undefined)
    return part
  })
  const asks = (p: FeatureVector) => (p[F.problem] >= 1.2 || p[F.dispatch] >= 1) && p[F.ask] + p[F.dispatch] >= 1
  if (!parts.some(asks)) return
  parts.forEach((part, i) => {
    if (asks(part)) return
    // The head before the first turn has had its thanks, greetings and the like taken off already.
    const features = i === 0 && cuts[1] === headEnd ? TALK_FEATURES.filter((feature) => !HEAD_TALK.includes(feature)) : TALK_FEATURES
    for (const feature of features) f[feature] = Math.max(0, f[feature] - part[feature])
  })
}

/** Cues that a short message says something besides naming a thing (收到, 谢谢, 哪里, 修好了 …). */
const SAYS_SOMETHING_ELSE = [F.ack, F.thanks, F.greeting, F.social, F.notice, F.lostFound, F.ad, F.question, F.procedure, F.statusQuery, F.resolved, F.chainList, F.hypothetical]

// 办好了没, 修好了冇, 弄好了吗: a resolution asked about is a status question.
const ASKED_AFTER = /^(?:了)?(?:没有?|吗|么|不)(?=$|[\s?？!！,，。啊呀呢])/

/** Adds lexicon hits to the feature vector, applying NEGATED and skipping digit terms glued to other digits. */
function addSignalHits(text: string, features: FeatureVector, reasons: string[] | undefined): void {
  for (const hit of signalMatcher.match(text)) {
    if (DIGITS_ONLY.test(hit.term) && (/\d/.test(text[hit.start - 1] ?? '') || /\d/.test(text[hit.end] ?? ''))) continue
    for (const payload of hit.payloads) {
      let feature: SignalFeature | null = payload.feature
      const negation = NEGATED[feature]
      if (negation && negation.before.test(text.slice(Math.max(0, hit.start - 5), hit.start))) feature = negation.becomes
      else if (feature === 'resolved' && ASKED_AFTER.test(text.slice(hit.end, hit.end + 4))) feature = 'statusQuery'
      if (feature === null) continue
      features[F[feature]] += payload.weight
      reasons?.push(`${feature}:${hit.term}`)
    }
  }
}

// "篮球场的灯", "车棚里的充电口", "单元门口上面那个灯", "车库b区的灯": the first noun only says where the second one is.
const MODIFIER_GAP = /^[\u4e00-\u9fa5a-z\d]{0,4}(?:的|那个|那盏|这个|那排|那根)$/
const MODIFIER_SHARE = 0.5
/** What a gas smell or a fire adds to the safety category. */
const GAS_OR_FIRE_SAFETY = 2

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

/** Categories of a thing of the compound that breaks or is blocked, named by words of their own. */
const THING_CATEGORIES: readonly RequestCategory[] = ['elevator', 'lighting', 'water', 'parking', 'ev-charging']
/** Words that ask for care itself, or of a person down: with them the message is about the person, not only the thing. */
const CARE_SERVICE = /上门|助浴|送餐|送饭|助餐|送菜|送药|送一下|探访|看望|陪护|陪诊|照顾|照料|打扫|做饭|家政|志愿者|帮忙买|帮着买|代买|代办|抬|背下|没人管|一个人住|独居|摔倒|倒地|晕倒|昏倒|叫不醒|喊不醒|斜坡/

/**
 * 老人腿脚不好 电梯停了三天 / 坐轮椅的大爷出不来 车堵在单元门口: who suffers describes the stakes, the broken or
 * blocked thing is the job. Without words asking for care itself, a strong category of a thing outranks elderly care.
 */
function preferThingOverPerson(sums: Map<RequestCategory, number>, text: string): void {
  if (!sums.get('elderly-care') || CARE_SERVICE.test(text)) return
  yieldToThing(sums, 'elderly-care', THING_CATEGORIES)
}

/**
 * Lowers `category` just below the strongest of `things` when that thing is named strongly (2.5 or more) and does not
 * already outrank it (category scores move in steps of 0.05, so nothing else lies in between).
 */
function yieldToThing(sums: Map<RequestCategory, number>, category: RequestCategory, things: readonly RequestCategory[]): void {
  const own = sums.get(category) ?? 0
  const thing = Math.max(...things.map((c) => sums.get(c) ?? 0))
  if (thing >= 2.5 && thing <= own) sums.set(category, thing - 0.01)
}

/** A vehicle that blocks something (那辆车 … 挡着坡道, 车堵着单元门). */
const VEHICLE_BLOCKING = /车[^，。,]{0,12}(?:挡着|挡住|堵着|堵住|占着)|(?:挡着|挡住|堵着|堵住)[^，。,]{0,4}的车/

/**
 * 那辆车停了半个多月没动 挡着无障碍坡道: the car is the job (the scheme files cars in the fire lane under parking), not
 * the ramp or door it blocks.
 */
function preferVehicleOverWhatItBlocks(sums: Map<RequestCategory, number>, text: string): void {
  if (!text.includes('车') || !VEHICLE_BLOCKING.test(text)) return
  yieldToThing(sums, 'facilities', ['parking'])
}

/** A fire lane with a vehicle in it, or one to be moved (消防通道上停了辆三轮, 喊保安来挪一下); not the fire engine kept out. */
const FIRE_LANE_VEHICLE = /消防通道[^。]{0,16}(?:(?<!消防|救护)车(?![都也]?(?:进不|过不|开不))|挪)|(?:(?<!消防|救护)车(?![都也]?(?:进不|过不|开不))|挪)[^。]{0,16}消防通道/

/** What a blocked fire lane also mentions without being the job: its danger, the shouting, the guards, who suffers. */
const FIRE_LANE_ASIDES: readonly RequestCategory[] = ['safety', 'noise', 'property', 'elderly-care', 'other']

/**
 * 消防通道又被一部大货车堵了 喊保安来挪: the scheme files a vehicle in the fire lane under parking (占消防通道停车),
 * not under the safety the lane stands for or the shouting it takes.
 */
function preferParkingInFireLane(sums: Map<RequestCategory, number>, text: string): void {
  if (!text.includes('消防通道') || !FIRE_LANE_VEHICLE.test(text)) return
  let best = 0
  for (const category of FIRE_LANE_ASIDES) best = Math.max(best, sums.get(category) ?? 0)
  if ((sums.get('parking') ?? 0) <= best) sums.set('parking', best + 0.01)
}

/** A lamp that is out or flickering (车库的灯一半不亮, 灯管一直闪). */
const LAMP_OUT = /(?:灯|光管)[^，。,]{0,6}(?:不亮|坏|闪|暗|熄|黑)|(?:不亮|坏了|闪)[^，。,]{0,3}的?(?:灯|光管)/

/** 地下车库的灯一半不亮 停车啥也看不见: the lamp is the job, not the garage it lights. */
function preferLampOverItsPlace(sums: Map<RequestCategory, number>, text: string): void {
  if (!sums.get('parking') || !LAMP_OUT.test(text)) return
  yieldToThing(sums, 'parking', ['lighting'])
}

/** A bicycle shed's roof letting rain in (车棚顶漏雨, 车蓬漏雨 电瓶车都湿了). */
const SHED_LEAK = /车[棚蓬][^。]{0,10}(?:漏|淋)|(?:漏|淋)[^。]{0,10}车[棚蓬]/

/** 车棚顶漏雨 电动车天天淋: the shed is the job (parking), not the water supply. */
function preferShedOverRain(sums: Map<RequestCategory, number>, text: string): void {
  if (!sums.get('water') || !SHED_LEAK.test(text)) return
  yieldToThing(sums, 'water', ['parking'])
}

/** Dirt words: a surface with them on it (扶手上一层灰) needs cleaning. */
const DIRT = /灰|(?<!心)脏|油污|污渍|痰|屎|尿/
/** Words of a thing broken or missing: with them the surface itself is the job. */
const BROKEN = /坏|破|松|断|裂|掉|塌|歪|晃|锈|缺|丢|不见|不亮|漏|翘|鼓|抬不起/

/**
 * 保洁好久没来了 楼梯扶手上一层灰: the railing is where the dust is, and the job is cleaning. Without words of a
 * thing broken, the nouns of public facilities and of the lift count half when dirt is the matter.
 */
function preferCleaningOverSurface(sums: Map<RequestCategory, number>, text: string): void {
  if (!DIRT.test(text) || BROKEN.test(text)) return
  // (电梯里又有狗屎: the lift is where the mess is, too.)
  for (const surface of ['facilities', 'elevator'] as const) {
    const score = sums.get(surface) ?? 0
    if (score > 0) sums.set(surface, score / 2)
  }
}

/** Sources of noise: with one of them the sound is the matter. */
const NOISE_SOURCE = /装修|广场舞|音响|(?<!按)喇叭(?!按)|唱|狗|猫|施工|电钻|打桩|麻将|ktv|吵架|蹦迪|跳舞|鞭炮|烟花|喊|叫(?!醒)|拖椅子|拉椅子|拖凳子|跺|剁|弹琴|练琴|音乐|聚会|派对|小孩|孩子/
/** Things of the compound that make a sound when broken (井盖, 闭门器, 电梯): their own categories. */
const SOUNDING_THINGS: readonly RequestCategory[] = ['facilities', 'elevator', 'water', 'lighting']

/**
 * 井盖松了 车一压就哐当响 晚上吵得睡不着: the loose cover is the job, its clatter only the symptom. Without a source of
 * noise, a broken thing of its own category outranks the noise it makes.
 */
function preferThingOverItsNoise(sums: Map<RequestCategory, number>, text: string): void {
  if (!sums.get('noise') || NOISE_SOURCE.test(text) || !BROKEN.test(text)) return
  yieldToThing(sums, 'noise', SOUNDING_THINGS)
}

/** Words of sound: with none of them, 装修 or 施工 in a message is the cause of something else, not noise. */
const SOUND_WORDS = /吵|响|声|噪|钻|砸|敲|轰|震|切|锯|动工|开工|夜里|半夜|晚上|凌晨|一大早|早上|中午|午休|休息|周末|时间/
const WORKS = /装修|施工/

/** 隔壁装修堆了沙子水泥袋, 扶手被装修时拆了: works named as the cause of a mess or a removed thing, not of noise. */
function preferWhatWorksLeftOverNoise(sums: Map<RequestCategory, number>, text: string): void {
  const noise = sums.get('noise') ?? 0
  if (noise === 0 || !WORKS.test(text) || SOUND_WORDS.test(text)) return
  if ([...sums].some(([category, score]) => category !== 'noise' && score > 0)) sums.set('noise', noise / 4)
}

/**
 * Divides the knowledge-base match (capped at 2 first; halved unless told otherwise): its words are there, but the
 * message does not ask about them.
 */
function weakenKb(f: FeatureVector, by = 2): void {
  f[F.kb] = Math.min(f[F.kb], 2) / by
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

/** The feature vector every message is scored in (zeroed for each: the step is synchronous and nothing keeps it). */
const MESSAGE_FEATURES: FeatureVector = createFeatureVector()

/** Understands one message against a knowledge index: intent, category, topic, location, urgency. */
export function understandMessage(index: KnowledgeIndex, message: string, options: UnderstandOptions = {}): Understanding {
  const reasons: string[] | undefined = options.explain ? [] : undefined
  const raw = stripQuotedReply(message)
  const norm = normalizeMessage(raw)
  const text = norm.text
  const f = MESSAGE_FEATURES.fill(0)
  addSignalHits(text, f, reasons)
  let toNeighbours = false
  const cueMask = CUE_GATE.possible(text)
  for (let i = 0; i < STRUCTURAL_CUES.length; i++) {
    const cue = STRUCTURAL_CUES[i] as StructuralCue
    if (CUE_GATE.test(i, text, cueMask)) {
      f[F[cue.feature]] += cue.weight
      reasons?.push(`${cue.feature}:/${cue.name}/`)
      for (const more of cue.also ?? []) {
        f[F[more.feature]] += more.weight
        reasons?.push(`${more.feature}:/${cue.name}/`)
      }
      if (cue.toNeighbours) toNeighbours = true
    }
  }
  let gasSmell = false
  let fire = false
  let childAtRisk = false
  for (let c = 0; c < DANGER_COMBOS.length; c++) {
    const combo = DANGER_COMBOS[c] as (typeof DANGER_COMBOS)[number]
    if ((COMBO_GATE_INDICES[c] as readonly number[]).every((i) => CUE_GATE.test(i, text, cueMask))) {
      if (combo.name === 'gas-smell') gasSmell = true
      else if (combo.name === 'fire') fire = true
      else if (combo.safetyMatter) childAtRisk = true
      f[F.danger] += combo.weight
      reasons?.push(`danger:/${combo.name}/`)
    }
  }
  // A cue that takes danger away (a chimney's smoke, a diagnosis told) cancels danger; it does not make a message safer than none.
  if (f[F.danger] < 0) f[F.danger] = 0
  const hasHeader = HEADER.test(raw) && !ASKING_HEADER.test(raw)
  // ⚠️提醒大家⚠️ 西门口路灯杆歪了 … 物业赶紧处理吧 / 【温馨提示】… 请物业尽快安排检修: a resident's warning that asks the
  // office to act is a report in a notice's dress.
  const asksOffice = ASKS_OFFICE.test(text) && f[F.problem] >= 1.2
  // 物业：已登记，明天上午安排师傅上门 / 网格员：开证明带户口本…: a message the office signs as its own is its reply.
  if (STAFF_SPEAKER.test(raw)) f[F.notice] += 2
  // Announcements do not ask questions; a notice word inside a question is part of it (缴费截止是哪天).
  if ((f[F.question] > 0 || f[F.statusQuery] > 0) && !hasHeader) f[F.notice] /= 2
  if (hasHeader) f[F.notice] += 2
  if (asksOffice) f[F.notice] /= 3
  // A numbered list is a 接龙 when its items are names or counts; a list of problems (1. 厨房下水道堵了 2. …) is a report.
  if (norm.lineCount >= 3 && (raw.match(LIST_ITEM)?.length ?? 0) >= 2 && !(f[F.problem] >= 2.4 && f[F.chainList] === 0)) f[F.chainList] += 4
  let neighbourMention = false
  for (const mention of norm.mentions) {
    // @所有人 heads an announcement, unless the writer calls everyone to a danger happening now (电梯困人 … 快来人,
    // 冒黑烟了 好像哪家着火了).
    if (ALL_MENTION.test(mention)) f[F.notice] += f[F.danger] > 0 && (f[F.rush] > 0 || f[F.danger] >= 2) ? 0.5 : 2
    else if (STAFF_MENTION.test(mention)) f[F.staffMention] = 1
    else neighbourMention = true
  }
  // @李阿姨 低保是去…窗口申请: telling a neighbour something, without asking, is talk between neighbours (its policy
  // words do not make it a question).
  const tellsNeighbour = neighbourMention && f[F.question] === 0 && f[F.statusQuery] === 0
  if (tellsNeighbour) f[F.social] += 1
  // @李姐 你上回说的那个助餐点 饭菜咋样: asking a neighbour (not the office) about what they said or have.
  else if (neighbourMention && !f[F.staffMention] && /你|您/.test(text)) f[F.social] += 1.5
  // @张姐 明天一道去食堂吃饭吗: an invitation to a neighbour named in the message (its words of the knowledge base are
  // where they would go, not what they ask about).
  const invitesNeighbour = neighbourMention && !f[F.staffMention] && INVITATION.test(text)
  let passedOn = false
  for (const emoji of norm.emojis) {
    if (THANKS_EMOJI.has(emoji)) f[F.thanks] += 0.6
    else if (SAD_EMOJI.has(emoji)) f[F.complaint] += 0.3
    else if (SOCIAL_EMOJI.has(emoji)) f[F.social] += 0.5
    else if (emoji === '疑问') f[F.question] += 0.5
    // [链接] 城乡居民医保开始缴费啦: a shared link or chat record passes something on (unless the writer asks about it).
    else if ((emoji === '链接' || emoji === '聊天记录' || emoji === '小程序') && f[F.question] === 0 && f[F.statusQuery] === 0) {
      f[F.notice] += 1.5
      passedOn = true
    }
  }
  const han = countHan(text)
  // English words count as words: "the gate at north entrance, any update? 上礼拜报的" is not a short message.
  const latinWords = text.match(LATIN_WORDS)?.length ?? 0
  if (han === 0 && latinWords === 0) f[F.empty] = 1
  // A short message is small talk unless it asks how something is going (还没好, 进度呢).
  if (han + latinWords <= 6 && f[F.statusQuery] === 0) {
    f[F.short] = 1
    f[F.shortAck] = f[F.ack]
  }
  // 大家好 新搬来的 社区服务中心在哪里: a greeting that opens a longer question is politeness, not the point.
  if (han > 10 && (f[F.question] > 0 || f[F.procedure] > 0)) f[F.greeting] /= 2
  // 大家好 … 门岗晚上经常没人 麻烦物业加强巡逻 谢谢大家: around a report that asks for something, greetings and thanks
  // are manners.
  if (han > 15 && (f[F.problem] >= 1.2 || f[F.dispatch] >= 1) && f[F.ask] + f[F.dispatch] >= 1 && f[F.resolved] === 0) {
    f[F.greeting] /= 2
    f[F.thanks] /= 2
  }
  // 房东…社区能不能出面帮我们跟他谈: a private matter handed to the community to act on is a request, not advice.
  if (f[F.dispatch] > 0) f[F.privateMatter] = Math.min(f[F.privateMatter], 1) / 2
  let reportBeforeTurn = false
  const turn = TOPIC_TURN.exec(text) ?? contrastTurn(text)
  if (turn && turn.index > 0) {
    // 谢谢物业修好了路灯 另外 7栋后门井盖不见了: thanks for the last job do not make the new report talk; and a
    // report followed by 对了 加装电梯怎么申请 is still a report first.
    const head = createFeatureVector()
    addSignalHits(text.slice(0, turn.index), head, undefined)
    for (const feature of HEAD_TALK) f[feature] = Math.max(0, f[feature] - head[feature])
    reportBeforeTurn = head[F.problem] >= 1.2
    discountTalkAroundReport(text, f, turn.index)
  }
  // A long message (three sentences or more) tells its story first and says what it wants last: the closing
  // sentence's asks and questions count half again.
  const closing = closingSentence(text)
  if (closing !== undefined) {
    const tail = createFeatureVector()
    addSignalHits(closing, tail, undefined)
    for (const feature of CLOSING_ASKS) f[feature] += tail[feature] / 2
  }
  if (f[F.statusQuery] > 0 && f[F.priorReport] > 0) f[F.followPair] = 1
  // 老人走丢了 有老年痴呆, 小孩自己跑出小区了: a person in danger is not a lost-and-found notice.
  if (f[F.danger] > 0) f[F.lostFound] = 0
  // 今天太阳好 跟对面阿姨聊了几句 … 刚看到她家楼上冒黑烟 已经打119了 物业赶紧组织疏散: a danger told with haste
  // outweighs the small talk (and the phone number) around it.
  if (f[F.danger] >= 2 && f[F.rush] > 0 && f[F.hypothetical] === 0 && f[F.nearMiss] === 0) {
    f[F.social] = 0
    f[F.greeting] = 0
    // 看到请马上打138…: a number to call in an emergency is a contact, not an advert.
    f[F.ad] = 0
    // 煤气味…大家别在那抽烟了，赶紧叫燃气公司来: a gas smell with a warning to neighbours is still a report.
    if (gasSmell) f[F.notice] /= 2
  }
  // 谁家的沙发，能不能清走 / 谁家的车 麻烦挪一下: asking for the owner while asking for something to be removed or
  // moved is a complaint, not lost and found.
  if (f[F.lostFound] > 0 && f[F.dispatch] > 0) f[F.lostFound] = Math.max(0, f[F.lostFound] - 1)
  if (tellsNeighbour || (f[F.question] === 0 && f[F.procedure] === 0 && f[F.hearsay] === 0)) f[F.notQuestionForm] = 1
  // 听说要满80才有高龄津贴 我爸79 还差一年 / 高龄补贴那点钱 还不够买药: a longer statement, with no question word, mark
  // or status question, that names a policy or passes on hearsay is talk about it (a short one, 低保 申请条件, is a
  // question typed as keywords).
  else if (f[F.question] <= 0 && f[F.statusQuery] === 0 && han > STATEMENT_MIN_HAN && !ANY_QUESTION_WORD.test(text)) f[F.notQuestionForm] = STATEMENT_WEIGHT
  // 优待证拿到了 坐公交免费 / 充电桩昨天装好了 流程挺快 / 这个政策是真的好: a benefit told as done, or talked about among
  // neighbours, asking nothing, is news or opinion between neighbours.
  if (f[F.question] <= 0 && f[F.statusQuery] === 0 && f[F.ask] === 0 && f[F.dispatch] === 0 && f[F.procedure] > 0 && ((f[F.hearsay] === 0 && TOLD_DONE.test(text)) || (f[F.social] >= 1 && !ASKING_MARK.test(text)))) f[F.toldDone] = 1

  const categorySums = scoreCategories(text, reasons)
  preferThingOverPerson(categorySums, text)
  preferCleaningOverSurface(categorySums, text)
  preferThingOverItsNoise(categorySums, text)
  preferVehicleOverWhatItBlocks(categorySums, text)
  preferParkingInFireLane(categorySums, text)
  preferLampOverItsPlace(categorySums, text)
  preferShedOverRain(categorySums, text)
  preferWhatWorksLeftOverNoise(categorySums, text)
  const categories = rankCategories(categorySums)
  const bestCategoryScore = categories[0]?.score ?? 0
  // 电梯！ / 灯 / 灯！！8楼: a short message that only names a thing of the compound raises it.
  if (f[F.short] && bestCategoryScore >= 1.5 && SAYS_SOMETHING_ELSE.every((feature) => f[feature] === 0)) {
    f[F.problem] += 1.2
    reasons?.push('problem:/names-only-a-thing/')
  }
  // 灯修了吗, 水啥时候来: a short status question about a thing of the compound chases a report.
  if (han + latinWords <= 8 && f[F.statusQuery] > 0 && bestCategoryScore > 0) f[F.followPair] = 1
  // 谁知道维保电话多少 困在电梯里了: a danger happening now to a thing of the compound is not a question to neighbours,
  // whatever its form (a train stuck at 南站 is not the compound's).
  if (f[F.danger] >= 1.2 && f[F.past] === 0 && f[F.hypothetical] === 0 && f[F.procedure] === 0 && bestCategoryScore >= 1.5) {
    f[F.social] /= 2
    f[F.question] /= 2
  }
  f[F.category] = bestCategoryScore / 3
  if (bestCategoryScore < 1) f[F.noCategory] = 1

  const top = topTopic(index, text)
  if (top && top.score >= KB_THRESHOLD) f[F.kb] = top.score / KB_THRESHOLD
  else f[F.noKb] = 1
  // 低保 / 四点半课堂: a policy named alone, with nothing else said, is a question typed as keywords.
  if (f[F.short] && f[F.kb] >= 2 && f[F.problem] === 0 && bestCategoryScore < 1.5 && SAYS_SOMETHING_ELSE.every((feature) => f[feature] === 0)) {
    f[F.question] += 1
    reasons?.push('question:/names-only-a-policy/')
  }
  if (reportBeforeTurn) weakenKb(f)
  // 护照过期了去哪换 / 个税赡养老人怎么填: a matter the knowledge base does not cover, whatever words it shares with one.
  if (OUTSIDE_KB.test(text)) {
    f[F.kb] = 0
    f[F.noKb] = 1
  }
  // (its words of the knowledge base are the link's, not a question of the writer's)
  if (passedOn) weakenKb(f)
  // (a neighbour asked about their own matter, or argued with: the knowledge base's words are theirs, not a question)
  if (toNeighbours && !f[F.staffMention]) weakenKb(f, 4)
  if (invitesNeighbour) {
    weakenKb(f)
    f[F.social] += 1.5
  }
  // 麻烦社区给我开个居住证明 / 帮我联系一下残联 / 帮忙代交医保: asking the office to do a service, without asking how,
  // is a request of its own (its policy words do not make it a question about the policy).
  // The phone number left, the activity or the lost card it serves are part of the ask, not an advert or a notice;
  // a warning about people who offer such services (冒充…上门收费, 代办低保是骗子) is a notice and stays one.
  // (群主, 能把我爸拉进群吗 asks the group's owner, not the office.)
  if (f[F.notice] < 2 && SERVICE_ASK.test(text) && !HOW_ASKED.test(text) && !text.includes('群主')) {
    weakenKb(f)
    f[F.noCategory] = 0
    f[F.dispatch] += 1.5
    f[F.ask] = Math.max(f[F.ask], 1)
    f[F.ad] = 0
    f[F.lostFound] = 0
    f[F.notice] = 0
    f[F.social] /= 2
    reasons?.push('dispatch:/service-ask/')
  }

  const scores = INTENT_MODELS.map(({ intent, model }) => ({ intent, score: scoreLinear(model, f) }))
  scores.sort((a, b) => b.score - a.score)
  const intent: Intent = scores[0].intent
  let expSum = 0
  for (const s of scores) expSum += Math.exp(s.score - scores[0].score)
  const confidence = Math.round((1 / expSum) * 1000) / 1000

  const result: Understanding = { intent, urgent: false, confidence }
  if (intent === 'request') {
    // 燃气味…没敢按电梯和开关, 电动车在烧 烟好大, 有小孩爬到栏杆外面去了: a gas smell, a fire burning now or a child at a
    // drop, by water or by a fire is a safety matter, whatever else the message names (only for the category filed: the
    // intent was weighed on the words alone).
    const safetyFirst = gasSmell || (fire && f[F.danger] >= 2) || childAtRisk
    if (safetyFirst) categorySums.set('safety', (categorySums.get('safety') ?? 0) + GAS_OR_FIRE_SAFETY)
    const filed = safetyFirst ? rankCategories(categorySums) : categories
    const best = filed[0]
    if (!best || best.score < CATEGORY_MIN_SCORE) {
      result.category = 'other'
      if (best) result.categoryAlt = best.category
    } else {
      result.category = best.category
      const second = filed[1]
      if (second && second.score >= CATEGORY_ALT_SHARE * best.score) result.categoryAlt = second.category
    }
  } else if (intent === 'question' && top) {
    result.faq = top.topic
    result.faqScore = top.score
  }
  if (intent === 'request' || intent === 'followup') {
    result.urgent = f[F.danger] > 0 && scoreLinear(URGENT_MODEL, f) >= URGENT_THRESHOLD
    // 上次报的电梯困人 调查结果出来了吗 / 昨晚报的燃气味 燃气公司来过了吗: asking after a danger reported in the past is
    // not a new emergency, unless it is still going on (还关着人, 还是一股煤气味, 越来越大) or the writer calls for haste.
    if (intent === 'followup' && f[F.priorReport] > 0 && PAST_TIME.test(text) && f[F.rush] === 0 && !STILL_GOING.test(text)) result.urgent = false
  }
  // Read from the simplified text (七棟 → 七栋), before typos and dialect words are mapped.
  // 「张姐：2单元电梯又坏了」 / 这事后来怎么说的: a report or chase in reply to a quoted message is about the place the
  // quote names, when its own words name none.
  const location =
    extractLocation(toSimplified(raw)) ??
    (raw !== message && (intent === 'request' || intent === 'followup') ? extractLocation(toSimplified(message)) : undefined)
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
