/** The 13 request categories (see ../shared/eval/SCHEMA.md), with their Chinese names. */
export const REQUEST_CATEGORIES = {
  lighting: '照明',
  water: '供排水',
  'ev-charging': '电动车充电',
  elevator: '电梯',
  parking: '停车',
  sanitation: '环境卫生',
  facilities: '公共设施',
  safety: '安全隐患',
  noise: '噪音扰民',
  dispute: '邻里纠纷',
  property: '物业服务',
  'elderly-care': '为老及特殊群体服务',
  other: '其他',
} as const

export type RequestCategory = keyof typeof REQUEST_CATEGORIES
export const CATEGORY_KEYS = Object.keys(REQUEST_CATEGORIES) as RequestCategory[]

/** True when `value` is one of the 13 category keys. */
export function isRequestCategory(value: unknown): value is RequestCategory {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(REQUEST_CATEGORIES, value)
}

/** The 16 knowledge-base topics, with their Chinese names. */
export const FAQ_TOPICS = {
  'elderly-allowance': '高龄津贴',
  dibao: '最低生活保障（低保）',
  'critical-illness-aid': '大病救助、医疗救助',
  'resident-pension': '城乡居民养老保险',
  'resident-medical-insurance': '城乡居民医保',
  'elevator-retrofit': '既有住宅加装电梯',
  'ev-charging-install': '小区充电桩安装申请',
  'elderly-canteen': '老年助餐、社区食堂',
  childcare: '普惠托育、四点半课堂',
  'veteran-services': '退役军人与优抚对象服务',
  'disability-subsidy': '残疾人两项补贴',
  'mobile-desk': '流动办公桌、社区办事时间与地点',
  'legal-aid': '法律咨询、人民调解',
  employment: '就业帮扶、公益性岗位',
  volunteer: '志愿者报名、志愿积分',
  'residence-proof': '开具居住证明等证明材料',
} as const

export type FaqTopic = keyof typeof FAQ_TOPICS
