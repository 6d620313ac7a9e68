import { toSchemaRecord, type Understanding } from '../../../domain/understanding'
import { FEATURE_ID, compileLinear, createFeatureVector, scoreLinear } from '../../../domain/understanding/intent-model'

describe('toSchemaRecord', () => {
  it.each<[string, Understanding, Record<string, unknown>]>([
    [
      'a request keeps its category and drops faq',
      { intent: 'request', category: 'water', categoryAlt: 'dispute', faq: 'dibao', urgent: true, confidence: 0.9, location: { room: '502' } },
      { id: 'm1', intent: 'request', category: 'water', location: { room: '502' }, urgent: true },
    ],
    [
      'a question keeps its faq and drops category',
      { intent: 'question', category: 'water', faq: 'dibao', faqScore: 8, urgent: false, confidence: 0.8 },
      { id: 'm1', intent: 'question', faq: 'dibao', urgent: false },
    ],
    ['a followup has neither', { intent: 'followup', category: 'water', faq: 'dibao', urgent: false, confidence: 0.7 }, { id: 'm1', intent: 'followup', urgent: false }],
    ['chat has neither', { intent: 'chat', urgent: false, confidence: 0.99, reasons: ['ack:收到'] }, { id: 'm1', intent: 'chat', urgent: false }],
  ])('toSchemaRecord › when %s › then only SCHEMA.md fields are kept', (_case, understanding, expected) => {
    // Act
    const record = toSchemaRecord('m1', understanding)

    // Assert
    expect(record).toEqual(expected)
  })
})

describe('scoreLinear', () => {
  it('scoreLinear › when a feature exceeds its cap › then the cap is used', () => {
    // Arrange: problem is capped at 2.5
    const model = compileLinear({ bias: -1, weights: { problem: 2, question: -1 } })
    const features = createFeatureVector()
    features[FEATURE_ID.problem] = 10
    features[FEATURE_ID.question] = 1

    // Act
    const score = scoreLinear(model, features)

    // Assert
    expect(score).toBeCloseTo(-1 + 2 * 2.5 - 1, 10)
  })

  it('scoreLinear › when no feature is set › then the score is the bias', () => {
    // Act
    const score = scoreLinear(compileLinear({ bias: 0.3, weights: { thanks: 1 } }), createFeatureVector())

    // Assert
    expect(score).toBe(0.3)
  })
})
