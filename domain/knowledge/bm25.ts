/** A query or document term with its weight (a bigram counts less than a word). */
export interface WeightedTerm {
  term: string
  weight: number
}

/** Okapi BM25 parameters; b is lower than the usual 0.75 because every document is one short question. */
export interface Bm25Params {
  k1: number
  b: number
}

/** Postings of one term: doc ids and each doc's precomputed idf × saturated, length-normalized tf. */
export interface Bm25Postings {
  docs: Int32Array
  contributions: Float64Array
  idf: number
}

/** A compiled BM25 index over documents given as term lists. */
export interface Bm25Index {
  readonly docCount: number
  readonly postings: ReadonlyMap<string, Bm25Postings>
  readonly docLengths: Float64Array
  readonly avgDocLength: number
  readonly params: Bm25Params
}

/** Default BM25 parameters. */
export const DEFAULT_BM25: Bm25Params = { k1: 1.2, b: 0.5 }

/** Builds a BM25 index; documents are lists of weighted terms (weight scales the term frequency). */
export function buildBm25(documents: readonly (readonly WeightedTerm[])[], params: Bm25Params = DEFAULT_BM25): Bm25Index {
  const raw = new Map<string, Map<number, number>>()
  const docLengths = new Float64Array(documents.length)
  documents.forEach((terms, docId) => {
    for (const { term, weight } of terms) {
      let postings = raw.get(term)
      if (!postings) {
        postings = new Map()
        raw.set(term, postings)
      }
      postings.set(docId, (postings.get(docId) ?? 0) + weight)
      docLengths[docId] += weight
    }
  })
  const n = documents.length
  let total = 0
  for (const len of docLengths) total += len
  const avgDocLength = n > 0 ? total / n : 1
  const { k1, b } = params
  // Everything but the query weight is known at build time, so scoring is one multiply-add per posting.
  const postings = new Map<string, Bm25Postings>()
  for (const [term, byDoc] of raw) {
    const df = byDoc.size
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5))
    const docs = Int32Array.from(byDoc.keys())
    const contributions = new Float64Array(docs.length)
    let i = 0
    for (const [doc, tf] of byDoc) {
      const norm = k1 * (1 - b + (b * docLengths[doc]) / avgDocLength)
      contributions[i++] = (idf * (tf * (k1 + 1))) / (tf + norm)
    }
    postings.set(term, { docs, contributions, idf })
  }
  return { docCount: n, postings, docLengths, avgDocLength, params }
}

/** Scores every document against a query; `out` (length docCount) is zeroed and filled, then returned. */
export function scoreBm25(index: Bm25Index, query: readonly WeightedTerm[], out: Float64Array = new Float64Array(index.docCount)): Float64Array {
  out.fill(0)
  for (const { term, weight } of query) {
    const posting = index.postings.get(term)
    if (!posting) continue
    const { docs, contributions } = posting
    for (let i = 0; i < docs.length; i++) out[docs[i]] += weight * contributions[i]
  }
  return out
}
