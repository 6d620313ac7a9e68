import { decideIntake, essentialsOf, type DecisionInput } from '../../../domain/intake/decide'
import type { Understanding } from '../../../domain/understanding/types'

const u = (o: Partial<Understanding>): Understanding => ({ intent: 'chat', urgent: false, confidence: 0.9, ...o })
const base: DecisionInput = { isDirect: false, roomBound: true, talkerKind: 'resident', answerThreshold: 6 }

describe('decideIntake', () => {
  it.each<[string, Partial<DecisionInput>, ReturnType<typeof decideIntake>]>([
    ['a worker command in a bound room', { talkerKind: 'worker', command: { kind: 'accept', no: 3 } }, { kind: 'command', command: { kind: 'accept', no: 3 } }],
    ['a worker command in an unbound room', { talkerKind: 'worker', roomBound: false, command: { kind: 'query', no: 3 } }, { kind: 'command', command: { kind: 'query', no: 3 } }],
    ['a worker command by direct message', { talkerKind: 'worker', isDirect: true, command: { kind: 'resolve', no: 3, text: '好了' } }, { kind: 'command', command: { kind: 'resolve', no: 3, text: '好了' } }],
    ['a worker usage error', { talkerKind: 'worker', command: { kind: 'usage', verb: 'accept' } }, { kind: 'command-usage', verb: 'accept' }],
    ['绑定 by a worker in an unbound room', { talkerKind: 'worker', roomBound: false, command: { kind: 'bind', compoundName: '米亚' } }, { kind: 'bind', compoundName: '米亚' }],
    ['绑定 by direct message', { talkerKind: 'worker', isDirect: true, command: { kind: 'bind', compoundName: '米亚' } }, { kind: 'command-usage', verb: 'bind' }],
    ['解绑 in a room', { talkerKind: 'worker', command: { kind: 'unbind' } }, { kind: 'unbind' }],
    ['解绑 by direct message', { talkerKind: 'worker', isDirect: true, command: { kind: 'unbind' } }, { kind: 'command-usage', verb: 'bind' }],
    ['帮助 from a worker', { talkerKind: 'worker', command: { kind: 'help' } }, { kind: 'worker-help' }],
    ['a resident in an unbound room', { roomBound: false, understanding: u({ intent: 'request', category: 'lighting' }) }, { kind: 'ignore', reason: 'unbound-room' }],
    ['a worker chatting in a group', { talkerKind: 'worker', understanding: u({ intent: 'request', category: 'lighting' }) }, { kind: 'ignore', reason: 'worker-chat' }],
    ['a worker chatting by direct message', { talkerKind: 'worker', isDirect: true }, { kind: 'worker-help' }],
    ['a rating while one is awaited', { awaitingRating: { no: 9 }, rating: { score: 4, comment: '不错' } }, { kind: 'rate', requestNo: 9, score: 4, comment: '不错' }],
    ['a number without an awaited rating', { rating: { score: 4 }, understanding: u({ intent: 'chat' }) }, { kind: 'silent', reason: 'chat' }],
    ['a request in a group', { understanding: u({ intent: 'request', category: 'lighting', location: { building: '3' } }) }, { kind: 'request', category: 'lighting', location: { building: '3' }, urgent: false, private: false }],
    ['an urgent request', { understanding: u({ intent: 'request', category: 'safety', urgent: true }) }, { kind: 'request', category: 'safety', urgent: true, private: false }],
    ['a request without category', { understanding: u({ intent: 'request' }) }, { kind: 'request', category: 'other', urgent: false, private: false }],
    ['a request with a second category', { understanding: u({ intent: 'request', category: 'water', categoryAlt: 'property' }) }, { kind: 'request', category: 'water', categoryAlt: 'property', urgent: false, private: false }],
    ['a dispute by direct message', { isDirect: true, understanding: u({ intent: 'request', category: 'dispute' }) }, { kind: 'request', category: 'dispute', urgent: false, private: true }],
    ['a dispute in a group', { understanding: u({ intent: 'request', category: 'dispute' }) }, { kind: 'request', category: 'dispute', urgent: false, private: false }],
    ['a question with a good match', { understanding: u({ intent: 'question', faq: 'dibao', faqScore: 9 }) }, { kind: 'answer', faq: 'dibao', score: 9 }],
    ['a question with a weak match', { understanding: u({ intent: 'question', faq: 'dibao', faqScore: 2 }) }, { kind: 'consult' }],
    ['a question with no match', { understanding: u({ intent: 'question' }) }, { kind: 'consult' }],
    ['a follow-up', { understanding: u({ intent: 'followup' }) }, { kind: 'followup', urgent: false }],
    ['an urgent follow-up', { understanding: u({ intent: 'followup', urgent: true }) }, { kind: 'followup', urgent: true }],
    ['chat in a group', { understanding: u({ intent: 'chat' }) }, { kind: 'silent', reason: 'chat' }],
    ['chat by direct message', { isDirect: true, understanding: u({ intent: 'chat' }) }, { kind: 'direct-help' }],
    ['nothing understood', {}, { kind: 'ignore', reason: 'empty' }],
  ])('decideIntake › when %s › then the decision follows', (_name, overrides, expected) => {
    expect(decideIntake({ ...base, ...overrides })).toEqual(expected)
  })
})

describe('essentialsOf', () => {
  it.each([
    ['短答案。', 160, '短答案。'],
    ['【示例】第一句。第二句。', 160, '第一句。第二句。'],
    ['第一句很长。第二句也很长。第三句。', 8, '第一句很长。'],
    ['没有句号的一段很长很长的文字', 5, '没有句号…'],
  ])('essentialsOf › when the answer is %j (max %d) › then whole sentences are kept', (answer, max, expected) => {
    expect(essentialsOf(answer, max)).toBe(expected)
  })
})
