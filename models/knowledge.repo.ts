import type { FaqEntry } from '../domain/knowledge/types'
import type { TopicView } from '../domain/intake/ports'
import { FaqModel } from './faq.model'

/** An active knowledge-base topic: what the retrieval index needs and what the bot answers with. */
export type KnowledgeTopic = FaqEntry & TopicView

/** Every active topic, for building the bot's knowledge index. */
export async function loadActiveTopics(): Promise<KnowledgeTopic[]> {
  const rows = await FaqModel.find({ active: { $ne: false } }).sort({ topic: 1 }).lean()
  return rows.map((f) => ({
    topic: f.topic,
    title: f.title,
    questions: f.variants ?? [],
    keywords: f.keywords ?? [],
    answer: f.answer,
    ...(f.detail ? { detail: f.detail } : {}),
    source: f.source ?? '',
    sourceDate: f.sourceDate ?? '',
    sample: Boolean(f.sample),
  }))
}

/**
 * A fingerprint of the knowledge base that changes whenever a topic is added, edited,
 * deactivated or removed (count, newest update, sum of revisions).
 */
export async function knowledgeRevision(): Promise<string> {
  const [count, newest, revs] = await Promise.all([
    FaqModel.countDocuments({}),
    FaqModel.findOne({}, { updatedAt: 1 }).sort({ updatedAt: -1 }).lean(),
    FaqModel.find({}, { revision: 1, active: 1 }).lean(),
  ])
  const sum = revs.reduce((s, f) => s + (f.revision ?? 1) * (f.active === false ? -1 : 1), 0)
  return `${count}:${newest?.updatedAt?.getTime() ?? 0}:${sum}`
}
