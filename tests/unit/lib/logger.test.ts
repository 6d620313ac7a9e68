import { Writable } from 'node:stream'
import { createLogger, redactLogValue } from '../../../lib/logger'
import { maskIdNumber, maskPhone, scrubPii } from '../../../lib/pii'

function capture() {
  const lines: string[] = []
  const destination = new Writable({
    write(chunk, _enc, cb) {
      lines.push(chunk.toString())
      cb()
    },
  })
  const log = createLogger({ level: 'info', format: 'auto', nodeEnv: 'test', destination })
  return { log, text: () => lines.join('') }
}

describe('logger', () => {
  it('createLogger › when secrets are logged by key › then they are redacted', () => {
    const { log, text } = capture()
    log.info({ token: 'tok-123', user: { password: 'hunter2', apiKey: 'sk-abc' }, req: { headers: { authorization: 'Bearer eyJ' } } }, 'login')
    const out = text()
    expect(out).not.toMatch(/tok-123|hunter2|sk-abc|eyJ/)
    expect(out).toMatch(/\[REDACTED\]/)
  })

  it('createLogger › when phone and ID numbers appear in values or messages › then they are masked', () => {
    const { log, text } = capture()
    log.info({ note: '联系 13812345678 或 +86 139 1234 5678', resident: { phone: '13700001111', id: '110101195001011234' } }, '用户 15900002222 来电')
    const out = text()
    expect(out).not.toMatch(/13812345678|13700001111|110101195001011234|15900002222|1391234/)
    expect(out).toContain('138****5678')
    expect(out).toContain('159****2222')
  })

  it('createLogger › when secrets sit deeper, in arrays or under set-cookie › then they are redacted too, and the logged object is not changed', () => {
    const { log, text } = capture()
    const logged = { res: { headers: { 'set-cookie': ['sid=abc123'] } }, users: [{ name: '小王', phone: '13800001111' }], a: { b: { c: { secret: 's3cr3t' } } } }
    const before = JSON.stringify(logged)
    log.info(logged, 'deep')
    expect(text()).not.toMatch(/abc123|13800001111|s3cr3t/)
    expect(text()).toContain('"name":"小王"')
    expect(JSON.stringify(logged)).toBe(before)
  })

  it('redactLogValue › when nothing needs hiding › then the same object comes back (nothing copied); otherwise a copy', () => {
    const plain = { messageId: 'm1', roomId: 'r@chatroom', replies: 2, decision: { intent: 'chat', action: 'silent' }, ids: ['a', 'b'] }
    expect(redactLogValue(plain)).toBe(plain)
    const withPhone = { note: '请回电 13812345678', n: 1 }
    const out = redactLogValue(withPhone) as typeof withPhone
    expect(out).not.toBe(withPhone)
    expect(out).toEqual({ note: '请回电 138****5678', n: 1 })
    expect(withPhone.note).toBe('请回电 13812345678')
  })

  it('createLogger › when ordinary numbers are logged › then they are untouched', () => {
    const { log, text } = capture()
    log.info({ requestNo: 1024, room: '1502', count: 12345678901234567890 }, 'request 1024 created')
    expect(text()).toMatch(/"requestNo":1024/)
    expect(text()).toMatch(/request 1024 created/)
  })
})

describe('pii', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['0571-88886666', '057****6666'],
    ['', undefined],
  ])('maskPhone › when %s › then %s', (input, expected) => {
    expect(maskPhone(input)).toBe(expected)
  })

  it('maskIdNumber › when 18 characters › then keeps 6 + 4', () => {
    expect(maskIdNumber('11010119500101123X')).toBe('110101********123X')
  })

  it.each([
    ['手机13812345678', '手机138****5678'],
    ['身份证110101195001011234号', '身份证110101********1234号'],
    ['房号1502，2单元', '房号1502，2单元'],
    ['订单号 213812345678999', '订单号 213812345678999'],
    ['电话 138-1234-5678', '电话 138****5678'],
    ['1 2 3 4 5 6 号楼', '1 2 3 4 5 6 号楼'],
  ])('scrubPii › when %s › then %s', (input, expected) => {
    expect(scrubPii(input)).toBe(expected)
  })
})
