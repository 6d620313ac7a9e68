import Router from '@koa/router'
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi'
import type { Sandbox } from '../../bot/sandbox'
import { AppError } from '../../lib/errors'
import { findSandboxPerson, listSandboxPeople } from '../../models/directory.repo'
import { findGroupByRoomIdOrTopic, listActiveGroups } from '../../models/group.repo'
import { findTranscript } from '../../models/message.repo'
import { addRoute } from '../route'
import { sandboxMessageBody, sandboxTranscriptQuery } from './sandbox.schema'

/** What the sandbox routes need. */
export interface SandboxRouteDeps {
  registry: OpenAPIRegistry
  /** The sandbox, or undefined when a real puppet is configured (every route then answers 404). */
  sandbox: () => Sandbox | undefined
}

function requireSandbox(deps: SandboxRouteDeps): Sandbox {
  const sandbox = deps.sandbox()
  if (!sandbox) throw new AppError('sandbox_disabled', '沙盒只在未配置真实微信（WECHATY_PUPPET）时可用', { status: 404 })
  return sandbox
}

/**
 * The sandbox (public, sandbox only): inject a message as if a resident or worker typed it and get
 * the bot's replies back; read a group's transcript; list the groups and people to speak as.
 */
export function sandboxRoutes(deps: SandboxRouteDeps): Router {
  const router = new Router()
  addRoute(
    router,
    deps.registry,
    { method: 'post', path: '/api/sandbox/messages', summary: 'Inject a message into the sandbox and get the bot’s replies', tag: 'sandbox', public: true, schemas: { body: sandboxMessageBody } },
    async (ctx, input) => {
      const sandbox = requireSandbox(deps)
      const result = await sandbox.inject(input.body)
      const outcome = result.outcome
      ctx.status = 200
      ctx.body = {
        messageId: result.messageId,
        status: result.status,
        ...(result.reason ? { reason: result.reason } : {}),
        ...(outcome?.decision ? { decision: outcome.decision } : {}),
        ...(outcome?.requestNo ? { requestNo: outcome.requestNo } : {}),
        replies: (outcome?.replies ?? []).map((r) => ({ to: r.target, text: r.text, mentionIds: r.mentionIds ?? [] })),
      }
    },
  )
  addRoute(
    router,
    deps.registry,
    { method: 'get', path: '/api/sandbox/transcript', summary: 'What a sandbox group (or direct chat) saw, bot replies included, in order', tag: 'sandbox', public: true, schemas: { query: sandboxTranscriptQuery } },
    async (ctx, input) => {
      requireSandbox(deps)
      const q = input.query
      if (q.group) {
        const group = await findGroupByRoomIdOrTopic(q.group)
        if (!group) throw new AppError('sandbox_unknown_group', `没有找到群「${q.group}」`, { status: 404, field: 'group' })
        ctx.body = { group: { roomId: group.roomId, topic: group.topic, bound: Boolean(group.compoundId) }, messages: await findTranscript({ roomId: group.roomId }, q.limit) }
        return
      }
      const person = await findSandboxPerson(q.contact as string)
      if (!person) throw new AppError('sandbox_unknown_sender', `没有找到居民或工作人员「${q.contact}」`, { status: 404, field: 'contact' })
      ctx.body = { contact: { id: person.contactId, name: person.name, kind: person.kind }, messages: await findTranscript({ contactId: person.contactId }, q.limit) }
    },
  )
  addRoute(
    router,
    deps.registry,
    { method: 'get', path: '/api/sandbox/contacts', summary: 'Groups, residents and workers of the sandbox (for the console’s picker)', tag: 'sandbox', public: true },
    async (ctx) => {
      requireSandbox(deps)
      const [groups, people] = await Promise.all([listActiveGroups(), listSandboxPeople()])
      ctx.body = {
        groups: groups.map((g) => ({ roomId: g.roomId, topic: g.topic, kind: g.kind, bound: Boolean(g.compoundId), ...(g.compoundId ? { compoundId: g.compoundId } : {}) })),
        residents: people.filter((p) => p.kind === 'resident').map((p) => ({ id: p.contactId, name: p.name, compoundId: p.compoundId })),
        workers: people.filter((p) => p.kind === 'worker').map((p) => ({ id: p.contactId, name: p.name, compoundIds: p.compoundIds })),
      }
    },
  )
  return router
}
