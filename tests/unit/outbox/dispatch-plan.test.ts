import {
  type DispatchContext,
  type DispatchPlan,
  type DispatchPolicy,
  type OutboxRowState,
  planDispatch,
} from '../../../domain/outbox/dispatch-plan'
import { codeOf } from '../../helpers/errors'

const t = (hhmmss: string, date = '2025-09-29') => new Date(`${date}T${hhmmss}+08:00`)
const POLICY: DispatchPolicy = {
  quietHours: { start: '21:30', end: '08:00' },
  maxAttempts: 3,
  backoff: { baseMs: 60_000, maxMs: 3_600_000 },
  botPaceMs: 3_000,
  roomPaceMs: 60_000,
  jitterMs: 10_000,
  dailyCap: 100,
}
const timeout = Object.assign(new Error('send timeout'), { code: 'ETIMEDOUT' })

function context(overrides: Partial<DispatchContext> = {}): DispatchContext {
  return { now: t('10:00:00'), tz: 'Asia/Shanghai', random01: 0.5, botLastSentAt: null, roomLastSentAt: null, sentToday: 0, ...overrides }
}

describe('planDispatch', () => {
  it.each<{ when: string; row: OutboxRowState; ctx: Partial<DispatchContext>; expected: DispatchPlan }>([
    { when: 'a fresh row in the daytime', row: { attempts: 0 }, ctx: {}, expected: { kind: 'send' } },
    { when: 'the last attempt failed permanently', row: { attempts: 1, lastAttemptAt: t('09:59:00'), lastError: new Error('room not found') }, ctx: {}, expected: { kind: 'give-up', reason: 'permanent-error' } },
    { when: 'max attempts are used up', row: { attempts: 3, lastAttemptAt: t('09:00:00'), lastError: timeout }, ctx: {}, expected: { kind: 'give-up', reason: 'max-attempts' } },
    { when: 'the row has expired', row: { attempts: 0, expiresAt: t('10:00:00') }, ctx: {}, expected: { kind: 'give-up', reason: 'expired' } },
    { when: 'it is scheduled later', row: { attempts: 0, notBefore: t('10:30:00') }, ctx: {}, expected: { kind: 'defer', until: t('10:30:00'), reason: 'not-before' } },
    { when: 'the scheduled time has passed', row: { attempts: 0, notBefore: t('09:30:00') }, ctx: {}, expected: { kind: 'send' } },
    { when: 'the second retry waits 2 minutes', row: { attempts: 2, lastAttemptAt: t('09:59:00'), lastError: timeout }, ctx: {}, expected: { kind: 'defer', until: t('10:01:00'), reason: 'retry-backoff' } },
    { when: 'the backoff has elapsed', row: { attempts: 1, lastAttemptAt: t('09:00:00'), lastError: timeout }, ctx: {}, expected: { kind: 'send' } },
    { when: 'it is quiet hours', row: { attempts: 0 }, ctx: { now: t('22:00:00') }, expected: { kind: 'defer', until: t('08:00:00', '2025-09-30'), reason: 'quiet-hours' } },
    { when: 'it is quiet hours but the row is urgent', row: { attempts: 0, urgent: true }, ctx: { now: t('22:00:00') }, expected: { kind: 'send' } },
    { when: 'the daily cap is reached', row: { attempts: 0 }, ctx: { sentToday: 100 }, expected: { kind: 'defer', until: t('08:00:00', '2025-09-30'), reason: 'daily-cap' } },
    { when: 'the daily cap is reached for an urgent row', row: { attempts: 0, urgent: true }, ctx: { sentToday: 100 }, expected: { kind: 'defer', until: t('00:00:00', '2025-09-30'), reason: 'daily-cap' } },
    { when: 'the cap is reached late at night', row: { attempts: 0 }, ctx: { now: t('23:00:00'), sentToday: 100 }, expected: { kind: 'defer', until: t('08:00:00', '2025-09-30'), reason: 'daily-cap' } },
    { when: 'the cap is reached after midnight (the count is for the new day)', row: { attempts: 0 }, ctx: { now: t('02:00:00', '2025-09-30'), sentToday: 100 }, expected: { kind: 'defer', until: t('08:00:00', '2025-10-01'), reason: 'daily-cap' } },
    { when: 'the group got a message 30 s ago', row: { attempts: 0 }, ctx: { roomLastSentAt: t('09:59:30'), botLastSentAt: t('09:59:59') }, expected: { kind: 'defer', until: t('10:00:35'), reason: 'pacing' } },
    { when: 'the account sent a message 1 s ago', row: { attempts: 0 }, ctx: { botLastSentAt: t('09:59:59'), roomLastSentAt: t('09:00:00') }, expected: { kind: 'defer', until: t('10:00:07'), reason: 'pacing' } },
    { when: 'the pacing gaps are over', row: { attempts: 0 }, ctx: { botLastSentAt: t('09:59:00'), roomLastSentAt: t('09:58:00') }, expected: { kind: 'send' } },
    { when: 'pacing pushes the send into quiet hours', row: { attempts: 0 }, ctx: { now: t('21:29:50'), roomLastSentAt: t('21:29:30') }, expected: { kind: 'defer', until: t('08:00:00', '2025-09-30'), reason: 'pacing' } },
    { when: 'it is scheduled inside quiet hours', row: { attempts: 0, notBefore: t('23:00:00') }, ctx: {}, expected: { kind: 'defer', until: t('08:00:00', '2025-09-30'), reason: 'not-before' } },
    { when: 'a birthday greeting could only go out after its day', row: { attempts: 0, expiresAt: t('00:00:00', '2025-09-30') }, ctx: { now: t('22:00:00') }, expected: { kind: 'give-up', reason: 'expired' } },
  ])('planDispatch › when $when › then it plans $expected.kind', ({ row, ctx, expected }) => {
    // Act
    const plan = planDispatch(row, context(ctx), POLICY)

    // Assert
    expect(plan).toEqual(expected)
  })

  it.each([
    { when: 'maxAttempts is 0', policy: { ...POLICY, maxAttempts: 0 }, ctx: {}, code: 'invalid_dispatch_policy' },
    { when: 'the daily cap is negative', policy: { ...POLICY, dailyCap: -1 }, ctx: {}, code: 'invalid_dispatch_policy' },
    { when: 'the random draw is out of range', policy: POLICY, ctx: { random01: 2 }, code: 'invalid_random' },
    { when: 'the zone is unknown', policy: POLICY, ctx: { tz: 'Nowhere/Land' }, code: 'invalid_time_zone' },
  ])('planDispatch › when $when › then it throws $code', ({ policy, ctx, code }) => {
    expect(codeOf(() => planDispatch({ attempts: 0 }, context(ctx), policy))).toBe(code)
  })
})
