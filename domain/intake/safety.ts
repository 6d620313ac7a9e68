import { buildTermMatcher } from '../understanding/term-matcher'

/** Kinds of danger that call for different first advice (119 / 120 / 110 / 燃气抢修 …). */
export type Hazard = 'fire' | 'gas' | 'medical' | 'crime' | 'electric' | 'flood' | 'elevator' | 'structure' | 'general'

const HAZARD_TERMS: ReadonlyArray<readonly [Hazard, readonly string[]]> = [
  ['fire', ['着火', '起火', '失火', '火灾', '冒烟', '烟雾', '浓烟', '烧起来', '火苗', '明火', '烧着']],
  ['gas', ['燃气', '煤气', '天然气', '液化气', '气味很大', '臭鸡蛋味']],
  ['medical', ['晕倒', '昏倒', '摔倒', '摔伤', '受伤', '流血', '出血', '心脏病', '中风', '不省人事', '昏迷', '抽搐', '急救', '救护车', '喘不上气', '倒在地上', '叫不醒']],
  ['crime', ['小偷', '偷东西', '被偷', '盗窃', '撬门', '撬锁', '打架', '打人', '持刀', '抢劫', '可疑人员', '诈骗']],
  ['electric', ['漏电', '触电', '电线冒火', '电线着', '电箱冒', '打火花', '电线短路', '短路', '配电箱']],
  ['flood', ['水漫', '淹了', '爆管', '水管爆', '水管破裂', '大量漏水', '积水很深', '往下灌']],
  ['elevator', ['困电梯', '电梯困', '被困', '关在电梯', '卡在电梯', '电梯里出不来']],
  ['structure', ['坍塌', '塌了', '掉下来', '坠落', '高空坠物', '外墙脱落', '砸到', '要倒', '裂缝很大']],
]

const matcher = buildTermMatcher(HAZARD_TERMS.flatMap(([hazard, terms]) => terms.map((t) => [t, hazard] as const)))

/**
 * The hazards named in an urgent message, in a fixed order (fire first); `general` when none
 * is recognised, so there is always some advice.
 */
export function detectHazards(text: string): Hazard[] {
  const found = new Set<Hazard>()
  for (const hit of matcher.match(text)) for (const h of hit.payloads) found.add(h)
  const ordered = HAZARD_TERMS.map(([h]) => h).filter((h) => found.has(h))
  return ordered.length ? ordered : ['general']
}
