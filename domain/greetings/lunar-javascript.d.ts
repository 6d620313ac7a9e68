// lunar-javascript ships no types; this declares only the part of its API the greetings code uses.
// Lunar months are negative for a leap month (闰月): -6 is 闰六月.
declare module 'lunar-javascript' {
  interface SolarDay {
    getYear(): number
    getMonth(): number
    getDay(): number
    getLunar(): LunarDay
  }
  interface LunarDay {
    getYear(): number
    getMonth(): number
    getDay(): number
    getSolar(): SolarDay
  }
  interface LunarMonthInfo {
    getDayCount(): number
  }
  export const Solar: { fromYmd(year: number, month: number, day: number): SolarDay }
  /** Throws when the day does not exist (e.g. day 30 of a 29-day month, or a leap month the year lacks). */
  export const Lunar: { fromYmd(year: number, month: number, day: number): LunarDay }
  /** Null when the year has no such month (a leap month it lacks). */
  export const LunarMonth: { fromYm(year: number, month: number): LunarMonthInfo | null }
  export const LunarYear: { fromYear(year: number): { getLeapMonth(): number } }
}
