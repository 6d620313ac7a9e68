import { z } from 'zod'
import { CATEGORY_KEYS } from '../../domain/requests/categories'

const rule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('hours'), hours: z.number().positive().max(24 * 60) }).strict(),
  z.object({ kind: z.literal('same-day'), cutoff: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:mm') }).strict(),
  z.object({ kind: z.literal('working-days'), days: z.number().int().min(1).max(60) }).strict(),
])

/** PUT /api/settings/time-limits: the whole policy (every category must have a rule). */
export const timeLimitPolicyBody = z
  .object({
    urgent: z.object({ hours: z.number().positive().max(72) }).strict(),
    response: z.object({ urgentHours: z.number().positive().max(72), workingDays: z.number().int().min(1).max(30) }).strict(),
    limits: z.object(Object.fromEntries(CATEGORY_KEYS.map((k) => [k, rule])) as Record<string, typeof rule>).strict(),
  })
  .strict()
