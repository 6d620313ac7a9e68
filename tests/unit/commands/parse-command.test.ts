import { isUsageError, parseWorkerCommand } from '../../../domain/commands/parse-command'

describe('parseWorkerCommand', () => {
  it.each([
    ['受理 12', { kind: 'accept', no: 12 }],
    ['受理12', { kind: 'accept', no: 12 }],
    ['受理 #12', { kind: 'accept', no: 12 }],
    ['受理：１２', { kind: 'accept', no: 12 }],
    ['@邻里小助手\u2005受理 7', { kind: 'accept', no: 7 }],
    ['转派 12 网格员小刘', { kind: 'transfer', no: 12, workerName: '网格员小刘' }],
    ['转派 12 @楼栋长老王', { kind: 'transfer', no: 12, workerName: '楼栋长老王' }],
    ['转办 3 wang', { kind: 'transfer', no: 3, workerName: 'wang' }],
    ['回复 12 明天上午来修', { kind: 'reply', no: 12, text: '明天上午来修' }],
    ['回复12，已联系物业', { kind: 'reply', no: 12, text: '已联系物业' }],
    ['办结 12 已更换灯泡', { kind: 'resolve', no: 12, text: '已更换灯泡' }],
    ['办结 12', { kind: 'resolve', no: 12, text: '' }],
    ['查询 12', { kind: 'query', no: 12 }],
    ['查看 12号', { kind: 'query', no: 12 }],
    ['绑定 米亚花园三期', { kind: 'bind', compoundName: '米亚花园三期' }],
    ['绑定米亚三期', { kind: 'bind', compoundName: '米亚三期' }],
    ['解绑', { kind: 'unbind' }],
    ['帮助', { kind: 'help' }],
  ])('parseWorkerCommand › when the text is %j › then it is the command', (text, expected) => {
    expect(parseWorkerCommand(text)).toEqual(expected)
  })

  it.each([
    ['受理', 'accept'],
    ['受理 十二', 'accept'],
    ['受理 12 13', 'accept'],
    ['转派 12', 'transfer'],
    ['回复 12', 'reply'],
    ['办结 abc', 'resolve'],
    ['查询', 'query'],
    ['绑定', 'bind'],
  ])('parseWorkerCommand › when %j lacks its arguments › then it is a usage error for %s', (text, verb) => {
    const parsed = parseWorkerCommand(text)
    expect(isUsageError(parsed)).toBe(true)
    expect(parsed).toEqual({ kind: 'usage', verb })
  })

  it.each([
    '3号楼的灯我下午去看一下',
    '受理了，马上过去',
    '回复一下大家的问题',
    '帮助老人是我们应该做的',
    '查询不到怎么办',
    '',
  ])('parseWorkerCommand › when the text is ordinary chat %j › then it is not a command', (text) => {
    expect(parseWorkerCommand(text)).toBeUndefined()
  })
})
