import { Jieba } from '@node-rs/jieba'
import * as OpenCC from 'opencc-js'
import { dict } from '@node-rs/jieba/dict'
import { buildTermMatcher, type TermMatcher } from './term-matcher'

/** A message with WeChat noise separated from the words. */
export interface NormalizedText {
  /** Half-width, lower-case text with emoji codes, pictographs and @mentions replaced by spaces, typos fixed. */
  text: string
  /** `@物业王经理` → `物业王经理`. */
  mentions: string[]
  /** `[捂脸]` → `捂脸`. */
  emojis: string[]
  /** Number of non-empty lines in the raw message (接龙 lists are multi-line). */
  lineCount: number
}

/**
 * Homophone and slip-of-the-finger typos common in residents' pinyin input, fixed before matching.
 * Only pairs whose wrong form is not itself a common word are listed.
 */
export const TYPOS: ReadonlyArray<readonly [string, string]> = [
  ['楼到灯', '楼道灯'],
  ['楼到里', '楼道里'],
  ['楼到', '楼道'],
  ['下水到', '下水道'],
  ['不量了', '不亮了'],
  ['不量', '不亮'],
  ['以经', '已经'],
  ['己经', '已经'],
  ['电悌', '电梯'],
  ['电提', '电梯'],
  ['无业你好', '物业你好'],
  ['无业你们好', '物业你们好'],
  ['道赌了', '道堵了'],
  ['电题', '电梯'],
  ['电剃', '电梯'],
  ['天然汽', '天然气'],
  ['坏拉', '坏了'],
  ['坏啦', '坏了'],
  ['低宝', '低保'],
  ['医宝', '医保'],
  ['充电庄', '充电桩'],
  ['充电装', '充电桩'],
  // 陕西 额们 = 我们; 西南 别个 = 别人, 梯坎 = 台阶
  ['额们', '我们'],
  ['别个', '别人'],
  ['梯坎', '台阶'],
  ['扫不起', '扫不了'],
  // 皖北/豫东: 今个 = 今天, 叫风刮 = 被风刮, 白叫人 = 别让人, 景盖 = 井盖 (voice input)
  ['今个', '今天'],
  ['叫风', '被风'],
  ['白叫人', '别让人'],
  ['景盖', '井盖'],
  ['树到了', '树倒了'],
  // 重庆 关到人 = 关住人 (trapped)
  ['关到人', '关住人'],
  ['莫事', '没事'],
  ['电平车', '电瓶车'],
  ['回复供水', '恢复供水'],
  ['回复供电', '恢复供电'],
  ['刷不起', '刷不了'],
  ['漏谁', '漏水'],
  ['停谁', '停水'],
  ['路等', '路灯'],
  ['声空灯', '声控灯'],
  ['垃级', '垃圾'],
  ['拉圾', '垃圾'],
  ['燥音', '噪音'],
  ['躁音', '噪音'],
  ['噪声', '噪音'],
  ['没得人', '没人'],
  ['咋个', '怎么'],
  ['咋', '怎么'],
  ['木有', '没有'],
  ['燃汽', '燃气'],
  // pinyin and handwriting input's wrong candidates for the compound's words
  ['店题', '电梯'],
  ['办工桌', '办公桌'],
  ['一保', '医保'],
  ['加状', '加装'],
  ['装秀', '装修'],
  ['保吉', '保洁'],
  ['托于', '托育'],
  ['井该', '井盖'],
  ['车蓬', '车棚'],
  ['忒大', '太大'],
  ['有莫得', '有没有'],
  ['啥前儿', '什么时候'],
  ['非现', '飞线'],
  ['冇见', '没见'],
  ['边一步', '哪一步'],
  ['按怎', '怎么'],
  ['了啵', '了吗'],
  // 河南/山东 木 for 没 before a verb or what is missing (木拉, 木人扫, 木个通知, 来了木); wood keeps its words.
  ['木拉', '没拉'],
  ['木人', '没人'],
  ['木个', '没个'],
  ['木来', '没来'],
  ['木修', '没修'],
  ['木管', '没管'],
  ['木发', '没发'],
  ['木到', '没到'],
  ['木动静', '没动静'],
  ['木反应', '没反应'],
  ['木热', '没热'],
  ['木水', '没水'],
  ['木电', '没电'],
  ['木法', '没法'],
  ['木事', '没事'],
  ['了木', '了没'],
  ['么子时候', '什么时候'],
  ['么子', '什么'],
  ['我港的', '我讲的'],
  ['港不通', '讲不通'],
  ['低报', '低保'],
  ['那事儿', '那事'],
  ['成个礼拜', '一个礼拜'],
  ['这事儿', '这事'],
  ['声控等', '声控灯'],
  ['嘞事', '的事'],
  ['残急证', '残疾证'],
  ['残急', '残疾'],
  ['夜儿个', '昨天'],
  ['夜个', '昨天'],
  ['中不中', '行不行'],
  ['俺娘', '我妈'],
  ['俺爹', '我爸'],
  ['啥子', '什么'],
  ['啥', '什么'],
  ['哪儿', '哪里'],
  ['在那里办', '在哪里办'],
  ['在那办', '在哪办'],
  ['在那啊', '在哪啊'],
  ['居位证明', '居住证明'],
  ['俱住证明', '居住证明'],
  ['志原者', '志愿者'],
  ['志愿着', '志愿者'],
  // variants and homophones seen in voice input and dialects
  ['甚么', '什么'],
  ['没得', '没有'],
  ['今儿', '今天'],
  ['明儿', '明天'],
  ['前头', '之前'],
  ['师父', '师傅'],
  ['楼道等', '楼道灯'],
  ['冲电', '充电'],
  ['物叶', '物业'],
  ['催一哈', '催一下'],
  ['在那开', '在哪开'],
  ['在那交', '在哪交'],
  ['残补', '残疾人补贴'],
  ['居民医疗', '居民医保'],
  ['修一哈', '修一下'],
  ['查一哈', '查一下'],
  ['看一哈', '看一下'],
  ['金贴', '津贴'],
  ['没反映过', '没反映过'],
  ['没反映', '没反应'],
  ['好多钱', '多少钱'],
  // dialect function words (粤, 吴, 闽, 东北) in Mandarin
  ['有冇', '有没有'],
  ['冇得', '没有'],
  ['冇水', '没水'],
  ['冇', '没有'],
  // 湘, 赣, 鄂, 北方 voices: 哒 = 了, 渠们 = 他们, (细)伢子 = 孩子, 么事 = 什么事, 俺 = 我, 讲 = 说 (讲座 stays)
  ['么么哒', '么么哒'],
  ['哒哒', '哒哒'],
  ['哒', '了'],
  ['渠们', '他们'],
  ['细伢子', '小孩'],
  ['细伢', '小孩'],
  ['伢子', '孩子'],
  ['伢崽', '孩子'],
  ['么事', '什么事'],
  ['俺们', '我们'],
  ['俺', '我'],
  ['讲的', '说的'],
  ['讲过', '说过'],
  ['讲好', '说好'],
  ['落楼', '下楼'],
  ['嘅', '的'],
  ['啲', '的'],
  ['几时', '什么时候'],
  ['嚟整', '来修'],
  ['嗰', '那'],
  ['唔该', '麻烦'],
  ['可唔可以', '可不可以'],
  ['系唔系', '是不是'],
  // 粤: words that carry a report's meaning (嚟 来, 瞓 睡, 冧 塌, 掟 扔, 琴日 昨天, 火烛 着火, 水浸 淹水, 晕低 晕倒 …)
  ['嚟', '来'],
  ['点瞓', '怎么睡'],
  ['瞓', '睡'],
  ['冧', '塌'],
  ['掟', '扔'],
  ['琴日', '昨天'],
  ['寻日', '昨天'],
  ['火烛', '着火'],
  ['水浸', '淹水'],
  ['晕低', '晕倒'],
  ['点解', '为什么'],
  ['喺度', '在这'],
  ['泊车', '停车'],
  ['泊死', '停死'],
  ['泊喺', '停在'],
  ['畀', '被'],
  ['揾', '找'],
  ['嘢', '东西'],
  ['仲裁', '仲裁'],
  ['仲', '还'],
  ['未见', '没见'],
  ['霸晒', '霸占了'],
  ['都系咁', '都是这样'],
  ['系咁', '是这样'],
  ['咁', '这样'],
  ['都系', '都是'],
  ['就系', '就是'],
  ['原来系', '原来是'],
  ['系咪', '是不是'],
  ['而家点', '现在怎么样'],
  ['点呀', '怎么样'],
  ['点样', '怎么样'],
  ['点算', '怎么办'],
  ['点办', '怎么办'],
  ['点睡', '怎么睡'],
  ['管理处话', '管理处说'],
  ['物业话', '物业说'],
  ['社区话', '社区说'],
  ['师傅话', '师傅说'],
  ['唔系', '不是'],
  ['好似', '好像'],
  ['唔', '不'],
  ['边度', '哪里'],
  ['边个', '谁'],
  ['几多', '多少'],
  ['睇', '看'],
  ['佢', '他'],
  ['哋', '们'],
  ['咗', '了'],
  ['喺', '在'],
  ['乜嘢', '什么'],
  ['整返', '修好'],
  ['拍门', '敲门'],
  ['入面', '里面'],
  ['阿拉', '我们'],
  ['侬拉', '你们'],
  ['侬', '你'],
  ['屋里厢', '家里'],
  ['哪能', '怎么样'],
  ['多得来', '很多'],
  ['请勿', '请勿'],
  ['勿', '不'],
  ['覅', '不要'],
  ['交关', '很'],
  ['辰光', '时候'],
  ['迭个', '这个'],
  ['迭只', '这个'],
  ['歹势', '不好意思'],
  ['而家', '现在'],
  ['究竟', '到底'],
  ['今朝', '今天'],
  ['明朝', '明天'],
  ['事体', '事'],
  ['上趟', '上次'],
  // 听水通知, 门紧坏了, 暧气 (a character that looks like 暖), 扶恤金: slips of the pen and of the pinyin keyboard.
  ['听水', '停水'],
  ['门紧', '门禁'],
  ['暧气', '暖气'],
  ['扶恤', '抚恤'],
  // 有冇人理, 跟进未 (粤): nobody sees to it; followed up yet.
  ['冇人理', '没人管'],
  ['跟进未', '跟进了没'],
  // 闽南 (厦门, 泉州, 台湾): days and times, 代志, 歹去, 袂 (cannot, not), 伫 (at), 阮厝 (my home), 都无 (none at all).
  ['今仔日', '今天'],
  ['昨昏', '昨天'],
  ['下晡', '下午'],
  ['啥物时阵', '什么时候'],
  ['啥物', '什么'],
  ['时阵', '时候'],
  ['代志', '事'],
  ['会使', '可以'],
  ['规暝', '整晚'],
  ['半暝', '半夜'],
  ['家己', '自己'],
  ['歹去', '坏了'],
  ['电火', '灯'],
  ['跋倒', '摔倒'],
  ['窟仔', '坑'],
  ['这爿', '这边'],
  ['东爿', '东边'],
  ['西爿', '西边'],
  ['揣无人', '找不到人'],
  ['睏袂去', '睡不着'],
  ['看袂着', '看不到'],
  ['阮厝', '我家'],
  ['阮兜', '我家'],
  ['嘛是', '也是'],
  ['嘛无', '也没'],
  ['都无', '都没'],
  ['好佳哉', '幸好'],
  ['有影', '真的'],
  ['昨暗', '昨晚'],
  ['暗时', '晚上'],
  ['伫', '在'],
  ['袂', '不'],
  ['阮阿公', '我家阿公'],
  ['阮阿嬷', '我家阿嬷'],
  ['阮老母', '我妈'],
  ['领着了', '领到了'],
  // 好彩 (粤: luckily), 搞掂 (done).
  ['好彩', '幸好'],
  ['搞掂', '搞定'],
  ['隔篱', '隔壁'],
  ['成日', '整天'],
  ['头先', '刚才'],
  ['搵', '找'],
  ['帮手', '帮忙'],
  ['做乜', '为什么'],
  ['铺头', '店铺'],
  ['过未', '过没'],
  ['到未', '到没'],
  ['报嗰个', '报的那个'],
  // 冇得事 / 没得事 (湘, 西南: no harm done), 千万莫 (湘: never), 管一哈 (a look, 西南).
  ['冇得事', '没事'],
  ['没得事', '没事'],
  ['千万莫', '千万别'],
  ['管一哈', '管一下'],
  // 赣 (南昌): 冒 for 没 — 冒有, 冒得, 刷卡冒反应, 出来了冒？ (but not 冒烟, 冒水, 感冒).
  ['冒有', '没有'],
  ['冒得', '没得'],
  ['冒反应', '没反应'],
  ['冒人管', '没人管'],
  ['冒人理', '没人理'],
  // (OpenCC turns 嗰 into 𠮶 when the message has a traditional character.)
  ['报𠮶个', '报的那个'],
  ['𠮶', '那'],
  ['老早', '早就'],
  ['昨日', '昨天'],
  ['前日', '前天'],
  ['搿个', '这个'],
  ['搿', '这'],
  ['伊拉', '他们'],
  ['侪', '都'],
  ['屋里向', '家里'],
  ['里厢', '里面'],
  ['揿', '按'],
  ['落雨', '下雨'],
  ['坏脱', '坏了'],
  ['爆脱', '爆了'],
  ['占脱', '占了'],
  ['落脱', '掉了'],
  ['挡脱', '挡住'],
  ['堵牢', '堵住'],
  ['停牢', '停着'],
  ['挡牢', '挡住'],
  ['寻勿着', '找不到'],
  ['寻不着', '找不到'],
  ['么下文', '没下文'],
  ['么人', '没人'],
  ['么水', '没水'],
  ['么通知', '没通知'],
  ['么看见', '没看见'],
  ['么开伙', '没开伙'],
  ['有回音伐', '有回音吗'],
  ['有回复伐', '有回复吗'],
  ['过伐', '过吗'],
  ['好伐', '好吗'],
  ['看伐', '看吗'],
  ['管伐', '管吗'],
  ['结果伐', '结果吗'],
  ['上伐', '上吗'],
  ['了伐', '了吗'],
  ['甚时候', '什么时候'],
  ['还么', '还没'],
  ['么动静', '没动静'],
  ['都么有', '都没有'],
  ['板扎', '真棒'],
  ['晓得伐', '知道吗'],
  ['老灵', '很好'],
  ['厝', '家'],
  ['嘎哈', '干什么'],
  ['要得', '好的'],
  // voice-input homophones
  ['滴保', '低保'],
  ['地保', '低保'],
  ['一保卡', '医保卡'],
  ['设区', '社区'],
  ['衣保', '医保'],
  ['充点桩', '充电桩'],
  ['点梯', '电梯'],
  ['电体', '电梯'],
  ['点题', '电梯'],
  ['跳匝', '跳闸'],
  ['门金', '门禁'],
  ['自愿者', '志愿者'],
  ['发律', '法律'],
  ['降压要', '降压药'],
  ['莫得', '没'],
  ['底保', '低保'],
  ['居住正明', '居住证明'],
  ['四点伴', '四点半'],
  ['低包', '低保'],
  ['高林津贴', '高龄津贴'],
  ['物页费', '物业费'],
  ['物页', '物业'],
  // pinyin input's wrong candidates for the words of reports and policies (none of the wrong forms is a common word)
  ['铁们', '铁门'],
  ['空条', '空调'],
  ['面管', '面馆'],
  ['大并', '大病'],
  ['救主', '救助'],
  ['啥时后', '什么时候'],
  ['什么时后', '什么时候'],
  ['么时后', '么时候'],
  ['到时后', '到时候'],
  ['定篷', '顶棚'],
  ['上斑', '上班'],
  ['居民一保', '居民医保'],
  ['高领津贴', '高龄津贴'],
  ['高令', '高龄'],
  ['违见', '违建'],
  ['危建', '违建'],
  ['灭火气', '灭火器'],
  ['条解', '调解'],
  ['草梅', '草莓'],
  ['论椅', '轮椅'],
  ['等一直闪', '灯一直闪'],
  ['等不亮', '灯不亮'],
  ['为墙', '围墙'],
  ['文子', '蚊子'],
  ['煤汽', '煤气'],
  ['年捡', '年检'],
  ['着伙', '着火'],
  ['消防拴', '消防栓'],
  ['消防通到', '消防通道'],
  ['广场五', '广场舞'],
  ['走郎', '走廊'],
  ['住餐', '助餐'],
  ['送参', '送餐'],
  ['普会托育', '普惠托育'],
  ['优带证', '优待证'],
  ['退疫', '退役'],
  ['残及', '残疾'],
  ['办公卓', '办公桌'],
  ['刚位', '岗位'],
  ['志愿时常', '志愿时长'],
  ['来的及', '来得及'],
  ['路登', '路灯'],
  ['绿化代', '绿化带'],
  ['青运', '清运'],
  ['器才', '器材'],
  ['唯修', '维修'],
  ['维休', '维修'],
  ['装休', '装修'],
  ['噪因', '噪音'],
  ['跳砸', '跳闸'],
  ['化分池', '化粪池'],
  ['养老保线', '养老保险'],
  ['报消', '报销'],
  ['物业废', '物业费'],
  ['保结', '保洁'],
  ['居主证', '居住证'],
  ['4点半课堂', '四点半课堂'],
  ['4:30课堂', '四点半课堂'],
  ['430课堂', '四点半课堂'],
  ['救名', '救命'],
  // 武汉/湘 么办 = 怎么办 (怎么办 and 那么办 keep theirs)
  ['怎么办', '怎么办'],
  ['那么办', '那么办'],
  ['么办', '怎么办'],
  // 武汉 么样 = 怎么样, 么斯 = 什么 (怎么样, 这么样, 那么样 keep theirs; 么时候 and 么事 are WUHAN_WHAT's)
  ['怎么样', '怎么样'],
  ['这么样', '这么样'],
  ['那么样', '那么样'],
  ['么样', '怎么样'],
  ['搞么斯', '干什么'],
  ['么斯', '什么'],
  ['怎么回事', '怎么回事'],
  ['么回事', '怎么回事'],
  ['冇得电', '没电'],
  ['冇得亮', '没亮'],
  ['冇亮', '没亮'],
  ['冇来', '没来'],
  ['冇得用', '没用'],
  // 武汉/湘 我屋里 = 我家, 么样申请 = 如何申请; 潮汕/客家 寻 = 找, 旧年 = 去年
  ['我屋里', '我家'],
  ['么样申请', '如何申请'],
  ['么样办', '如何办'],
  ['么样弄', '如何弄'],
  ['么样搞', '如何搞'],
  ['寻物业', '找物业'],
  ['旧年', '去年'],
  // 山西 夜来 = 昨天, 甚东西 = 什么东西; 云贵 是哪样 = 是什么
  ['夜来', '昨天'],
  ['甚东西', '什么东西'],
  ['做甚', '做什么'],
  ['干甚', '干什么'],
  ['甚事', '什么事'],
  ['是哪样', '是什么'],
  ['整哪样', '干什么'],
  // 被案 = 备案 (a slip); 粤/桂 点报名 = 怎么报名
  ['被案', '备案'],
  // 西南 喊人来 = 叫人来 (call someone, not shouting); 粤 光管 = 灯管
  ['喊人来', '找人来'],
  ['喊个人', '找个人'],
  ['喊师傅', '找师傅'],
  ['光管', '灯管'],
  // 抵保 = 低保, 居住正 = 居住证, 煤气为 = 煤气味 (input slips)
  ['抵保', '低保'],
  ['居住正', '居住证'],
  ['煤气为', '煤气味'],
  ['燃气为', '燃气味'],
  // 长沙 冒 = 没 before what is missing (还冒解决, 有冒人管, 冒看到通知; not 冒烟, 冒水)
  ['还冒解决', '还没解决'],
  ['还冒人', '还没人'],
  ['还冒来', '还没来'],
  ['还冒修', '还没修'],
  ['有冒得', '有没有'],
  ['有冒人', '有没有人'],
  ['冒看到', '没看到'],
  ['冒通知', '没通知'],
  ['冒人在', '没人在'],
  // 吴语 弗 = 不 (刷弗开, 弗同意), 困觉 = 睡觉; 燃起费 = 燃气费 (a slip)
  ['弗', '不'],
  ['困觉', '睡觉'],
  ['燃起费', '燃气费'],
  // 福州 伓 = 不
  ['伓', '不'],
  ['点报名', '怎么报名'],
  ['点申请', '怎么申请'],
  ['课常', '课堂'],
  // 闽南 and written Mandarin: 无 = 没
  ['无通知', '没通知'],
  ['无人管', '没人管'],
  ['无人接', '没人接'],
  ['无人清', '没人清'],
  // 四川: 好久 = 什么时候 before a start or an arrival
  ['好久开始', '什么时候开始'],
  ['好久能', '什么时候能'],
  ['好久到', '什么时候到'],
  ['好久开', '什么时候开'],
  ['好久装', '什么时候装'],
  ['好久交', '什么时候交'],
  ['好久发', '什么时候发'],
  ['好久办', '什么时候办'],
  // 交好多 = 交多少
  ['交好多', '交多少'],
  ['领好多', '领多少'],
  ['补好多', '补多少'],
  // 北京: 昨儿 = 昨天, 前儿 = 前天
  ['昨儿个', '昨天'],
  ['昨儿', '昨天'],
  ['前儿个', '前天'],
  // 天津: 嘛 = 什么
  ['嘛时候', '什么时候'],
  ['为嘛', '为什么'],
  ['嘛事', '什么事'],
]

const typoMatcher: TermMatcher<string> = buildTermMatcher(TYPOS)

const EMOJI_CODE = /\[([\u4e00-\u9fa5a-z]{1,6})\]/gi
const MENTION = /@([^\s@\u2005\u3000,，:：]{1,16})/g
const PICTOGRAPH = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]/gu
const SPACES = /[\s\u2005\u3000]+/g
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/

/** Full-width ASCII (！？０-９Ａ-Ｚ) to half-width, ideographic space to space. */
export function toHalfWidth(text: string): string {
  if (!FULL_WIDTH.test(text)) return text
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0)
    else if (code === 0x3000) out += ' '
    else out += text[i]
  }
  return out
}

/** Replaces known typos with the intended word (longest match first). */
export function fixTypos(text: string): string {
  const hits = typoMatcher.match(text)
  if (hits.length === 0) return text
  let out = ''
  let at = 0
  for (const hit of hits) {
    if (hit.start < at) continue
    out += text.slice(at, hit.start) + hit.payloads[0]
    at = hit.end
  }
  return out + text.slice(at)
}

/** Traditional characters (a resident from Hong Kong or Taiwan, a phone set to them) to simplified ones (OpenCC). */
const openccToSimplified: (text: string) => string = OpenCC.Converter({ from: 't', to: 'cn' })

/**
 * Traditional characters: the code units OpenCC's traditional-to-simplified dictionary turns into other characters
 * on their own (電 → 电), and CJK compatibility ideographs and their supplement, which it maps too. Only text with
 * one of them is converted. Its phrase entries are for text already in traditional characters, and on simplified text some do
 * harm: 打坏 and 拉坏 are entries for 打坯 and 拉坯 (shaping clay), so "孩子把灯打坏了" would lose its 坏.
 */
const CONVERTIBLE: Uint8Array = (() => {
  const flags = new Uint8Array(0x10000)
  const dictionaries = (OpenCC.Locale.to.cn as unknown as readonly (readonly (string | readonly (readonly [string, string])[])[])[]).flat()
  for (const dictionary of dictionaries) {
    const entries = typeof dictionary === 'string' ? dictionary.split('|').map((entry) => entry.split(' ')) : dictionary.map(([key, value]) => [key, ...value.split(' ')])
    for (const [key, ...values] of entries) {
      // One character, which may be a surrogate pair (an ideograph beyond the BMP): its first code unit is flagged,
      // so emoji, whose pairs start with other code units, do not send a message to OpenCC.
      if ([...key].length === 1 && values.some((value) => value !== key)) flags[key.charCodeAt(0)] = 1
    }
  }
  for (let code = 0xf900; code <= 0xfaff; code++) flags[code] = 1
  // The supplement of compatibility ideographs (U+2F800–U+2FA1F) begins with this high surrogate.
  flags[0xd87e] = 1
  return flags
})()

/** True when `text` has a traditional character (see CONVERTIBLE). */
export function mayNeedSimplifying(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (CONVERTIBLE[text.charCodeAt(i)]) return true
  return false
}

/** Traditional to simplified characters (OpenCC) for text with a traditional character; other text is returned as it is. */
export function toSimplified(text: string): string {
  return mayNeedSimplifying(text) ? openccToSimplified(text) : text
}

/**
 * WeChat's quote of an earlier message in a reply: 「管家小王：明天上午停水」, or without the writer's name, 「明天停水」
 * 收到 — and the dashed line that may set it apart.
 */
const QUOTED_MESSAGE = /「[^「」：:\n]{1,16}[：:][^」]*」|^\s*「[^「」\n]{1,60}」(?=\s*\S)|(?<=\S\s*)「[^「」\n]{1,60}」\s*$/g
const QUOTE_SEPARATOR = /(?:^|\n|\s\/\s|\s)-(?:\s*-){5,}(?=\s|$)/g

/**
 * The writer's own words of a reply that quotes an earlier message (知道了 / 「管家小王：明天上午停水」): the quote
 * is what someone else said, so it is left out. A message that is nothing but a quote is kept as it is.
 */
export function stripQuotedReply(raw: string): string {
  if (!raw.includes('「')) return raw
  const own = raw.replace(QUOTED_MESSAGE, ' ').replace(QUOTE_SEPARATOR, ' ').replace(/(?:^|\s)\/(?=\s|$)/g, ' ').trim()
  // 「请问高龄津贴怎么申请」 同问+1: asking the same question again is that question.
  if (SAME_QUESTION.test(own)) return raw.replace(/[「」]/g, ' ')
  return own.length > 0 ? own : raw
}

/** 天津 介 for 这 at the head of a clause (介楼道灯, 介门禁的事儿); 介绍, 介意, 中介 keep theirs. */
const TIANJIN_THIS = /(^|[\s，。,!！?？])介(?=[\u4e00-\u9fa5])(?![绍意入于词质面])/g

const SAME_QUESTION = /^(?:同问|同求|我也想问|我也问|我也想知道|同样的问题|\+1|加一)(?:同问|同求|我也想问|我也问|我也想知道|同样的问题|\+1|加一|[\s!！。.])*$/

/** 粤/闽/客 能领冇, 有人处理冇: 冇 closing a clause asks, as 没 does (elsewhere it is 没有: 冇房产证). */
const CLOSING_MAO = /冇(?=$|[\s?？!！,，。啊呀哦])/g

/** 粤 上咗门未 / 调咗监控未: a question ending in 未 after 了 (咗) asks whether it has happened yet (了…没). */
const CANTONESE_NOT_YET = /(了[^\s?!。,]{0,6})未(?=$|[\s?!。,])/g
/** 粤 安排师傅未？, 查出原因未？: 未 before a question mark asks the same (but not 尚未, 从未). */
const CANTONESE_NOT_YET_ASKED = /(?<![尚从还并亦])未(?=\?)/g

/** Pinyin initials residents type for the compound's words (wy 管不管, dt 又停了, cdz 坏了), as whole Latin words only. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  wy: '物业',
  dt: '电梯',
  cdz: '充电桩',
  ljt: '垃圾桶',
  wgy: '网格员',
  sq: '社区',
  // policies by their pinyin initials: 医保, 低保, 养老保险, 志愿者, 残疾人, 居住证明, 高龄津贴, 退役军人
  yb: '医保',
  db: '低保',
  ylbx: '养老保险',
  zyz: '志愿者',
  cjr: '残疾人',
  jzzm: '居住证明',
  gljt: '高龄津贴',
  tyjr: '退役军人',
}
/** Any of ABBREVIATIONS' keys as a whole Latin word (their list, not a second copy of it). */
const HAS_LATIN = /[a-z]/
const ABBREVIATION = new RegExp(`(?<![a-z])(?:${Object.keys(ABBREVIATIONS).join('|')})(?![a-z])`, 'g')
/** 上海话 个 for 的 after a report made earlier: 礼拜一报修个老虎窗, 之前讲个楼道灯 (帮我报个名 is signing up). */
const WU_REPORTED = /(上礼拜|礼拜[一二三四五六天日]|之前|上次|前天|昨天|我)(报修|报|反映|讲|登记|投诉)个(?![名警价])/g
/** 武汉话 么时候 / 么事 for 什么时候 / 什么事 (什么, 怎么, 那么 … keep their 么). */
const WUHAN_WHAT = /(?<![什怎那这多要为])么(?=时候|事)/g
/** 西北/西南 么 for 没 before what is missing (扫码么反应, 说了几次么用, 一分钱么到账); 什么, 怎么, 那么 … keep theirs. */
const NORTHWEST_NOT = /(?<![什怎那这多要为干么])么(?=反应|用|到账|回音|回复|消息|进展|结果|办法|人管|动静|信号)/g
/** 么 closing a question is 吗 (报上去了么, 有消息么); 什么, 怎么, 这么, 么么 keep theirs. */
const CLOSING_ME = /(?<=[\u4e00-\u9fa5])(?<![什怎那这多要为干么])么(?=$|[\s?？!！,，。])/g
/** 赣 …了冒 closing a question (出来了冒？), and 湘 冒 before a question mark (上班冒？), ask as 没 does. */
const GAN_CLOSING_MAO = /(?<=了)冒(?=$|[\s?？!！,，。])|冒(?=\?)/g
/** 闽南 拢 (都: 拢无人, 拢过不去), but not 拉拢, 靠拢, 合拢. */
const MINNAN_ALL = /(?<![拉靠合收围聚])拢(?=[\u4e00-\u9fa5])/g
/** 闽南 …无 closing a clause asks as 没 does (换好了无？ 有结果无). */
const MINNAN_CLOSING_BO = /(?<=[\u4e00-\u9fa5])(?<![虚毫于])无(?=$|[\s?？!！,，。])/g
/** 闽南 毋 (不: 毋是, 毋振动), but not 毋庸, 毋须. */
const MINNAN_NOT = /毋(?![庸须])/g
/** 闽南 三四工 (days). */
const MINNAN_DAYS = /([一二三四五六七八九十两几\d])工(?=了|$|[\s，,。!！?？])/g
/** 上海 伐 closing a question is 吗 (好一道领伐); 步伐, 砍伐 keep theirs. */
const CLOSING_FA = /(?<=[\u4e00-\u9fa5])(?<![步砍征讨采杀北])伐(?=$|[\s?？!！,，。])/g
/** 陕西 得是 for 是不是 at the head of a clause (得是明天停水); 觉得是, 还得是 keep theirs. */
const SHAANXI_ISIT = /(^|[\s，。,!！?？])得是(?=[\u4e00-\u9fa5])/g
/**
 * Voice input writes 栋 as its homophone 动 after a building number, where a building number fits: 四动的, 6动三单元,
 * 六动四楼 (一动不动 stays). Also read by extractLocation, which works on the raw text.
 */
const BUILDING_HOMOPHONE = /([\d一二三四五六七八九十]+)动(?=[\d一二三四五六七八九十]+\s*(?:单元|楼|层)|单元|的|楼|\d{3,4})/g

/** 四动的 → 四栋的: {@link BUILDING_HOMOPHONE} applied (only where a 动 occurs, so most messages cost nothing). */
export function fixBuildingHomophone(text: string): string {
  return text.includes('动') ? text.replace(BUILDING_HOMOPHONE, '$1栋') : text
}

const TELEGRAPHIC_TOKEN = /^[\u4e00-\u9fa5\d]{1,4}$/

/**
 * 电梯 电梯 电梯 不动, 保安 晚上 睡觉 门口 谁都能进: a message typed a word or two at a time, with a space after each, is
 * one clause; the spaces are dropped so that phrases read across them. (Clauses of a usual message are longer.)
 */
export function joinTelegraphic(text: string): string {
  if (!text.includes(' ')) return text
  const tokens = text.split(' ')
  if (tokens.length < 3 || !tokens.every((t) => TELEGRAPHIC_TOKEN.test(t))) return text
  const short = tokens.filter((t) => t.length <= 2).length
  return short * 2 >= tokens.length ? tokens.join('') : text
}

/** Normalizes a raw WeChat message: width, case, traditional characters, emoji codes, pictographs, @mentions, typos, spaces. */
export function normalizeMessage(raw: string): NormalizedText {
  const emojis: string[] = []
  const mentions: string[] = []
  let lineCount = 0
  for (const line of raw.split('\n')) if (line.trim().length > 0) lineCount++
  let text = toSimplified(toHalfWidth(raw).toLowerCase())
  // (Each pass only where its character occurs: most messages have none, and a regex pass over every message adds up.)
  if (text.includes('[')) {
    text = text.replace(EMOJI_CODE, (_m, name: string) => {
      emojis.push(name)
      return ' '
    })
  }
  if (text.includes('@')) {
    text = text.replace(MENTION, (_m, name: string) => {
      mentions.push(name)
      return ' '
    })
  }
  text = text.replace(PICTOGRAPH, ' ')
  if (HAS_LATIN.test(text)) text = text.replace(ABBREVIATION, (word: string) => ABBREVIATIONS[word] ?? word)
  if (text.includes('冇')) text = text.replace(CLOSING_MAO, '没')
  text = fixTypos(text)
  if (text.includes('未')) text = text.replace(CANTONESE_NOT_YET, '$1没').replace(CANTONESE_NOT_YET_ASKED, '没')
  text = fixBuildingHomophone(text)
  if (text.includes('么')) text = text.replace(WUHAN_WHAT, '什么').replace(NORTHWEST_NOT, '没').replace(CLOSING_ME, '吗')
  if (text.includes('伐')) text = text.replace(CLOSING_FA, '吗')
  if (text.includes('冒')) text = text.replace(GAN_CLOSING_MAO, '没')
  if (text.includes('拢')) text = text.replace(MINNAN_ALL, '都')
  if (text.includes('无')) text = text.replace(MINNAN_CLOSING_BO, '没')
  if (text.includes('毋')) text = text.replace(MINNAN_NOT, '不')
  if (text.includes('工')) text = text.replace(MINNAN_DAYS, '$1天')
  if (text.includes('得是')) text = text.replace(SHAANXI_ISIT, '$1是不是')
  if (text.includes('个')) text = text.replace(WU_REPORTED, '$1$2的')
  if (text.includes('介')) text = text.replace(TIANJIN_THIS, '$1这')
  text = joinTelegraphic(text.replace(SPACES, ' ').trim())
  return { text, mentions, emojis, lineCount }
}

let jieba: Jieba | undefined
const userWords = new Set<string>()

/** Adds words to the shared jieba user dictionary (idempotent; call at index build, not per message). */
export function addUserWords(words: Iterable<string>): void {
  const fresh: string[] = []
  for (const w of words) {
    const word = w.trim()
    // jieba's dictionary format is space separated, so multi-word phrases cannot be registered.
    if (word.length < 2 || /\s/.test(word) || userWords.has(word)) continue
    userWords.add(word)
    fresh.push(word)
  }
  if (fresh.length > 0 && jieba) jieba.loadDict(Buffer.from(fresh.map((w) => `${w} 20000 n`).join('\n')))
}

function getJieba(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict)
    if (userWords.size > 0) jieba.loadDict(Buffer.from([...userWords].map((w) => `${w} 20000 n`).join('\n')))
  }
  return jieba
}

/** Segments normalized text with jieba (HMM on) and drops whitespace tokens. */
export function segment(text: string): string[] {
  const out: string[] = []
  for (const token of getJieba().cut(text, true)) if (token.trim().length > 0) out.push(token)
  return out
}

/** Segments in jieba's search mode: long words are also split into their sub-words (居民医保 → 居民, 医保, 居民医保). */
export function segmentForSearch(text: string): string[] {
  const out: string[] = []
  for (const token of getJieba().cutForSearch(text, true)) if (token.trim().length > 0) out.push(token)
  return out
}

/** True for a CJK ideograph. */
export function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff
}

/** Adjacent pairs of Han characters, the typo-tolerant half of retrieval. */
export function hanBigrams(text: string): string[] {
  const out: string[] = []
  for (let i = 0; i + 1 < text.length; i++) {
    if (isHan(text.charCodeAt(i)) && isHan(text.charCodeAt(i + 1))) out.push(text.slice(i, i + 2))
  }
  return out
}
