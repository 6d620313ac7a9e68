import { SIGNAL_FEATURES } from './lexicons'
import type { Intent } from './types'

/**
 * Every input of the intent and urgency scores: the lexicon cues plus
 * - kb: knowledge-base match strength (top topic score / threshold, 0 below it); noKb: 1 when no topic clears it
 * - category: best category lexicon score / 3; noCategory: 1 when nothing in the compound is named
 * - staffMention: @物业, @网格员, @社区小助手
 * - empty: no Han characters left ([强][强], "ok"); short: at most 6 Han characters
 * - shortAck: acknowledgement words in a short message only (好的 inside a long message means nothing)
 * - followPair: both a reference to an earlier report and a status question
 * - notQuestionForm: no question word, procedure word or hearsay (a statement, not a question); 2 for a statement of more
 *   than 8 Han characters in which no word that could ask appears at all, even with policy words or hearsay in it
 * - toldDone: a benefit or procedure told as done (拿到了, 装好了, 没通过), or talked about with social cues, with no question
 *   word or mark: news or opinion between neighbours
 */
export const INTENT_FEATURES = [
  ...SIGNAL_FEATURES,
  'kb',
  'noKb',
  'category',
  'noCategory',
  'staffMention',
  'empty',
  'short',
  'shortAck',
  'followPair',
  'notQuestionForm',
  'toldDone',
] as const

/** A feature key. */
export type IntentFeature = (typeof INTENT_FEATURES)[number]

/** Position of each feature in a FeatureVector. */
export const FEATURE_ID: Readonly<Record<IntentFeature, number>> = Object.freeze(
  Object.fromEntries(INTENT_FEATURES.map((feature, i) => [feature, i])) as Record<IntentFeature, number>,
)

/** Feature values of one message, indexed by FEATURE_ID. */
export type FeatureVector = Float64Array

/** A zeroed feature vector. */
export function createFeatureVector(): FeatureVector {
  return new Float64Array(INTENT_FEATURES.length)
}

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
      resolved: -1.6,
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
      notQuestionForm: -2.2,
      toldDone: -1.5,
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
      toldDone: 1,
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

/** A linear score flattened into parallel arrays once, so scoring a message is a short loop over numbers. */
export interface CompiledLinearScore {
  bias: number
  ids: Int32Array
  weights: Float64Array
  caps: Float64Array
}

/** Flattens a LinearScore (call once at module load). */
export function compileLinear(model: LinearScore): CompiledLinearScore {
  const features = Object.keys(model.weights) as IntentFeature[]
  return {
    bias: model.bias,
    ids: Int32Array.from(features.map((f) => FEATURE_ID[f])),
    weights: Float64Array.from(features.map((f) => model.weights[f] as number)),
    caps: Float64Array.from(features.map((f) => FEATURE_CAPS[f] ?? Infinity)),
  }
}

/** Evaluates a compiled linear score over capped features. */
export function scoreLinear(model: CompiledLinearScore, features: FeatureVector): number {
  let score = model.bias
  for (let i = 0; i < model.ids.length; i++) {
    const raw = features[model.ids[i]]
    if (raw !== 0) score += model.weights[i] * (raw < model.caps[i] ? raw : model.caps[i])
  }
  return score
}
