/**
 * A character trie packed into typed arrays. The understanding step walks several dictionaries of thousands of
 * words for every message, between hundreds of regexes and the knowledge base's tables; a trie of objects and
 * Maps spread over megabytes of heap fell out of the processor's cache between two messages, and reading it
 * back cost more than the walk itself. Here a node is an index, and its edges sit side by side, sorted by
 * character, in one small block of memory.
 */
export interface CharTrie {
  /** The node reached from `node` over the UTF-16 code unit `code`, or -1. */
  child(node: number, code: number): number
  /** The index (in the list given to `buildCharTrie`) of the key that ends at `node`, or -1. */
  keyAt(node: number): number
}

/** Edges of a node up to this many are searched one by one; beyond, by bisection. */
const LINEAR_MAX = 8

/** Builds a trie of `keys`; a key listed twice ends at the node of its first listing. Empty keys are ignored. */
export function buildCharTrie(keys: readonly string[]): CharTrie {
  // Build with Maps, then lay the nodes out breadth first with each node's edges sorted by character.
  const nexts: Map<number, number>[] = [new Map()]
  const keyOf: number[] = [-1]
  keys.forEach((key, k) => {
    if (key.length === 0) return
    let node = 0
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i)
      let next = (nexts[node] as Map<number, number>).get(code)
      if (next === undefined) {
        next = nexts.length
        nexts.push(new Map())
        keyOf.push(-1)
        ;(nexts[node] as Map<number, number>).set(code, next)
      }
      node = next
    }
    if (keyOf[node] === -1) keyOf[node] = k
  })

  const count = nexts.length
  const order: number[] = [0]
  const packedId = new Int32Array(count)
  for (let head = 0; head < order.length; head++) {
    const node = order[head] as number
    packedId[node] = head
    const children = [...(nexts[node] as Map<number, number>).entries()].sort((a, b) => a[0] - b[0])
    for (const [, child] of children) order.push(child)
  }
  const edgeStart = new Int32Array(count + 1)
  const edgeChar = new Uint16Array(count - 1)
  const edgeTarget = new Int32Array(count - 1)
  const keyAt = new Int32Array(count)
  let edge = 0
  for (let id = 0; id < count; id++) {
    const node = order[id] as number
    edgeStart[id] = edge
    keyAt[id] = keyOf[node] as number
    const children = [...(nexts[node] as Map<number, number>).entries()].sort((a, b) => a[0] - b[0])
    for (const [code, child] of children) {
      edgeChar[edge] = code
      edgeTarget[edge] = packedId[child] as number
      edge++
    }
  }
  edgeStart[count] = edge

  // The root has thousands of edges and is read at every character of a message: its edges also go into a
  // small open-addressing table (linear probing, at most 70 % full).
  const rootEdges = (edgeStart[1] as number) - (edgeStart[0] as number)
  let bits = 4
  while (1 << bits < rootEdges / 0.7) bits++
  const shift = 32 - bits
  const mask = (1 << bits) - 1
  const rootChar = new Uint16Array(1 << bits)
  const rootTarget = new Int32Array(1 << bits).fill(-1)
  for (let e = edgeStart[0] as number; e < (edgeStart[1] as number); e++) {
    let slot = Math.imul(edgeChar[e] as number, 0x9e3779b1) >>> shift
    while ((rootTarget[slot] as number) >= 0) slot = (slot + 1) & mask
    rootChar[slot] = edgeChar[e] as number
    rootTarget[slot] = edgeTarget[e] as number
  }

  return new PackedTrie(edgeStart, edgeChar, edgeTarget, keyAt, rootChar, rootTarget, shift, mask)
}


/** A trie of distinct keys with every value listed for each: `values[k]` belongs to `keys[k]`, which ends at `trie.keyAt`. */
export interface KeyedTrie<T> {
  trie: CharTrie
  keys: string[]
  values: T[][]
}

/** Groups (key, value) pairs by key, in first-seen order, and builds their trie; empty keys are ignored. */
export function buildKeyedTrie<T>(entries: Iterable<readonly [string, T]>): KeyedTrie<T> {
  const index = new Map<string, number>()
  const keys: string[] = []
  const values: T[][] = []
  for (const [key, value] of entries) {
    if (key.length === 0) continue
    let k = index.get(key)
    if (k === undefined) {
      k = keys.length
      index.set(key, k)
      keys.push(key)
      values.push([])
    }
    ;(values[k] as T[]).push(value)
  }
  return { trie: buildCharTrie(keys), keys, values }
}

/** The packed trie; a class, so that every trie shares one shape and its methods inline wherever they are called. */
class PackedTrie implements CharTrie {
  constructor(
    private readonly edgeStart: Int32Array,
    private readonly edgeChar: Uint16Array,
    private readonly edgeTarget: Int32Array,
    private readonly keys: Int32Array,
    private readonly rootChar: Uint16Array,
    private readonly rootTarget: Int32Array,
    private readonly shift: number,
    private readonly mask: number,
  ) {}

  child(node: number, code: number): number {
    if (node === 0) {
      let slot = Math.imul(code, 0x9e3779b1) >>> this.shift
      for (;;) {
        const target = this.rootTarget[slot] as number
        if (target < 0 || this.rootChar[slot] === code) return target
        slot = (slot + 1) & this.mask
      }
    }
    const edgeChar = this.edgeChar
    let lo = this.edgeStart[node] as number
    let hi = this.edgeStart[node + 1] as number
    while (hi - lo > LINEAR_MAX) {
      const mid = (lo + hi) >>> 1
      if ((edgeChar[mid] as number) < code) lo = mid + 1
      else hi = mid + 1
    }
    for (; lo < hi; lo++) {
      const c = edgeChar[lo] as number
      if (c === code) return this.edgeTarget[lo] as number
      if (c > code) return -1
    }
    return -1
  }

  keyAt(node: number): number {
    return this.keys[node] as number
  }
}
