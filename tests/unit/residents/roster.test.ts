import { isRowError, parseRosterRow } from '../../../domain/residents/roster'

const TAGS = ['高龄', '党员', '低保']

describe('roster rows', () => {
  it.each([
    ['a full row', { 姓名: '张三', 楼栋: '3号楼', 单元: '2单元', 房号: '501室', 电话: '138 0000 0001', 生日: '1950-03-08', 标签: '高龄、党员' }, { name: '张三', building: '3', unit: '2', room: '501', phone: '13800000001', birthday: { calendar: 'solar', year: 1950, month: 3, day: 8, isLeapMonth: false }, tags: ['高龄', '党员'] }],
    ['a lunar leap-month birthday', { name: '李四', birthday: '农历闰04-10' }, { name: '李四', tags: [], birthday: { calendar: 'lunar', month: 4, day: 10, isLeapMonth: true } }],
    ['consents', { 姓名: '王五', 同意祝福: '是', 同意推送: '否' }, { name: '王五', tags: [], consent: { greetings: true, pushes: false } }],
  ])('parseRosterRow › %s', (_l, row, expected) => {
    expect(parseRosterRow(row, TAGS)).toEqual(expected)
  })

  it.each([
    ['no name', { 楼栋: '1' }, 'name'],
    ['a bad phone', { 姓名: 'a', 电话: '12345' }, 'phone'],
    ['an impossible date', { 姓名: 'a', 生日: '1950-02-30' }, 'birthday'],
    ['a solar leap month', { 姓名: 'a', 生日: '闰1950-02-03' }, 'birthday'],
    ['an unknown tag', { 姓名: 'a', 标签: 'VIP' }, 'tags'],
    ['a bad yes/no', { 姓名: 'a', 党员: '也许' }, 'partyMember'],
  ])('parseRosterRow › when the row has %s › then an error on %s', (_l, row, field) => {
    const r = parseRosterRow(row, TAGS)
    expect(isRowError(r) && r.field).toBe(field)
  })
})
