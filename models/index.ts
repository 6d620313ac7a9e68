import type { IndexDirection, IndexOptions, Model, Schema } from 'mongoose'
import { AuditModel } from './audit.model'
import { CompoundModel } from './compound.model'
import { ClaimModel } from './claim.model'
import { SequenceModel } from './counter.model'
import { DeliveryModel } from './delivery.model'
import { FaqModel } from './faq.model'
import { GroupModel } from './group.model'
import { MessageModel } from './message.model'
import { NoticeModel } from './notice.model'
import { RequestModel } from './request.model'
import { ResidentModel } from './resident.model'
import { SettingModel } from './setting.model'
import { UserModel } from './user.model'

/** Every model, so start-up and tests can create their indexes. */
export const ALL_MODELS: Model<any>[] = [CompoundModel, GroupModel, ResidentModel, UserModel, RequestModel, MessageModel, FaqModel, NoticeModel, DeliveryModel, SequenceModel, ClaimModel, AuditModel, SettingModel]

/** How {@link ensureIndexes} treats the schemas' indexes. */
export interface EnsureIndexesOptions {
  /**
   * Create only the unique indexes, and drop any other (but `_id`'s) left from before. For the embedded FerretDB v1
   * on SQLite, which finds documents by `_id` alone and reads the whole collection for any other filter, so a
   * non-unique index is never used and only makes every insert and update of the collection dearer (SQLite
   * evaluates each index's JSON expression on the whole stored document: bench/README.md, sixth round). Unique
   * indexes stay: they decide "exactly once" (a message's row, a request number, a claim).
   */
  uniqueOnly?: boolean
}

/** A schema's indexes that {@link ensureIndexes} creates: all of them, or with `uniqueOnly` the unique ones. */
export function indexesToCreate(schema: Schema, opts: EnsureIndexesOptions = {}): [Record<string, IndexDirection>, IndexOptions][] {
  const all = schema.indexes() as [Record<string, IndexDirection>, IndexOptions][]
  return opts.uniqueOnly ? all.filter(([, options]) => options.unique === true) : all
}

/** Creates the collections and the indexes every query relies on (idempotent). */
export async function ensureIndexes(opts: EnsureIndexesOptions = {}): Promise<void> {
  for (const m of ALL_MODELS) {
    await m.createCollection().catch((err: { code?: number }) => {
      if (err.code !== 48) throw err // 48 NamespaceExists
    })
    if (!opts.uniqueOnly) {
      await m.createIndexes()
      continue
    }
    for (const [fields, options] of indexesToCreate(m.schema, opts)) await m.collection.createIndex(fields as Record<string, 1 | -1>, options as Record<string, unknown>)
    for (const existing of await m.collection.indexes()) {
      if (existing.name && existing.name !== '_id_' && existing.unique !== true) await m.collection.dropIndex(existing.name)
    }
  }
}
