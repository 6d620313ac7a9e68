import type { Model } from 'mongoose'
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

/** Creates the collections and indexes every query relies on (idempotent). */
export async function ensureIndexes(): Promise<void> {
  for (const m of ALL_MODELS) {
    await m.createCollection().catch((err: { code?: number }) => {
      if (err.code !== 48) throw err // 48 NamespaceExists
    })
    await m.createIndexes()
  }
}
