import { isLocationCompatible, isSimilarRequest, pickSimilar, type SimilarCandidate } from '../../../domain/requests/similar'
import { pickOwner } from '../../../domain/requests/routing'
import { buildRelays } from '../../../domain/requests/relay'

const NOW = new Date('2026-03-10T00:00:00Z')
const base: SimilarCandidate = { compoundId: 'c1', category: 'lighting', status: 'new', createdAt: new Date('2026-03-09T00:00:00Z'), location: { building: '3', floor: '14' } }

describe('similar-request matching', () => {
  it.each([
    ['same building, same floor', { building: '3', floor: '14' }, { building: '3', floor: '14' }, true],
    ['same building, floor only on one side', { building: '3' }, { building: '3', floor: '14' }, true],
    ['different floors', { building: '3', floor: '2' }, { building: '3', floor: '14' }, false],
    ['different buildings', { building: '4' }, { building: '3' }, false],
    ['building only on one side', undefined, { building: '3' }, false],
    ['neither has a location', undefined, undefined, true],
  ] as const)('isLocationCompatible › when %s › then %s', (_l, a, b, expected) => {
    expect(isLocationCompatible(a, b)).toBe(expected)
  })

  it.each([
    ['the same matter', {}, {}, true],
    ['another compound', { compoundId: 'c2' }, {}, false],
    ['another category', { category: 'water' }, {}, false],
    ['the second category matches', { category: 'water', categoryAlt: 'lighting' }, {}, true],
    ['a closed request', { status: 'closed' }, {}, false],
    ['an accepted request', { status: 'accepted' }, {}, true],
    ['older than the window', { createdAt: new Date('2026-03-01T00:00:00Z') }, {}, false],
    ['a private matter', { private: true }, {}, false],
    ['a consultation', { kind: 'consultation' }, {}, false],
    ['a conflicting location', {}, { location: { building: '3', floor: '2' } }, false],
  ] as const)('isSimilarRequest › when %s › then %s', (_l, candidate, probe, expected) => {
    expect(isSimilarRequest({ ...base, ...candidate } as SimilarCandidate, { compoundId: 'c1', category: 'lighting', location: { building: '3' }, ...probe }, NOW)).toBe(expected)
  })

  it('pickSimilar › when several match › then the most recent', () => {
    const older = { ...base, createdAt: new Date('2026-03-08T00:00:00Z'), id: 'a' }
    const newer = { ...base, id: 'b' }
    expect(pickSimilar([older, newer], { compoundId: 'c1', category: 'lighting', location: { building: '3' } }, NOW)?.id).toBe('b')
  })
})

describe('routing of new requests', () => {
  const compound = { id: 'c', grids: [{ code: 'G1', workerIds: [], buildings: ['1'] }, { code: 'G2', workerIds: ['w2'], buildings: ['3'] }], dutyWorkerId: 'duty' }
  it.each([
    ['the building’s grid has a worker', compound, { building: '3' }, undefined, { ownerId: 'w2', gridCode: 'G2' }],
    ['the building’s grid has none', compound, { building: '1' }, undefined, { ownerId: 'w2', gridCode: 'G1' }],
    ['no location, group grid given', compound, undefined, 'G2', { ownerId: 'w2', gridCode: 'G2' }],
    ['no grid worker at all', { ...compound, grids: [] }, undefined, undefined, { ownerId: 'duty', gridCode: undefined }],
    ['nobody', { id: 'c', grids: [] }, undefined, undefined, { ownerId: undefined, gridCode: undefined }],
  ] as const)('pickOwner › when %s', (_l, c, location, grid, expected) => {
    expect(pickOwner(c as never, location, grid)).toEqual(expected)
  })
})

describe('relays to reporters', () => {
  const at = new Date()
  it('buildRelays › one message per room @-ing its reporters, a direct message to private reporters', () => {
    const relays = buildRelays({ id: 'r1', compoundId: 'c', private: false, reporters: [{ contactId: 'a', roomId: 'R', at }, { contactId: 'b', roomId: 'R', at }, { contactId: 'c', at }] }, 'hi', 'replied:3')
    expect(relays.map((r) => [r.target.kind, r.target.id, r.mentionIds])).toEqual([
      ['room', 'R', ['a', 'b']],
      ['contact', 'c', []],
    ])
    expect(new Set(relays.map((r) => r.idempotencyKey)).size).toBe(2)
  })
  it('buildRelays › a private request never goes to a group', () => {
    const relays = buildRelays({ id: 'r1', compoundId: 'c', private: true, reporters: [{ contactId: 'a', roomId: 'R', at }] }, 'hi', 'k')
    expect(relays.map((r) => r.target)).toEqual([{ kind: 'contact', id: 'a', compoundId: 'c' }])
  })
})
