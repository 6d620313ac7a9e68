import { toHalfWidth } from '../understanding/text'

/** A command a community worker types in a group or a direct message to the bot. */
export type WorkerCommand =
  | { kind: 'accept'; no: number }
  | { kind: 'transfer'; no: number; workerName: string }
  | { kind: 'reply'; no: number; text: string }
  | { kind: 'resolve'; no: number; text: string }
  | { kind: 'query'; no: number }
  | { kind: 'bind'; compoundName: string }
  | { kind: 'unbind' }
  | { kind: 'help' }

/** A command word that was recognised but is missing what it needs (`受理` without a number). */
export interface CommandUsageError {
  kind: 'usage'
  verb: WorkerCommand['kind']
}

/** The verbs workers type, each with the canonical command kind. */
const VERBS: ReadonlyArray<readonly [string, WorkerCommand['kind']]> = [
  ['受理', 'accept'],
  ['转派', 'transfer'],
  ['转办', 'transfer'],
  ['回复', 'reply'],
  ['办结', 'resolve'],
  ['查询', 'query'],
  ['查看', 'query'],
  ['绑定', 'bind'],
  ['解绑', 'unbind'],
  ['解除绑定', 'unbind'],
  ['帮助', 'help'],
  ['命令', 'help'],
]

// A leading @mention of the bot (WeChat separates it with U+2005), "#" or "No." before a number.
const LEADING_MENTION = /^(@[^\s\u2005]+[\s\u2005]+)+/
const NUMBER_TOKEN = /^(?:#|No\.?|NO\.?|编号|工单)?\s*(\d{1,9})(?:号)?(?=$|[\s,，:：])/

/**
 * Parses a worker command: `受理 12`, `转派 12 小刘`, `回复 12 明天上午来修`, `办结 12 已更换灯泡`,
 * `查询 12`, `绑定 米亚花园三期`, `解绑`, `帮助`. Returns undefined when the text is not a command
 * (ordinary chat), and a usage error when a verb lacks its arguments.
 */
export function parseWorkerCommand(raw: string): WorkerCommand | CommandUsageError | undefined {
  const text = toHalfWidth(raw).replace(LEADING_MENTION, '').trim()
  const verb = VERBS.find(([word]) => text.startsWith(word))
  if (!verb) return undefined
  const [word, kind] = verb
  const rest = text.slice(word.length).replace(/^[\s:：,，]+/, '')
  // "受理了" or "回复一下大家" is chat, not a command: the verb must be followed by a space, a number or nothing.
  if (rest.length > 0 && !/^[\s\d#:：,，]/.test(text.slice(word.length)) && kind !== 'bind') return undefined
  switch (kind) {
    case 'help':
      return rest ? undefined : { kind: 'help' }
    case 'unbind':
      return rest ? undefined : { kind: 'unbind' }
    case 'bind': {
      const name = rest.replace(/^[\s\u2005]+/, '').trim()
      return name ? { kind: 'bind', compoundName: name } : { kind: 'usage', verb: 'bind' }
    }
    default: {
      const m = NUMBER_TOKEN.exec(rest)
      if (!m) return { kind: 'usage', verb: kind }
      const no = Number(m[1])
      const tail = rest.slice(m[0].length).replace(/^[\s\u2005:：,，]+/, '').trim()
      if (kind === 'accept' || kind === 'query') return tail ? { kind: 'usage', verb: kind } : { kind, no }
      if (kind === 'transfer') return tail ? { kind, no, workerName: tail.replace(/^@/, '') } : { kind: 'usage', verb: kind }
      if (kind === 'reply') return tail ? { kind, no, text: tail } : { kind: 'usage', verb: kind }
      return { kind: 'resolve', no, text: tail }
    }
  }
}

/** True when a parse result is a usage error rather than a command. */
export function isUsageError(parsed: WorkerCommand | CommandUsageError | undefined): parsed is CommandUsageError {
  return parsed?.kind === 'usage'
}
