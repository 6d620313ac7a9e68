/** One knowledge-base topic as stored (the DB is the source of truth; the seed is a starting point). */
export interface FaqEntry {
  /** Stable key, e.g. `dibao`. */
  topic: string
  /** Chinese title shown to residents and admins. */
  title: string
  /** Question variants in residents' own words; the retrieval index is built from these. */
  questions: string[]
  /** The answer the bot sends. */
  answer: string
  /** Extra discriminative words or aliases for retrieval (names of the policy, of offices, of documents). */
  keywords?: string[]
  /** Where the answer comes from (a policy document, an office). */
  source: string
  /** ISO date (YYYY-MM-DD) of the source. */
  sourceDate: string
  /** True while the answer is sample text that each community must replace with its local policy. */
  sample?: boolean
}

/** The 16 knowledge-base topics of shared/eval/SCHEMA.md. */
export const FAQ_TOPICS = [
  'elderly-allowance',
  'dibao',
  'critical-illness-aid',
  'resident-pension',
  'resident-medical-insurance',
  'elevator-retrofit',
  'ev-charging-install',
  'elderly-canteen',
  'childcare',
  'veteran-services',
  'disability-subsidy',
  'mobile-desk',
  'legal-aid',
  'employment',
  'volunteer',
  'residence-proof',
] as const

/** A seed topic key. */
export type FaqTopic = (typeof FAQ_TOPICS)[number]
