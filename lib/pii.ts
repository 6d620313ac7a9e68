/** Mainland mobile numbers (optionally +86 / 86 prefixed), not part of a longer digit run. */
const PHONE_RE = /(?<!\d)(?:\+?86[- ]?)?(1[3-9]\d)[- ]?(\d{4})[- ]?(\d{4})(?!\d)/g
/** 18-digit resident ID numbers (last character may be X), not part of a longer digit run. */
const ID_CARD_RE = /(?<![\dA-Za-z])(\d{6})(\d{8})(\d{3}[\dXx])(?![\dA-Za-z])/g

/** Seven digits with only dashes and spaces between them (tested without copying the text). */
const SEVEN_DIGITS_RE = /\d(?:[- ]*\d){6}/

/** Masks a phone number for display: 13812345678 → 138****5678. Non-phones are masked whole. */
export function maskPhone(phone: string | null | undefined): string | undefined {
  if (phone == null || phone === '') return undefined
  const digits = phone.replace(/\D/g, '')
  if (digits.length >= 7) return `${digits.slice(0, 3)}****${digits.slice(-4)}`
  return '****'
}

/** Masks an ID-card number for display: keeps the first 6 and last 4 characters. */
export function maskIdNumber(id: string | null | undefined): string | undefined {
  if (id == null || id === '') return undefined
  if (id.length < 10) return '****'
  return `${id.slice(0, 6)}********${id.slice(-4)}`
}

/** Replaces phone and ID-card numbers inside free text with masked forms. */
export function scrubPii(text: string): string {
  // Seven digits, apart or not by dashes and spaces: nothing shorter can be a phone or ID number.
  if (!SEVEN_DIGITS_RE.test(text)) return text
  return text
    .replace(ID_CARD_RE, (_m, a: string, _b: string, c: string) => `${a}********${c.slice(-4)}`)
    .replace(PHONE_RE, (_m, a: string, _b: string, c: string) => `${a}****${c}`)
}
