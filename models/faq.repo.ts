import { Types } from 'mongoose'
import type { FaqView } from '../domain/api-views'
import { FaqModel } from './faq.model'

export type { FaqView } from '../domain/api-views'

function toFaqView(d: any): FaqView {
  return {
    id: String(d._id),
    topic: d.topic,
    title: d.title,
    variants: d.variants ?? [],
    keywords: d.keywords ?? [],
    answer: d.answer,
    ...(d.detail ? { detail: d.detail } : {}),
    ...(d.source ? { source: d.source } : {}),
    ...(d.sourceDate ? { sourceDate: d.sourceDate } : {}),
    sample: Boolean(d.sample),
    pushTags: d.pushTags ?? [],
    active: d.active !== false,
    revision: d.revision ?? 1,
    ...(d.updatedAt ? { updatedAt: d.updatedAt } : {}),
  }
}

// In-process knowledge-base cache signal: a version bumped on every change made through this repo,
// and listeners (the bot's understander) told at once. Other processes compare `knowledgeRevision()`.
let version = 0
const listeners = new Set<(version: number) => void>()

/** Subscribes to knowledge-base changes made in this process; returns the unsubscribe function. */
export function onFaqsChanged(listener: (version: number) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The in-process knowledge-base version (bumped on every change through this repo). */
export function faqsVersion(): number {
  return version
}

function changed(): void {
  version += 1
  for (const l of listeners) {
    try {
      l(version)
    } catch {
      // a listener's failure must not undo the admin's change
    }
  }
}

/** Topics, optionally filtered by active flag and a text search. */
export async function listFaqs(q: { active?: boolean; text?: string; page: number; pageSize: number }): Promise<{ items: FaqView[]; total: number }> {
  const f: Record<string, unknown> = {}
  if (q.active !== undefined) f.active = q.active
  if (q.text) {
    const re = new RegExp(q.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i')
    f.$or = [{ title: re }, { topic: re }, { variants: re }, { answer: re }]
  }
  const [items, total] = await Promise.all([FaqModel.find(f).sort({ topic: 1 }).skip((q.page - 1) * q.pageSize).limit(q.pageSize).lean(), FaqModel.countDocuments(f)])
  return { items: items.map(toFaqView), total }
}

/** A topic by id, or null. */
export async function findFaqById(id: string): Promise<FaqView | null> {
  if (!Types.ObjectId.isValid(id)) return null
  const d = await FaqModel.findById(id).lean()
  return d ? toFaqView(d) : null
}

/** Creates a topic (revision 1); a taken topic key raises a duplicate-key error (code 11000). */
export async function createFaq(input: Record<string, unknown>): Promise<FaqView> {
  const d = await FaqModel.create({ ...input, revision: 1 })
  changed()
  return toFaqView(d.toObject())
}

/**
 * The fields residents read when a topic is answered or pushed. Only a change to one of them is a
 * new revision (which the policy-push job sends to the topic's push tags); new phrasings, keywords
 * or flags are not.
 */
export const PUBLISHED_FAQ_FIELDS = ['title', 'answer', 'detail', 'source', 'sourceDate'] as const

/** True when `patch` changes what residents read of `current`. */
export function changesPublishedText(patch: Record<string, unknown>, current: FaqView): boolean {
  return PUBLISHED_FAQ_FIELDS.some((f) => f in patch && patch[f] !== undefined && patch[f] !== current[f])
}

/** Updates a topic, bumping its revision when its published text changes; returns it or null. */
export async function updateFaq(id: string, patch: Record<string, unknown>, current: FaqView): Promise<FaqView | null> {
  const revision = changesPublishedText(patch, current) ? current.revision + 1 : current.revision
  const d = await FaqModel.findByIdAndUpdate(id, { $set: { ...patch, revision } }, { new: true, runValidators: true }).lean()
  if (d) changed()
  return d ? toFaqView(d) : null
}

/** Deletes a topic. */
export async function deleteFaq(id: string): Promise<boolean> {
  const res = await FaqModel.deleteOne({ _id: id })
  if (res.deletedCount) changed()
  return res.deletedCount > 0
}
