import { detectHazards } from '../../../domain/intake/safety'
import { formatDeadline, formatLocation } from '../../../domain/intake/templates'

describe('intake templates', () => {
  const now = new Date('2026-03-05T02:00:00Z') // 10:00 in Shanghai
  it.each([
    ['2026-03-05T09:00:00Z', '今天17:00前'],
    ['2026-03-06T09:00:00Z', '明天17:00前'],
    ['2026-03-10T09:00:00Z', '3月10日17:00前'],
    ['2026-03-05T16:00:00Z', '今天内'],
    ['2026-03-09T16:00:00Z', '3月9日内'],
  ])('formatDeadline › when the deadline is %s › then it reads %j', (iso, expected) => {
    expect(formatDeadline(new Date(iso), now, 'Asia/Shanghai')).toBe(expected)
  })

  it.each([
    [undefined, ''],
    [{ building: '3' }, '3号楼'],
    [{ building: '3', unit: '2', floor: '14', room: '1401' }, '3号楼2单元14层1401室'],
    [{ floor: '5' }, '5层'],
  ])('formatLocation › when the location is %j › then it reads %j', (location, expected) => {
    expect(formatLocation(location)).toBe(expected)
  })

  it.each([
    ['楼道里着火了，好多烟', ['fire']],
    ['闻到很大的煤气味', ['gas']],
    ['有个老人摔倒了流血', ['medical']],
    ['有小偷在撬门', ['crime']],
    ['电梯困人了，有人被困', ['elevator']],
    ['配电箱冒火花短路了，还着火了', ['fire', 'electric']],
    ['水管爆了水漫到楼下', ['flood']],
    ['外墙脱落砸到车了', ['structure']],
    ['快来人啊很危险', ['general']],
  ])('detectHazards › when the message is %j › then the hazards are %j', (text, expected) => {
    expect(detectHazards(text)).toEqual(expected)
  })
})
