import type { Logger } from 'pino'
import type { KnowledgePort, TopicView } from '../domain/intake/ports'
import type { FaqEntry } from '../domain/knowledge/types'
import { createUnderstander, type Understander, type Understanding } from '../domain/understanding'

/** A topic as loaded from the database. */
export type LoadedTopic = FaqEntry & TopicView

/** A second opinion on a hard message; gets the topics the answer may name. Must fall back to `local` itself or throw. */
export type Refiner = (text: string, local: Understanding, topics: readonly { topic: string; title: string }[]) => Promise<Understanding>

/** Where the knowledge base comes from. */
export interface KnowledgeSource {
  load: () => Promise<LoadedTopic[]>
  /** Changes whenever the knowledge base changes (polled). */
  revision: () => Promise<string>
}

/** Options of {@link createLiveKnowledge}. */
export interface LiveKnowledgeOptions {
  source: KnowledgeSource
  log: Logger
  /** How often the revision is polled (ms); 0 disables polling. */
  refreshMs: number
  /** Optional second opinion (an LLM) on hard messages; must fall back to `local` on failure. */
  refine?: Refiner
  /** Below this local confidence, `refine` is asked. */
  refineBelow?: number
}

/** The bot's knowledge: an understander rebuilt whenever admins change the knowledge base. */
export interface LiveKnowledge extends KnowledgePort {
  /** Loads the topics and builds the index (call before the first message). */
  start(): Promise<void>
  /** Re-reads the topics now if the revision changed; true when it rebuilt. */
  refresh(): Promise<boolean>
  stop(): void
}

/**
 * Keeps the understander fresh: polls the knowledge base's revision every `refreshMs` and rebuilds
 * the index when it changed, so edits take effect without a restart.
 */
export function createLiveKnowledge(opts: LiveKnowledgeOptions): LiveKnowledge {
  let understander: Understander = createUnderstander([])
  let topics = new Map<string, TopicView>()
  let revision: string | undefined
  let timer: NodeJS.Timeout | undefined
  let refreshing: Promise<boolean> | undefined

  async function reload(): Promise<boolean> {
    const next = await opts.source.revision()
    if (next === revision) return false
    const loaded = await opts.source.load()
    understander.reloadFaqs(loaded)
    topics = new Map(loaded.map((t) => [t.topic, { topic: t.topic, title: t.title, answer: t.answer, detail: t.detail, source: t.source, sample: t.sample }]))
    revision = next
    opts.log.info({ topics: loaded.length }, 'knowledge index rebuilt')
    return true
  }

  const refresh = (): Promise<boolean> => {
    refreshing ??= reload().finally(() => {
      refreshing = undefined
    })
    return refreshing
  }

  return {
    async start() {
      understander = createUnderstander([])
      await refresh()
      if (opts.refreshMs > 0) {
        timer = setInterval(() => {
          refresh().catch((err: unknown) => opts.log.warn({ err }, 'knowledge refresh failed'))
        }, opts.refreshMs)
        timer.unref()
      }
    },
    refresh,
    stop() {
      if (timer) clearInterval(timer)
      timer = undefined
    },
    async understand(text) {
      const local = understander.understand(text)
      if (!opts.refine || local.confidence >= (opts.refineBelow ?? 0.6)) return local
      try {
        return await opts.refine(text, local, [...topics.values()].map((t) => ({ topic: t.topic, title: t.title })))
      } catch (err) {
        opts.log.warn({ err }, 'LLM refinement failed; using the local result')
        return local
      }
    },
    topic: (key) => topics.get(key),
  }
}
