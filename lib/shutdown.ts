import type { Logger } from 'pino'
import { isAppError } from './errors'

type Step = { name: string; run: () => Promise<void> }

/** Ordered shutdown: steps run in the order they were registered (cron, bot, http, database). */
export class Shutdown {
  private readonly steps: Step[] = []
  private running: Promise<void> | undefined

  constructor(private readonly log: Logger) {}

  /** Registers a step to run on shutdown. */
  add(name: string, run: () => Promise<void>): void {
    this.steps.push({ name, run })
  }

  /** Runs every step once (later calls wait for the first); a failing step does not stop the others. */
  run(reason: string): Promise<void> {
    if (!this.running) {
      this.running = (async () => {
        this.log.info({ reason }, 'shutting down')
        for (const step of this.steps) {
          try {
            await step.run()
            this.log.info({ step: step.name }, 'stopped')
          } catch (err) {
            this.log.error({ err, step: step.name }, 'shutdown step failed')
          }
        }
      })()
    }
    return this.running
  }
}

/** Where an error surfaced. */
export interface ErrorContext {
  source: 'api' | 'bot' | 'jobs' | 'process' | 'main'
  [key: string]: unknown
}

let onFatal: ((err: unknown) => void) | undefined

/** Sets what happens on a non-operational error (main.ts: graceful shutdown, exit 1). */
export function setFatalHandler(fn: (err: unknown) => void): void {
  onFatal = fn
}

/**
 * The one error handler of every edge: logs, and for non-operational errors (bugs) starts the
 * fatal path. Returns true when the error was operational.
 */
export function handleError(err: unknown, ctx: ErrorContext, log: Logger): boolean {
  const operational = isAppError(err) && err.isOperational
  if (operational) {
    log.warn({ err, ...ctx }, 'operational error')
  } else {
    log.error({ err, ...ctx }, 'unexpected error')
    if (ctx.source === 'process') onFatal?.(err)
  }
  return operational
}
