/** Mainland mobile numbers (optionally +86 / 86 prefixed), not part of a longer digit run. */
const PHONE_RE = /(?<!\d)(?:\+?86[- ]?)?(1[3-9]\d)[- ]?(\d{4})[- ]?(\d{4})(?!\d)/g
/** 18-digit resident ID numbers (last character may be X), not part of a longer digit run. */
const ID_CARD_RE = /(?<![\dA-Za-z])(\d{6})(\d{8})(\d{3}[\dXx])(?![\dA-Za-z])/g

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
  if (!/\d{7}/.test(text.replace(/[- ]/g, ''))) return text
  return text
    .replace(ID_CARD_RE, (_m, a: string, _b: string, c: string) => `${a}********${c.slice(-4)}`)
    .replace(PHONE_RE, (_m, a: string, _b: string, c: string) => `${a}****${c}`)
}

/** Deep copy of a JSON-like value with every string scrubbed by {@link scrubPii}. */
export function scrubPiiDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubPii(value)
  if (depth > 8 || value === null || typeof value !== 'object') return value
  if (value instanceof Error || value instanceof Date || Buffer.isBuffer(value)) return value
  if (Array.isArray(value)) return value.map((v) => scrubPiiDeep(v, depth + 1))
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = scrubPiiDeep(v, depth + 1)
  return out
}
