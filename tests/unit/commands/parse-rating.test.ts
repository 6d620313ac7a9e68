import { parseRating } from '../../../domain/commands/parse-rating'

describe('parseRating', () => {
  it.each([
    ['5', { score: 5 }],
    ['5分', { score: 5 }],
    ['５分', { score: 5 }],
    ['五分', { score: 5 }],
    ['5星', { score: 5 }],
    ['打5分', { score: 5 }],
    ['给4分', { score: 4 }],
    ['1', { score: 1 }],
    ['3 还行吧', { score: 3, comment: '还行吧' }],
    ['5分，修得很快', { score: 5, comment: '修得很快' }],
    ['满意', { score: 5 }],
    ['非常满意', { score: 5 }],
    ['很满意，谢谢', { score: 5, comment: '谢谢' }],
    ['比较满意', { score: 4 }],
    ['一般', { score: 3 }],
    ['不太满意', { score: 2 }],
    ['不满意', { score: 1 }],
    ['很不满意', { score: 1 }],
    ['太差了', { score: 1, comment: '了' }],
    ['好评', { score: 5 }],
  ])('parseRating › when the reply is %j › then the rating is %j', (text, expected) => {
    expect(parseRating(text)).toEqual(expected)
  })

  it.each(['6', '10', '0', '5楼的灯又坏了', '3天了还没修', '好的谢谢', '收到', '', '今天天气不错'])(
    'parseRating › when the reply is %j › then it is not a rating',
    (text) => {
      expect(parseRating(text)).toBeUndefined()
    },
  )
})
