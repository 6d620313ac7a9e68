import { isAppError } from '../../lib/errors'
import { parseWorkerCommand, type WorkerCommand } from '../commands/parse-command'
import { parseRating } from '../commands/parse-rating'
import { actorFromUser } from '../requests/access'
import type { RequestRecord, WorkerRef } from '../requests/types'
import type { Understanding } from '../understanding/types'
import { decideIntake, essentialsOf, type Decision } from './decide'
import type { DirectoryPort, GroupPort, GroupView, IntakeLog, IntakeRequestPort, KnowledgePort, MessageLogPort, ResidentView } from './ports'
import type { RateLimiter } from './rate-limit'
import { detectHazards } from './safety'
import { formatDeadline, formatLocation, TEMPLATES } from './templates'
import type { ChatInput, IntakeOutcome, LoggedDecision, Reply, TalkerKind } from './types'

/** Everything the intake use case needs, passed in by the bot (or a test). */
export interface IntakeDeps {
  /** Contact id of the logged-in bot account. */
  botAccountId: () => string
  now: () => Date
  messages: MessageLogPort
  groups: GroupPort
  directory: DirectoryPort
  requests: IntakeRequestPort
  knowledge: KnowledgePort
  limiter: RateLimiter
  log: IntakeLog
  /** Time zone of deadlines as residents read them. */
  tz: string
  /** A knowledge-base score at or above this is answered; below, a consultation is created. */
  answerThreshold: number
  /**
   * True for errors that say the database was unreachable (models/common.ts `isTransientDbError`). Such a
   * failure leaves the row in `received` instead of marking it failed, so the message is processed again.
   */
  isTransient?: (err: unknown) => boolean
}

/** Options of one {@link IntakeService.handle} call. */
export interface HandleOptions {
  /** The row is already stored (recovery after a crash or reconnect): it is processed only if still in state `received`. */
  resume?: boolean
  /**
   * An earlier attempt at this same message failed on a transient error: if the row is already there and
   * still `received`, it is ours to finish (not a second delivery of the message).
   */
  retry?: boolean
}

/** The intake use case: one WeChat message in, a stored decision and the replies to send out. */
export interface IntakeService {
  handle(input: ChatInput, options?: HandleOptions): Promise<IntakeOutcome>
  /**
   * Only stores the message, in state `received`, for `handle(…, { resume: true })` after the next login
   * (a bot that is stopping hands back what it has not started on). `duplicate` when it was stored already.
   */
  store(input: ChatInput): Promise<'inserted' | 'duplicate'>
}

interface Context {
  input: ChatInput
  now: Date
  isDirect: boolean
  group?: GroupView
  worker: WorkerRef | null
  resident: ResidentView | null
  talkerKind: TalkerKind
  compoundId?: string
  /** An earlier, interrupted attempt may already have acted on this message (made its request). */
  resumed: boolean
}

interface Executed {
  decision: LoggedDecision
  replies: Reply[]
  request?: RequestRecord
}

/**
 * Builds the intake use case. Each message is first inserted into the conversation log under the
 * unique (bot account, message id) index — a second delivery of the same message stops there —
 * then decided (pure `decideIntake`), acted on through the request service, and the decision is
 * stored. Replies are returned, not sent: the adapter sends them after this resolved, and only
 * as many as the per-conversation rate limit allows.
 */
export function createIntakeService(deps: IntakeDeps): IntakeService {
  function insertRow(input: ChatInput, botAccountId: string): Promise<'inserted' | 'duplicate'> {
    return deps.messages.insertIncoming({
      botAccountId,
      wechatMessageId: input.messageId,
      roomId: input.roomId,
      talkerId: input.talkerId,
      talkerName: input.talkerName,
      text: input.text,
      mentionIds: input.mentionIds,
      sentAt: input.sentAt,
    })
  }

  async function handle(input: ChatInput, options: HandleOptions = {}): Promise<IntakeOutcome> {
    const botAccountId = deps.botAccountId()
    let resumed = Boolean(options.resume)
    if (!options.resume) {
      const inserted = await insertRow(input, botAccountId)
      if (inserted === 'duplicate' && !options.retry) return { duplicate: true, replies: [] }
      resumed = inserted === 'duplicate'
    }
    // Only a row still in `received` is unfinished; anything else was processed (or given up) already.
    if (resumed && (await deps.messages.incomingState(botAccountId, input.messageId)) !== 'received') return { duplicate: true, replies: [] }
    let ctx: Context | undefined
    try {
      ctx = await buildContext(input, botAccountId, resumed)
      const done = await execute(ctx)
      const request = done.request
      const replies = limitReplies(ctx, done).map((r) => (request ? { ...r, requestId: request.id } : r))
      await deps.messages.completeIncoming(botAccountId, input.messageId, {
        state: 'processed',
        decision: done.decision,
        talkerKind: ctx.talkerKind,
        groupId: ctx.group?.id,
        compoundId: ctx.compoundId,
        requestId: done.request?.id,
        // A request made from this message already lists its row (models/request.repo.ts insert).
        requestCreated: done.decision.action === 'created',
      })
      return { duplicate: false, decision: done.decision, replies, ...(done.request ? { requestNo: done.request.no } : {}) }
    } catch (err) {
      // The database was unreachable: the row stays `received` and the message is processed again.
      if (deps.isTransient?.(err)) throw err
      await deps.messages
        .completeIncoming(botAccountId, input.messageId, {
          state: 'failed',
          decision: { intent: 'ignored', action: 'failed', reason: isAppError(err) ? err.code : 'unexpected_error' },
          talkerKind: ctx?.talkerKind ?? 'unknown',
          groupId: ctx?.group?.id,
          compoundId: ctx?.compoundId,
        })
        .catch((e: unknown) => deps.log.error({ err: e, messageId: input.messageId }, 'could not mark message failed'))
      throw err
    }
  }

  async function buildContext(input: ChatInput, botAccountId: string, resumed: boolean): Promise<Context> {
    const now = deps.now()
    const isDirect = !input.roomId
    const group = input.roomId ? await deps.groups.ensureGroup({ roomId: input.roomId, topic: input.roomTopic, botAccountId, now }) : undefined
    const worker = await deps.directory.findWorkerByWechatId(input.talkerId)
    const resident = worker ? null : await deps.directory.findResidentByWechatId(input.talkerId)
    const talkerKind: TalkerKind = worker ? 'worker' : resident ? 'resident' : 'unknown'
    const compoundId = group ? group.compoundId : resident?.compoundId
    return { input, now, isDirect, group, worker, resident, talkerKind, compoundId, resumed }
  }

  /** On a resumed message: the request an interrupted earlier attempt already made from it, if any. */
  async function earlierRequest(ctx: Context): Promise<RequestRecord | null> {
    if (!ctx.resumed || !ctx.compoundId) return null
    return deps.requests.findByMessage(ctx.compoundId, ctx.input.messageId)
  }

  async function execute(ctx: Context): Promise<Executed> {
    const { input } = ctx
    const command = ctx.worker ? parseWorkerCommand(input.text) : undefined
    const roomBound = ctx.isDirect || Boolean(ctx.group?.compoundId)
    const rating = ctx.talkerKind !== 'worker' && roomBound ? parseRating(input.text) : undefined
    const awaiting = rating ? await deps.requests.findAwaitingRating(input.talkerId, ctx.resumed ? input.messageId : undefined) : null
    const needsUnderstanding = roomBound && !ctx.worker && !(awaiting && rating)
    const understanding = needsUnderstanding ? await deps.knowledge.understand(input.text) : undefined
    const decision = decideIntake({
      isDirect: ctx.isDirect,
      roomBound,
      talkerKind: ctx.talkerKind,
      command,
      awaitingRating: awaiting ? { no: awaiting.no } : undefined,
      rating,
      understanding,
      answerThreshold: deps.answerThreshold,
    })
    return act(ctx, decision, understanding)
  }

  function here(ctx: Context, text: string): Reply {
    return ctx.isDirect
      ? { target: { kind: 'contact', id: ctx.input.talkerId }, text }
      : { target: { kind: 'room', id: ctx.input.roomId as string }, text, mentionIds: [ctx.input.talkerId] }
  }

  function understood(u: Understanding | undefined, action: string, extra: Partial<LoggedDecision> = {}): LoggedDecision {
    if (!u) return { intent: 'ignored', action, ...extra }
    return {
      intent: u.intent,
      ...(u.category ? { category: u.category } : {}),
      ...(u.faq ? { faq: u.faq } : {}),
      ...(u.faqScore !== undefined ? { faqScore: u.faqScore } : {}),
      ...(u.location ? { location: u.location } : {}),
      urgent: u.urgent,
      confidence: u.confidence,
      action,
      ...extra,
    }
  }

  async function act(ctx: Context, d: Decision, u: Understanding | undefined): Promise<Executed> {
    switch (d.kind) {
      case 'ignore':
        return { decision: { intent: 'ignored', action: 'ignored', reason: d.reason }, replies: [] }
      case 'silent':
        return { decision: understood(u, 'silent', { reason: d.reason }), replies: [] }
      case 'direct-help':
        return { decision: understood(u, 'help'), replies: [here(ctx, TEMPLATES.directHelp())] }
      case 'worker-help':
        return { decision: { intent: 'command', action: 'help' }, replies: [here(ctx, TEMPLATES.workerHelp())] }
      case 'command-usage':
        return { decision: { intent: 'command', action: 'usage', reason: d.verb }, replies: [here(ctx, TEMPLATES.usage(d.verb))] }
      case 'bind':
        return bind(ctx, d.compoundName)
      case 'unbind':
        return unbind(ctx)
      case 'command':
        return runCommand(ctx, d.command)
      case 'rate':
        return rate(ctx, d.requestNo, d.score, d.comment)
      case 'request':
        return report(ctx, d, u)
      case 'answer':
        return answer(ctx, d.faq, u)
      case 'consult':
        return consult(ctx, u)
      case 'followup':
        return followup(ctx, d.urgent, u)
    }
  }

  async function bind(ctx: Context, name: string): Promise<Executed> {
    const worker = ctx.worker as WorkerRef
    const compound = await deps.directory.findCompoundByName(name)
    if (!compound) return { decision: { intent: 'command', action: 'bind', reason: 'compound not found' }, replies: [here(ctx, TEMPLATES.bindUnknown({ name }))] }
    if (worker.role !== 'admin' && !worker.compoundIds.includes(compound.id)) {
      return { decision: { intent: 'command', action: 'bind', reason: 'forbidden' }, replies: [here(ctx, TEMPLATES.bindForbidden())] }
    }
    const group = await deps.groups.bindGroup({ roomId: ctx.input.roomId as string, compoundId: compound.id, by: `worker:${worker.id}`, now: ctx.now })
    ctx.group = group
    ctx.compoundId = compound.id
    deps.log.info({ roomId: group.roomId, compoundId: compound.id, workerId: worker.id }, 'room bound')
    return { decision: { intent: 'command', action: 'bound' }, replies: [here(ctx, TEMPLATES.bound({ compound: compound.name }))] }
  }

  async function unbind(ctx: Context): Promise<Executed> {
    const worker = ctx.worker as WorkerRef
    const current = ctx.group?.compoundId
    if (current && worker.role !== 'admin' && !worker.compoundIds.includes(current)) {
      return { decision: { intent: 'command', action: 'unbind', reason: 'forbidden' }, replies: [here(ctx, TEMPLATES.bindForbidden())] }
    }
    await deps.groups.unbindGroup({ roomId: ctx.input.roomId as string, by: `worker:${worker.id}` })
    deps.log.info({ roomId: ctx.input.roomId, workerId: worker.id }, 'room unbound')
    return { decision: { intent: 'command', action: 'unbound' }, replies: [here(ctx, TEMPLATES.unbound())] }
  }

  async function runCommand(ctx: Context, command: Exclude<WorkerCommand, { kind: 'bind' | 'unbind' | 'help' }>): Promise<Executed> {
    const worker = ctx.worker as WorkerRef
    const actor = actorFromUser(worker)
    const { now } = ctx
    const logged = (action: string, reason?: string): LoggedDecision => ({ intent: 'command', action, ...(reason ? { reason } : {}) })
    try {
      switch (command.kind) {
        case 'accept': {
          const r = await deps.requests.accept({ no: command.no, actor, now, sourceMessageId: ctx.input.messageId })
          return { decision: logged('accepted'), request: r, replies: [here(ctx, TEMPLATES.accepted({ no: r.no, summary: r.summary, deadline: formatDeadline(r.deadline, now, deps.tz) }))] }
        }
        case 'transfer': {
          const current = await deps.requests.getByNo(command.no, actor)
          const to = await deps.directory.findWorkerByName(command.workerName, current.compoundId)
          if (!to) return { decision: logged('transfer', 'worker not found'), replies: [here(ctx, TEMPLATES.transferUnknown({ name: command.workerName }))] }
          const r = await deps.requests.assign({ no: command.no, actor, now, toUserId: to.id, sourceMessageId: ctx.input.messageId })
          const replies = [here(ctx, TEMPLATES.transferred({ no: r.no, to: to.name }))]
          if (to.wechatId && to.wechatId !== ctx.input.talkerId) {
            replies.push({ target: { kind: 'contact', id: to.wechatId }, text: TEMPLATES.transferredToWorker({ no: r.no, from: worker.name, summary: r.summary, deadline: formatDeadline(r.deadline, now, deps.tz) }) })
          }
          return { decision: logged('transferred'), request: r, replies }
        }
        case 'reply': {
          const r = await deps.requests.reply({ no: command.no, actor, now, text: command.text, sourceMessageId: ctx.input.messageId })
          return { decision: logged('replied'), request: r, replies: [here(ctx, TEMPLATES.relayed({ no: r.no }))] }
        }
        case 'resolve': {
          const r = await deps.requests.resolve({ no: command.no, actor, now, note: command.text || '已处理完毕', autoAccept: true, sourceMessageId: ctx.input.messageId })
          return { decision: logged('resolved'), request: r, replies: [here(ctx, TEMPLATES.resolved({ no: r.no }))] }
        }
        case 'query': {
          const r = await deps.requests.getByNo(command.no, actor)
          const text = TEMPLATES.query({
            no: r.no, category: r.category, location: r.location, status: r.status, ownerName: r.ownerName,
            deadline: formatDeadline(r.deadline, now, deps.tz), reporters: r.reporters.length, summary: r.summary,
          })
          return { decision: logged('queried'), request: r, replies: [here(ctx, text)] }
        }
      }
    } catch (err) {
      if (!isAppError(err) || !err.isOperational) throw err
      const text =
        err.code === 'request_not_found' ? TEMPLATES.notFound({ no: command.no })
        : err.code === 'forbidden_compound' ? TEMPLATES.forbidden({ no: command.no })
        : TEMPLATES.commandFailed({ no: command.no, reason: err.message })
      return { decision: logged(command.kind, err.code), replies: [here(ctx, text)] }
    }
  }

  async function rate(ctx: Context, no: number, score: number, comment: string | undefined): Promise<Executed> {
    try {
      const r = await deps.requests.rate({ no, contactId: ctx.input.talkerId, score, comment, now: ctx.now, sourceMessageId: ctx.input.messageId })
      return { decision: { intent: 'rating', action: 'rated' }, request: r, replies: [here(ctx, TEMPLATES.ratingThanks({ no, score }))] }
    } catch (err) {
      if (!isAppError(err) || !err.isOperational) throw err
      return { decision: { intent: 'rating', action: 'not-rated', reason: err.code }, replies: [] }
    }
  }

  async function report(ctx: Context, d: Extract<Decision, { kind: 'request' }>, u: Understanding | undefined): Promise<Executed> {
    const { input, now } = ctx
    if (!ctx.compoundId) {
      return { decision: understood(u, 'no-compound'), replies: [here(ctx, TEMPLATES.directUnknownCompound())] }
    }
    const earlier = await earlierRequest(ctx)
    const outcome: { outcome: 'created' | 'joined'; request: RequestRecord } = earlier
      ? { outcome: earlier.messages[0]?.messageId === input.messageId ? 'created' : 'joined', request: earlier }
      : await deps.requests.submitReport(
      {
        compoundId: ctx.compoundId,
        groupId: ctx.group?.id,
        roomId: input.roomId,
        gridCode: ctx.group?.gridCode ?? ctx.resident?.gridCode,
        source: ctx.isDirect ? 'direct' : 'group',
        kind: 'request',
        private: d.private,
        reporter: { ...(ctx.resident ? { residentId: ctx.resident.id } : {}), contactId: input.talkerId, name: input.talkerName, ...(input.roomId ? { roomId: input.roomId } : {}), messageId: input.messageId },
        message: { messageId: input.messageId, text: input.text.slice(0, 5000), contactId: input.talkerId },
        summary: summarize(input.text),
        category: d.category,
        categoryAlt: d.categoryAlt,
        location: d.location,
        urgent: d.urgent,
      },
      now,
    )
    const r = outcome.request
    const deadline = formatDeadline(r.deadline, now, deps.tz)
    const replies: Reply[] = []
    if (d.urgent) replies.push(here(ctx, TEMPLATES.urgentAdvice(detectHazards(input.text))))
    if (r.private) replies.push(here(ctx, TEMPLATES.requestPrivate({ no: r.no, ownerName: r.ownerName })))
    else if (outcome.outcome === 'created') replies.push(here(ctx, TEMPLATES.requestCreated({ no: r.no, category: r.category, location: r.location, ownerName: r.ownerName, deadline })))
    else replies.push(here(ctx, TEMPLATES.requestMerged({ no: r.no, category: r.category, location: r.location, ownerName: r.ownerName, deadline })))
    if (d.urgent) replies.push(...(await dutyAlerts(ctx, r.no, r.location)))
    const action = outcome.outcome === 'created' ? 'created' : 'merged'
    deps.log.info({ messageId: input.messageId, requestNo: r.no, action, category: r.category, urgent: d.urgent }, 'report handled')
    return { decision: understood(u, action, { category: d.category }), request: r, replies }
  }

  async function dutyAlerts(ctx: Context, no: number | undefined, location: RequestRecord['location']): Promise<Reply[]> {
    if (!ctx.compoundId) return []
    const [contacts, compound] = await Promise.all([deps.directory.findDutyContacts(ctx.compoundId), deps.directory.getCompound(ctx.compoundId)])
    const text = TEMPLATES.dutyAlert({ no, compound: compound?.name ?? '', where: formatLocation(location) || undefined, talker: ctx.input.talkerName, text: ctx.input.text })
    return contacts.filter((c) => c.wechatId !== ctx.input.talkerId).map((c) => ({ target: { kind: 'contact' as const, id: c.wechatId }, text }))
  }

  async function answer(ctx: Context, faq: string, u: Understanding | undefined): Promise<Executed> {
    const topic = deps.knowledge.topic(faq)
    if (!topic) return consult(ctx, u)
    const text = ctx.isDirect
      ? TEMPLATES.answerFull({ title: topic.title, answer: topic.answer, detail: topic.detail, source: topic.source })
      : TEMPLATES.answerBrief({ title: topic.title, essentials: essentialsOf(topic.answer), sample: topic.sample })
    return { decision: understood(u, 'answered'), replies: [here(ctx, text)] }
  }

  async function consult(ctx: Context, u: Understanding | undefined): Promise<Executed> {
    const { input, now } = ctx
    if (!ctx.compoundId) return { decision: understood(u, 'no-compound'), replies: [here(ctx, TEMPLATES.directUnknownCompound())] }
    const r = (await earlierRequest(ctx)) ?? await deps.requests.createRequest(
      {
        compoundId: ctx.compoundId,
        groupId: ctx.group?.id,
        roomId: input.roomId,
        gridCode: ctx.group?.gridCode ?? ctx.resident?.gridCode,
        source: 'consultation',
        kind: 'consultation',
        private: ctx.isDirect,
        reporter: { ...(ctx.resident ? { residentId: ctx.resident.id } : {}), contactId: input.talkerId, name: input.talkerName, ...(input.roomId ? { roomId: input.roomId } : {}), messageId: input.messageId },
        message: { messageId: input.messageId, text: input.text.slice(0, 5000), contactId: input.talkerId },
        summary: summarize(input.text),
        category: 'other',
      },
      now,
    )
    return { decision: understood(u, 'consultation'), request: r, replies: [here(ctx, TEMPLATES.consultationCreated({ no: r.no }))] }
  }

  async function followup(ctx: Context, urgent: boolean, u: Understanding | undefined): Promise<Executed> {
    const { now } = ctx
    const open = await deps.requests.listForReporter(ctx.input.talkerId, { limit: 3 })
    const replies: Reply[] = []
    if (urgent) replies.push(here(ctx, TEMPLATES.urgentAdvice(detectHazards(ctx.input.text))))
    if (open.length === 0) replies.push(here(ctx, TEMPLATES.followupNone()))
    else {
      const lines = open.map((r) =>
        TEMPLATES.followupLine({ no: r.no, category: r.category, location: r.location, status: r.status, ownerName: r.ownerName, deadline: formatDeadline(r.deadline, now, deps.tz), overdue: r.deadline.getTime() < now.getTime() }),
      )
      replies.push(here(ctx, open.length === 1 ? lines[0] : `${TEMPLATES.followupHeader()}\n${lines.join('\n')}`))
    }
    if (urgent) replies.push(...(await dutyAlerts(ctx, open[0]?.no, open[0]?.location)))
    return { decision: understood(u, 'followup'), request: open[0], replies }
  }

  /** Applies the rate limit: replies over the limit are dropped (and the decision says so). */
  function limitReplies(ctx: Context, done: Executed): Reply[] {
    const out: Reply[] = []
    let dropped = 0
    for (const reply of done.replies) {
      const conversation = reply.target.kind === 'room' ? reply.target.id : `dm:${reply.target.id}`
      const toTalker = reply.target.kind === 'room' ? ctx.input.talkerId : undefined
      if (deps.limiter.tryTake(conversation, toTalker, ctx.now)) out.push(reply)
      else dropped++
    }
    if (dropped > 0) {
      done.decision.reason = [done.decision.reason, `rate-limited:${dropped}`].filter(Boolean).join('; ')
      deps.log.warn({ messageId: ctx.input.messageId, roomId: ctx.input.roomId, dropped }, 'replies dropped by rate limit')
    }
    return out
  }

  return { handle, store: (input) => insertRow(input, deps.botAccountId()) }
}

/** The request summary: the message itself, whitespace collapsed, without @mentions, at most 200 characters. */
export function summarize(text: string): string {
  const s = text.replace(/@[^\s\u2005]+[\s\u2005]/g, '').replace(/\s+/g, ' ').trim()
  return (s || text.trim() || '（无文字）').slice(0, 200)
}
