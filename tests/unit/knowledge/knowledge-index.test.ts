import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { SEED_FAQS, buildKnowledgeIndex, searchKnowledge, type FaqEntry } from '../../../domain/knowledge'
import { scoreBm25, type WeightedTerm } from '../../../domain/knowledge/bm25'
import { analyzeNormalized, analyzeText, rankTopics, topTopic } from '../../../domain/knowledge/knowledge-index'
import { normalizeMessage } from '../../../domain/understanding/text'
import { KB_THRESHOLD } from '../../../domain/understanding'

const index = buildKnowledgeIndex(SEED_FAQS)

function top(text: string): { topic?: string; score: number } {
  const [best] = searchKnowledge(index, text, 1)
  return { topic: best?.topic, score: best?.score ?? 0 }
}

describe('searchKnowledge › ranking', () => {
  it.each<[string, string]>([
    ['高龄津贴每个月发多少', 'elderly-allowance'],
    ['低保的条件是什么', 'dibao'],
    ['住院自己花了二十多万 还能申请什么救助', 'critical-illness-aid'],
    ['居民养老保险每年交多少', 'resident-pension'],
    ['新生儿怎么办医保', 'resident-medical-insurance'],
    ['老楼装电梯要多少户同意', 'elevator-retrofit'],
    ['私人充电桩怎么报装', 'ev-charging-install'],
    ['长者饭堂几点开饭', 'elderly-canteen'],
    ['暑假有托管班吗', 'childcare'],
    ['退伍军人优待证怎么办', 'veteran-services'],
    ['重度残疾护理补贴多少钱', 'disability-subsidy'],
    ['社区周末上班吗', 'mobile-desk'],
    ['有免费的律师吗', 'legal-aid'],
    ['公益性岗位怎么报名', 'employment'],
    ['志愿积分怎么兑换', 'volunteer'],
    ['开居住证明要什么材料', 'residence-proof'],
  ])('searchKnowledge › when asked %p › then %p ranks first above the threshold', (text, topic) => {
    // Act
    const best = top(text)

    // Assert
    expect(best.topic).toBe(topic)
    expect(best.score).toBeGreaterThanOrEqual(KB_THRESHOLD)
  })

  it('searchKnowledge › when asked › then hits are sorted best first and limited', () => {
    // Act
    const hits = searchKnowledge(index, '低保和医保有什么区别', 3)

    // Assert
    expect(hits.length).toBeLessThanOrEqual(3)
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score)
  })
})

describe('searchKnowledge › threshold', () => {
  it.each<[string]>([['附近哪里修手机'], ['今年暖气什么时候来'], ['周末有没有人一起去爬山'], ['楼下新开的米粉店好吃吗'], ['大家早上好']])(
    'searchKnowledge › when the question is not covered (%p) › then no topic reaches the threshold',
    (text) => {
      // Act
      const best = top(text)

      // Assert
      expect(best.score).toBeLessThan(KB_THRESHOLD)
    },
  )
})

describe('searchKnowledge › synonyms and typos', () => {
  it.each<[string, string]>([
    ['最低生活保障怎么申请', 'dibao'],
    ['吃低保要什么条件', 'dibao'],
    ['医疗保险在哪交', 'resident-medical-insurance'],
    ['老年卡在哪办', 'elderly-allowance'],
    ['我奶奶九十二了 老人补贴能领多少', 'elderly-allowance'],
    ['孩子放学后没人管 社区有托管吗', 'childcare'],
    ['四点半学校怎么报', 'childcare'],
    ['加梯要准备什么', 'elevator-retrofit'],
    ['开个证明要带户口本吗', 'residence-proof'],
    ['低宝怎么申请', 'dibao'],
    ['医宝交多少钱', 'resident-medical-insurance'],
    ['居位证明怎么开', 'residence-proof'],
  ])('searchKnowledge › when asked %p › then %p ranks first', (text, topic) => {
    // Act
    const best = top(text)

    // Assert
    expect(best.topic).toBe(topic)
    expect(best.score).toBeGreaterThanOrEqual(KB_THRESHOLD)
  })
})

describe('buildKnowledgeIndex', () => {
  it('buildKnowledgeIndex › when built from topics given at runtime › then only those topics are searched', () => {
    // Arrange
    const custom: FaqEntry[] = [
      {
        topic: 'garbage-sorting',
        title: '垃圾分类投放时间',
        questions: ['垃圾分类几点可以扔', '厨余垃圾什么时候投放', '大件垃圾怎么处理'],
        answer: '示例',
        keywords: ['垃圾分类', '厨余垃圾', '投放时间'],
        source: '示例',
        sourceDate: '2024-01-01',
      },
    ]

    // Act
    const local = buildKnowledgeIndex(custom)

    // Assert
    expect(searchKnowledge(local, '厨余垃圾几点扔')[0]?.topic).toBe('garbage-sorting')
    expect(searchKnowledge(local, '低保怎么申请')[0]?.score ?? 0).toBeLessThan(KB_THRESHOLD)
  })

  it('buildKnowledgeIndex › when a topic key is listed twice › then the first entry wins', () => {
    // Arrange
    const [first] = SEED_FAQS
    const duplicate: FaqEntry = { ...first, title: '重复', questions: ['完全不同的问题'] }

    // Act
    const local = buildKnowledgeIndex([first, duplicate])

    // Assert
    expect(local.topics).toEqual([first.topic])
    expect(local.entries.get(first.topic)?.title).toBe(first.title)
  })

  it('buildKnowledgeIndex › when there are no topics › then search returns nothing', () => {
    // Act
    const hits = searchKnowledge(buildKnowledgeIndex([]), '低保怎么申请')

    // Assert
    expect(hits).toEqual([])
  })
})

describe('rankTopics and topTopic › against plain BM25', () => {
  const FIXTURES = join(__dirname, '..', 'understanding', 'fixtures')
  const texts = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(FIXTURES, f), 'utf8').split('\n'))
    .filter((line) => line.trim().length > 0)
    .map((line) => normalizeMessage((JSON.parse(line) as { text: string }).text).text)

  /** The ranking spelled out: dedupe the terms, score every document, best and second-best per topic, anchoring, sort. */
  function plainRanking(terms: readonly WeightedTerm[]): { topic: string; score: number }[] {
    const query: WeightedTerm[] = []
    for (const t of terms) {
      const i = query.findIndex((q) => q.term === t.term)
      if (i < 0) query.push(t)
      else if (t.weight > (query[i] as WeightedTerm).weight) query[i] = t
    }
    const docScores = scoreBm25(index.bm25, query)
    const anchored = new Set(query.flatMap((q) => index.anchorsById[index.termIds.get(q.term) ?? -1] ?? []))
    return index.topics
      .map((topic, t) => {
        const scores = [...docScores].filter((_s, doc) => index.docTopic[doc] === t).sort((a, b) => b - a)
        const raw = ((scores[0] ?? 0) + 0.15 * (scores[1] ?? 0)) * (anchored.has(t) ? 1 : 0.2)
        return { topic, score: Math.round(raw * 1000) / 1000 }
      })
      .filter((h) => h.score > 0)
      .sort((a, b) => b.score - a.score || a.topic.localeCompare(b.topic))
  }

  it('rankTopics › when run on 3,000 labelled messages’ jieba terms › then it ranks as plain BM25 does', () => {
    // Act
    const differing = texts.slice(0, 3000).filter((text) => {
      const terms = analyzeText(text)
      return JSON.stringify(rankTopics(index, terms, 3)) !== JSON.stringify(plainRanking(terms).slice(0, 3))
    })

    // Assert
    expect(differing).toEqual([])
  })

  it('rankTopics › when a term comes twice with different weights › then the larger weight counts once', () => {
    // Act
    const once = rankTopics(index, [{ term: '低保', weight: 1 }, { term: '申请', weight: 1 }])
    const lowerFirst = rankTopics(index, [{ term: '低保', weight: 0.3 }, { term: '申请', weight: 1 }, { term: '低保', weight: 1 }])
    const lowerLast = rankTopics(index, [{ term: '低保', weight: 1 }, { term: '申请', weight: 1 }, { term: '低保', weight: 0.3 }])

    // Assert
    expect(once.length).toBeGreaterThan(0)
    expect(lowerFirst).toEqual(plainRanking([{ term: '低保', weight: 1 }, { term: '申请', weight: 1 }]).slice(0, 3))
    expect(lowerLast).toEqual(once)
  })

  it('topTopic › when run on every labelled message › then it gives rankTopics’ first hit for the same terms', () => {
    // Arrange: the terms topTopic reads, as strings — the documents' words found in the text, synonyms, bigrams.
    const termsOf = (text: string): WeightedTerm[] => {
      const words = index.vocabulary
        .match(text)
        .filter((hit) => (hit.payloads[0] as number) >= 0)
        .map((hit) => ({ term: hit.term, weight: hit.term.length === 1 ? 0.5 : 1 }))
      return [...words, ...analyzeNormalized(text).filter((t) => t.term.startsWith('=') || t.term.startsWith('~'))]
    }

    // Act
    const differing = texts.filter((text) => JSON.stringify(topTopic(index, text)) !== JSON.stringify(rankTopics(index, termsOf(text), 1)[0]))

    // Assert
    expect(texts.length).toBeGreaterThan(10_000)
    expect(differing).toEqual([])
  })
})
