/** One dictionary hit: the term found at [start, end) and the payloads registered for it. */
export interface TermMatch<T> {
  term: string
  start: number
  end: number
  payloads: readonly T[]
}

interface TrieNode<T> {
  next: Map<number, TrieNode<T>>
  term?: string
  payloads?: T[]
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
  const root: TrieNode<T> = { next: new Map() }
  const allTerms: string[] = []
  for (const [term, payload] of entries) {
    if (term.length === 0) continue
    let node = root
    for (let i = 0; i < term.length; i++) {
      const code = term.charCodeAt(i)
      let child = node.next.get(code)
      if (!child) {
        child = { next: new Map() }
        node.next.set(code, child)
      }
      node = child
    }
    if (!node.payloads) {
      node.payloads = []
      node.term = term
      allTerms.push(term)
    }
    node.payloads.push(payload)
  }

  // The first character is looked up in a flat table indexed by its UTF-16 code unit: most characters of a
  // message start no term, and an array load rejects them faster than a Map look-up (a third of the step's time).
  const firstLevel: (TrieNode<T> | undefined)[] = new Array<TrieNode<T> | undefined>(0x10000).fill(undefined)
  for (const [code, child] of root.next) firstLevel[code] = child

  function match(text: string): TermMatch<T>[] {
    const out: TermMatch<T>[] = []
    let coveredUntil = 0
    for (let start = 0; start < text.length; start++) {
      let node: TrieNode<T> | undefined = firstLevel[text.charCodeAt(start)]
      if (!node) continue
      let best: TrieNode<T> | undefined
      let bestEnd = -1
      if (node.payloads) {
        best = node
        bestEnd = start + 1
      }
      for (let i = start + 1; i < text.length; i++) {
        node = node.next.get(text.charCodeAt(i))
        if (!node) break
        if (node.payloads) {
          best = node
          bestEnd = i + 1
        }
      }
      // Drop a hit contained in an earlier, longer hit ("修好了" hides "修" and "好了").
      if (best && bestEnd > coveredUntil) {
        out.push({ term: best.term as string, start, end: bestEnd, payloads: best.payloads as T[] })
        coveredUntil = bestEnd
      }
    }
    return out
  }

  return { size: allTerms.length, match, terms: () => allTerms.slice() }
}
