// Shapes of the sandbox API (api/routes/sandbox.ts) as the sandbox page reads them.
import type { TranscriptLineView } from '../../../../domain/api-views'
import type { LoggedDecision } from '../../../../domain/intake/types'

export type { LoggedDecision }

/** GET /api/sandbox/contacts */
export interface SandboxContacts {
  groups: { roomId: string; topic: string; kind: 'residents' | 'workers' | string; bound: boolean; compoundId?: string }[]
  residents: { id: string; name: string; compoundId: string }[]
  workers: { id: string; name: string; compoundIds: string[] }[]
}

/** Someone to speak as. */
export interface SandboxPerson {
  id: string
  name: string
  kind: 'resident' | 'worker'
}

/** One line of GET /api/sandbox/transcript (bot replies have direction 'out' and talkerKind 'bot'). */
export interface TranscriptLine extends TranscriptLineView<string> {
  /** Client side only: typed here and not yet in the transcript, or failed to send. */
  pending?: 'sending' | 'failed'
}

/** GET /api/sandbox/transcript */
export interface TranscriptResponse {
  group?: { roomId: string; topic: string; bound: boolean }
  contact?: { id: string; name: string; kind: string }
  messages: TranscriptLine[]
}

/** POST /api/sandbox/messages */
export interface SandboxReply {
  messageId: string
  status: string
  reason?: string
  decision?: LoggedDecision
  requestNo?: number
  replies: { to: { kind: string; id: string }; text: string; mentionIds: string[] }[]
}
