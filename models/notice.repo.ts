import { Types } from 'mongoose'
import { createNoticeService, type NoticeRecord, type NoticeRepo, type NoticeService, type RecipientDirectory, type RecipientGroup, type RecipientResident } from '../domain/notices/notice.service'
import type { QuietWindow } from '../domain/outbox/sending-rules'
import { cancelPendingDeliveriesOfNotice, listDeliveriesOfNotice } from './delivery.repo'
import { GroupModel } from './group.model'
import { NoticeModel } from './notice.model'
import { ResidentModel } from './resident.model'

type LeanNotice = Record<string, any>

function toNoticeRecord(n: LeanNotice): NoticeRecord {
  return {
    id: String(n._id),
    title: n.title,
    content: n.content,
    ...(n.imageUrl ? { imageUrl: n.imageUrl } : {}),
    targets: {
      kind: n.targets.kind,
      compoundIds: (n.targets.compoundIds ?? []).map(String),
      tags: n.targets.tags ?? [],
    },
    schedule: {
      kind: n.schedule.kind,
      ...(n.schedule.at ? { at: n.schedule.at } : {}),
      ...(n.schedule.cron ? { cron: n.schedule.cron } : {}),
      skipHolidays: Boolean(n.schedule.skipHolidays),
      ...(n.schedule.until ? { until: n.schedule.until } : {}),
    },
    urgent: Boolean(n.urgent),
    status: n.status,
    ...(n.lastOccurrenceKey ? { lastOccurrenceKey: n.lastOccurrenceKey } : {}),
    ...(n.nextRunAt ? { nextRunAt: n.nextRunAt } : {}),
    ...(n.scheduleFrom ? { scheduleFrom: n.scheduleFrom } : {}),
    ...(n.authorId ? { authorId: String(n.authorId) } : {}),
    createdAt: n.createdAt,
    ...(n.cancelledAt ? { cancelledAt: n.cancelledAt } : {}),
  }
}

function toObjectIds(ids: string[]): Types.ObjectId[] {
  return ids.filter((id) => Types.ObjectId.isValid(id)).map((id) => new Types.ObjectId(id))
}

/** Notice persistence for the notice use cases and job. */
export const noticeRepo: NoticeRepo = {
  async create(input) {
    const doc = await NoticeModel.create({
      ...input,
      targets: { ...input.targets, compoundIds: toObjectIds(input.targets.compoundIds) },
      authorId: input.authorId && Types.ObjectId.isValid(input.authorId) ? new Types.ObjectId(input.authorId) : undefined,
    })
    return toNoticeRecord(doc.toObject())
  },

  async findById(id) {
    if (!Types.ObjectId.isValid(id)) return null
    const n = await NoticeModel.findById(id).lean()
    return n ? toNoticeRecord(n) : null
  },

  async update(id, patch) {
    if (!Types.ObjectId.isValid(id)) return null
    const $set: Record<string, unknown> = {}
    const $unset: Record<string, 1> = {}
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue
      if (value === null) $unset[key] = 1
      else if (key === 'targets') $set.targets = { ...(value as object), compoundIds: toObjectIds((value as { compoundIds: string[] }).compoundIds) }
      else $set[key] = value
    }
    await NoticeModel.updateOne({ _id: id }, { ...(Object.keys($set).length ? { $set } : {}), ...(Object.keys($unset).length ? { $unset } : {}) }, { runValidators: true })
    return noticeRepo.findById(id)
  },

  async listActive() {
    const rows = await NoticeModel.find({ status: 'scheduled' }).limit(5000).lean()
    return rows.map(toNoticeRecord)
  },

  async list(filter) {
    const query = filter.status ? { status: filter.status } : {}
    const [rows, total] = await Promise.all([
      NoticeModel.find(query)
        .sort({ createdAt: -1, _id: -1 })
        .skip((filter.page - 1) * filter.limit)
        .limit(filter.limit)
        .lean(),
      NoticeModel.countDocuments(query),
    ])
    return { items: rows.map(toNoticeRecord), total }
  },
}

/** Where notices, greetings and reports find their groups and residents. */
export const recipientDirectory: RecipientDirectory = {
  async listResidentGroups(compoundIds?: string[]): Promise<RecipientGroup[]> {
    const filter: Record<string, unknown> = { kind: 'residents', active: true, compoundId: compoundIds ? { $in: toObjectIds(compoundIds) } : { $ne: null } }
    const rows = await GroupModel.find(filter).sort({ createdAt: 1 }).lean()
    return rows.map((g) => ({ roomId: g.roomId, ...(g.topic ? { topic: g.topic } : {}), compoundId: String(g.compoundId) }))
  },

  async listResidentsWithTags(tags: string[]): Promise<RecipientResident[]> {
    const rows = await ResidentModel.find({ active: true, tags: { $in: tags } }).sort({ createdAt: 1 }).lean()
    return rows.map((r) => ({
      id: String(r._id),
      name: r.name,
      ...(r.wechatId ? { wechatId: r.wechatId } : {}),
      compoundId: String(r.compoundId),
      consentPushes: Boolean(r.consent?.pushes),
    }))
  },
}

/** The notice use cases over the database (for the API). */
export function createNoticeServiceFromDb(tz: string, quietHours?: QuietWindow): NoticeService {
  return createNoticeService({
    repo: noticeRepo,
    directory: recipientDirectory,
    deliveries: { cancelPendingOfNotice: cancelPendingDeliveriesOfNotice, listOfNotice: listDeliveriesOfNotice },
    tz,
    ...(quietHours ? { quietHours } : {}),
  })
}
