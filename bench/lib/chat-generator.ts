/**
 * Generates realistic mixed WeChat group messages of a residential compound from templates: reports (报事),
 * policy questions, follow-ups, chatter, thanks and emoji. Written for the benchmarks (never sentences of the
 * labelled dev set) and deterministic for a given seed.
 */

/** A small deterministic PRNG (mulberry32), so every run offers the same messages. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** What kind of message a template writes. */
export type ChatKind = 'report' | 'urgent' | 'question' | 'followup' | 'chatter'

type Slots = { b: string; u: string; f: string; r: string; cn: string; place: string; time: string; who: string }
type Template = (s: Slots) => string

const CN_DIGITS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']
const PLACES = ['东门', '西门', '南门口', '北门', '地下车库', '中心花园', '健身器材那边', '快递柜旁边', '垃圾站', '幼儿园门口', '篮球场', '非机动车棚']
const TIMES = ['昨天晚上', '今天一早', '这两天', '从上周开始', '刚才', '前天下午', '最近一个礼拜', '一到晚上']
const WHO = ['物业', '网格员', '社区', '管家', '楼长']

const REPORTS: Template[] = [
  (s) => `${s.b}号楼${s.u}单元${s.f}楼的声控灯${s.time}就不亮了，上下楼黑漆漆的`,
  (s) => `${s.place}的路灯坏了${s.time}都没人修，晚上走路很不安全`,
  (s) => `${s.b}栋${s.u}单元的电梯${s.time}老是异响，坐着心里发慌，麻烦${s.who}找人看看`,
  (s) => `${s.b}号楼后面的下水道堵住了，脏水往外冒，味道很大`,
  (s) => `${s.place}垃圾桶满得溢出来了，${s.time}都没清运`,
  (s) => `${s.b}号楼${s.r}室楼上在漏水，我家卫生间天花板一直滴水`,
  (s) => `地下车库有辆白色的车${s.time}一直堵在消防通道上，别的车都出不去`,
  (s) => `${s.b}号楼${s.u}单元门禁坏了，刷卡没反应，门也关不上`,
  (s) => `${s.place}的充电桩插上没电，扫码也付不了，${s.who}能不能联系下厂家`,
  (s) => `楼上${s.time}装修，中午和晚上十点后还在电钻，老人孩子都休息不好`,
  (s) => `${s.b}号楼楼道里堆满了纸箱子和旧家具，${s.who}管一管吧`,
  (s) => `${s.place}那块地砖翘起来了，早上有老人差点绊倒`,
  (s) => `${s.cn}号楼单元门口的台阶扶手松了，一扶就晃`,
  (s) => `小区${s.place}的水管好像爆了，地上全是水`,
  (s) => `有人在${s.b}号楼楼下空地上种菜还浇粪，臭得不行`,
  (s) => `${s.b}号楼外墙的瓷砖掉了好几块，下面有人走，太危险了`,
  (s) => `${s.time}${s.b}号楼停水了，也没看到通知，什么时候能来水`,
  (s) => `非机动车棚里好几辆电动车拉线充电，线都拖到地上了`,
]

const URGENT: Template[] = [
  (s) => `${s.b}号楼${s.u}单元有很浓的煤气味，好像哪家漏气了，快来人看看`,
  (s) => `${s.b}栋电梯卡在${s.f}楼了，里面关着人出不来，赶紧叫人`,
  (s) => `${s.place}冒黑烟了，像是着火了，谁快打119`,
]

const QUESTIONS: Template[] = [
  () => '家里老人今年八十了，高龄补贴要去哪里办，要带什么',
  () => '想问下低保的申请条件是什么，收入怎么算',
  () => '城乡居民医保今年交多少钱，在手机上能交吗',
  () => '住院花了不少钱，医保报完还有大病救助可以申请吗',
  () => '我们这种老楼加装电梯，要楼里多少户同意才行',
  () => '想在自己车位装个充电桩，物业那边要什么手续',
  () => '社区食堂在哪，老人吃饭有没有优惠',
  () => '孩子放学没人接，社区有没有四点半课堂',
  () => '残疾人护理补贴怎么申请，要提供哪些证明',
  () => '开居住证明要去哪里开，本人不在能代办吗',
  () => '志愿者怎么报名，积分能换什么',
  () => '和邻居闹矛盾了，社区能不能帮忙调解一下',
  () => '退役军人证怎么办理，去哪个窗口',
  () => '失业了想找个公益性岗位，社区有推荐吗',
  () => '居民养老保险一年交多少档，交满多少年能领',
  (s) => `请问${s.who}，社区服务站周末上不上班，几点开门`,
]

const FOLLOWUPS: Template[] = [
  (s) => `我${s.time}报的${s.b}号楼灯的事情有人管了吗，现在还是黑的`,
  (s) => `前几天说的${s.place}漏水修好没有啊，怎么一直没人回复`,
  () => '上回登记的那个电梯的问题，进度能查一下吗',
  (s) => `@${s.who} 我之前反映的垃圾问题处理了没有`,
]

const CHATTER: Template[] = [
  () => '收到收到，马上转给家里人',
  () => '好的，谢谢',
  () => '[强][强][强][强]',
  () => '今天太阳真好，出来晒晒被子',
  (s) => `有没有邻居拼车去高铁站，${s.time}出发`,
  () => '谁家的快递放错到我家门口了，顺丰的，来拿一下',
  () => '出一个儿童自行车，九成新，要的私聊',
  (s) => `${s.b}号楼有没有人捡到一串钥匙，上面挂着小熊`,
  () => '谢谢物业师傅，灯已经修好了，辛苦了[抱拳]',
  () => '哈哈哈哈',
  () => '早上好[太阳]',
  () => '这个群好热闹啊',
  () => '明天降温了，大家出门多穿点',
  (s) => `团购的水果到了，放在${s.place}，大家自己去拿`,
  () => '[玫瑰][玫瑰]',
  () => '有人知道附近哪里配钥匙吗',
  () => '周末小区里有义诊，老人可以去量量血压',
  () => '+1',
]

const MIX: readonly [ChatKind, number, Template[]][] = [
  ['report', 0.32, REPORTS],
  ['urgent', 0.01, URGENT],
  ['question', 0.2, QUESTIONS],
  ['followup', 0.07, FOLLOWUPS],
  ['chatter', 0.4, CHATTER],
]

/** One generated message. */
export interface GeneratedMessage {
  kind: ChatKind
  text: string
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]
}

/** Generates `n` mixed messages (about a third reports, a fifth questions, two fifths chatter). */
export function generateMessages(n: number, rand: () => number): GeneratedMessage[] {
  const out: GeneratedMessage[] = []
  for (let i = 0; i < n; i++) {
    let x = rand()
    let entry = MIX[MIX.length - 1]
    for (const m of MIX) {
      if (x < m[1]) {
        entry = m
        break
      }
      x -= m[1]
    }
    const b = 1 + Math.floor(rand() * 24)
    const slots: Slots = {
      b: String(b),
      u: String(1 + Math.floor(rand() * 4)),
      f: String(1 + Math.floor(rand() * 18)),
      r: `${1 + Math.floor(rand() * 18)}0${1 + Math.floor(rand() * 4)}`,
      cn: CN_DIGITS[(b - 1) % 10],
      place: pick(rand, PLACES),
      time: pick(rand, TIMES),
      who: pick(rand, WHO),
    }
    out.push({ kind: entry[0], text: pick(rand, entry[2])(slots) })
  }
  return out
}
