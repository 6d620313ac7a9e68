import { AuditModel } from './audit.model'

/** One audit row to write. */
export interface AuditInput {
  at: Date
  actor: { id?: string; name?: string; role?: string }
  action: string
  entity: string
  entityId?: string
  before?: unknown
  after?: unknown
  requestId?: string
  ip?: string
}

/** Appends an audit row. */
export async function writeAudit(entry: AuditInput): Promise<void> {
  await AuditModel.create(JSON.parse(JSON.stringify(entry)) as AuditInput)
}

/** Audit rows, newest first, optionally for one entity. */
export async function listAudit(q: { entity?: string; entityId?: string; page: number; pageSize: number }) {
  const f: Record<string, unknown> = {}
  if (q.entity) f.entity = q.entity
  if (q.entityId) f.entityId = q.entityId
  const [items, total] = await Promise.all([
    AuditModel.find(f).sort({ at: -1 }).skip((q.page - 1) * q.pageSize).limit(q.pageSize).lean(),
    AuditModel.countDocuments(f),
  ])
  return { items: items.map(({ _id, ...rest }) => ({ id: String(_id), ...rest })), total }
}
