import { toLocalParts } from '../time'

/** Formats an instant in a time zone: `date` → "2026-03-05", `time` → "17:00", `month-day` → "3月5日". */
export function formatInTimeZone(at: Date, tz: string, part: 'date' | 'time' | 'month-day'): string {
  const p = toLocalParts(at, tz)
  const two = (n: number) => String(n).padStart(2, '0')
  if (part === 'date') return `${p.year}-${two(p.month)}-${two(p.day)}`
  if (part === 'time') return `${two(p.hour)}:${two(p.minute)}`
  return `${p.month}月${p.day}日`
}
