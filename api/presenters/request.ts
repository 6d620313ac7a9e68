import { isOverdue, isResponseOverdue } from '../../domain/calendar/time-limits'
import { REQUEST_CATEGORIES } from '../../domain/requests/categories'
import { allowedTransitions, STATUS_LABELS } from '../../domain/requests/lifecycle'
import type { RequestRecord, TimelineEntry } from '../../domain/requests/types'
import type { RequestView } from '../../domain/api-views'
import { scrubPii } from '../../lib/pii'

/** A request as the API returns it: labels, deadline flags, allowed next statuses; free text scrubbed of PII unless `fullPii`. */
export function presentRequest(r: RequestRecord, now: Date, fullPii: boolean, opts: { timeline?: boolean } = {}): RequestView & { timeline?: TimelineEntry[] } {
  const scrub = <T extends string | undefined>(t: T): T => (t === undefined || fullPii ? t : (scrubPii(t) as T))
  return {
    id: r.id,
    no: r.no,
    compoundId: r.compoundId,
    gridCode: r.gridCode,
    groupId: r.groupId,
    source: r.source,
    kind: r.kind,
    private: r.private,
    summary: scrub(r.summary),
    category: r.category,
    categoryName: REQUEST_CATEGORIES[r.category],
    categoryAlt: r.categoryAlt,
    location: r.location,
    urgent: r.urgent,
    status: r.status,
    statusLabel: STATUS_LABELS[r.status],
    allowedTransitions: allowedTransitions(r.status),
    ownerId: r.ownerId,
    ownerName: r.ownerName,
    deadline: r.deadline,
    responseDeadline: r.responseDeadline,
    overdue: isOverdue({ status: r.status, dueAt: r.deadline }, now),
    responseOverdue: r.responseDeadline ? isResponseOverdue({ status: r.status, respondBy: r.responseDeadline }, now) : false,
    acceptedAt: r.acceptedAt,
    resolvedAt: r.resolvedAt,
    closedAt: r.closedAt,
    mergedInto: r.mergedInto,
    rating: r.rating ? { score: r.rating.score, comment: scrub(r.rating.comment), at: r.rating.at } : undefined,
    reporters: r.reporters.map((x) => ({ name: x.name, contactId: x.contactId, residentId: x.residentId, at: x.at })),
    messages: r.messages.map((m) => ({ text: scrub(m.text), at: m.at })),
    createdAt: r.createdAt,
    ...(opts.timeline ? { timeline: r.timeline.map((e) => ({ ...e, text: scrub(e.text) })) } : {}),
  }
}

/** List items' JSON by request record and by what varies between calls (see {@link presentedListItemJson}). */
const listItemJson = new WeakMap<RequestRecord, Map<string, Buffer>>()

/**
 * A list item as UTF-8 JSON (`presentRequest` without the timeline). The list's open requests are records shared
 * until the request changes (models/request-index.ts `openListRecord`), so a list polled by the console or
 * paged through is serialised and encoded once per record, PII scope and state of the two deadline flags, not
 * per call.
 */
export function presentedListItemJson(r: RequestRecord, now: Date, fullPii: boolean): Buffer {
  const overdue = isOverdue({ status: r.status, dueAt: r.deadline }, now)
  const responseOverdue = r.responseDeadline ? isResponseOverdue({ status: r.status, respondBy: r.responseDeadline }, now) : false
  const key = `${+fullPii}${+overdue}${+responseOverdue}`
  let byKey = listItemJson.get(r)
  if (!byKey) listItemJson.set(r, (byKey = new Map()))
  let json = byKey.get(key)
  if (json === undefined) byKey.set(key, (json = Buffer.from(JSON.stringify(presentRequest(r, now, fullPii)))))
  return json
}
