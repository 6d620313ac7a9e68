import { computeMetrics, formatMetrics, type GoldMessage, type PredictedMessage } from '../../../domain/understanding'

// A tiny handmade set: 3 requests, 2 questions, 1 followup, 2 chats.
const GOLD: GoldMessage[] = [
  { id: 'r1', text: '', intent: 'request', category: 'lighting', location: { building: '3', floor: '5' }, urgent: false },
  { id: 'r2', text: '', intent: 'request', category: 'water', category_alt: 'dispute', urgent: true },
  { id: 'r3', text: '', intent: 'request', category: 'noise', urgent: true },
  { id: 'q1', text: '', intent: 'question', faq: 'dibao' },
  { id: 'q2', text: '', intent: 'question', faq: 'childcare' },
  { id: 'f1', text: '', intent: 'followup', location: { room: '1502' } },
  { id: 'c1', text: '', intent: 'chat' },
  { id: 'c2', text: '', intent: 'chat' },
]

const PREDICTED: PredictedMessage[] = [
  { id: 'r1', intent: 'request', category: 'lighting', location: { building: '3', floor: '6' }, urgent: false },
  { id: 'r2', intent: 'request', category: 'dispute', urgent: true },
  { id: 'r3', intent: 'chat', urgent: false },
  { id: 'q1', intent: 'question', faq: 'dibao' },
  { id: 'q2', intent: 'question', faq: 'volunteer' },
  { id: 'f1', intent: 'followup', location: { room: '1502', floor: '15' } },
  { id: 'c1', intent: 'chat' },
  { id: 'c2', intent: 'request', category: 'other', urgent: true },
]

describe('computeMetrics', () => {
  const metrics = computeMetrics(GOLD, PREDICTED)

  it('computeMetrics › when two of eight intents are wrong › then intent accuracy is 6/8', () => {
    // Assert
    expect(metrics.intentAccuracy).toEqual({ hits: 6, total: 8, value: 0.75 })
  })

  it('computeMetrics › when computing macro-F1 › then it averages the four per-intent F1 scores', () => {
    // Arrange: request P=2/3 R=2/3, question P=1 R=1, followup P=1 R=1, chat P=1/2 R=1/2
    const expected = (2 / 3 + 1 + 1 + 1 / 2) / 4

    // Assert
    expect(metrics.intentMacroF1).toBeCloseTo(expected, 10)
    expect(metrics.perIntent.request).toMatchObject({ support: 3 })
  })

  it('computeMetrics › when one request is predicted as chat › then request recall is 2/3', () => {
    // Assert
    expect(metrics.requestRecall).toMatchObject({ hits: 2, total: 3 })
  })

  it('computeMetrics › when one chat is answered › then the chat wrongly answered share is 1/2', () => {
    // Assert
    expect(metrics.chatWronglyAnswered).toMatchObject({ hits: 1, total: 2, value: 0.5 })
  })

  it('computeMetrics › when the category matches category_alt › then it counts as correct', () => {
    // Assert: r1 exact, r2 via category_alt, r3 missing
    expect(metrics.categoryAccuracy).toMatchObject({ hits: 2, total: 3 })
  })

  it('computeMetrics › when one question has the wrong topic › then topic accuracy is 1/2', () => {
    // Assert
    expect(metrics.topicAccuracy).toMatchObject({ hits: 1, total: 2 })
  })

  it('computeMetrics › when scoring locations › then each labelled field counts and extra fields do not', () => {
    // Assert: building ok, floor wrong, room ok; f1's extra floor is only reported as spurious
    expect(metrics.locationFieldAccuracy).toMatchObject({ hits: 2, total: 3 })
    expect(metrics.spuriousLocationFields).toBe(1)
  })

  it('computeMetrics › when one urgent message is missed › then urgent recall is 1/2 and precision 1/2', () => {
    // Assert
    expect(metrics.urgentRecall).toMatchObject({ hits: 1, total: 2 })
    expect(metrics.urgentPrecision).toMatchObject({ hits: 1, total: 2 })
  })

  it('computeMetrics › when building the confusion matrix › then rows are expected and columns predicted', () => {
    // Assert
    expect(metrics.confusion.request).toEqual({ request: 2, question: 0, followup: 0, chat: 1 })
    expect(metrics.confusion.chat).toEqual({ request: 1, question: 0, followup: 0, chat: 1 })
  })

  it('computeMetrics › when a gold message has no prediction › then it is scored as chat', () => {
    // Act
    const result = computeMetrics([{ id: 'x', text: '', intent: 'request', category: 'water' }], [])

    // Assert
    expect(result.confusion.request.chat).toBe(1)
    expect(result.categoryAccuracy.value).toBe(0)
  })

  it('computeMetrics › when a ratio has nothing to count › then its value is 1', () => {
    // Act
    const result = computeMetrics([{ id: 'c', text: '', intent: 'chat' }], [{ id: 'c', intent: 'chat' }])

    // Assert
    expect(result.urgentRecall).toEqual({ hits: 0, total: 0, value: 1 })
  })
})

describe('formatMetrics', () => {
  it('formatMetrics › when rendering › then the first 12 lines hold the headline metrics', () => {
    // Act
    const lines = formatMetrics(computeMetrics(GOLD, PREDICTED)).split('\n')

    // Assert
    const head = lines.slice(0, 12).join('\n')
    for (const label of ['intent accuracy', 'intent macro-F1', 'request recall', 'chat wrongly answered', 'category accuracy', 'topic accuracy', 'location field accuracy', 'urgent recall']) {
      expect(head).toContain(label)
    }
    expect(lines.join('\n')).toContain('confusion')
  })
})
