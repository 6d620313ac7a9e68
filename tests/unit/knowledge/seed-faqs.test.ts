import { FAQ_TOPICS, SAMPLE_SOURCE, SEED_FAQS } from '../../../domain/knowledge'

describe('SEED_FAQS', () => {
  it('SEED_FAQS › when loaded › then it holds exactly the 16 SCHEMA.md topics once each', () => {
    // Act
    const topics = SEED_FAQS.map((f) => f.topic)

    // Assert
    expect([...topics].sort()).toEqual([...FAQ_TOPICS].sort())
  })

  it.each(SEED_FAQS.map((f) => [f.topic, f] as const))('SEED_FAQS › when checking %s › then it is a complete sample entry', (_topic, faq) => {
    // Assert
    expect(faq.title.length).toBeGreaterThan(0)
    expect(faq.questions.length).toBeGreaterThanOrEqual(8)
    expect(faq.questions.length).toBeLessThanOrEqual(15)
    expect(new Set(faq.questions).size).toBe(faq.questions.length)
    expect(faq.answer.length).toBeGreaterThan(80)
    expect(faq.sample).toBe(true)
    expect(faq.source).toBe(SAMPLE_SOURCE)
    expect(faq.sourceDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(faq.keywords?.length ?? 0).toBeGreaterThan(0)
  })
})
