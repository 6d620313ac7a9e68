import type { Context, Next } from 'koa'
import { z, type ZodType } from 'zod'
import { AppError } from '../../lib/errors'

/** The schemas of one route's input. */
export interface InputSchemas {
  params?: ZodType
  query?: ZodType
  body?: ZodType
}

/** The parsed input a validated route reads from `ctx.state.input`. */
export interface ParsedInput<S extends InputSchemas> {
  params: S['params'] extends ZodType ? z.output<S['params']> : undefined
  query: S['query'] extends ZodType ? z.output<S['query']> : undefined
  body: S['body'] extends ZodType ? z.output<S['body']> : undefined
}

/** Turns a zod error into the API's one error: 400 validation_failed naming the first offending field. */
export function toValidationError(error: z.ZodError, where: 'params' | 'query' | 'body'): AppError {
  const issue = error.issues[0]
  let path = issue.path.map(String)
  if (issue.code === 'unrecognized_keys' && issue.keys.length) path = [...path, issue.keys[0]]
  const field = path.join('.') || where
  const problems = error.issues.slice(0, 20).map((i) => ({
    field: [...i.path.map(String), ...(i.code === 'unrecognized_keys' ? [i.keys.join(',')] : [])].join('.') || where,
    code: i.code,
    message: i.message,
  }))
  const what = issue.code === 'unrecognized_keys' ? '不允许的字段' : issue.message
  return new AppError('validation_failed', `输入有误（${where}.${field}）：${what}`, { status: 400, field, details: { in: where, problems } })
}

/**
 * Validates params, query and body against zod schemas and stores the parsed values in
 * `ctx.state.input`; handlers read only that.
 * @throws AppError validation_failed (400)
 */
export function validate(schemas: InputSchemas) {
  return async (ctx: Context, next: Next): Promise<void> => {
    const input: Record<string, unknown> = {}
    for (const where of ['params', 'query', 'body'] as const) {
      const schema = schemas[where]
      if (!schema) continue
      const raw = where === 'params' ? ctx.params : where === 'query' ? { ...ctx.query } : (ctx.request as { body?: unknown }).body
      const result = schema.safeParse(raw ?? (where === 'body' ? undefined : {}))
      if (!result.success) throw toValidationError(result.error, where)
      input[where] = result.data
    }
    ctx.state.input = input
    await next()
  }
}
