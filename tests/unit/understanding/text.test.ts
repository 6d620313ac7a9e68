import { SEED_FAQS, buildKnowledgeIndex } from '../../../domain/knowledge'
import { buildTermMatcher } from '../../../domain/understanding/term-matcher'
import fs from 'node:fs'
import path from 'node:path'
import * as OpenCC from 'opencc-js'
import { TYPOS, fixTypos, hanBigrams, joinTelegraphic, mayNeedSimplifying, normalizeMessage, segment, stripQuotedReply, toHalfWidth, toSimplified } from '../../../domain/understanding/text'

describe('joinTelegraphic', () => {
  it.each([
    ['电梯 电梯 电梯 不动', '电梯电梯电梯不动'],
    ['上周 说 派人 来看 违建 看了没', '上周说派人来看违建看了没'],
    ['楼道灯坏了 麻烦修一下 谢谢', '楼道灯坏了 麻烦修一下 谢谢'],
    ['收到 谢谢', '收到 谢谢'],
    ['3栋 ok 谢谢', '3栋 ok 谢谢'],
  ])('joinTelegraphic › when the text is %p › then it reads %p', (text, expected) => {
    // Act
    const joined = joinTelegraphic(text)

    // Assert
    expect(joined).toBe(expected)
  })
})

describe('normalizeMessage', () => {
  it('normalizeMessage › when the message has emoji codes and mentions › then they are removed and recorded', () => {
    // Act
    const result = normalizeMessage('@物业王经理 楼道灯又坏了[捂脸][捂脸] @网格员小刘')

    // Assert
    expect(result.text).toBe('楼道灯又坏了')
    expect(result.mentions).toEqual(['物业王经理', '网格员小刘'])
    expect(result.emojis).toEqual(['捂脸', '捂脸'])
  })

  it('normalizeMessage › when the message has full-width characters and pictographs › then they are folded or dropped', () => {
    // Act
    const result = normalizeMessage('ＯＫ！３栋🎉👍')

    // Assert
    expect(result.text).toBe('ok!3栋')
  })

  it('normalizeMessage › when the message has several lines › then non-empty lines are counted', () => {
    // Act
    const result = normalizeMessage('#接龙\n1. 张三\n\n2. 李四')

    // Assert
    expect(result.lineCount).toBe(3)
  })

  it.each<[string, string]>([
    ['扫码半天么反应', '扫码半天没反应'],
    ['一分钱么到账', '一分钱没到账'],
    ['说了几次么用', '说了几次没用'],
    ['报上去了么？', '报上去了吗?'],
    ['有消息么', '有消息吗'],
    ['这么用不行', '这么用不行'],
    ['什么用都没有', '什么用都没有'],
    ['怎么到账', '怎么到账'],
    ['么么哒', '么么哒'],
    ['得是明天停水?', '是不是明天停水?'],
    ['我觉得是物业的事', '我觉得是物业的事'],
    ['还得是老李', '还得是老李'],
    ['额们一起去', '我们一起去'],
    ['好一道领伐', '好一道领吗'],
    ['帮我报个名', '帮我报个名'],
    ['我报个老虎窗', '我报的老虎窗'],
    ['步伐', '步伐'],
    // 闽南: 袂 (not), 拢 (all) but not 拉拢, a clause closed by 无, 毋 but not 毋庸, days as 工
    ['门禁刷袂开', '门禁刷不开'],
    ['拢无人扫', '都无人扫'],
    ['聊胜于无', '聊胜于无'],
    ['大家要团结不要拉拢', '大家要团结不要拉拢'],
    ['井盖换好了无', '井盖换好了没'],
    ['毋是毋准', '不是不准'],
    ['毋庸置疑', '毋庸置疑'],
    ['坏三工了', '坏三天了'],
    // 粤: 嗰 also where OpenCC has turned it into 𠮶 (a traditional character elsewhere in the message)
    ['我报嗰个路灯你哋睇过未', '我报的那个路灯你们看过没'],
    // 赣: 冒 for 没, but not 冒烟
    ['结果出来了冒？', '结果出来了没?'],
    ['刷卡冒反应', '刷卡没反应'],
    ['楼道在冒烟', '楼道在冒烟'],
  ])('normalizeMessage › when given the dialect form %p › then it reads %p', (input, expected) => {
    // Act
    const result = normalizeMessage(input)

    // Assert
    expect(result.text).toBe(expected)
  })
})

describe('fixTypos', () => {
  it.each<[string, string]>([
    ['楼到灯不量了', '楼道灯不亮了'],
    ['下水到以经堵了', '下水道已经堵了'],
    ['电悌坏拉', '电梯坏了'],
    ['低宝怎么申请', '低保怎么申请'],
    ['没有错字的句子', '没有错字的句子'],
  ])('fixTypos › when given %p › then it returns %p', (input, expected) => {
    // Act
    const result = fixTypos(input)

    // Assert
    expect(result).toBe(expected)
  })

  it('fixTypos › when its table is read › then no wrong form is listed twice', () => {
    // Arrange
    const seen = new Set<string>()
    const repeated: string[] = []

    // Act
    for (const [wrong] of TYPOS) {
      if (seen.has(wrong)) repeated.push(wrong)
      seen.add(wrong)
    }

    // Assert
    expect(repeated).toEqual([])
  })
})

describe('segment', () => {
  it('segment › when the knowledge index registered its vocabulary › then domain words stay whole', () => {
    // Arrange
    buildKnowledgeIndex(SEED_FAQS)

    // Act
    const tokens = segment('四点半课堂怎么报名')

    // Assert
    expect(tokens).toContain('四点半课堂')
  })

  it('hanBigrams › when the text mixes Han and other characters › then only Han pairs are returned', () => {
    // Act
    const result = hanBigrams('医保a报销')

    // Assert
    expect(result).toEqual(['医保', '报销'])
  })

  it('toHalfWidth › when given full-width digits › then they become ASCII', () => {
    // Act
    const result = toHalfWidth('１２３　')

    // Assert
    expect(result).toBe('123 ')
  })
})

describe('buildTermMatcher', () => {
  it('match › when a short term lies inside a longer one › then only the longer one is reported', () => {
    // Arrange
    const matcher = buildTermMatcher<string>([
      ['修', 'ask'],
      ['修好了', 'resolved'],
      ['灯', 'object'],
    ])

    // Act
    const hits = matcher.match('灯修好了')

    // Assert
    expect(hits.map((h) => [h.term, h.start, h.end])).toEqual([
      ['灯', 0, 1],
      ['修好了', 1, 4],
    ])
  })

  it('match › when a term is registered twice › then both payloads are kept', () => {
    // Arrange
    const matcher = buildTermMatcher<string>([
      ['飞线充电', 'ev-charging'],
      ['飞线充电', 'safety'],
    ])

    // Act
    const hits = matcher.match('有人飞线充电')

    // Assert
    expect(hits[0].payloads).toEqual(['ev-charging', 'safety'])
    expect(matcher.size).toBe(1)
  })
})

describe('toSimplified', () => {
  const opencc = OpenCC.Converter({ from: 't', to: 'cn' })

  it('toSimplified › for every single character › then it gives what OpenCC gives (the skipped ones are those OpenCC leaves alone)', () => {
    const differing: string[] = []
    for (let code = 0x20; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const ch = String.fromCharCode(code)
      if (toSimplified(ch) !== opencc(ch)) differing.push(ch)
    }
    expect(differing).toEqual([])
  })

  it('toSimplified › for characters beyond the BMP that OpenCC maps › then it gives what OpenCC gives', () => {
    const mapped: string[] = []
    for (let code = 0x20000; code <= 0x2ffff; code++) {
      const ch = String.fromCodePoint(code)
      if (opencc(ch) !== ch) mapped.push(ch)
    }
    expect(mapped.length).toBeGreaterThan(0)
    expect(mapped.filter((ch) => toSimplified(ch) !== opencc(ch))).toEqual([])
  })

  it('toSimplified › for labelled messages with traditional characters › then it gives what OpenCC gives', () => {
    const dir = path.join(__dirname, 'fixtures')
    const texts = fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).flatMap((f) =>
      fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text))
    texts.push('我們社區的電梯壞了', '看著他乾杯', '乾隆年間', '頭髮', '一目瞭然', '鬱悶')
    const traditional = texts.filter(mayNeedSimplifying)
    expect(traditional.length).toBeGreaterThan(20)
    expect(traditional.filter((t) => toSimplified(t) !== opencc(t))).toEqual([])
    expect(toSimplified('我們社區的電梯壞了')).toBe('我们社区的电梯坏了')
  })

  it('toSimplified › for simplified text › then it is left alone, where OpenCC\'s phrase entries would change it', () => {
    for (const text of ['孩子把灯打坏了', '门被拉坏了', '小区的电梯坏了', '看着他干杯', '孩子把灯打坏了😭👍']) {
      expect(mayNeedSimplifying(text)).toBe(false)
      expect(toSimplified(text)).toBe(text)
    }
    // The reason: OpenCC reads 打坏 as the traditional spelling of 打坯.
    expect(opencc('孩子把灯打坏了')).toBe('孩子把灯打坯了')
  })
})

describe('stripQuotedReply', () => {
  it('stripQuotedReply › when a reply quotes an earlier message › then only the writer\'s own words are left', () => {
    expect(stripQuotedReply('知道了，那我今晚先接几桶水 / 「管家小王：明天上午停水」')).toBe('知道了，那我今晚先接几桶水')
    expect(stripQuotedReply('「客服小刘：您好，已登记，会尽快安排」\n- - - - - - - - - - - - - - -\n尽快是多快啊，都一个星期了')).toBe('尽快是多快啊，都一个星期了')
  })

  it('stripQuotedReply › when 「」 only marks words, or the message is nothing but a quote › then it is kept', () => {
    expect(stripQuotedReply('小程序一直显示「处理中」，三天了')).toBe('小程序一直显示「处理中」，三天了')
    expect(stripQuotedReply('「张姐：9栋楼道灯坏了」')).toBe('「张姐：9栋楼道灯坏了」')
  })

  it('stripQuotedReply › when a quote without a name opens or closes a short reply › then it is left out, unless the reply asks the same', () => {
    expect(stripQuotedReply('「明天停水」 收到 谢谢提醒')).toBe('收到 谢谢提醒')
    expect(stripQuotedReply('好的 「周六上午电梯保养」')).toBe('好的')
    expect(stripQuotedReply('「请问高龄津贴怎么申请」 同问+1').replace(/\s+/g, ' ').trim()).toBe('请问高龄津贴怎么申请 同问+1')
  })
})
