const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  幺: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 }

/** Characters that may appear in a Chinese numeral (for building location patterns). */
export const CHINESE_NUMERAL_CHARS = '零〇一幺二两三四五六七八九十百千'

/**
 * Converts "18", "十八", "二十一", "一百零二", "三零二" or "两" to an Arabic-numeral string;
 * returns undefined when the text is not a plain non-negative integer.
 */
export function toArabicNumber(text: string): string | undefined {
  const s = text.trim()
  if (s.length === 0) return undefined
  if (/^\d+$/.test(s)) return String(Number(s))
  let hasUnit = false
  for (const ch of s) {
    if (UNITS[ch] !== undefined) hasUnit = true
    else if (DIGITS[ch] === undefined) return undefined
  }
  if (!hasUnit) {
    // Digit-by-digit reading, as in room numbers: 三零二 → 302.
    let out = ''
    for (const ch of s) out += String(DIGITS[ch])
    return String(Number(out))
  }
  let total = 0
  let current = 0
  let lastUnit = Infinity
  for (const ch of s) {
    const unit = UNITS[ch]
    if (unit !== undefined) {
      // A leading 十 means 一十; a unit larger than the previous one is malformed (十百).
      if (unit >= lastUnit) return undefined
      total += (current === 0 ? 1 : current) * unit
      current = 0
      lastUnit = unit
    } else {
      current = DIGITS[ch]
    }
  }
  return String(total + current)
}
