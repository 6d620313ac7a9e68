import type { SignalFeature } from './lexicons'
import type { Intent } from './types'

/** Every input of the intent and urgency scores: lexicon cues plus structural and retrieval features. */
export type IntentFeature =
  | SignalFeature
  /** Knowledge-base match strength: top BM25 score / threshold, 0 below the threshold. */
  | 'kb'
  /** 1 when no topic clears the threshold (a question must have a topic to answer). */
  | 'noKb'
  /** Best category lexicon score / 3: how much the message talks about compound infrastructure. */
  | 'category'
  /** @物业, @网格员, @社区小助手: addressed to someone who can act or answer. */
  | 'staffMention'
  /** No Han characters left after removing emoji codes and mentions ([强][强], "ok"). */
  | 'empty'
  /** At most 6 Han characters (收到, 好的谢谢). */
  | 'short'
  /** Both a reference to an earlier report and a status question. */
  | 'followPair'
  /** Acknowledgement words in a short message only (好的 inside a long message means nothing). */
  | 'shortAck'
  /** No category lexicon hit: nothing in the compound is concerned (a private legal or money matter). */
  | 'noCategory'
  /** No question word, procedure word or hearsay: a statement, not a question. */
  | 'notQuestionForm'

/** Per-feature caps so that one repeated cue cannot dominate. */
export const FEATURE_CAPS: Readonly<Partial<Record<IntentFeature, number>>> = {
  problem: 2.5,
  ask: 2,
  dispatch: 2,
  complaint: 1.6,
  question: 2,
  procedure: 2,
  hearsay: 1,
  priorReport: 1.5,
  statusQuery: 2,
  notice: 3,
  thanks: 1.5,
  resolved: 2,
  ad: 3,
  chainList: 4,
  greeting: 2,
  shortAck: 2,
  lostFound: 2,
  social: 2,
  danger: 2.5,
  rush: 1.2,
  privateMatter: 1,
  kb: 2,
  category: 2,
}

/** A linear score: bias plus weighted features. */
export interface LinearScore {
  bias: number
  weights: Readonly<Partial<Record<IntentFeature, number>>>
}

/**
 * Intent weights, set by hand from what each cue means (a notice is chat, a status question is a followup)
 * and checked on handwritten examples; the highest score wins.
 */
export const INTENT_WEIGHTS: Readonly<Record<Intent, LinearScore>> = {
  request: {
    bias: -0.7,
    weights: {
      problem: 1.3,
      ask: 1.0,
      dispatch: 1.0,
      complaint: 0.45,
      category: 0.5,
      noCategory: -0.8,
      danger: 0.8,
      rush: 0.5,
      staffMention: 0.4,
      procedure: -0.55,
      hearsay: -0.5,
      kb: -0.3,
      notice: -1.2,
      thanks: -0.7,
      resolved: -1.3,
      ad: -1.5,
      chainList: -3,
      greeting: -0.8,
      shortAck: -1,
      lostFound: -1.5,
      social: -0.8,
      hypothetical: -0.3,
      privateMatter: -0.8,
      statusQuery: -1.0,
      priorReport: -0.8,
      empty: -3,
    },
  },
  question: {
    bias: -0.6,
    weights: {
      kb: 1.5,
      noKb: -6,
      notQuestionForm: -2,
      question: 0.6,
      procedure: 0.9,
      hearsay: 0.6,
      problem: -0.6,
      ask: -0.8,
      dispatch: -1.2,
      complaint: -0.3,
      danger: -1.5,
      notice: -1.3,
      thanks: -1.0,
      resolved: -0.6,
      ad: -1.5,
      chainList: -3,
      lostFound: -1,
      social: -0.3,
      statusQuery: -1.2,
      priorReport: -1.0,
      privateMatter: 0.4,
      empty: -3,
    },
  },
  followup: {
    bias: -1.3,
    weights: {
      statusQuery: 1.5,
      priorReport: 1.1,
      followPair: 0.8,
      problem: 0.3,
      complaint: 0.2,
      staffMention: 0.3,
      notice: -1.5,
      resolved: -0.8,
      thanks: -0.5,
      ad: -1.5,
      chainList: -3,
      empty: -3,
    },
  },
  chat: {
    bias: 0.3,
    weights: {
      notice: 1.0,
      thanks: 1.0,
      resolved: 1.0,
      ad: 1.2,
      chainList: 2,
      greeting: 1.2,
      shortAck: 1.4,
      lostFound: 1.2,
      social: 0.8,
      empty: 3,
      short: 0.4,
      hypothetical: 0.3,
    },
  },
}

/** Urgency: danger cues now, minus signs that the danger is past, avoided, hypothetical or announced. */
export const URGENT_SCORE: LinearScore = {
  bias: 0,
  weights: {
    danger: 1,
    rush: 0.5,
    nearMiss: -1.5,
    hypothetical: -2,
    past: -1.2,
    resolved: -1.5,
    notice: -0.6,
  },
}

/** A message is urgent when URGENT_SCORE reaches this and it asks for help (request or followup). */
export const URGENT_THRESHOLD = 1

/** A linear score flattened into parallel arrays once, so scoring a message does no key enumeration. */
export interface CompiledLinearScore {
  bias: number
  features: IntentFeature[]
  weights: Float64Array
  caps: Float64Array
}

/** Flattens a LinearScore (call once at module load). */
export function compileLinear(model: LinearScore): CompiledLinearScore {
  const features = Object.keys(model.weights) as IntentFeature[]
  return {
    bias: model.bias,
    features,
    weights: Float64Array.from(features.map((f) => model.weights[f] as number)),
    caps: Float64Array.from(features.map((f) => FEATURE_CAPS[f] ?? Infinity)),
  }
}

/** Evaluates a compiled linear score over capped features. */
export function scoreLinear(model: CompiledLinearScore, features: Readonly<Partial<Record<IntentFeature, number>>>): number {
  let score = model.bias
  for (let i = 0; i < model.features.length; i++) {
    const raw = features[model.features[i]]
    if (raw === undefined || raw === 0) continue
    score += model.weights[i] * (raw < model.caps[i] ? raw : model.caps[i])
  }
  return score
}
