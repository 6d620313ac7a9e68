import { z } from 'zod'

/** POST /api/sandbox/messages: a message typed into a group (or, without `group`, to the bot directly). */
export const sandboxMessageBody = z
  .object({
    group: z.string().trim().min(1).max(200).optional(),
    sender: z.string().trim().min(1).max(200),
    text: z.string().trim().min(1).max(2000),
    /** Reuse a message id to simulate WeChat delivering the same message twice. */
    messageId: z.string().trim().regex(/^[A-Za-z0-9_.:-]{1,100}$/, 'letters, digits and _ . : - only').optional(),
  })
  .strict()

/** GET /api/sandbox/transcript: one group (topic or room id), or one contact's direct chat with the bot. */
export const sandboxTranscriptQuery = z
  .object({
    group: z.string().trim().min(1).max(200).optional(),
    contact: z.string().trim().min(1).max(200).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(200),
  })
  .strict()
  .refine((q) => Boolean(q.group) !== Boolean(q.contact), { message: 'give exactly one of group or contact', path: ['group'] })
