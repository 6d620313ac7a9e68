import { buildKeyedTrie } from './char-trie'

/** One dictionary hit: the term found at [start, end) and the payloads registered for it. */
export interface TermMatch<T> {
  term: string
  start: number
  end: number
  payloads: readonly T[]
}

/** A compiled multi-term dictionary that finds maximal term occurrences in one pass. */
export interface TermMatcher<T> {
  /** Number of distinct terms. */
  readonly size: number
  /** Maximal matches, left to right: a hit fully inside a longer hit is dropped. */
  match(text: string): TermMatch<T>[]
  /** Every registered term (for the jieba user dictionary). */
  terms(): string[]
}

/** Builds a character trie from (term, payload) pairs; a term listed twice keeps all its payloads. */
export function buildTermMatcher<T>(entries: Iterable<readonly [string, T]>): TermMatcher<T> {
  const { trie, keys: allTerms, values: payloads } = buildKeyedTrie(entries)

  function match(text: string): TermMatch<T>[] {
    const out: TermMatch<T>[] = []
    let coveredUntil = 0
    for (let start = 0; start < text.length; start++) {
      let node = trie.child(0, text.charCodeAt(start))
      if (node < 0) continue
      let best = trie.keyAt(node)
      let bestEnd = best >= 0 ? start + 1 : -1
      for (let i = start + 1; i < text.length; i++) {
        node = trie.child(node, text.charCodeAt(i))
        if (node < 0) break
        const key = trie.keyAt(node)
        if (key >= 0) {
          best = key
          bestEnd = i + 1
        }
      }
      // Drop a hit contained in an earlier, longer hit ("修好了" hides "修" and "好了").
      if (best >= 0 && bestEnd > coveredUntil) {
        out.push({ term: allTerms[best] as string, start, end: bestEnd, payloads: payloads[best] as T[] })
        coveredUntil = bestEnd
      }
    }
    return out
  }

  return { size: allTerms.length, match, terms: () => allTerms.slice() }
}
