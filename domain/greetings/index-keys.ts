import { isLeapYear, type LocalDate } from '../time/local-date'
import { birthdayKeysOn, type LunarReading, toLunar } from './birthdays'

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * The stored `resident.birthdayKey` values ('solar:MM-DD', 'lunar:MM-DD', 'lunar:LMM-DD', see
 * models/resident.model.ts) celebrated on `date`, so the daily greeting queries the index instead of scanning
 * every resident. Follows {@link birthdayKeysOn}: solar 02-29 on 02-28 of common years, lunar day 30 on day 29
 * of short months, and a 闰月 birth in the regular month of its number (never in the leap month itself).
 */
export function birthdayIndexKeysOn(date: LocalDate, lunar: LunarReading = toLunar(date)): string[] {
  const keys: string[] = []
  for (const key of birthdayKeysOn(date, lunar)) {
    const [kind, month, day] = key.split('|')
    const mmdd = `${pad(Number(month))}-${pad(Number(day))}`
    if (kind === 'S') keys.push(`solar:${mmdd}`)
    else keys.push(`lunar:${mmdd}`, `lunar:L${mmdd}`)
  }
  return keys.sort()
}

/** The stored `resident.partyJoinKey` values ('MM-DD') whose 政治生日 is `date` (02-29 joins on 02-28 of common years). */
export function partyJoinIndexKeysOn(date: LocalDate): string[] {
  const keys = [`${pad(date.month)}-${pad(date.day)}`]
  if (date.month === 2 && date.day === 28 && !isLeapYear(date.year)) keys.push('02-29')
  return keys
}
