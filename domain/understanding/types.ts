/** The four things a group message can be, as defined in shared/eval/SCHEMA.md. */
export const INTENTS = ['request', 'question', 'followup', 'chat'] as const

/** An intent key. */
export type Intent = (typeof INTENTS)[number]

/** The 13 request categories of SCHEMA.md. */
export const REQUEST_CATEGORIES = [
  'lighting',
  'water',
  'ev-charging',
  'elevator',
  'parking',
  'sanitation',
  'facilities',
  'safety',
  'noise',
  'dispute',
  'property',
  'elderly-care',
  'other',
] as const

/** A request category key. */
export type RequestCategory = (typeof REQUEST_CATEGORIES)[number]

/** A location named in a message; every value is an Arabic-numeral string. */
export interface Location {
  building?: string
  unit?: string
  floor?: string
  room?: string
}

/** What the bot makes of one message. */
export interface Understanding {
  intent: Intent
  /** Only for `request`. */
  category?: RequestCategory
  /** A second plausible category for a `request`, when the message honestly fits two. */
  categoryAlt?: RequestCategory
  /** Only for `question`: the knowledge-base topic key. */
  faq?: string
  /** BM25 score of `faq` (only with `faq`). */
  faqScore?: number
  location?: Location
  urgent: boolean
  /** 0..1, how sure the local model is about `intent`. */
  confidence: number
  /** Short machine-readable hints on why (feature names), for logs and the console. */
  reasons?: string[]
}
