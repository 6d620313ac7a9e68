import { AppError } from '../../lib/errors'
import type { KeyedLock } from '../../lib/keyed-lock'
import { computeDeadline, DEFAULT_TIME_LIMIT_POLICY, responseDeadline, type TimeLimitPolicy } from '../calendar/time-limits'
import { assertMayHandle, assertReporter, assertServes, servesCompound } from './access'
import { isRequestCategory, type RequestCategory } from './categories'
import { allowedTransitions, assertTransition, isOpenStatus, REQUEST_STATUSES, type RequestStatus } from './lifecycle'
import { buildRelays } from './relay'
import { pickOwner } from './routing'
import { pickSimilar, SIMILAR_WINDOW_DAYS, type SimilarProbe } from './similar'
import { REQUEST_TEMPLATES } from './templates'
import type { Actor, CompoundRouting, OutgoingRelay, Reporter, RequestLocation, RequestPatch, RequestRecord, TimelineEntry, WorkerRef } from './types'

/** Filters of the request list (all optional; `compoundIds` is the caller's scope). */
export interface RequestListQuery {
  status?: RequestStatus[]
  category?: RequestCategory[]
  compoundId?: string
  /** Restricts to these compounds (a worker's scope); undefined = all. */
  compoundIds?: string[]
  gridCode?: string
  ownerId?: string
  /** Open and past their deadline at `now`. */
  overdue?: boolean
  urgent?: boolean
  /** Words searched in summary and original messages. */
  text?: string
  from?: Date
  to?: Date
  sort?: 'createdAt' | '-createdAt' | 'deadline' | '-deadline' | 'no' | '-no'
  page: number
  pageSize: number
  now: Date
}

/** Data access the request service needs; `models/request.repo.ts` implements it over mongoose. */
export interface RequestRepo {
  insert(doc: Omit<RequestRecord, 'id' | 'updatedAt'>): Promise<RequestRecord>
  findById(id: string): Promise<RequestRecord | null>
  findByNo(no: number): Promise<RequestRecord | null>
  /** The request of a compound that holds the WeChat message `messageId` (as a report or an added message), or null. */
  findByMessage(compoundId: string, messageId: string): Promise<RequestRecord | null>
  /** Sets `patch` and appends `events` to the timeline; returns the updated request. */
  update(id: string, patch: RequestPatch, events: TimelineEntry[]): Promise<RequestRecord>
  /** Open requests of a compound and category (or second category) created since `since`. */
  findOpenCandidates(compoundId: string, category: RequestCategory, since: Date): Promise<RequestRecord[]>
  /** Requests a contact reported, newest first, optionally only in the given statuses. */
  findByReporter(contactId: string, statuses?: readonly RequestStatus[], limit?: number): Promise<RequestRecord[]>
  list(query: RequestListQuery): Promise<{ items: RequestRecord[]; total: number }>
  /** How many requests match `query` (its `status` ignored) per status, and how many of them are overdue. */
  countByStatus(query: RequestCountQuery): Promise<RequestCounts>
}

/** Filters of the per-status counts: the list's filters without status, sort and paging. */
export type RequestCountQuery = Omit<RequestListQuery, 'status' | 'sort' | 'page' | 'pageSize'>

/** Requests per status (every status present, zero when none) and the open ones past their deadline. */
export interface RequestCounts {
  byStatus: Record<RequestStatus, number>
  total: number
  overdue: number
}

/** Counts of nothing: every status at zero. */
export function emptyCounts(): RequestCounts {
  return { byStatus: Object.fromEntries(REQUEST_STATUSES.map((s) => [s, 0])) as Record<RequestStatus, number>, total: 0, overdue: 0 }
}

/** Everything the request service needs, passed in by the composition root (or a test). */
export interface RequestServiceDeps {
  repo: RequestRepo
  /** Shared per-process lock: every update of one request runs alone (FerretDB v1 is not atomic). */
  lock: KeyedLock
  /** Next request number (`nextSequence('request')`). */
  nextNumber: () => Promise<number>
  findCompound: (id: string) => Promise<CompoundRouting | null>
  findUser: (id: string) => Promise<WorkerRef | null>
  /** The current time-limit policy (stored in settings); defaults to DEFAULT_TIME_LIMIT_POLICY. */
  getPolicy?: () => Promise<TimeLimitPolicy>
  /** Writes an outgoing message to the outbox. Without it, replies are stored but not relayed. */
  enqueue?: (relay: OutgoingRelay) => Promise<void>
  /** Time zone of working days (default Asia/Shanghai). */
  tz?: string
  similarWindowDays?: number
}

/** A new report (from the bot, the console or an import). */
export interface CreateRequestInput {
  compoundId: string
  groupId?: string
  roomId?: string
  /** The group's grid, used when the location names no building. */
  gridCode?: string
  source?: RequestRecord['source']
  kind?: RequestRecord['kind']
  private?: boolean
  reporter: Omit<Reporter, 'at'>
  message?: { messageId?: string; text: string; contactId?: string }
  summary: string
  category: RequestCategory
  categoryAlt?: RequestCategory
  location?: RequestLocation
  urgent?: boolean
  /** Who created it (defaults to the reporter as a resident). */
  actor?: Actor
}

/** The outcome of {@link RequestService.submitReport}. */
export type SubmitOutcome = { outcome: 'created'; request: RequestRecord } | { outcome: 'joined'; request: RequestRecord; alreadyReporter: boolean }

/** What every worker action takes. `no` is the request number residents and workers type. */
export interface ActionInput {
  no: number
  actor: Actor
  now: Date
  /**
   * The chat message that asked for the action (a worker's `回复 12 …` in WeChat). An action is done once per
   * message: a message handled again after a crash returns the request as that message left it, and relays
   * nothing twice. Stored on the event as `data.sourceMessageId`.
   */
  sourceMessageId?: string
}

/** The index of the event of one of `types` that chat message `source` made on the request, or -1. */
function eventBy(r: RequestRecord, types: readonly TimelineEntry['type'][], source: string | undefined): number {
  if (!source) return -1
  return r.timeline.findIndex((e) => types.includes(e.type) && (e.data as { sourceMessageId?: unknown } | undefined)?.sourceMessageId === source)
}

/** True when chat message `source` already did an action of one of `types` to the request. */
function doneBy(r: RequestRecord, types: readonly TimelineEntry['type'][], source: string | undefined): boolean {
  return eventBy(r, types, source) >= 0
}

/** `data` of an event, with the chat message that asked for it. */
function withSource(data: Record<string, unknown> | undefined, source: string | undefined): Record<string, unknown> | undefined {
  return source ? { ...(data ?? {}), sourceMessageId: source } : data
}

/** The request use cases, bound to their dependencies. */
export type RequestService = ReturnType<typeof createRequestService>

/**
 * Builds the request service. Every update of a request runs under `deps.lock` keyed by its id and
 * re-reads the request inside the lock; every status change goes through `assertTransition`; the
 * timeline only grows.
 */
export function createRequestService(deps: RequestServiceDeps) {
  const tz = deps.tz ?? 'Asia/Shanghai'
  const windowDays = deps.similarWindowDays ?? SIMILAR_WINDOW_DAYS
  const policy = () => (deps.getPolicy ? deps.getPolicy() : Promise.resolve(DEFAULT_TIME_LIMIT_POLICY))

  async function load(no: number): Promise<RequestRecord> {
    const r = await deps.repo.findByNo(no)
    if (!r) throw new AppError('request_not_found', `没有编号为 ${no} 的工单`, { status: 404, field: 'no' })
    return r
  }

  /** Runs `fn` on the freshly read request under its lock. */
  async function withRequest<T>(no: number, fn: (r: RequestRecord) => Promise<T>): Promise<T> {
    const first = await load(no)
    return deps.lock.run(`request:${first.id}`, async () => fn((await deps.repo.findById(first.id)) ?? first))
  }

  function actorRef(a: Actor): TimelineEntry['actor'] {
    return { kind: a.kind, ...(a.id ? { id: a.id } : {}), ...(a.name ? { name: a.name } : {}) }
  }

  function statusEvent(r: RequestRecord, actor: Actor, type: string, to: RequestStatus, now: Date, extra: Partial<TimelineEntry> = {}): TimelineEntry {
    assertTransition(r.status, to)
    return { at: now, actor: actorRef(actor), type, fromStatus: r.status, toStatus: to, ...extra }
  }

  async function relay(r: RequestRecord, text: string, eventKey: string): Promise<boolean> {
    if (!deps.enqueue) return false
    const rows = buildRelays(r, text, eventKey)
    for (const row of rows) await deps.enqueue(row)
    return rows.length > 0
  }

  function assertOpenForAction(r: RequestRecord, action: string, allowedStatuses: readonly RequestStatus[]): void {
    if (!allowedStatuses.includes(r.status)) {
      throw new AppError('illegal_transition', `工单当前状态不能执行「${action}」`, {
        status: 409,
        field: 'status',
        details: { from: r.status, action, allowed: allowedTransitions(r.status) },
      })
    }
  }

  async function resolveAssignee(userId: string, compoundId: string): Promise<WorkerRef> {
    const user = await deps.findUser(userId)
    if (!user || !user.active || !(user.role === 'admin' || user.compoundIds.includes(compoundId))) {
      throw new AppError('invalid_assignee', '指派对象不存在、已停用或不负责该小区', { status: 400, field: 'toUserId' })
    }
    return user
  }

  const service = {
    /**
     * Creates a request: number from the sequence, deadlines from the time-limit policy, owner by
     * routing (grid worker of the building → first grid worker → duty worker), timeline `created`.
     * @throws AppError compound_not_found (404), unknown_request_category (400)
     */
    async createRequest(input: CreateRequestInput, now: Date): Promise<RequestRecord> {
      if (!isRequestCategory(input.category)) throw new AppError('unknown_request_category', `未知分类 ${String(input.category)}`, { status: 400, field: 'category' })
      const compound = await deps.findCompound(input.compoundId)
      if (!compound) throw new AppError('compound_not_found', '小区不存在', { status: 404, field: 'compoundId' })
      const p = await policy()
      const urgent = input.urgent ?? false
      const { ownerId, gridCode } = pickOwner(compound, input.location, input.gridCode)
      const owner = ownerId ? await deps.findUser(ownerId) : null
      const actor: Actor = input.actor ?? { kind: 'resident', id: input.reporter.contactId, name: input.reporter.name }
      const no = await deps.nextNumber()
      return deps.repo.insert({
        no,
        compoundId: input.compoundId,
        gridCode: gridCode ?? input.gridCode,
        groupId: input.groupId,
        roomId: input.roomId,
        source: input.source ?? 'group',
        kind: input.kind ?? 'request',
        private: input.private ?? false,
        reporters: [{ ...input.reporter, at: now }],
        messages: input.message ? [{ ...input.message, at: now }] : [],
        summary: input.summary,
        category: input.category,
        categoryAlt: input.categoryAlt,
        location: input.location,
        urgent,
        status: 'new',
        ownerId: owner?.active ? owner.id : undefined,
        ownerName: owner?.active ? owner.name : undefined,
        deadline: computeDeadline({ category: input.category, urgent, createdAt: now, policy: p, tz }),
        responseDeadline: responseDeadline(now, urgent, p, tz),
        timeline: [{ at: now, actor: actorRef(actor), type: 'created', toStatus: 'new', data: owner?.active ? { routedTo: owner.id } : undefined }],
        createdAt: now,
      })
    },

    /**
     * The request that already holds the WeChat message `messageId`, or null. Processing a message again
     * after an interruption (a database outage, a crash) asks this first, so the message never makes a
     * second request.
     */
    async findByMessage(compoundId: string, messageId: string): Promise<RequestRecord | null> {
      return deps.repo.findByMessage(compoundId, messageId)
    },

    /** The most recent open request about the same matter (same compound and category, compatible location, recent), or null. */
    async findOpenSimilar(probe: SimilarProbe, now: Date): Promise<RequestRecord | null> {
      const since = new Date(now.getTime() - windowDays * 86_400_000)
      const candidates = await deps.repo.findOpenCandidates(probe.compoundId, probe.category, since)
      return pickSimilar(candidates, probe, now, windowDays) ?? null
    },

    /**
     * Adds a co-reporter (never twice the same contact or resident) with a `reported_again` event.
     * Reporting again on a closed matter does nothing but return it.
     * @throws AppError request_not_found (404)
     */
    async addReporter(no: number, reporter: Omit<Reporter, 'at'>, now: Date, message?: { messageId?: string; text: string; contactId?: string }): Promise<{ request: RequestRecord; added: boolean }> {
      return withRequest(no, async (r) => {
        const known = r.reporters.some((x) => (reporter.contactId && x.contactId === reporter.contactId) || (reporter.residentId && x.residentId === reporter.residentId))
        const messages = message && !r.messages.some((m) => m.messageId && m.messageId === message.messageId) ? [...r.messages, { ...message, at: now }] : undefined
        if (known && !messages) return { request: r, added: false }
        const patch: RequestPatch = {}
        if (!known) patch.reporters = [...r.reporters, { ...reporter, at: now }]
        if (messages) patch.messages = messages
        const event: TimelineEntry = { at: now, actor: { kind: 'resident', ...(reporter.contactId ? { id: reporter.contactId } : {}), ...(reporter.name ? { name: reporter.name } : {}) }, type: 'reported_again', data: { newReporter: !known } }
        return { request: await deps.repo.update(r.id, patch, [event]), added: !known }
      })
    },

    /**
     * What the bot does with a report: joins the open similar request (as co-reporter) or creates a new one.
     * Serialised per compound and category so two neighbours reporting at once get one ticket.
     */
    async submitReport(input: CreateRequestInput, now: Date): Promise<SubmitOutcome> {
      return deps.lock.run(`report:${input.compoundId}:${input.category}`, async () => {
        if (!input.private && (input.kind ?? 'request') === 'request') {
          const similar = await service.findOpenSimilar({ compoundId: input.compoundId, category: input.category, location: input.location }, now)
          if (similar) {
            const { request, added } = await service.addReporter(similar.no, input.reporter, now, input.message)
            return { outcome: 'joined', request, alreadyReporter: !added }
          }
        }
        return { outcome: 'created', request: await service.createRequest(input, now) }
      })
    },

    /**
     * 受理 (首问负责). A request never accepted before is taken by whoever accepts it first (the routed
     * owner is only a suggestion); once accepted (e.g. after a reopen) only its owner or an admin accepts it.
     * @throws AppError request_not_found (404), forbidden_compound (403), not_request_owner (403), illegal_transition (409)
     */
    async accept({ no, actor, now, sourceMessageId }: ActionInput): Promise<RequestRecord> {
      return withRequest(no, async (r) => {
        if (doneBy(r, ['accepted'], sourceMessageId)) return r
        assertMayHandle(actor, r)
        const event = statusEvent(r, actor, 'accepted', 'accepted', now)
        const takesOwnership = (actor.kind === 'worker' || actor.kind === 'admin') && actor.id && (!r.acceptedAt || !r.ownerId)
        const patch: RequestPatch = { status: 'accepted', acceptedAt: r.acceptedAt ?? now }
        if (takesOwnership) {
          patch.ownerId = actor.id
          patch.ownerName = actor.name
          if (r.ownerId && r.ownerId !== actor.id) event.data = { previousOwnerId: r.ownerId }
        }
        event.data = withSource(event.data, sourceMessageId)
        return deps.repo.update(r.id, patch, [event])
      })
    },

    /**
     * 转派/指派: gives the request to another worker serving its compound. Before acceptance it is an
     * `assigned` event (routing); after, a `transferred` one (the new worker owns it). Status is unchanged.
     * @throws AppError request_not_found (404), forbidden_compound (403), not_request_owner (403), invalid_assignee (400), illegal_transition (409)
     */
    async assign({ no, actor, now, toUserId, note, sourceMessageId }: ActionInput & { toUserId: string; note?: string }): Promise<RequestRecord> {
      return withRequest(no, async (r) => {
        if (doneBy(r, ['assigned', 'transferred'], sourceMessageId)) return r
        assertMayHandle(actor, r)
        assertOpenForAction(r, '转派', ['new', 'accepted', 'in_progress', 'reopened'])
        const to = await resolveAssignee(toUserId, r.compoundId)
        const type = r.acceptedAt ? 'transferred' : 'assigned'
        const event: TimelineEntry = { at: now, actor: actorRef(actor), type, text: note, data: withSource({ fromOwnerId: r.ownerId, toOwnerId: to.id, toOwnerName: to.name }, sourceMessageId) }
        return deps.repo.update(r.id, { ownerId: to.id, ownerName: to.name }, [event])
      })
    },

    /**
     * 开始处置: accepted/reopened → in_progress.
     * @throws AppError request_not_found (404), forbidden_compound (403), not_request_owner (403), illegal_transition (409)
     */
    async start({ no, actor, now, note }: ActionInput & { note?: string }): Promise<RequestRecord> {
      return withRequest(no, async (r) => {
        assertMayHandle(actor, r)
        const event = statusEvent(r, actor, 'started', 'in_progress', now, note ? { text: note } : {})
        return deps.repo.update(r.id, { status: 'in_progress' }, [event])
      })
    },

    /**
     * 回复: a worker's answer, relayed to the reporters (their group, @-ing them; or by direct message).
     * Any worker serving the compound may reply while the request is open or resolved.
     * @throws AppError request_not_found (404), forbidden_compound (403), illegal_transition (409)
     */
    async reply({ no, actor, now, text, sourceMessageId }: ActionInput & { text: string }): Promise<RequestRecord> {
      return withRequest(no, async (r) => {
        const earlier = eventBy(r, ['replied'], sourceMessageId)
        if (earlier >= 0) {
          // Handled again after a crash: the relay is enqueued again under its first key (the outbox keeps one).
          const e = r.timeline[earlier]
          if (e.relayed) await relay(r, REQUEST_TEMPLATES.reply(r.no, actor.name ?? '工作人员', e.text ?? text), `replied:${earlier}`)
          return r
        }
        assertServes(actor, r.compoundId)
        assertOpenForAction(r, '回复', ['new', 'accepted', 'in_progress', 'reopened', 'resolved'])
        const eventKey = `replied:${r.timeline.length}`
        const relayed = Boolean(deps.enqueue) && buildRelays(r, text, eventKey).length > 0
        const data = withSource(undefined, sourceMessageId)
        const updated = await deps.repo.update(r.id, {}, [{ at: now, actor: actorRef(actor), type: 'replied', text, relayed, ...(data ? { data } : {}) }])
        if (relayed) await relay(r, REQUEST_TEMPLATES.reply(r.no, actor.name ?? '工作人员', text), eventKey)
        return updated
      })
    },

    /**
     * 办结: resolves with a note, tells the reporters and asks them to rate 1–5. With `autoAccept`
     * (a worker writing 办结 on a request nobody accepted yet) the request is accepted first.
     * @throws AppError request_not_found (404), forbidden_compound (403), not_request_owner (403), illegal_transition (409)
     */
    async resolve({ no, actor, now, note, autoAccept, sourceMessageId }: ActionInput & { note: string; autoAccept?: boolean }): Promise<RequestRecord> {
      if (autoAccept) {
        const r = await load(no)
        if (doneBy(r, ['resolved'], sourceMessageId)) return r
        if ((r.status === 'new' || r.status === 'reopened') && !(r.acceptedAt && r.ownerId && r.ownerId !== actor.id && actor.kind === 'worker')) {
          await service.accept({ no, actor, now, sourceMessageId })
        }
      }
      return withRequest(no, async (r) => {
        const earlier = eventBy(r, ['resolved'], sourceMessageId)
        if (earlier >= 0) {
          const e = r.timeline[earlier]
          if (e.relayed) await relay(r, REQUEST_TEMPLATES.resolved(r.no, e.text ?? note), `resolved:${earlier}`)
          return r
        }
        assertMayHandle(actor, r)
        const eventKey = `resolved:${r.timeline.length}`
        const relayed = Boolean(deps.enqueue) && buildRelays(r, note, eventKey).length > 0
        const event = statusEvent(r, actor, 'resolved', 'resolved', now, { text: note, relayed, ...(sourceMessageId ? { data: { sourceMessageId } } : {}) })
        const updated = await deps.repo.update(r.id, { status: 'resolved', resolvedAt: now, ratingAskedAt: relayed ? now : r.ratingAskedAt }, [event])
        if (relayed) await relay(r, REQUEST_TEMPLATES.resolved(r.no, note), eventKey)
        return updated
      })
    },

    /**
     * 核查结案: resolved → closed.
     * @throws AppError request_not_found (404), forbidden_compound (403), illegal_transition (409)
     */
    async close({ no, actor, now, note }: ActionInput & { note?: string }): Promise<RequestRecord> {
      return withRequest(no, async (r) => {
        assertServes(actor, r.compoundId)
        const event = statusEvent(r, actor, 'closed', 'closed', now, note ? { text: note } : {})
        return deps.repo.update(r.id, { status: 'closed', closedAt: now }, [event])
      })
    },

    /**
     * 重新打开: resolved, closed or rejected → reopened (the owner stays; resolvedAt and the rating are kept in the timeline).
     * @throws AppError request_not_found (404), forbidden_compound (403), illegal_transition (409)
     */
    async reopen({ no, actor, now, reason }: ActionInput & { reason?: string }): Promise<RequestRecord> {
      return withRequest(no, async (r) => {
        assertServes(actor, r.compoundId)
        const event = statusEvent(r, actor, 'reopened', 'reopened', now, reason ? { text: reason } : {})
        return deps.repo.update(r.id, { status: 'reopened', resolvedAt: undefined, closedAt: undefined }, [event])
      })
    },

    /**
     * 不予受理: rejects with a reason that is relayed to the reporters.
     * @throws AppError request_not_found (404), forbidden_compound (403), not_request_owner (403), illegal_transition (409)
     */
    async reject({ no, actor, now, reason }: ActionInput & { reason: string }): Promise<RequestRecord> {
      return withRequest(no, async (r) => {
        assertMayHandle(actor, r)
        const eventKey = `rejected:${r.timeline.length}`
        const relayed = Boolean(deps.enqueue) && buildRelays(r, reason, eventKey).length > 0
        const event = statusEvent(r, actor, 'rejected', 'rejected', now, { text: reason, relayed })
        const updated = await deps.repo.update(r.id, { status: 'rejected', closedAt: now }, [event])
        if (relayed) await relay(r, REQUEST_TEMPLATES.rejected(r.no, reason), eventKey)
        return updated
      })
    },

    /**
     * 合并: marks request `no` as merged into the open request `intoNo` of the same compound and copies
     * its reporters (without duplicates) to the target. Both are locked (in id order, so two opposite merges cannot deadlock).
     * @throws AppError request_not_found (404), forbidden_compound (403), merge_invalid_target (409), illegal_transition (409)
     */
    async merge({ no, actor, now, intoNo }: ActionInput & { intoNo: number }): Promise<{ source: RequestRecord; target: RequestRecord }> {
      const a = await load(no)
      const b = await load(intoNo)
      if (a.id === b.id) throw new AppError('merge_invalid_target', '不能合并到自身', { status: 409, field: 'intoNo' })
      const [k1, k2] = [a.id, b.id].sort()
      return deps.lock.run(`request:${k1}`, () =>
        deps.lock.run(`request:${k2}`, async () => {
          const source = (await deps.repo.findById(a.id)) ?? a
          const target = (await deps.repo.findById(b.id)) ?? b
          assertServes(actor, source.compoundId)
          assertServes(actor, target.compoundId)
          if (source.compoundId !== target.compoundId) throw new AppError('merge_invalid_target', '只能合并同一小区的工单', { status: 409, field: 'intoNo' })
          if (!isOpenStatus(target.status)) throw new AppError('merge_invalid_target', `目标工单 #${target.no} 已不在办理中`, { status: 409, field: 'intoNo', details: { targetStatus: target.status } })
          const event = statusEvent(source, actor, 'merged', 'merged', now, { data: { intoNo: target.no, intoId: target.id } })
          const newReporters = source.reporters.filter((s) => !target.reporters.some((t) => (s.contactId && t.contactId === s.contactId) || (s.residentId && t.residentId === s.residentId)))
          const mergedSource = await deps.repo.update(source.id, { status: 'merged', mergedInto: target.id }, [event])
          const mergedTarget = await deps.repo.update(
            target.id,
            { reporters: [...target.reporters, ...newReporters], messages: [...target.messages, ...source.messages] },
            [{ at: now, actor: actorRef(actor), type: 'merged_in', data: { fromNo: source.no, fromId: source.id, reportersAdded: newReporters.length } }],
          )
          return { source: mergedSource, target: mergedTarget }
        }),
      )
    },

    /**
     * 评价: a reporter's 1–5 rating after resolution (resolved or closed); the first rating counts.
     * @throws AppError request_not_found (404), not_a_reporter (403), invalid_rating (400), not_resolved (409), already_rated (409)
     */
    async rate({ no, contactId, score, comment, now, sourceMessageId }: { no: number; contactId: string; score: number; comment?: string; now: Date; sourceMessageId?: string }): Promise<RequestRecord> {
      if (!Number.isInteger(score) || score < 1 || score > 5) throw new AppError('invalid_rating', '评分须为 1 到 5 的整数', { status: 400, field: 'score' })
      return withRequest(no, async (r) => {
        if (doneBy(r, ['rated'], sourceMessageId)) return r
        assertReporter(r, contactId)
        if (r.status !== 'resolved' && r.status !== 'closed') {
          throw new AppError('not_resolved', '工单办结后才能评价', { status: 409, field: 'status', details: { from: r.status, allowed: allowedTransitions(r.status) } })
        }
        if (r.rating?.score) throw new AppError('already_rated', '该工单已评价过', { status: 409, field: 'score' })
        const rating = { score, ...(comment ? { comment } : {}), at: now, by: contactId }
        return deps.repo.update(r.id, { rating }, [{ at: now, actor: { kind: 'resident', id: contactId }, type: 'rated', data: withSource({ score }, sourceMessageId) }])
      })
    },

    /**
     * 查询: a request by number; with an actor, checks the actor may see it.
     * @throws AppError request_not_found (404), forbidden_compound (403)
     */
    async getByNo(no: number, actor?: Actor): Promise<RequestRecord> {
      const r = await load(no)
      if (actor && actor.kind !== 'resident') assertServes(actor, r.compoundId)
      if (actor?.kind === 'resident' && !r.reporters.some((x) => x.contactId === actor.id)) {
        throw new AppError('request_not_found', `没有编号为 ${no} 的工单`, { status: 404, field: 'no' })
      }
      return r
    },

    /** A page of requests matching `query`, restricted to the compounds the actor serves. */
    async list(query: Omit<RequestListQuery, 'compoundIds'>, actor: Actor): Promise<{ items: RequestRecord[]; total: number }> {
      if (query.compoundId && !servesCompound(actor, query.compoundId)) return { items: [], total: 0 }
      const compoundIds = actor.kind === 'worker' ? [...(actor.compoundIds ?? [])] : undefined
      return deps.repo.list({ ...query, compoundIds })
    },

    /** Per-status counts of the requests matching `query`, restricted like {@link list}. */
    async counts(query: Omit<RequestCountQuery, 'compoundIds'>, actor: Actor): Promise<RequestCounts> {
      if (query.compoundId && !servesCompound(actor, query.compoundId)) return emptyCounts()
      const compoundIds = actor.kind === 'worker' ? [...(actor.compoundIds ?? [])] : undefined
      return deps.repo.countByStatus({ ...query, compoundIds })
    },

    /** A contact's requests, newest first (for 进度 follow-ups): open ones by default. */
    async listForReporter(contactId: string, opts: { statuses?: readonly RequestStatus[]; limit?: number } = {}): Promise<RequestRecord[]> {
      return deps.repo.findByReporter(contactId, opts.statuses ?? ['new', 'accepted', 'in_progress', 'reopened'], opts.limit ?? 5)
    },

    /** The contact's most recent resolved, unrated request (what a bare "5" rates), or null. */
    async findAwaitingRating(contactId: string, sourceMessageId?: string): Promise<RequestRecord | null> {
      const list = await deps.repo.findByReporter(contactId, ['resolved', 'closed'], 10)
      // A message handled again after a crash finds the request it already rated (and thanks again).
      return list.find((r) => doneBy(r, ['rated'], sourceMessageId)) ?? list.find((r) => !r.rating?.score && r.ratingAskedAt) ?? null
    },
  }
  return service
}
