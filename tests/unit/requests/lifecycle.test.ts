import { isAppError } from '../../../lib/errors'
import { assertTransition, canTransition, isOpenStatus, REQUEST_STATUSES, type RequestStatus } from '../../../domain/requests/lifecycle'

// The expected table, written out independently of TRANSITIONS so that a change to either is caught.
const LEGAL = new Set([
  'new>accepted', 'new>rejected', 'new>merged',
  'accepted>in_progress', 'accepted>resolved', 'accepted>rejected', 'accepted>merged',
  'in_progress>resolved', 'in_progress>merged',
  'resolved>closed', 'resolved>reopened',
  'closed>reopened',
  'rejected>reopened',
  'reopened>accepted', 'reopened>in_progress', 'reopened>resolved', 'reopened>rejected', 'reopened>merged',
])

const ALL_PAIRS = REQUEST_STATUSES.flatMap((from) => REQUEST_STATUSES.map((to) => [from, to] as [RequestStatus, RequestStatus]))

describe('lifecycle', () => {
  it.each(ALL_PAIRS.filter(([f, t]) => LEGAL.has(`${f}>${t}`)))('assertTransition › when %s → %s › then it is allowed', (from, to) => {
    expect(canTransition(from, to)).toBe(true)
    expect(assertTransition(from, to)).toBe(to)
  })

  it.each(ALL_PAIRS.filter(([f, t]) => !LEGAL.has(`${f}>${t}`)))('assertTransition › when %s → %s › then it is an illegal_transition (409)', (from, to) => {
    expect(canTransition(from, to)).toBe(false)
    let caught: unknown
    try {
      assertTransition(from, to)
    } catch (err) {
      caught = err
    }
    expect(isAppError(caught, 'illegal_transition')).toBe(true)
    const err = caught as { status: number; details: { allowed: string[] }; message: string }
    expect(err.status).toBe(409)
    expect(err.details.allowed).toEqual(REQUEST_STATUSES.filter((s) => LEGAL.has(`${from}>${s}`)))
    expect(err.message).toMatch(/不能变为/)
  })

  it.each([
    ['new', true], ['accepted', true], ['in_progress', true], ['reopened', true],
    ['resolved', false], ['closed', false], ['rejected', false], ['merged', false],
  ] as [RequestStatus, boolean][])('isOpenStatus › when %s › then %s', (status, open) => {
    expect(isOpenStatus(status)).toBe(open)
  })
})
