import { z } from 'zod'

/** POST /api/auth/login */
export const loginBody = z
  .object({
    username: z.string().trim().min(1).max(40),
    password: z.string().min(1).max(200),
  })
  .strict()

/** The login answer. */
export const loginResponse = z.object({ token: z.string(), tokenType: z.literal('Bearer'), expiresAt: z.string(), user: z.object({ id: z.string(), username: z.string(), name: z.string(), role: z.enum(['admin', 'worker']), compoundIds: z.array(z.string()) }) })
