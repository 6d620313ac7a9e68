import type { OutgoingRelay, RequestRecord } from './types'

/**
 * The outgoing messages that tell a request's reporters something: one per room they reported from
 * (@-ing every reporter of that room), and a direct message to each reporter who wrote privately.
 * Private requests never go to a group.
 */
export function buildRelays(request: Pick<RequestRecord, 'id' | 'compoundId' | 'reporters' | 'private'>, text: string, eventKey: string): OutgoingRelay[] {
  const rooms = new Map<string, string[]>()
  const contacts: string[] = []
  for (const r of request.reporters) {
    if (r.roomId && !request.private) {
      const list = rooms.get(r.roomId) ?? []
      if (r.contactId && !list.includes(r.contactId)) list.push(r.contactId)
      rooms.set(r.roomId, list)
    } else if (r.contactId && !contacts.includes(r.contactId)) {
      contacts.push(r.contactId)
    }
  }
  const out: OutgoingRelay[] = []
  for (const [roomId, mentionIds] of rooms) {
    out.push({ kind: 'reply', requestId: request.id, target: { kind: 'room', id: roomId, compoundId: request.compoundId }, mentionIds, text, idempotencyKey: `request:${request.id}:${eventKey}:room:${roomId}` })
  }
  for (const contactId of contacts) {
    out.push({ kind: 'reply', requestId: request.id, target: { kind: 'contact', id: contactId, compoundId: request.compoundId }, mentionIds: [], text, idempotencyKey: `request:${request.id}:${eventKey}:contact:${contactId}` })
  }
  return out
}
