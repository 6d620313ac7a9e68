import type { Location } from './types'
import { buildLiteralGate } from './literal-gate'
import { toArabicNumber } from './numerals'
import { fixBuildingHomophone, toHalfWidth } from './text'

type Field = keyof Location

/** One location pattern: a regex whose numbered groups fill fields, plus context rules. */
interface LocationPattern {
  name: string
  regex: RegExp
  /** fields[i] is filled from capture group i + 1. */
  fields: Field[]
  /** Text right before the match that makes it something else (a count, a plate, an id). */
  rejectBefore?: RegExp
  /** Text right after the match that makes it something else. */
  rejectAfter?: RegExp
  /** When set, the pattern is tried only on a message that has this somewhere (a 弄堂's house numbers). */
  requireText?: RegExp
  /** When set, the match only counts with this text right before or right after. */
  requireAround?: { before: RegExp; after: RegExp }
}

// Arabic digits, or a Chinese numeral made of digits and 十/百 (two-digit digit-by-digit readings such as
// 三四 mean "three or four", so they are rejected by toLocationNumber below).
const NUM = '(\\d{1,3}|[零〇一幺二两三四五六七八九十百]{1,4})'
/** A floor in digits has at most two (502楼上 is the flat above 502, not a 502nd floor). */
const FLOOR_NUM = '(\\d{1,2}|[零〇一二两三四五六七八九十百]{1,4})'
const NOT_AFTER_NUMERAL = '(?<![\\d零〇一二两三四五六七八九十百万统唯同单之每哪任某几])'

/** Separators that turn "3到5楼" or "3、4栋" into a range or a list of places. */
const RANGE_BEFORE = /[\d零〇一二两三四五六七八九十]\s*(?:-|~|到|至|、|和|与|及|跟|或|\/|,)\s*$/
const RANGE_AFTER = /^\s*(?:以上|以下|及以上|及以下|往上|往下|之间|-|~|到|至)/
/** 电梯一到12楼就响: 一到 before a number in digits is "as soon as it reaches", not a range from one. */
const AS_SOON_AS = /(?<![\d零〇一二两三四五六七八九十])一\s*到\s*$/

/** Words before a bare number that make it something other than a door: a phone's tail, an order, a price, a count. */
const NOT_A_DOOR_BEFORE = '(?:尾号|编号|号码|电话|手机|车牌|单号|工号|验证码|订单|价格|价|¥|￥|第|共|约|大概|花了|交了|扣了|每月|每年)'

export const LOCATION_PATTERNS: readonly LocationPattern[] = [
  {
    name: 'building-unit-room',
    regex: /(?<![\d*])(\d{1,3})\s*[-—_]\s*(\d{1,2})\s*[-—_]\s*(\d{3,4})(?![\d*])/g,
    fields: ['building', 'unit', 'room'],
    rejectAfter: /^\s*(?:元|块|米|号线|路|次|天)/,
  },
  {
    // 3-1门口, 5-2单元: building and unit with a dash, before a part of the entrance.
    name: 'building-unit',
    regex: /(?<![\d*\-a-z])(\d{1,2})\s*[-—]\s*(\d{1,2})(?![\d*\-])(?=\s*(?:门口|单元|楼道|楼梯|电梯))/g,
    fields: ['building', 'unit'],
  },
  {
    name: 'building-room',
    // Not a parking space (b2-136): a letter before the number.
    regex: /(?<![\d*\-a-z])(\d{1,3})\s*[-—]\s*(\d{3,4})(?![\d*\-])/g,
    fields: ['building', 'room'],
    rejectAfter: /^\s*(?:元|块|米|号线|路|次|天|点|年|岁|斤)/,
  },
  {
    name: 'building',
    // 一栋楼 (not 一栋楼道, 一栋楼下) is "a building": 烧了一栋楼, 一栋楼的人.
    regex: new RegExp(`${NOT_AFTER_NUMERAL}(?!一\\s*栋楼(?![道梯下上顶]))第?${NUM}\\s*(?:号楼|栋|幢|#楼?|号\\s*楼|座(?![车位椅]|的车|位))`, 'g'),
    fields: ['building'],
    // "这两栋", "好几栋", "一栋楼的人" are counts, not a building number.
    rejectBefore: /(?:这|那|好|有|共|每|整|前后|相邻)$/,
  },
  {
    // A house's number followed by its floor or room: 8号一楼, 5号202室 (a date's 号 follows a 月).
    name: 'house-floor',
    regex: new RegExp(`(?<![\\d月])(\\d{1,3})\\s*号(?=\\s*(?:${NUM}\\s*[楼层]|\\d{3,4}\\s*室))`, 'g'),
    fields: ['building'],
  },
  {
    // In a 弄堂 (上海: 128弄3号, 15号门口, 16号后门口): a lane house's number before a part of the house, or at the end.
    name: 'lane-house',
    regex: new RegExp(`弄\\s*(\\d{1,3})\\s*号|(?<![\\d月])(\\d{1,3})\\s*号(?=\\s*(?:门口|电梯|晒台|楼道|楼梯|灶披间|亭子间|一整幢|整幢|后门|前门|底楼|$))`, 'g'),
    fields: ['building', 'building'],
    requireText: /弄/,
  },
  {
    // English: "building 7", "block 3", "bldg 12".
    name: 'building-en',
    regex: /\b(?:building|block|bldg|tower)\s*#?\s*(\d{1,3})\b/g,
    fields: ['building'],
  },
  {
    // English: "unit 3".
    name: 'unit-en',
    regex: /(?<=\bunit\s{0,2}#?\s{0,2})(\d{1,2})\b/g,
    fields: ['unit'],
    requireText: /\bunit\b/,
  },
  {
    // English: "12f", "on 12/f", "3rd floor".
    name: 'floor-en',
    regex: /\b(\d{1,2})\s*(?:\/?f|st floor|nd floor|rd floor|th floor)\b/g,
    fields: ['floor'],
  },
  {
    // 天津: a stairway entrance is a 门 (8号楼3门 = building 8, unit 3), right after the building.
    name: 'unit-men',
    // (The look-behind's spaces are bounded and the pattern runs only on text with a 门: an unbounded \s* there is
    // tried backwards from every position, which took minutes on ten thousand newlines.)
    regex: new RegExp(`(?<=(?:号楼|栋|幢)\\s{0,2})${NUM}\\s*门(?![口卫禁前岗外里边把锁框窗面铃])`, 'g'),
    fields: ['unit'],
    requireText: /门/,
  },
  {
    name: 'unit',
    regex: new RegExp(`${NOT_AFTER_NUMERAL}第?${NUM}\\s*单元`, 'g'),
    fields: ['unit'],
    rejectBefore: /(?:这|那|好|有|共|每|整)$/,
  },
  {
    name: 'room',
    regex: /(?<![\d*#.])(\d{3,4})\s*(?:室|房间|号房|户)/g,
    fields: ['room'],
  },
  {
    name: 'floor',
    regex: new RegExp(`${NOT_AFTER_NUMERAL}第?${FLOOR_NUM}\\s*(?:层|楼)(?!房|盘|宇|号)`, 'g'),
    fields: ['floor'],
    // "我们楼六层没电梯", "一共18层" state a building's height, not where something is.
    // "灰都积了一层" is a layer, "每次都得爬一层" a count.
    // 负一楼, 地下二层 are basements (no floor number in the scheme); 再爬一层 is a count.
    rejectBefore: /(?:(?:们|咱|这|那|老|的|栋楼的)楼|共|总共|一共|才|只有|就|这|那|好|几|每|整|高|矮|盖|建|积了|落了|铺了|蒙了|结了|起了|厚厚的?|薄薄的?|得爬|多爬|多走|再爬|再走|负|地下|地库)$/,
    // "六层楼", "六层的老楼", "18层高" are heights.
    // "一楼的也要出钱", "一楼不同意" speak of the floor's households (a lift vote), not of a place.
    rejectAfter: /^\s*(?:(?:[、和跟与及]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[楼层])?(?:的也|的?(?:住户|业主|人家)?(?:不同意|同意|反对|不愿意))|楼(?![道梯下上顶到])|高|的(?:老|旧)?楼(?![道梯])|的房子|的小区|老公房|老房|半|灰|土|皮|膜|油|漆|布|纸|冰|雪|霜|泥|锈|毯|薄|厚|水垢|垢|壳|楼高|水(?=$|[，。,\s了啊呀])|积水)/,
  },
  {
    name: 'room-leading',
    // A message that opens with a door number: "502天花板在渗水". Emergency and service numbers are not rooms.
    regex: /^\s*(?!(?:110|119|120|122|114|12345|12315|12348)(?!\d))([1-9]\d{2,3})(?=[\u4e00-\u9fa5])/g,
    fields: ['room'],
    rejectAfter: /^\s*(?:元|块|斤|米|年|个|人|次|分|岁|平|克|路|号线|公里|万|千|毫|度|小时|多|来|余|左右|以上|号|点|天(?!天)|楼|层|栋|幢|单元|室|户|弄)/,
  },
  {
    name: 'room-bare',
    // A bare door number only with household context around it: 我家1101, 楼上1702, 2102那家, 1803你家.
    // After # only as 12#1802 (building 12, room 1802).
    regex: /(?<![\d*.:：\-a-z]|(?<!\d)#)([1-9]\d{2,3})(?![\d*%.:：a-z])/g,
    fields: ['room'],
    rejectBefore: new RegExp(`${NOT_A_DOOR_BEFORE}\\s*$`),
    rejectAfter: /^\s*(?:元|块|斤|米|年|个|人|次|分|岁|平|克|g|ml|路|号线|公里|万|千|毫|度|小时|瓦|w|v|多|来|余|左右|以上|号|点|弄|:|：)/,
    requireAround: {
      before: /(?:栋|幢|(?<=\d\s*)座|号楼|\d#|单元|\d门|家|住|是|楼上|楼下|对门|对面|隔壁|邻居|门牌|房号|户号|在|投诉|去|和|跟|找|搬来的|\bin|\broom|\bflat|\bapt\.?)\s*的?\s*$/,
      after: /^\s*(?:那家|这家|那户|这户|的|家|你家|您家|你们家|住户|业主|门口|门前|邻居|房东)/,
    },
  },
  {
    name: 'room-alone',
    // A door number standing alone between commas or at the end: "地板都泡了，101，快来人", "…麻烦挪远一点吧 101".
    // Only a floor (1–39) and a door (01–12) in that order, and not an emergency number.
    regex: /(?<=(?:^|[,，。.!！?？\s]))(?!(?:110|111|112|119|120|122|114|1111|2222|3333)(?!\d))((?:[1-9]|[1-3]\d)(?:0[1-9]|1[0-2]))(?=\s*(?:$|[,，。.!！?？]))/g,
    fields: ['room'],
    // (nor a number in a list: 3，101)
    rejectBefore: new RegExp(`(?:${NOT_A_DOOR_BEFORE}|\\d[,，\\s]*)\\s*$`),
  },
]

/** The patterns behind a literal prefilter: a pattern none of whose words (栋, 单元, 室, a digit…) is in the text is not run. */
const LOCATION_GATE = buildLiteralGate(LOCATION_PATTERNS.map((pattern) => pattern.regex))

/** A door number spoken digit by digit after a building, unit or 我住/我是 (五零一, 一二零三): it has a 零 in it. */
const SPOKEN_ROOM = /(?<=(?:栋|幢|号楼|单元|我住|我是|住在|楼下|楼上|对门|隔壁)\s{0,2})([一二三四五六七八九][零〇][一二三四五六七八九]|[一二三四五六七八九]{2}[零〇][一二三四五六七八九]|[一二三四五六七八九][零〇]{2}[一二三四五六七八九])(?![一二三四五六七八九十零〇百千万])/g
const SPOKEN_DIGIT: Readonly<Record<string, string>> = { 零: '0', 〇: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' }
const NEGATED_PLACE = new RegExp(`(?<=是[^，。,\\s]{1,8}[，,\\s]{0,3})不是\\s{0,2}第?${NUM}\\s*(?:号楼|栋|幢|单元|楼|层|室)`, 'g')

/** Converts a matched numeral for a location field; rejects "三四" (a range) and "两" (a count). */
function toLocationNumber(raw: string): string | undefined {
  if (/^\d+$/.test(raw)) return String(Number(raw))
  if (raw === '两') return undefined
  // Two or more Chinese digits without 十/百/零 read as "three or four", not 34.
  if (raw.length >= 2 && !/[十百零〇]/.test(raw)) return undefined
  return toArabicNumber(raw)
}

/**
 * Extracts the building/unit/floor/room a message names; a field mentioned with two values or as a range is
 * left out (several places are not one location). Returns undefined when nothing is named.
 */
export function extractLocation(text: string): Location | undefined {
  // 说错了 是七楼不是一楼: the place corrected away is not named. 八栋五零一: a door number read digit by digit.
  // 四动的电梯: voice input's 动 for 栋.
  let s = fixBuildingHomophone(toHalfWidth(text).toLowerCase())
  // (Both only where they can match: their lookbehinds are slow to try at every position.)
  if (s.includes('不是')) s = s.replace(NEGATED_PLACE, ' ')
  if (s.includes('零') || s.includes('〇')) s = s.replace(SPOKEN_ROOM, (_m, digits: string) => `${[...digits].map((d) => SPOKEN_DIGIT[d]).join('')}室`)
  const taken: boolean[] = new Array(s.length).fill(false)
  const values: Record<Field, Set<string>> = {
    building: new Set(),
    unit: new Set(),
    floor: new Set(),
    room: new Set(),
  }
  const ambiguous = new Set<Field>()

  const possible = LOCATION_GATE.possible(s)
  for (let k = 0; k < LOCATION_PATTERNS.length; k++) {
    const pattern = LOCATION_PATTERNS[k] as LocationPattern
    if (!possible[k] || (pattern.requireText && !pattern.requireText.test(s))) continue
    pattern.regex.lastIndex = 0
    for (let m = pattern.regex.exec(s); m !== null; m = pattern.regex.exec(s)) {
      const start = m.index
      const end = start + m[0].length
      let overlaps = false
      for (let i = start; i < end; i++) if (taken[i]) overlaps = true
      if (overlaps) continue
      const before = s.slice(Math.max(0, start - 6), start)
      const after = s.slice(end, end + 8)
      if (pattern.rejectBefore?.test(before) || pattern.rejectAfter?.test(after)) continue
      if (pattern.requireAround && !pattern.requireAround.before.test(before) && !pattern.requireAround.after.test(after)) {
        continue
      }
      for (let i = start; i < end; i++) taken[i] = true
      const isRange = (RANGE_BEFORE.test(before) && !(AS_SOON_AS.test(before) && /^\d/.test(m[0]))) || RANGE_AFTER.test(after)
      pattern.fields.forEach((field, i) => {
        // A pattern of alternatives fills a field from whichever group matched.
        if (m?.[i + 1] === undefined) return
        const value = toLocationNumber(m[i + 1])
        if (isRange && pattern.fields.length === 1) ambiguous.add(field)
        else if (value !== undefined && value !== '0') values[field].add(value)
      })
    }
  }

  const location: Location = {}
  for (const field of ['building', 'unit', 'floor', 'room'] as const) {
    if (ambiguous.has(field) || values[field].size !== 1) continue
    location[field] = [...values[field]][0]
  }
  return Object.keys(location).length > 0 ? location : undefined
}
