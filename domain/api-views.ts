/**
 * Shapes the API returns, shared by the server (models/*.repo.ts) and the console (web/src): types only, no
 * runtime imports, so the console's build can read them. `TDate` is `Date` on the server and `string` in the
 * console, which reads the JSON.
 */

/** A resident as the residents API returns it (the route masks the phone for workers). */
export interface ResidentView {
  id: string
  name: string
  nickname?: string
  wechatId?: string
  compoundId: string
  gridCode?: string
  building?: string
  unit?: string
  room?: string
  phone?: string
  birthday?: { calendar: 'solar' | 'lunar'; year?: number; month: number; day: number; isLeapMonth?: boolean }
  partyMember: boolean
  partyJoinDate?: string
  tags: string[]
  consent: { greetings: boolean; pushes: boolean }
  greetingChannel: 'group' | 'direct'
  notes?: string
  active: boolean
}

/** A knowledge-base topic as the FAQ API returns it. */
export interface FaqView<TDate = Date> {
  id: string
  topic: string
  title: string
  variants: string[]
  keywords: string[]
  answer: string
  detail?: string
  source?: string
  sourceDate?: string
  sample: boolean
  pushTags: string[]
  active: boolean
  revision: number
  updatedAt?: TDate
}
