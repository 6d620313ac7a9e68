import { toHalfWidth } from '../understanding/text'

/** Words residents use for a satisfaction score, most specific first (非常满意 before 满意). */
const RATING_WORDS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(非常|很|特别|十分|超级?)满意/, 5],
  [/^(非常|很|特别|十分)不满意/, 1],
  [/^(不太|不怎么|不大)满意/, 2],
  [/^不满意/, 1],
  [/^(比较|还算|还比较)满意/, 4],
  [/^满意/, 5],
  [/^(一般|还行|凑合|马马虎虎|还可以)/, 3],
  [/^(很|非常|太)差(劲)?/, 1],
  [/^(好评|五星好评|很好|非常好|很棒|太棒了)/, 5],
]

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5 }

// "5", "5分", "五分", "5星", "打5分", "给5分", "评5分", optionally followed by a short comment.
const SCORE = /^(?:打|给|评|评分|我打|我给)?\s*([1-5一二两三四五])(\s*(?:分|星|颗星))?/
const SEPARATOR = /^($|[\s,，。.!！~～、:：])/

/** A parsed satisfaction rating: score 1–5 and an optional comment. */
export interface ParsedRating {
  score: number
  comment?: string
}

/**
 * Reads a resident's satisfaction reply after a request was resolved: "5", "5分", "五星",
 * "满意"/"非常满意" → 5, "比较满意" → 4, "一般" → 3, "不太满意" → 2, "不满意"/"很差" → 1.
 * Anything else (a number out of range, an unrelated sentence) gives undefined, so ordinary
 * chat is never taken for a rating. Text after the score is kept as the comment.
 */
export function parseRating(raw: string): ParsedRating | undefined {
  const text = toHalfWidth(raw).replace(/^(@[^\s\u2005]+[\s\u2005]+)+/, '').trim()
  if (!text || text.length > 60) return undefined
  const m = SCORE.exec(text)
  if (m) {
    const digit = m[1]
    const after = text.slice(m[0].length)
    // Without 分/星 the score must stand alone: "3天了还没修", "5楼" and "10" are not ratings.
    if (m[2] || SEPARATOR.test(after)) return withComment(CHINESE_DIGITS[digit] ?? Number(digit), after)
  }
  for (const [pattern, score] of RATING_WORDS) {
    const w = pattern.exec(text)
    if (w) return withComment(score, text.slice(w[0].length))
  }
  return undefined
}

function withComment(score: number, rest: string): ParsedRating {
  const comment = rest.replace(/^[\s,，。.!！~～、:：]+/, '').trim()
  return comment ? { score, comment: comment.slice(0, 500) } : { score }
}
