import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { PATTERN_SYNONYMS } from '../../../domain/knowledge/synonyms'
import { buildCharTrie } from '../../../domain/understanding/char-trie'
import { DANGER_COMBOS, STRUCTURAL_CUES } from '../../../domain/understanding/lexicons'
import { buildLiteralGate, requiredLiterals, type LiteralGate } from '../../../domain/understanding/literal-gate'
import { LOCATION_PATTERNS } from '../../../domain/understanding/location'
import { normalizeMessage, stripQuotedReply, toHalfWidth } from '../../../domain/understanding/text'

/** A small seeded generator, so a failure names a string that can be reproduced. */
function prng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

describe('requiredLiterals', () => {
  it.each([
    [/哪[张位]/, ['哪张', '哪位']],
    [/有人[在把]|谁家/, ['有人在', '有人把', '谁家']],
    [/(?:修|报)了?吗/, ['修吗', '修了吗', '报吗', '报了吗']],
    [/楼道灯.{0,4}坏/, ['楼道灯']],
    [/(?<=栋)\d+室/, ['室']],
    [/[一二](?:楼|层)/, ['一楼', '一层', '二楼', '二层']],
    [/(?:电梯){2}/, ['电梯电梯']],
  ])('requiredLiterals › when the regex is %s › then every match must contain one of %j', (regex, expected) => {
    // Act
    const literals = requiredLiterals(regex)

    // Assert
    expect([...(literals ?? [])].sort()).toEqual([...expected].sort())
  })

  it.each([
    [/[^，。]{2,6}/, 'a negated class'],
    [/(\d)\1/, 'a back-reference'],
    [/了?吗?/, 'a regex that matches the empty string'],
    [/灯|\d+/, 'an alternative without a literal'],
    [/unit/i, 'a case-insensitive regex'],
    [/[\u4e00-\u9fa5]不/, 'nothing but 不 to go on'],
  ])('requiredLiterals › when given %s (%s) › then no literal is claimed unless one is certain', (regex) => {
    // Act
    const literals = requiredLiterals(regex)

    // Assert: either nothing is claimed, or only 不 for the last case, which every match does contain.
    if (literals !== null) expect(literals).toEqual(['不'])
  })
})

describe('buildLiteralGate', () => {
  const FIXTURES = join(__dirname, 'fixtures')
  const texts = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(FIXTURES, f), 'utf8').split('\n'))
    .filter((line) => line.trim().length > 0)
    .map((line) => (JSON.parse(line) as { text: string }).text)
  const lists: [string, RegExp[]][] = [
    ['structural cues and danger combinations', [...STRUCTURAL_CUES.map((c) => c.pattern), ...DANGER_COMBOS.flatMap((d) => d.all)]],
    ['pattern synonyms', PATTERN_SYNONYMS.map(([regex]) => regex)],
    ['location patterns', LOCATION_PATTERNS.map((p) => p.regex)],
  ]

  /** Regexes that match `text` although the gate said they could not. */
  function missed(gate: LiteralGate, regexes: RegExp[], text: string): string[] {
    const possible = gate.possible(text)
    return regexes.filter((re, i) => {
      re.lastIndex = 0
      return re.test(text) && !possible[i]
    }).map((re) => `${re.source} on ${JSON.stringify(text)}`)
  }

  it.each(lists)('possible › when run over every labelled message › then it never rules out a regex of the %s that matches', (_name, regexes) => {
    // Arrange
    const gate = buildLiteralGate(regexes)

    // Act
    const wrong = texts.flatMap((raw) => {
      const norm = normalizeMessage(stripQuotedReply(raw)).text
      return [...missed(gate, regexes, norm), ...missed(gate, regexes, toHalfWidth(raw).toLowerCase())]
    })

    // Assert
    expect(texts.length).toBeGreaterThan(10_000)
    expect(wrong).toEqual([])
  })

  it.each(lists)('possible › when given random strings of pieces of the %s › then it never rules out a regex that matches', (_name, regexes) => {
    // Arrange: strings made of pieces of the regexes' own words, single characters, digits and punctuation, so
    // that they match often and in unplanned ways.
    const words = regexes.flatMap((r) => r.source.match(/[\u4e00-\u9fa5]+|[a-z]+/g) ?? [])
    const pieces = [...new Set([...words, ...words.flatMap((w) => [...w]), ...'0123456789 ，。?-#'])]
    const random = prng(7)
    const gate = buildLiteralGate(regexes)
    let matches = 0

    // Act
    const wrong: string[] = []
    for (let n = 0; n < 4000; n++) {
      let text = ''
      const count = 1 + Math.floor(random() * 6)
      for (let i = 0; i < count; i++) {
        const piece = pieces[Math.floor(random() * pieces.length)] as string
        // Sometimes only part of a word, so that near misses are tried too.
        text += random() < 0.3 ? piece.slice(Math.floor(random() * piece.length)) : piece
      }
      wrong.push(...missed(gate, regexes, text))
      matches += regexes.filter((re) => {
        re.lastIndex = 0
        return re.test(text)
      }).length
    }

    // Assert: the strings did exercise the regexes, and none that matched was ruled out.
    expect(matches).toBeGreaterThan(100)
    expect(wrong).toEqual([])
  })

  it('test › when a regex may match › then it gives the regex’s own answer, and false when ruled out', () => {
    // Arrange
    const regexes = [/楼道灯.{0,2}坏/, /没电/, /[^a]/]
    const gate = buildLiteralGate(regexes)

    // Act
    const text = '楼道灯又坏了'
    const possible = gate.possible(text)

    // Assert
    expect([0, 1, 2].map((i) => gate.test(i, text, possible))).toEqual([true, false, true])
    expect(gate.literals[2]).toBeNull()
  })
})

describe('buildCharTrie', () => {
  it('child › when walking every key of a large dictionary › then each ends at its own node and nothing else is found', () => {
    // Arrange: thousands of keys under one root exercise the root's hash table and the bisection of long edge lists.
    const random = prng(11)
    const keys = new Set<string>()
    while (keys.size < 5000) {
      let key = ''
      const length = 1 + Math.floor(random() * 4)
      for (let i = 0; i < length; i++) key += String.fromCharCode(0x4e00 + Math.floor(random() * 3000))
      keys.add(key)
    }
    const list = [...keys]
    const trie = buildCharTrie(list)

    // Act
    const ends = list.map((key) => {
      let node = 0
      for (let i = 0; i < key.length && node >= 0; i++) node = trie.child(node, key.charCodeAt(i))
      return node < 0 ? -1 : trie.keyAt(node)
    })
    const absent = trie.child(0, 'a'.charCodeAt(0))

    // Assert
    expect(ends).toEqual(list.map((_k, i) => i))
    expect(absent).toBe(-1)
  })
})
