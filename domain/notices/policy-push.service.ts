import type { Birthday } from '../greetings/birthdays'
import { residentsTurningAgeInMonth } from '../greetings/select-greetings'
import { renderTemplate } from '../greetings/templates'
import type { ClaimPort, EnqueueDelivery, UseCaseLog } from '../outbox/outbox.types'
import { SILENT_LOG } from '../outbox/outbox.types'
import { DEFAULT_TIME_ZONE, toLocalParts } from '../time/zoned-time'
import { NOTICE_TEMPLATES } from './templates'

/** The knowledge-base topic explaining the 高龄津贴. */
export const ELDERLY_ALLOWANCE_TOPIC = 'elderly-allowance'
/** The age at which residents are told about the 高龄津贴. */
export const ELDERLY_ALLOWANCE_AGE = 80

/** A resident as the push jobs read them. */
export interface PushResident {
  id: string
  name: string
  wechatId?: string
  compoundId: string
  birthday?: Birthday
  consentPushes: boolean
}

/** A knowledge-base topic that can be pushed. */
export interface PushTopic {
  topic: string
  title: string
  answer: string
  revision: number
  pushTags: string[]
}

/** What the push jobs depend on. */
export interface PolicyPushDeps {
  findTopic(topic: string): Promise<PushTopic | null>
  /** Active topics with at least one push tag. */
  listPushTopics(): Promise<PushTopic[]>
  /** Active residents with push consent whose birth year is one of `years`. */
  findResidentsBornIn(years: number[]): Promise<PushResident[]>
  /** Active residents with push consent carrying any of the tags. */
  findResidentsWithTags(tags: string[]): Promise<PushResident[]>
  claims: ClaimPort
  enqueue: EnqueueDelivery
  instanceId: string
  tz?: string
  log?: UseCaseLog
}

/** What one push run did. */
export interface PushReport {
  elderlyAllowance: number
  topicChanges: number
}

/**
 * 高龄津贴: residents with push consent who turn 80 in the current month get the explanation by direct message,
 * once (key `push:elderly-allowance:<resident>:<YYYY-MM>`). Run daily, so residents added mid-month are reached.
 */
export async function sendElderlyAllowancePushes(deps: PolicyPushDeps, now: Date): Promise<number> {
  const tz = deps.tz ?? DEFAULT_TIME_ZONE
  const topic = await deps.findTopic(ELDERLY_ALLOWANCE_TOPIC)
  if (!topic) return 0
  const { year, month } = toLocalParts(now, tz)
  const birthYear = year - ELDERLY_ALLOWANCE_AGE
  // A lunar birth year can be one less than the solar one (腊月 births fall in January/February).
  const residents = (await deps.findResidentsBornIn([birthYear - 1, birthYear])).filter((r) => r.wechatId)
  const byId = new Map(residents.map((r) => [r.id, r]))
  const turning = residentsTurningAgeInMonth(
    residents.map((r) => ({ id: r.id, birthday: r.birthday, partyMember: false, consent: { greetings: false, pushes: r.consentPushes } })),
    ELDERLY_ALLOWANCE_AGE,
    year,
    month,
    tz,
    'pushes',
  )
  const ym = `${year}-${String(month).padStart(2, '0')}`
  let added = 0
  for (const t of turning) {
    const r = byId.get(t.residentId)
    if (!r?.wechatId) continue
    const { created } = await deps.enqueue({
      kind: 'push',
      target: { kind: 'contact', id: r.wechatId, name: r.name, compoundId: r.compoundId, residentId: r.id },
      text: renderTemplate(NOTICE_TEMPLATES.elderlyAllowance, { name: r.name, answer: topic.answer }),
      occurrenceKey: ym,
      idempotencyKey: `push:${ELDERLY_ALLOWANCE_TOPIC}:${r.id}:${ym}`,
    })
    if (created) added++
  }
  return added
}

/**
 * Changed answers: for each topic with push tags (低保, 优抚对象, 残疾 …), residents carrying one of its tags and
 * with push consent get the topic by direct message when its answer changes (a new revision), once per
 * resident, topic and revision. The first revision the job sees is the baseline and is not pushed: residents
 * are told about changes, not flooded with the whole knowledge base on the first run.
 */
export async function sendTopicChangePushes(deps: PolicyPushDeps, now: Date): Promise<number> {
  const log = deps.log ?? SILENT_LOG
  let added = 0
  for (const topic of await deps.listPushTopics()) {
    const baselineKey = `push-baseline:${topic.topic}`
    // The baseline is taken by inserting a claim whose holder records the revision (exactly one caller wins).
    await deps.claims.tryClaim(baselineKey, `r${topic.revision}`, now)
    const baseline = await deps.claims.claimHolder(baselineKey)
    const baselineRevision = Number(baseline?.holder.slice(1) ?? topic.revision)
    if (!(topic.revision > baselineRevision)) continue
    const residents = await deps.findResidentsWithTags(topic.pushTags)
    for (const r of residents) {
      if (!r.consentPushes || !r.wechatId) continue
      const { created } = await deps.enqueue({
        kind: 'push',
        target: { kind: 'contact', id: r.wechatId, name: r.name, compoundId: r.compoundId, residentId: r.id },
        text: renderTemplate(NOTICE_TEMPLATES.policyPush, { title: topic.title, answer: topic.answer }),
        occurrenceKey: `r${topic.revision}`,
        idempotencyKey: `push:${topic.topic}:${r.id}:r${topic.revision}`,
      })
      if (created) added++
    }
    log.info({ topic: topic.topic, revision: topic.revision, added }, 'topic change pushed')
  }
  return added
}

/** Both policy pushes, as one daily job. */
export async function sendPolicyPushes(deps: PolicyPushDeps, now: Date): Promise<PushReport> {
  const elderlyAllowance = await sendElderlyAllowancePushes(deps, now)
  const topicChanges = await sendTopicChangePushes(deps, now)
  return { elderlyAllowance, topicChanges }
}
