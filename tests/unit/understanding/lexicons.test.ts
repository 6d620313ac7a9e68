import { CATEGORY_LEXICON, DANGER_COMBOS, SIGNAL_LEXICON, STRUCTURAL_CUES, type LexiconLine } from '../../../domain/understanding/lexicons'

/** Terms listed more than once under one feature: the term matcher keeps every payload, so such a term counts twice. */
function repeatedTerms(lexicon: readonly LexiconLine<string>[]): string[] {
  const seen = new Set<string>()
  const repeated: string[] = []
  for (const line of lexicon) {
    for (const term of line.terms.split(/\s+/).filter(Boolean)) {
      const key = `${line.feature}:${term}`
      if (seen.has(key)) repeated.push(key)
      seen.add(key)
    }
  }
  return repeated
}

describe('lexicons', () => {
  it.each([
    ['signal', SIGNAL_LEXICON],
    ['category', CATEGORY_LEXICON],
  ] as const)('%s lexicon › when read › then no term is listed twice under one feature', (_name, lexicon) => {
    // Act
    const repeated = repeatedTerms(lexicon)

    // Assert
    expect(repeated).toEqual([])
  })

  it.each([
    ['signal', SIGNAL_LEXICON],
    ['category', CATEGORY_LEXICON],
  ] as const)('%s lexicon › when read › then no line is empty', (_name, lexicon) => {
    // Act
    const empty = lexicon.filter((line) => line.terms.trim() === '')

    // Assert
    expect(empty).toEqual([])
  })

  it('lexicons › structural cues and danger combinations › when read › then no name is used twice', () => {
    // Arrange: the names tag the explain output, and two combinations are told apart by name (gas-smell, fire)
    const names = [...STRUCTURAL_CUES.map((cue) => cue.name), ...DANGER_COMBOS.map((combo) => combo.name)]

    // Act
    const repeated = names.filter((name, i) => names.indexOf(name) !== i)

    // Assert
    expect(repeated).toEqual([])
  })
})
