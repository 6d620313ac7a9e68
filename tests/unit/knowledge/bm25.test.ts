import { buildBm25, scoreBm25, type WeightedTerm } from '../../../domain/knowledge/bm25'

function doc(...terms: string[]): WeightedTerm[] {
  return terms.map((term) => ({ term, weight: 1 }))
}

describe('bm25', () => {
  const index = buildBm25([doc('低保', '申请', '条件'), doc('医保', '报销', '比例'), doc('低保', '低保', '标准'), doc('申请', '材料')])

  it('scoreBm25 › when a term occurs in one document › then only that document scores', () => {
    // Act
    const scores = scoreBm25(index, doc('报销'))

    // Assert
    expect(scores[1]).toBeGreaterThan(0)
    expect([scores[0], scores[2], scores[3]]).toEqual([0, 0, 0])
  })

  it('scoreBm25 › when a document repeats the term › then it scores higher, with saturation', () => {
    // Act
    const scores = scoreBm25(index, doc('低保'))

    // Assert
    expect(scores[2]).toBeGreaterThan(scores[0])
    expect(scores[2]).toBeLessThan(2 * scores[0])
  })

  it('scoreBm25 › when a term is rare › then it weighs more than a common one', () => {
    // Act
    const rare = scoreBm25(index, doc('条件'))[0]
    const common = scoreBm25(index, doc('申请'))[0]

    // Assert
    expect(rare).toBeGreaterThan(common)
  })

  it('scoreBm25 › when the query term has a lower weight › then its contribution shrinks proportionally', () => {
    // Act
    const full = scoreBm25(index, [{ term: '医保', weight: 1 }])[1]
    const third = scoreBm25(index, [{ term: '医保', weight: 1 / 3 }])[1]

    // Assert
    expect(third).toBeCloseTo(full / 3, 10)
  })

  it('buildBm25 › when there are no documents › then scoring returns an empty array', () => {
    // Act
    const scores = scoreBm25(buildBm25([]), doc('低保'))

    // Assert
    expect(scores).toHaveLength(0)
  })
})
