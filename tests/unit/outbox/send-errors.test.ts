import { classifySendError } from '../../../domain/outbox/send-errors'

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code })

describe('classifySendError', () => {
  it.each<{ when: string; err: unknown; expected: 'transient' | 'permanent' }>([
    { when: 'the connection timed out', err: withCode('connect ETIMEDOUT 1.2.3.4:443', 'ETIMEDOUT'), expected: 'transient' },
    { when: 'the connection was reset', err: withCode('read ECONNRESET', 'ECONNRESET'), expected: 'transient' },
    { when: 'DNS failed (ENOTFOUND is not a missing contact)', err: withCode('getaddrinfo ENOTFOUND puppet.local', 'ENOTFOUND'), expected: 'transient' },
    { when: 'a plain timeout message', err: new Error('TimeoutError: message send timeout after 30000ms'), expected: 'transient' },
    { when: 'the bot is rate limited', err: new Error('429 Too Many Requests'), expected: 'transient' },
    { when: 'the bot is logged out', err: new Error('not logged in'), expected: 'transient' },
    { when: 'the error is unknown', err: new Error('something odd happened'), expected: 'transient' },
    { when: 'the thrown value is not an Error', err: 42, expected: 'transient' },
    { when: 'the room is not found', err: new Error('Room not found: 123@chatroom'), expected: 'permanent' },
    { when: 'the contact is not found', err: new Error('contact not found for id wxid_abc'), expected: 'permanent' },
    { when: 'our own AppError code for a missing room', err: withCode('no such room', 'room_not_found'), expected: 'permanent' },
    { when: 'the bot is not a member of the room', err: new Error('bot is not a member of this room'), expected: 'permanent' },
    { when: 'the bot was removed from the group', err: new Error('You were removed from the group chat'), expected: 'permanent' },
    { when: 'the message is too long', err: new Error('message too long (max 2048)'), expected: 'permanent' },
    { when: 'the payload is too large', err: withCode('payload too large', 'PAYLOAD_TOO_LARGE'), expected: 'permanent' },
    { when: 'the contact blocked the bot', err: new Error('message rejected: blocked by recipient'), expected: 'permanent' },
    { when: 'a Chinese "removed from group" text', err: new Error('发送失败：你已被移出群聊'), expected: 'permanent' },
    { when: 'a Chinese "message too long" text', err: new Error('消息过长，发送失败'), expected: 'permanent' },
    { when: 'a wrapped permanent cause', err: new Error('send failed', { cause: new Error('room not found') }), expected: 'permanent' },
    { when: 'a wrapped network cause', err: new Error('send failed', { cause: withCode('socket hang up', 'ECONNRESET') }), expected: 'transient' },
    { when: 'a string was thrown', err: 'contact not found', expected: 'permanent' },
  ])('classifySendError › when $when › then it is $expected', ({ err, expected }) => {
    expect(classifySendError(err)).toBe(expected)
  })
})
