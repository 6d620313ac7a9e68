/**
 * A literal prefilter for many regexes tested against one short text. Most of the understanding step's cues
 * can only match where one of a few words stands (哪张/哪位…, 有人在/有人把…): one pass over the text finds
 * which of those words occur, and only the regexes some found word allows are run. The answers are those of
 * `re.test(text)` for every regex; the words are read from each regex's syntax tree, so a cue edited in the
 * lexicon needs nothing else.
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp'
import { buildKeyedTrie } from './char-trie'

/** Largest set of exact strings kept for one node (products of classes grow fast). */
const EXACT_MAX = 64
/** Largest set of required strings kept for one regex. */
const NEED_MAX = 256
/** Largest character class read as a set of single characters. */
const CLASS_MAX = 32

/**
 * What a node of a regex can match: `exact` every string it can consume (when that set is finite and small),
 * `need` strings one of which every match of it contains (null: nothing can be said).
 */
interface Facts {
  exact: string[] | null
  need: string[] | null
}

const NOTHING: Facts = { exact: null, need: null }
const EMPTY: Facts = { exact: [''], need: null }

/** A set of required strings is as good as its shortest string; fewer strings break ties. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!usable(b)) return usable(a) ? a : null
  if (!usable(a)) return b
  const la = Math.min(...a.map((s) => s.length))
  const lb = Math.min(...b.map((s) => s.length))
  if (la !== lb) return la > lb ? a : b
  return a.length <= b.length ? a : b
}

/** A required set is useful when it has no empty string (every text contains that) and is not too large. */
function usable(set: string[] | null): set is string[] {
  return set !== null && set.length > 0 && set.length <= NEED_MAX && !set.includes('')
}

function unique(strings: string[]): string[] {
  return [...new Set(strings)]
}

function product(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > EXACT_MAX) return null
  const out: string[] = []
  for (const x of a) for (const y of b) out.push(x + y)
  return unique(out)
}

function withExactAsNeed(facts: Facts): Facts {
  return { exact: facts.exact, need: better(facts.need, facts.exact) }
}

function ofAlternatives(alternatives: readonly AST.Alternative[]): Facts {
  const parts = alternatives.map(ofAlternative)
  let exact: string[] | null = []
  let need: string[] | null = []
  for (const part of parts) {
    exact = exact !== null && part.exact !== null ? unique([...exact, ...part.exact]) : null
    if (exact !== null && exact.length > EXACT_MAX) exact = null
    const partNeed = usable(part.need) ? part.need : null
    need = need !== null && partNeed !== null ? unique([...need, ...partNeed]) : null
  }
  return withExactAsNeed({ exact, need: usable(need) ? need : null })
}

function ofAlternative(alternative: AST.Alternative): Facts {
  let run: string[] | null = ['']
  // While every element so far is exact, `run` is the exact set of the whole alternative.
  let allExact = true
  let need: string[] | null = null
  for (const element of alternative.elements) {
    const facts = ofElement(element)
    need = better(need, facts.need)
    if (facts.exact === null) {
      allExact = false
      need = better(need, run)
      run = null
      continue
    }
    if (run === null) {
      run = facts.exact
    } else {
      const joined = product(run, facts.exact)
      if (joined === null) {
        allExact = false
        need = better(need, run)
        run = facts.exact
      } else run = joined
    }
  }
  need = better(need, run)
  return withExactAsNeed({ exact: allExact ? run : null, need })
}

function ofClass(node: AST.CharacterClass): Facts {
  if (node.negate) return NOTHING
  const chars: string[] = []
  for (const element of node.elements) {
    if (element.type === 'Character') chars.push(String.fromCodePoint(element.value))
    else if (element.type === 'CharacterClassRange') {
      if (element.max.value - element.min.value >= CLASS_MAX) return NOTHING
      for (let c = element.min.value; c <= element.max.value; c++) chars.push(String.fromCodePoint(c))
    } else return NOTHING
  }
  if (chars.length === 0 || chars.length > CLASS_MAX) return NOTHING
  return withExactAsNeed({ exact: unique(chars), need: null })
}

function ofQuantifier(node: AST.Quantifier): Facts {
  const inner = ofElement(node.element)
  if (node.min === 0) {
    if (node.max === 1 && inner.exact !== null && inner.exact.length < EXACT_MAX) return { exact: unique(['', ...inner.exact]), need: null }
    return NOTHING
  }
  // At least one repetition: whatever one repetition needs, the whole needs.
  let exact: string[] | null = null
  if (node.min === node.max && inner.exact !== null) {
    exact = ['']
    for (let i = 0; i < node.min && exact !== null; i++) exact = product(exact, inner.exact)
  }
  return withExactAsNeed({ exact, need: inner.need })
}

function ofElement(node: AST.Element): Facts {
  switch (node.type) {
    case 'Character':
      return withExactAsNeed({ exact: [String.fromCodePoint(node.value)], need: null })
    case 'CharacterClass':
      return ofClass(node)
    case 'Group':
    case 'CapturingGroup':
      return ofAlternatives(node.alternatives)
    case 'Quantifier':
      return ofQuantifier(node)
    // ^, $, \b and lookarounds consume nothing: within the match they are the empty string.
    case 'Assertion':
      return EMPTY
    default:
      // Character sets (., \d, \p{…}), back-references, v-flag classes: nothing is known.
      return NOTHING
  }
}

const parser = new RegExpParser()

/**
 * Strings one of which every match of `re` contains, or null when none can be named (then the regex must
 * always be run). Case-insensitive regexes get null.
 */
export function requiredLiterals(re: RegExp): string[] | null {
  if (re.flags.includes('i')) return null
  const pattern = parser.parsePattern(re.source, 0, re.source.length, { unicode: re.flags.includes('u'), unicodeSets: re.flags.includes('v') })
  const facts = ofAlternatives(pattern.alternatives)
  return usable(facts.need) ? facts.need : null
}

/** A fixed list of regexes with the literals each needs; `possible(text)` says which may match it. */
export interface LiteralGate {
  /** For each regex (by its index), whether it may match: false only when it cannot. Reused between calls. */
  possible(text: string): Uint8Array
  /**
   * Exactly `regexes[i].test(text)`, but skipped when the regex cannot match; call `possible` first. (A global or
   * sticky regex's `test` depends on its lastIndex: run those yourself where `possible` allows.)
   */
  test(i: number, text: string, possible: Uint8Array): boolean
  /** The literals found for each regex (null: always run), for tests. */
  readonly literals: readonly (readonly string[] | null)[]
}

/** Builds a gate over regexes; each keeps its own index. */
export function buildLiteralGate(regexes: readonly RegExp[]): LiteralGate {
  const literals = regexes.map(requiredLiterals)
  const always = new Uint8Array(regexes.length)
  literals.forEach((strings, i) => {
    if (strings === null) always[i] = 1
  })
  const { trie, values: regexesOfKey } = buildKeyedTrie(literals.flatMap((strings, i) => (strings ?? []).map((s) => [s, i] as const)))
  const result = new Uint8Array(regexes.length)

  function possible(text: string): Uint8Array {
    result.set(always)
    for (let start = 0; start < text.length; start++) {
      let node = trie.child(0, text.charCodeAt(start))
      let i = start + 1
      while (node >= 0) {
        const key = trie.keyAt(node)
        if (key >= 0) for (const r of regexesOfKey[key] as number[]) result[r] = 1
        if (i >= text.length) break
        node = trie.child(node, text.charCodeAt(i++))
      }
    }
    return result
  }

  return {
    possible,
    test: (i, text, mask) => mask[i] === 1 && (regexes[i] as RegExp).test(text),
    literals,
  }
}
