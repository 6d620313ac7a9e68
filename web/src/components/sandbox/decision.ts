// What the bot made of a message, in words, under the message in the sandbox (so people trying
// Linli see why it answered or stayed silent).
import { categoryLabel, FAQ_TOPICS } from '../../labels'
import type { LoggedDecision } from './types'

const COMMANDS: Record<string, string> = {
  accepted: '受理',
  transferred: '转派',
  transfer: '转派失败',
  replied: '回复居民',
  resolved: '办结',
  queried: '查询',
  help: '帮助',
  usage: '格式提示',
  bound: '绑定小区',
  bind: '绑定失败',
  unbound: '解绑',
  unbind: '解绑失败',
}

/** "报事 · 照明 · 已登记" and the like; empty when nothing was decided. */
export function describeDecision(d: LoggedDecision | undefined): string {
  if (!d) return ''
  const urgent = d.urgent ? '紧急 · ' : ''
  switch (d.intent) {
    case 'request':
      if (d.action === 'no-compound') return `${urgent}报事 · 未知小区，请对方说明`
      return `${urgent}报事 · ${categoryLabel(d.category)} · ${d.action === 'merged' ? '并入已有诉求' : '已登记'}`
    case 'question':
      if (d.action === 'answered') return `政策咨询 · ${d.faq && d.faq in FAQ_TOPICS ? FAQ_TOPICS[d.faq as keyof typeof FAQ_TOPICS] : (d.faq ?? '知识库')} · 已解答`
      if (d.action === 'consultation') return '咨询 · 知识库没有答案，已转工作人员'
      return '咨询'
    case 'followup':
      return '进度查询'
    case 'chat':
      return '闲聊 · 机器人不回复'
    case 'command':
      return `工作指令 · ${COMMANDS[d.action] ?? d.action}`
    case 'rating':
      return d.action === 'rated' ? '评价 · 已记录' : '评价 · 没有待评价的诉求'
    case 'ignored':
      return `未处理${d.reason ? `（${d.reason}）` : ''}`
    default:
      return ''
  }
}
