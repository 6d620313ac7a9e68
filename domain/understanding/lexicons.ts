import type { RequestCategory } from './types'

/**
 * Cue features that the intent and urgency models read. Each lexicon line below adds its weight to one
 * feature whenever one of its phrases occurs in a message (longest match wins, so 修好了没 is a status
 * query and not "修好了" = resolved).
 *
 * - problem: something is broken, dirty, missing or wrong (坏了, 不亮, 漏, 堵, 没人管)
 * - ask: the writer asks someone to act (麻烦, 能不能, 管管); dispatch: send someone or do a physical job (派人, 来修, 拉走)
 * - complaint: annoyance, recurrence or duration (天天, 又, 好几天了, 受不了)
 * - question: question form (吗, 怎么, 哪里, 有没有, ?); procedure: policy words (申请, 条件, 材料, 补贴, 报销)
 * - hearsay: 听说, 据说 (introduces policy questions)
 * - priorReport / statusQuery: an earlier report (上次报的, 反映过) / how it is going (怎么还没, 有进展吗)
 * - notice, thanks, resolved, ad, chainList, greeting, ack, lostFound, social: the kinds of chat
 * - danger, rush, nearMiss, hypothetical, past: urgency and what cancels it
 * - privateMatter: a private legal or money matter (借钱不还, 押金, 离婚): advice, not a job for the compound
 * - neutral: blocks a misleading shorter hit and scores nothing (没电梯 is not 没电)
 */
export const SIGNAL_FEATURES = [
  'problem',
  'ask',
  'dispatch',
  'complaint',
  'question',
  'procedure',
  'hearsay',
  'priorReport',
  'statusQuery',
  'notice',
  'thanks',
  'resolved',
  'ad',
  'chainList',
  'greeting',
  'ack',
  'lostFound',
  'social',
  'danger',
  'rush',
  'nearMiss',
  'hypothetical',
  'past',
  'privateMatter',
  'neutral',
] as const

/** A cue feature key. */
export type SignalFeature = (typeof SIGNAL_FEATURES)[number]

/** One lexicon line: every phrase in `terms` (separated by spaces or newlines) adds `weight` to `feature`. */
export interface LexiconLine<F extends string> {
  feature: F
  weight: number
  terms: string
}

/** Cue lexicon for intent and urgency. */
export const SIGNAL_LEXICON: readonly LexiconLine<SignalFeature>[] = [
  // private legal or money matters: advice, not a job for the compound
  {
    feature: 'privateMatter',
    weight: 1,
    terms: `
      借钱 欠钱 不还钱 借给 欠款 欠我 押金 工资 欠薪 合同 离婚 遗产 继承 赡养 抚养
      抚养权 打官司 起诉 房东 老板 公司拖欠 公司不给 公司欠 辞退 工伤 赔偿 被骗
    `,
  },
  // medical emergencies, neglect, price rises; first-person earlier reports and claims that were not kept
  { feature: 'problem', weight: 1.2, terms: '胸口疼 胸闷 喘不上气 喘不过气 呼吸困难 心脏病 中风 吐血 昏迷 掉了 露在外面 没盖 死虫子 虫子 突然涨 涨价 乱涨 没开业主大会 没征求' },
  { feature: 'danger', weight: 1.2, terms: '胸口疼 胸闷 喘不上气 呼吸困难 心脏病发 中风了 吐血 昏迷 嘴歪了 嘴也歪了 说话含糊 口齿不清' },
  { feature: 'question', weight: 0.6, terms: '谁来 怎么办' },
  { feature: 'priorReport', weight: 1, terms: '我报的 我们报的 我反映的 我投诉的 我提交的 我申请的 申请的 的投诉 说处理了 说修好了 说弄好了 说解决了' },
  { feature: 'statusQuery', weight: 1, terms: '连个电话都没有 连个回复都没有 连个人影 没个回音 还是老样子 什么时候开始送 连个影都没有 连个影子都没有 有下文没 有下文吗 实际还在 实际上还在 还得再报' },
  { feature: 'resolved', weight: 1.5, terms: '人是出来了 修好喽 好喽 修好咯 好咯 还好师傅来得快 来得快 弄出来了 现在想想 还后怕 给拔了 拔掉了 已经拔了 扑灭了 已经灭了 一按就好 一弄就好 一修就好 就通了 自己通了 闻着没有了 没味了 味道没了 闻不到了 到账了 发下来了 已经到账 已经来换了 已经换了 来换了 已经来修了 来修过了 已经来过了 原来是 是有人在 是因为' },
  // blockers: longer phrases that hide a misleading shorter cue (没电梯 is not 没电)
  {
    feature: 'neutral',
    weight: 0,
    terms: `
      一块钱硬币 投了一块钱 投币 开出租 出租车 通知说 通知上说 通知都没有 一点通知 没有通知 没接到通知 也不通知 不通知 天气预报 挤爆 挤爆了 爆满 火爆 爆棚 饭卡在 防走失 社区医院 卫生服务站 没电梯 没电视 修手机 修电脑 修鞋 修车的 原来那个
      原来的 电话是多少 维修电话 报修电话是 报名了 不用谢 一平米 每平米 一平方 每平方 等通知 等着通知 回家等通知 出租屋 猫困在 狗困在 鸟困在 简历都没回音 简历没回音 复查 找人拉走了 找人清走了 找人搬走了
    `,
  },
  // problem: states that report something broken, dirty, missing, unsafe or wrong; single characters weigh least
  {
    feature: 'problem',
    weight: 1.2,
    terms: `
      坏了 坏掉 坏的 又坏 坏啦 不亮 不亮了 灭了 不工作 失灵 不灵 没反应 用不了 不能用
      不好用 没法用 打不开 关不上 关不严 刷不上 刷不开 抬不起来 充不上 充不进 上不去 下不来
      进不去 出不去 过不去 进不来 开不了 扫不了 漏水 渗水 漏了 在漏 往下滴 滴水 堵了 堵住
      堵死 堵塞 不通 反水 返水 往上冒 往外冒 冒水 积水 没水 停水 断水 水小 水压小 发黄
      浑浊 没电 停电 跳闸 断了 裂了 破了 塌了 倒了 翘起来 松了 松动 脱落 掉下来 往下掉
      锈 生锈 烂了 鼓起来 变形 歪了 异响 响声 咣当 晃得 抖得 卡住 卡在 停运 困人 关人
      臭 臭死 臭味 异味 一股味 一股 味道 发霉 脏 脏乱 乱停 乱停车 乱扔 乱堆 乱放 乱丢
      乱拉 乱搭 堆满 满了 溢出来 没人收 没人扫 没人清 没人修 没人管 没人处理 没人来 没人拉
      没人理 没人接 没人值班 不作为 不负责 不管 不修 不理 太吵 吵死 吵得 噪音 扰民 睡不着
      没法睡 头都大了 受不了 危险 太危险 隐患 不安全 吓人 太吓人 吓哭 被偷 偷走 丢了好几次
      占用 占了 霸占 挡住 挡了 堵着 找不到位置 找不到车位 不够 太少 过期 违建 私搭 飞线
      私拉 乱接 高空抛物 扔下来 往下扔 冒烟 冒火花 着火 焦味 煤气味 燃气味 没人应 不肯
      暖气不热 暖气不暖 不热乎 不暖和 冰凉 没排气 结冰 结冰了 冰面 成镜子
      不听 说了也不听 说了几次 谈不拢 吵架 态度差 态度太差 太贵 乱收费 拖欠 黑乎乎 黑灯瞎火
      一片黑 太黑 看不见 看不清 差点 绊倒 摔了 摔倒 蚊子 苍蝇 老鼠 蟑螂 狗屎 粪 大小便
      辐射 流浪狗 马蜂 不平 坑坑洼洼 塌 堆着 别人扔 扔的 扔在地上 扔地上 一直满 总是满
      一动不动 叫也不应 叫不应 沉淀 水垢 塌陷 栽进去 栽倒 没修过 没管过 没扫过 没换过
      死光了 震天响 震耳欲聋 摇摇晃晃 锈断 随时掉 刷屏 罢工 趴窝 歇菜 掉链子 抽风 时好时坏
      死机 黑屏 花屏 怪味 骚味 尿骚味 霉味 腥味 馊味 全是水 进水了 漫水 没过 掉下去
      不认账 忙音 打不通 没人接听 承重墙 不成样子 不像样 到处爬 到处跑 不见了 占线 找不到人
      成问题 满出来 往外流 流黑水 吓得 刺眼 亮得刺眼 合法吗 合规吗 这合法吗 业主都不知道
      横冲直撞 不巡逻 一大滩水 一滩水 臭鸡蛋味 烧了 烧坏 烧掉 碎了 裂开 很差 太差 特别差
      好差 真差 极差 差劲 乱七八糟 脏兮兮 破破烂烂 到处都是 满地 一地 个不停 不停 吵醒
      被吵醒 没来水 不来水 没水了 断断续续 时有时无 吱吱 吱呀 嘎吱 咯吱 哐哐 摩擦声 怪声
      害怕 抓伤 咬伤 咬人 伤人 一直开着 敞着 半人高 长疯了 违章搭建 私搭乱建 特别响 很响
      好响 太响 全是 才来 没人打扫 不打扫 不清理 跟他说了 说了也 都没用 没用 一点用都没有
      配电房 没见人 没联系 没人联系 没亮 没亮了 没修好 没弄好 被人 被撬 撬了 撬坏 拿走了
      偷了 刮掉 刮坏 吹掉 吹坏 砸坏 弄坏 踩坏 瘪了 没位置 没车位 不拦 淋着 淋湿 太小
      太大 太远 太高 太低 太慢 太臭 太脏 嗡嗡 轰轰 一闪一闪 闪个不停 没了 吞了 出毛病
      毛病 出问题 有问题 照扣 乱扣 多扣 扣钱 堵到 堵在 僵尸车 废弃车 死老鼠 裂缝 漏风
      渗漏 发臭 变质 不卫生 乱贴 小广告 不达标 不合格 不规范 没有灯 没灯 没信号 断网 卡顿
      不亮灯 没热水 随便进 随便停 乱占 一滴一滴 滴滴答答 不够用 排长队 没地方 开错 算错 多算 多收
      收错 少算 没充满 充不满 叫不醒 喊不醒 倒地上 扣了我 扣我 被拿错 经常被拿 老被拿 都不行 没法充电
      一直闪 闪得 眼睛疼 没通电 钱也不退 不退钱 吞钱 都没来 这几天都没来 一层灰 开到最大 睡不成 咬不动 太硬 经常没人 随便就进来 随便进来 往下陷 下陷 陷了 颠一下 被谁拿走
      老化 发黑 掉渣 滋滋响 瘆得慌 又没了 水没了 又没水 又停了 充不了电 年年涨 年年降 当摆设 形同虚设 就完事了 堆积 滋生 难闻 气味难闻 有碍 苦不堪言 无法入睡
      甚为不便 极为不便 很不方便 耗子 成群 窜来窜去 被撤了 撤掉了 钱扣了 扣了钱 电没来 吊根线 吊线
      拉根线 瞎了 又瞎了 没来拖 没来扫 没来打扫 没来清 爬到阳台外 空调架上 空调外机上 没大人
      没有大人 敲门不应 敲门没人应 电话也不接
      吓醒 惊醒 别住了 别住 积灰 全是灰 满是灰 落满灰 一指厚 已经有人崴 已经有人摔 已经有人受伤 已经有人被 崴了脚 崴脚
      灰一层 多久没拖 多久没扫 多久没来 多久没人
      反锁 被反锁 困住了 困住 不舒服 不是很舒服 不太舒服 不是好舒服
      怎么睡 没法睡觉 吊电线 往下吊 顺电线 拉电线 扯电线 冻上了 冻住了 一滴水都没有 敲门也没动静 敲门没动静 没见着人 光收钱不干活 没一个人扫 横七竖八 溜光
      不在岗 岗亭里空的 直接开进来 黑咕隆咚 黑黢黢 水渍 好几桶汽油 没有护栏 没有围栏 没有限位器 一爬就能上去
      不归他管 不归我们管 不归物业管 不归社区管 推来推去 互相推诿 踢皮球 到底谁管
      全满 都满了 莫得地方 没地儿 嚎到 报了几次警 报警也没用 报了警也 扑了我 扑了孩子 扑了我家 扑人 都要绕 绕一大圈 弹开 又弹开 关到一半 一点都不热 都不热 咯噔
      比人都高 比人还高 一人多高 长期占着 一直占着 占着 正对着我家 被监视 偷拍 没人捡 不给退 还不退 冲不下去 冲不下 呕吐物 太咸 太油 蹦来蹦去 在颤 都在颤
      压碎 压碎了 被拆了 被拆掉 拆走了 没装回去 没装回来 没放回去 没放回来 一汪水 积了一汪 多得要死 涨到 凭什么涨
    `,
  },
  {
    feature: 'problem',
    weight: 0.8,
    terms: `
      厉害 得不行 要命 死了 味儿 闻到 到处 还能喝吗 还能用吗 能喝吗 安全吗 谁家在 谁家把
      不知道谁
    `,
  },
  {
    feature: 'problem',
    weight: 0.6,
    terms: `
      一直亮 亮了一整天 白天也亮 老是 总是 每次都 天天 每天 整夜 一整天 吃力 不方便 费劲
      困难 担心 不放心 心慌 难受 怎么回事 这算怎么回事 合理吗 这合理吗 算不算 谁管 有人管吗
      管不管
    `,
  },
  {
    feature: 'problem',
    weight: 0.4,
    terms: `
      坏 破 漏 堵 断 裂 吵 烂 歪 灭 瞎 糊 霉 渗 吓 差 乱 怪 晃 抖 糟 滑 闷
      熏 呛 扎 绊 摔 伤
    `,
  },
  // dispatch: send someone, or do something physical
  {
    feature: 'dispatch',
    weight: 1.2,
    terms: `
      能不能换 换成 多放 多放几 多安排 多设 增设 能不能派 派人 派个 派师傅 派几个人 安排人
      安排个 修一下 修修 来修 来看看 来看一下 过来看 上门看 帮忙看 处理一下 处理下 清理一下
      清一下 拉走 拖走 清走 疏通 通一下 换一下 换个 装个 装几个 多装 加几个 划几个 弄一下
      弄弄 整改 检查一下 查查 来人 快来人 定期派人 上门看看 隔三差五 设一个 设个 设置一个 放一个 放几个 陪她去 陪他去 陪着去 陪同 下来挪一下 下来挪 彻底修好 彻底修一下 调监控 查监控 看监控 帮我去 帮忙去 帮我拿 帮我买 帮忙拿 帮忙买 好好查一下 好好查查 彻底查一下 检修一下 搬走 搬掉 清理掉 上门理发 上门体检 上门看病 上门洗澡 出面协调 出面给 去看看 去看一下
      劝一下 去劝劝 劝劝 修剪一下 来修剪 剪一剪 物业查下 麻烦查下 管下 给个解释 给个交代 管好 最好加个 最好装个 最好加固 加个围栏 加个护栏 加装一下 装一下 组织一次 能不能组织 挪进去 搬进去 收进去 请提醒 约个时间
      有空去 上门帮 挪一下 挪挪 挪个车 挪车 挪走 调解一下 来调解 帮忙调解 帮调解 出面调解 上门调解 帮我们调解
      帮我们跟他谈 跟他谈谈 帮我们谈 帮他申请 帮她申请 帮忙申请 帮我们申请 搞个 弄个 建个 帮查下 帮查一下 帮我查下
      帮我查一下 帮忙查一下 帮忙查下
      装一个 建一个 搞一个 增加一个 添一个 配一个 增设一个
    `,
  },
  // ask: the writer wants someone to act
  {
    feature: 'ask',
    weight: 1.2,
    terms: `
      麻烦 麻烦物业 麻烦社区 请物业 请社区 请网格员 物业能 社区能 看一下 看下 管管 管一管
      管一下 协调 调解 给协调 帮调解 出面 解决一下 赶紧 尽快 抓紧 速来 求助 求救 帮帮忙
      帮个忙 能否 希望 建议 呼吁 要求 给个说法 能不能让 让他们 叫他们 叫人来 找人来 找个人
      晚点 开一下 关一下 关掉 拆了 拆掉 移走 挪走 挪一下 装个灯 装监控 就好了 安排
      安排一次 上门看 给我们 给装 给换 给修 给弄 换一个 换个新的 修理一下 重新装 派人去
      去探望 多去看看 帮忙送 能不能换 帮帮她 帮帮他 帮帮我们 帮一把 帮她 帮他 照看 帮忙照看
      能不能做 能不能再 能不能别 能不能把 尊敬的物业 请公布 公布一下 公示一下 以便 必须 物业必须 务必 往上反映 反映反映 说说 监督下 监督一下 跟进 小区能 小区能不能 帮我们打扫 帮忙打扫 恳请 敬请 望尽快 请尽快 烦请 帮我们反映 反映一下 帮忙反映
      联名 特此恳请 特此联名 予以 望予重视 望予 请予 立即增设 公示出来 公布出来 怎么过
      谁负责 出了事谁负责 帮我找找 帮忙找找 帮着找找 帮忙找一下 帮我找一下 大家帮忙找 大伙帮忙 帮忙留意 帮忙看看
    `,
  },
  { feature: 'ask', weight: 0.6, terms: '能不能 可不可以 能不能给 可以给 帮我 帮忙 怎么办 咋办 要找谁 找谁 该找谁 谁来 谁能' },
  // question form
  {
    feature: 'question',
    weight: 1,
    terms: `
      吗 么 嘛 呢 ? 怎么 怎样 怎么样 如何 哪里 哪儿 在哪 去哪 哪个 哪些 哪家 能不能
      可不可以 能否 有没有 是不是 多少 几点 几号 什么时候 多久 多长时间 谁 请问 想问
      问一下 咨询 打听 什么 要不要 需不需要 行不行 可以吗 能吗 对吗 了没 了吗 过没 没有吗
      几楼 几层 几栋 哪栋 哪天 哪一天 多大 多远 几个 几年 几岁 几月 几时 多高 多长
    `,
  },
  { feature: 'question', weight: 0.6, terms: '找谁 能找谁 该找谁 要找谁' },
  // complaint intensity: recurrence, duration, exasperation
  {
    feature: 'complaint',
    weight: 0.8,
    terms: `
      这都第几回了 都第几回了 这都第几次了 都第几次了
      好几天 好几天了 几天了 好几次 好几个 好久 一个多月 半个月 一个礼拜 一个多礼拜 一周了
      快一年 一年多 又 又是 又被 第三次 根本 实在 干嘛 干什么用 什么意思 搞什么 搞什么鬼
      有啥用 有什么用 有没有人管 简直 无语 气死 烦死 不像话 缺德 过分 没法 凭什么 到底 居然 竟然 还在
      一直 越来越 从早 到晚 半夜 深夜 凌晨 大半夜 连着
    `,
  },
  // policy procedure words (the knowledge base answers these)
  {
    feature: 'procedure',
    weight: 1,
    terms: `
      申请 办理 怎么办理 怎么申请 怎么报名 怎么领 怎么交 条件 资格 符合 材料 带什么 要带
      准备什么 准备哪些 标准 流程 手续 步骤 报名 领取 能领 能领吗 领多少 补贴 补助 津贴
      救助 帮扶 优待 优惠 多少钱 交多少 缴费 交费 交钱 要钱 收费 收钱 免费 报销 能报
      政策 待遇 审批 到账 认证 预约 开证明 盖章 档次 年审 复核 享受 划算 去哪办 在哪办
      哪里办 找谁办 要多少 几年 多大 年纪
    `,
  },
  { feature: 'procedure', weight: 0.6, terms: '该怎么办 这该怎么办 怎么处理 我想 想要 打算' },
  // hearsay that introduces a policy question
  { feature: 'hearsay', weight: 1, terms: '听说 据说 听人说 听别人说 听邻居说 好像有 是不是有 有人说' },
  // followups: a reference to an earlier report or promise
  {
    feature: 'priorReport',
    weight: 1,
    terms: `
      之前说 之前说给 说给我们 你们联系 交上去 递上去 提交上去 申请交了 物业说今天 说今天修
      说今天来 说明天来 说明天修 说是今天 报事的 报事单 那个单子 登记的 打的12345
      打了12345 12345 投诉电话 报上去 报上去了 提交的 提交了 报修单 维修单 派单
      已派单 上回说 上回 上次说要 之前说要 说要来 说来修 就说了 早就说了 说过了 说过好几次
      上上周 报了 报过 报修了 报修过 上报了 报修的 报了两次 报了好几次 反映了 反映过 反映的
      投诉了 投诉过 投诉的 投诉好几次 打过电话 打了电话 打电话说 登记了 说是登记 群里说的
      在群里说 跟你说的 跟你们说过 之前说的 前天说的 昨天说的 上次说的 上次跟你 上次报 之前报
      之前在群里 编号 工单 单号 说这周修 说下午来 说要等 说过来 答应 当时说 说好的 说好
      承诺 说马上 说尽快 已受理 受理了 约了 你们说 你们答应 说这周 说本周 说周内 这周内 说好了要 说好要 说回头再来 说要拖 说要清 说要修 说要换 上次说 社区说帮 物业说帮 说帮协调 说帮忙 上次投诉 上次反映 之前投诉 之前反映 说会去 说会来
      您说 你说等 您说等
      你说今天 你说下午 你说上午 你说明天 前两天报 前两天反映 前阵子报 前段时间报 你说给 你说要 你说会 您说给 您说要 登记过了 登记过 说批下来了 就说批了 说已经批了 说排期 说去协调 说去沟通 说去处理 说会协调 说这礼拜 说这个礼拜 说下礼拜 社区说给 物业说给
    `,
  },
  { feature: 'priorReport', weight: 0.5, terms: '那个事 那件事 这个事 的事 的问题' },
  // followups: asking how it is going
  {
    feature: 'statusQuery',
    weight: 1.3,
    terms: `
      怎么还没 咋还没 还没人来 还没来 还没修 还没好 还没处理 还没弄 还没动 还没人管 怎么还在
      还是黑的 还是坏的 有进展吗 有进展没 进展 进度 有结果了没 有结果吗 有结果没 有回复吗
      有消息吗 有消息没 有安排了吗 安排了吗 修了没 修了没有 修好了没 弄好了没 拖走了没
      处理了没 处理了吗 来看过没 来看过吗 来过没 动工了吗 动工了没 到底还修不修 到底修不修
      到底管不管 给个准话 准话 准信 有个准信 有个说法没 有人管了吗 等到现在 到现在也没
      到现在还没 一直也没人 一直没人来 是不是给忘了 是不是忘了 查下 查一下 什么情况 配件到了没
      到了没 怎么样了 咋样了 啥时候修 什么时候修 什么时候换 啥时候换 几点能修好 要到几点
      没动静 没下文 没消息 没回音 石沉大海 到哪一步 哪一步了 怎么没人理 落实 处理方案
      方案了吗 约了没 定了没 批了没 批下来没 回复了没 还没见人 没见人 审到哪 到哪了
      到哪一步了 结果出来了吗 结果出来没 什么时候能修好 啥时候能修好 什么时候能好 还在往外冒
      一点动静 没人联系 一直没联系 还没联系 没人回 等了好几天 人呢 人在哪 人去哪了
      怎么还不来 有人跟进吗 跟进了吗 到现在还是 排上了没有 排上了吗 到底来不来 还来不来
      还修不修 显示已完成 根本没解决 还没解决 没解决 有回复没 回复了吗 转到社区了吗 安排好了吗
      处理好了吗 弄好了吗 怎么处理的 处理得怎么样 现在怎么样 有没有消息 有消息了吗 有没有结果
      有没有进展 有没有下文 几点能好 还停着 什么时候动工 审核通过了吗 通过了吗 批了吗
      审核到哪 联系到车主没有 联系上了吗 显示已处理 显示处理了 显示已解决 显示办结 显示已办结
      显示已修好 算处理了 算解决了 算修好了 根本没人来 没人来过 显示处理中 一直显示处理中 还不见人 还没见人来
      安排师傅了吗 派师傅了吗 派人了吗 几点过来 是不是把我们忘了 把我们忘了 一直没来 还查不查 还管不管 有回音了吗 有回音了没 一直没消息 怎么一直没 找着车主没 找到车主没 回个话 没有人回复 都没人回复 都没有人回复 有个信儿没 有个信没 审得怎么样 审得咋样 审得怎么样了 卡里还没钱 还没钱 钱还没到 没到账 一直没接到通知 修好了吗       好了吗 联系上车主没 联系上没 联系上了没 有信儿没 有信没 有信儿了吗
      然后呢 后续呢 后来呢 结果呢 下文呢 通知了没 通知了吗 能去拿了吗 能去拿了没 没通过吗
      是不是没通过 在等配件 等配件吗 去过了吗 去过了没 去过没 一点变化都没有 没有变化 还是一样
      定下来没 定下来了吗 有着落了吗 有没有人跟进 回头是哪天 都等了 等了半个月 等了一个月 等了好久
      配件到了吗 来过了吗 来过了没 几点到 几点能到 大概几点 约好时间了吗 约好了吗 定好时间了吗
      办下来没 办下来了吗 能批下来 发下来没 还没发下来 还没打过来 钱还没打 到账了吗 到账没 还没到账
      排到第几 排到几号 可以过来拿了吗 能过来拿了吗 可以拿了吗 能拿了吗 能领了吗 有结果了吗 今天能好 能好不 能修好不 今天能修好 还要等多久 要等多久 还来吗 今天还来 等一上午 等了一上午 等一下午 等了一下午 等半天 等了半天 第几回 第几次问 问了好几次
      问过好几次 查出来没 有回复了吗 有update 有更新吗 followup update 弄好没 修好没 搞好没 整好没
      好没有 好没啊 有人管没 有回音吗 有回音没 有回信吗 都几点了 这都几点了 那事咋说 那事怎么说
      有没有回复 有没有回音 有没有人来看过 有没有人来看 谁在跟进 谁跟进 修上没 装上没 补上没 换上没 接上没 找着人没 找到人没 有着落没 说给调解
      啥时候通知 什么时候通知 什么时候联系我 啥时候联系我 查下进度 查一下进度 帮忙查下进度 可以去取了吗 可以去拿了吗
      派单了吗 派单了没 有没有安排人 安排人了吗 有人去吗 今天有人去吗 有人来吗 有人登记吗 登记了吗 收到请回复 请回复一下
      修没修 也不说一声 几号能好 哪天能好 老是让等 让等 物业怎么说 社区怎么说 转上去了吗 转上去了没 盖章了吗 盖章了没
      出了吗 出结果了吗 有消息不 能来拿 什么时候能来拿 钱到账没 开始了没有 开始了吗 弄丢了 是不是弄丢了
      还在滴 还在漏 还在冒
      拆了吗 拆了没 拆掉了吗 检修了没 检修了吗 协调结果 协调得怎么样 协调得咋样
      救出来没 救出来了吗 处理没 去处理没 来处理没 还在路上吗 还在路上 维修工呢 师傅呢 保安呢 保安到了没 到了没有
      结果什么时候出 什么时候出结果 结果啥时候出 等好久了 约上了吗 约上了没 约到了吗 排到哪天 排到什么时候 排期了吗
      来看过了吗 来看过了没 看过了吗 看过了没 进度呢 进展呢
      催一下 催一催 催催 再催一下 再催催 第二次问 第三次问 又来问 再问一次 再问一遍 问第几遍
      一点信都没有 一点消息都没有 一点音讯都没有 一点动静都没有 没个信 没个信儿 一直没信 没信儿
      是不是给漏了 是不是漏了 给漏了 把我们漏了 把我漏了 还要不要我 到底要不要
    `,
  },
  // notices, announcements, worker replies, forwarded articles
  {
    feature: 'notice',
    weight: 2,
    terms: `
      通知 温馨提示 友情提示 友情提醒 重要提醒 公告 告知 各位业主 各位居民 各位住户 各位家长
      亲爱的业主 尊敬的业主 广大业主 广大居民 请各位 请大家 请住户 请业主 请广大 请居民
      敬请谅解 谢谢配合 感谢配合 感谢您的配合 敬请配合 请配合 相互转告 互相转告 届时 特此
      为确保 防诈骗 谨防 请勿 不要开门 千万别信 入户安检 缴费通道
      暂停使用 错峰 绕行 已联系 已安排 已派 预计 家里留人 请留人 物业服务中心 物业管理处
      欢迎大家 举办 讲座 报名时间 截止 周知 须知 温馨 提醒大家 注意安全 文明养犬
      共建 共创 美好家园 转发 收藏 速看 赶紧转 转给家里 扩散 报警了 有消息再告诉 再告诉大家
      来社区咨询 可直接来 请不要点 陌生链接 冒充 各位叔叔阿姨 各位老人 各位老街坊 各位街坊 出殡 追悼会 喜丧 告诉大家 转给大家 分享给大家 转发给大家 跟大家说一下 和大家说一下 跟大家说一声 和大家说一声 告诉大家一声 大家稍等 请大家稍等 稍等一下 给大家添麻烦 添麻烦了 给大家带来不便
      带来不便 可以打物业电话 请带好 请携带 可咨询 欢迎来咨询 给您处理 一定给您 请查看 处理完毕 已处理完毕 如还有问题 如有问题请 随时联系 谢谢大家关心 大家提前 请大家提前 提前做好 做好防范
      大家稍微等等 稍微等一下 轮流停 大家记得 记得充好 自觉点 自觉一点 请自觉 大家自觉 一起完蛋 大家看好 看好自家 看好孩子 负法律责任 要负责任的 是违法的 违法行为 停水取消 停电取消 取消了
    `,
  },
  { feature: 'notice', weight: 1, terms: '提醒 注意 施工期间 活动期间 期间请 期间暂停 期间如有 全域 全小区 停电通知 停水通知 本周 下周 活动 欢迎 安检 开通 演练 义诊 免费体检 体检' },
  // activities announced and shown: sign-ups opening, photos of the day
  { feature: 'notice', weight: 2, terms: '开始报名 报名请到 开始报名啦 开始接种 每班限 名额有限 发几张照片 发点照片 照片给大家 重温入党誓词 主题党日' },
  // someone answering a call for help: on the way, already called, what to do meanwhile (talk to the caller, not a report)
  {
    feature: 'notice',
    weight: 1.5,
    terms: `
      马上到 马上就到 这就过去 马上过去 马上上去 马上下来 这就来 已经联系了 已经联系维保 已经通知了
      已经给燃气公司 明天安排 马上安排 这就安排 我们安排 稍后安排 今天安排 下午安排
      别慌 别怕 别着急 不要着急 别扒门 先关了 先关掉 先把总阀 开窗通风 赶紧开窗 别开灯 别打电话 别用明火
    `,
  },
  // thanks and praise
  {
    feature: 'thanks',
    weight: 1.2,
    terms: `
      谢谢 谢啦 谢了 感谢 多谢 辛苦了 辛苦 点赞 给力 效率高 效率挺高 好评 太好了 赞
      挺负责 很负责 负责任 感恩
    `,
  },
  {
    feature: 'thanks',
    weight: 1,
    terms: `
      帮了大忙 感谢政府 感谢国家 感谢社区 好客气 真客气 太客气 这种邻居 挺热心 热心 很热心 挺好 真不错 不错 挺稳 稳多了 挺勤 很勤快 勤快 及时 很及时 认真
      耐心 好好玩 好玩 舒服 方便多了 干净多了 yyds 主动来修 居然主动
    `,
  },
  // resolved, self-fixed, corrected or reassured
  {
    feature: 'resolved',
    weight: 1.5,
    terms: `
      修好了 已经好了 弄好了 换好了 修复了 已修复 解决了 已解决 已经解决 搞定 搞定了 恢复了
      恢复正常 来水了 水来了 来电了 电来了 已经亮了 又亮了 亮了 不用报了 不用修了 不用了
      没事了 没事 放心 虚惊一场 救出来了 人出来了 已经出来了 放出来了 完工 清净了 换新的了
      换了新的 新换的 修过了 已经修了 已经在修 在修了 有师傅在修 师傅在修 正在修 正在处理
      正在抢修 已经有人 检查过了 处理好了 处理完了 清理干净了 清走了 拉走了 总算 终于 好多了
      稳多了 发过通知 群里发过 有通知 办下来了 批下来了 领到了 办好了 已经处理了 处理了
      搞错了 弄错了 说错了 不好意思 打扰了 自己换了 自己修了 自己修好 自己弄好 我自己换
      换了个新的 挺亮的 不用担心 别担心 不要担心 不用慌 不要慌 通好了 已经通了 不用再派人 已经在弄
      在弄了 已经在处理 已经在查 已安全救出 安全救出 已救出 不用再报了 大家不用再报 等消息吧 我已经约了 已经约了师傅 刚打了电话 强多了 就办完了 办得挺快 火灭掉了 灭掉了 还好发现得早 劝下来了 被劝下来 已经接走 接走了 火灭了 火已经灭了 没人受伤 没有人受伤 都散了 结果是 还以为
    `,
  },
  { feature: 'resolved', weight: 0.6, terms: '已交 已缴 交过了 截图发给 好了 过去了 没问题 原来' },
  // greetings and wishes
  {
    feature: 'greeting',
    weight: 1.5,
    terms: `
      早上好 早安 上午好 中午好 下午好 晚上好 晚安 大家好 新年快乐 春节快乐 中秋快乐
      节日快乐 元宵快乐 端午安康 国庆快乐 生日快乐 恭喜 恭喜恭喜 祝大家 祝各位 万事如意
      身体健康 阖家幸福 周末愉快 你好呀 哈喽 早呀 福如东海 寿比南山 长命百岁 长寿面
    `,
  },
  // acknowledgements (only count in short messages)
  {
    feature: 'ack',
    weight: 1.5,
    terms: `
      收到 好的 好滴 好嘞 知道了 明白 明白了 了解 ok okk 嗯 嗯嗯 行 没问题 已报名
      已填 已交 已缴费 已完成 已阅 +1 同意 赞同 是的 对的 谢谢提醒 加一 好 可以 对
    `,
  },
  // ads: selling, renting, services
  {
    feature: 'ad',
    weight: 2,
    terms: `
      出租 招租 出售 转让 低价 特价 价格实惠 实惠 包邮 私聊 私信 有意者 欢迎咨询
      联系电话 随叫随到 专业 承接 团购 拼团 秒杀 代购 接单 批发 零售 自提 土鸡蛋 散养
      现摘 新鲜 精装 拎包入住 家电齐全 三室 两室 一室 平米 房源 中介 兼职 日结 九成新
      全新 闲置 便宜出 急售 有意请 有意私
    `,
  },
  { feature: 'ad', weight: 0.8, terms: '一斤 块钱 一箱 一件 有需要的 需要的私聊 要的私聊 有需要' },
  // 接龙 lists
  { feature: 'chainList', weight: 4, terms: '接龙 #接龙' },
  // lost and found
  {
    feature: 'lostFound',
    weight: 2,
    terms: `
      捡到 拾到 捡了 谁掉了 谁丢了 丢了一 走丢 跑丢 走失 失物 招领 认领 失主 寻物 寻狗
      寻猫 寻人 必有重谢 重谢 放错 拿错 放门卫 放保安室 放在门卫 放快递柜 有看到的 放门岗 放门岗了
      掉单元门口 掉门口了 掉楼道里了 给挂 挂在栏杆上 挂栏杆上 掉了一串 放保安亭 放保安亭了 落在
    `,
  },
  { feature: 'lostFound', weight: 1, terms: '谁家的 谁家阳台 是谁家的 谁的东西' },
  // neighbours' small talk, polls, asking neighbours for tips
  {
    feature: 'social',
    weight: 1.5,
    terms: `
      投票 投票一下 大家觉得 大家说说 征求意见 有没有人知道 有人知道吗 谁知道 附近哪里
      附近有没有 哪里有修 哪里可以修 哪有修 哪里修 有没有推荐
    `,
  },
  {
    feature: 'social',
    weight: 1,
    terms: `
      有没有人一起 一起去 有人一起 拼车 顺风车 约起来 约吗 组队 搭子 好吃吗 好吃 有人去过
      去过没 推荐 求推荐 哪家好 靠谱不 靠谱吗 哈哈 哈哈哈 哈哈哈哈 笑死 好香 好热 好冷
      降温 加衣服 下雨了 天气 可爱 好可爱 漂亮 热闹 挺好的 挺好 真好 羡慕 开心 高兴 好看
      有人用过 有人吃过 菜市场 超市 考上 红包 发个红包 喝茶 改天 呵呵 厉害 机器人 你是谁
      爬山 桂花 荔枝 多余的 借我 借一下 谁家有 上新闻 上了新闻 新闻上 新闻里 有礼貌 真懂事 真乖
      大家有空去看看 大家有空去 大家去看看 香味 馋死了 借用一下 用完马上还 用完就还 味道很好 味道不错 没人说话 没人聊天 没人冒泡 楼上的你 楼上说的 楼上讲的 说实话 注意保暖 多喝热水 养生
      要结婚了 办喜事 喝喜酒 楼上那位 楼上问的 刚才问的 问的那位 我办过 我刚办过 我去年办过 亲测 刚去办 去办过 刚陪 有人办过
      有人最近办过 有谁办过 谁办过 你们家怎么样 你家怎么样 你们家呢 你家呢 你们那边呢 你们楼呢 你们楼怎么样
      还有理了 好意思说 还好意思 说人家 换你你 换成你 你也不 我不同意 坚决不同意 我反对 坚决反对 我不反对 不反对
      支持楼上 同意楼上 顶楼上 楼上说得对 说得好 写得好 说得对 当然不肯 怎么说话呢 咋说话呢 说话注意点 管好你自己
      关你什么事 关你啥事 少管闲事 成立业委会 选业委会 在群里发广告 别在群里发 群里别发 发广告了 去问问 可以去问
      可以去找 你去问 你去找 打这个电话 打他电话 去司法所 去居委会问 去社区问
      肯定不乐意 不乐意 养老金涨了 养老金调整 退休金涨 企业退休 厂退休的 厂里退休
      我们单位 单位的 公司的 隔壁小区 别的小区 对面小区 老家 高铁 二环 三环 高速上 机场 火车站 南站 北站
      血糖 血压高 腰疼 腿疼 失眠 臭袜子 路由器 网速 正好有理由 正好减肥 就当健身 就当锻炼 就当减肥 健身卡 氛围感 蹦迪 秒睡
      好使多了 别提了 别说了 看新闻 新闻说 那个新闻 这个新闻 新闻看了 上热搜 热搜上 以前住平房 家常便饭 没经历过
      有一起的吗 有人一起吗 一起去的吗 练成了
      都是这样 好了就行 好了就好 来看了就好 修好了就好 弄好了就好 热死了 冷死了 想想都怕 想想后怕 大家多关心 也是这样 我们那边也 我们这也是 是不是地震 地震了吗 你们感觉到 视频里的 这个视频里 烟花秀 太好看了
      有没有找工作的群 拉我一下 拉我进群 拉个群
      支持装 支持加装 我支持 我们支持 赞成 举手赞成 双手赞成
    `,
  },
  // danger happening now (urgency)
  {
    feature: 'danger',
    weight: 1.2,
    terms: `
      一动不动 叫也不应 叫不应 躺着一个人 冒火星 火星子 自燃 火很大 火好大 大火
      火光 火苗 着起来 烧着了 臭鸡蛋味 天台边上 楼顶边上 爬窗户 站在窗台 煤气味 燃气味
      天然气味 液化气味 煤气泄漏 燃气泄漏 漏气 闻到煤气 着火 起火 失火 火灾 烧起来 冒烟
      冒黑烟 浓烟 冒火花 火花 爆炸 困人 困在 被困 关人 关在里面 关在电梯 倒在地上 晕倒
      昏倒 晕过去 不省人事 抽搐 摔倒了 摔倒 跌倒了 流血 出血 触电 水管爆了 爆管 爆了
      水管裂 水管破裂 主水管 淹了 淹到 快淹 水漫 水漫出来 倒灌 煤气中毒 一氧化碳 跳楼 坠楼
      哗哗往下淌 灯那儿都在滴水 灯里往下滴 冒白烟 电池冒烟 电瓶冒烟 噼里啪啦 掉下去了 掉进去了 掉井里 快叫120 叫120 打120 眼看要掉 要掉下来
      快掉下来 持刀 砍人 倒地上 倒地不起 躺地上 叫不醒 喊不醒 没意识 没呼吸 没气了 倒下来了 塌下来了
      不想活了 活不下去了 想跳下去 一了百了 想死 寻短见 自杀 割腕 吃安眠药 撑不下去了 喝农药
      拿刀 拿着刀 动刀 见血 在打架 打起来了 还在打架 还在打人 喊救命 呼救 说要跳 要跳楼 想跳楼 坐在栏杆外 站在栏杆外 轻生
      心脏病犯了 犯病了 口吐白沫 翻白眼 躺在地上 被关在里 被关在地下 被关在储藏 被关在屋 被锁在 锁在里面 黑烟 冒起黑烟 烟老大 烟很大 烟好大 到处是烟
    `,
  },
  {
    feature: 'danger',
    weight: 0.5,
    terms: `
      在喷 一直在喷 往外喷 焦味 焦糊味 烧焦 噼啪 啪啪响 冒火 在里面 出不来 扒不开 没反应
      哗哗 120 119 急救 救护车 呼吸 心脏
    `,
  },
  // calls for speed
  {
    feature: 'rush',
    weight: 0.6,
    terms: `
      快快快 快快 快来人 救命 赶紧 快点 马上 紧急 速来 快打 怎么办啊 快来 谁快来 !!! 拜托了 拜托 求求你们 求求大家 从来没这样过 从没这样过 帮帮我
      !!
    `,
  },
  // near misses
  { feature: 'nearMiss', weight: 1.5, terms: '以为 已经送去 送去医院了 已经送医 结果是 结果只是 还以为 我以为 以为是 才出来 才被救出来 才放出来 差点 差一点 险些 幸好 还好没 没味儿 闻着没味 倒是没味 没闻到味 里面没人 里面看了没人 没人被困 没有人被困 没困人 不是着火 不是失火 不是火灾' },
  // hypothetical, preventive or drill talk
  {
    feature: 'hypothetical',
    weight: 1,
    terms: `
      万一 如果 要是 假如 假设 以防 防止 预防 谨防 提防 演练 演习 模拟 培训 宣传 知识
      容易 会不会 担心会 跑不出去 逃不出去 都进不来 出了事 真出事 真有事 真着火 真要 真被困 真困住 真困了人 真困了 真出了事
      怎么逃生 逃生知识 逃生技巧 用得上 算谁的 害怕着火 怕着火 担心着火 看着都害怕 着火怎么办
      担心 免得 以免 预报 又有大雨 就完了 着火就 视频里 这个视频 这个视频里 视频里的
      要着火了 要出事了 迟早出事 早晚出事 迟早要出事 早晚要出事 可别哪天 别哪天 哪天真 哪天要是 会不会出事
    `,
  },
  // seventh batch of blind sets (川渝 speakers, intent boundaries)
  // near misses between intents (handwritten-57)
  { feature: 'problem', weight: 1.2, terms: '在砸墙 也在砸 都不拖 不拖楼道 都是灰 困在电梯里 掉进 井盖丢了 盖子丢了 补个盖子' },
  { feature: 'danger', weight: 1.2, terms: '掉进窨井 掉进井里 掉到井里 救护车被堵 堵住救护车 困在电梯里' },
  { feature: 'dispatch', weight: 1, terms: '延长时间 延长开放 补个盖子 尽快补 来给挂 上门帮办' },
  { feature: 'statusQuery', weight: 1.3, terms: '现在还在 到底卡在哪 卡在哪一步 交上没有 交上了吗 交上没 推给我没 推给我了吗 也没信 明天是哪天 后续到底 后续怎么处理' },
  { feature: 'resolved', weight: 1.5, terms: '还好人没事 人没事 拿到了，' },
  { feature: 'hypothetical', weight: 1, terms: '真怕 怕哪天 好担心 担心家里' },
  { feature: 'notice', weight: 1.5, terms: '赶紧存水 记得存水 记得包 别冻裂' },
  { feature: 'social', weight: 1.5, terms: '比我还忙 思考人生 排队的人好多 大家怎么看 估计悬了 够买几斤 纠结死了 名下有车' },
  { feature: 'greeting', weight: 1.5, terms: '致敬 建军节' },
  // the night: doors tried, noise at its height, alarms elsewhere, smells explained
  { feature: 'problem', weight: 1.2, terms: '还在蹦迪 在蹦迪 拧门把手 挨家挨户拧 撬门 在撬 正在撬 撬锁 巨大声 开得巨大声 开得很大声 开那么大声 特别大声 床都在抖' },
  { feature: 'danger', weight: 1.2, terms: '冒好大的烟 好大的烟 浓烟滚滚 电池烧了 电瓶烧了 烧焦塑料 夹到小朋友 夹到一个小 夹到孩子 夹伤 手一摸就麻 消防车被挡 挡住消防车 消防车正在 一摸就麻 被电了 拧门把手 挨家挨户拧 撬门 在撬 正在撬 撬锁' },
  { feature: 'statusQuery', weight: 1.3, terms: '什么原因了 原因找到了吗 原因查到了吗 找到原因了吗 查出是什么原因 说法呢 今天有人来修吗 有人来修吗' },
  { feature: 'resolved', weight: 1.5, terms: '误会一场 是误会 没闻到什么 可能是外面 已经送医院 送医院了 送到医院了' },
  { feature: 'neutral', weight: 0, terms: '是不是着火 是不是失火 是不是起火 锁在外面 锁在门外 锁在单元门外 被锁在外面 被锁在门外 锁在单元门外面 被锁在单元门外' },
  { feature: 'nearMiss', weight: 1.5, terms: '隔壁小区着火 对面小区着火 别的小区着火 放鞭炮 放炮' },
  { feature: 'notice', weight: 1.5, terms: '大家把窗户关好 把窗户关好 记得检查 睡前记得' },
  { feature: 'social', weight: 1.5, terms: '好安静 鸟都开始叫 昨晚打雷 打雷好吓人 推荐个 有没有人推荐' },
  { feature: 'statusQuery', weight: 1.3, terms: '来查过了吗 查过了吗 来查过没 被退回 单子被退回 什么状态 现在是什么状态 转给谁了 到底转给谁 谁在负责 谁负责 有人管吗 协调了吗 开好了吗 开好了没 开出来了吗 这周能来吗 明天能来吗 检修完了吗 修完了吗 弄完了吗 核对了吗 核实了吗 查清楚了吗 钱什么时候退 什么时候退 是不是忘记了 忘记了吧 复核完了 审核完了 审完了 盖好章了吗 盖好了吗 定下来是哪天 有没有人去说 有人去说了吗 有人去说没 还没有人来 还没有来 还没有修 还没有人 还没有动静 没有动静 还没人来看 还没有人来看' },
  { feature: 'dispatch', weight: 1, terms: '挨家挨户查 挨家挨户检查 建议物业' },
  { feature: 'social', weight: 1.5, terms: '回复得也太慢 回复太慢 答不上来 答得不对 你答得 你能记住 你是机器人 你是不是机器人' },
  { feature: 'social', weight: 1, terms: '捎一个 帮忙捎 现在的年轻人 有没有一起 过生日 岁生日 买了个蛋糕 挺可爱的 挺可爱 可以试试 大家可以试试 可以留意 留意一下 老战友们 合口味 读三年级 读二年级 年级 辅导作业 家长会 家庭作业 出太阳 晒被子 把被子' },
  { feature: 'lostFound', weight: 2, terms: '猫找到了 狗找到了 猫找到没 狗找到没' },
  { feature: 'hypothetical', weight: 1, terms: '怕起火 怕失火 怕着了' },
  // friction between neighbours told to each other: sarcasm, calming down, denying, announcing one's own works
  {
    feature: 'social',
    weight: 1.5,
    terms: `
      良心不会痛 是不是以为 活久见 装聋作哑 算什么本事 你有毛病 心里清楚 跟打卡一样 真有你的 少说两句 远亲不如近邻
      不值当 以和为贵 说有什么用 说了有什么用 在群里说有什么用 养猫的 养狗的 抽烟的那位 打麻将的 应该不是我们家 不是我们家的 不是我家的 建议大家
      算扰民吗 算不算扰民 算不算违规 算违规吗 是不是违规 主人自己
    `,
  },
  { feature: 'notice', weight: 2, terms: '给您回复 审核完给您 会给您回复 是骗子 别信那个 都是骗子 别上当 不要上当 莫要上当 谨防上当 请多包涵 多多包涵 多包涵 有事直接加我 请多指教 多多指教' },
  { feature: 'neutral', weight: 0, terms: '检查了没问题 检查过没问题 我们会通知 会通知的 说会通知' },
  { feature: 'dispatch', weight: 1, terms: '喊物业来 喊物业 喊人来 挂上 挂一下 铺上 铺一下 通知物业 快通知物业 通知保安 快通知 联系一下救助站 联系救助站 再加装 加装一些 多装几个 再装几个 再加几个 帮帮他 帮帮她 帮帮我们 帮忙带一下 帮忙拿下去 物业管管 缓一缓 缓交 晚点交 延期交 你们看看 你们来看看 你们去看看 来查下 来查一下 派人来查 协调下 协调一下 请物业协调 帮忙协调' },
  { feature: 'statusQuery', weight: 1.3, terms: '方案出来了吗 方案出来没 拖走了吗 清走了吗 拉走了吗 挪走了吗 搬走了吗 跟进到哪 具体哪天 具体什么时候' },
  { feature: 'priorReport', weight: 1, terms: '之前申请的 我之前申请 之前提交的 小程序上提交' },
  { feature: 'danger', weight: 1.2, terms: '流好多血 流了好多血 血流不止 拿了刀' },
  { feature: 'hypothetical', weight: 1, terms: '快打起来了 都快打起来' },
  // 大家注意 raises an alarm as often as it opens a notice
  { feature: 'notice', weight: 1, terms: '大家注意' },
  { feature: 'rush', weight: 0.6, terms: '大家注意' },
  { feature: 'statusQuery', weight: 1.3, terms: '今天能不能修 今天能修吗 马上是多久 回回说马上 每次都说马上 等得起 我们等得起 经理呢 出来说句话 拖到什么时候 要拖到什么时候 一直等着 等着你们来 一直在等 花儿都谢了 黄花菜都凉了 今天能来吗 今天还能来吗 今天来吗 物业呢 社区呢 网格员呢 修了吗 换了吗 清了吗 通了吗 来修了吗' },
  { feature: 'social', weight: 1.5, terms: '链接打不开 链接点不开 那个链接 链接打不了' },
  { feature: 'problem', weight: 1.2, terms: '挡路 堆在楼道 堆楼道' },
  { feature: 'statusQuery', weight: 1.3, terms: '现在怎么说 那边怎么说 那边现在怎么说 是个什么情况 现在什么情况 能拿到了吗 可以拿到了吗 能取了吗' },
  { feature: 'priorReport', weight: 1, terms: '说给她 说给他 说给我 申请了，说 申请了说 反映好几次 帮着报上去 报修等 报修等了 报修完' },
  { feature: 'neutral', weight: 0, terms: '不好意思又来打扰了 不好意思又打扰了 又来打扰了 又来打扰 也可以私聊我 有知道的 是不是有bug 和几个 给几个 跟几个 没收到任何通知 没收到通知 没有任何通知 也没通知 也没个通知' },
  { feature: 'problem', weight: 1.2, terms: '越堆越多 长期倒 特别凶 说话凶 被吼 吼了一顿 拿去卖了 也不补 没一个管事 不管事 太黑了 越来越少 意见很大 漏电 一摸就麻 手一摸就麻 被电了 扯了根 拉了根 扯根线 飙车 堆了好多 堆了一堆 堆满了 不按规定 都在打钻 在打钻 没有反应 按了没有反应 按了没反应 咔咔响 咔咔 嘎嘎响 没修彻底 没有修彻底 修得不彻底 返臭水 往上返 返脏水 堆成山 有bug 出bug 计费有问题 只开一部 只开一台 等了十几分钟 等了15分钟 等了二十分钟' },
  { feature: 'complaint', weight: 1, terms: '离谱 太离谱 服了 醉了' },
  { feature: 'dispatch', weight: 1, terms: '加强一下 加强管理 加强巡逻 加强值守 及时收 帮忙开通 给开通 帮我开通 帮忙审核 管管吧 管一管' },
  { feature: 'thanks', weight: 1.2, terms: '手艺真好 手艺好 夸一下 表扬一下 亮堂多了 亮多了' },
  { feature: 'resolved', weight: 1.5, terms: '不麻烦了 先不弄了 自己找个师傅 说了也白说 我让我儿子 我自己查到了 看到门口贴的 看到群公告了 懂了懂了 给大家参考 哦我看到 哦看到 帮我把表填好了 表填好了 已经挪走了 挪走了 全换成 撤销报修 取消报修 误报 报错了' },
  // a person who wandered off and is already back: a request to watch out, not an emergency
  { feature: 'nearMiss', weight: 1.5, terms: '刚找回来 已经找回来 找回来了' },
  {
    feature: 'social',
    weight: 1.5,
    terms: `
      有会修 群里有会 群里有没有会 这群里有 有没有会修 可以送她那 可以送我那 送她那儿去 送我这儿来 包的粽子 包的饺子 别笑话 送了点 送了些 分了点 给大家尝尝
      讨论八百遍 讨论了八百遍 讨论过多少次 又没写 又没规定 又没说不能 别在群里吵 大家都是邻居 都是邻居 双十一 剁手 真不是我 不是我干的
    `,
  },
  { feature: 'statusQuery', weight: 1.3, terms: '还在排队 还在审批 还在审核 还在审 还在走流程 有人跟进没 跟进没有 跟进没 有结果不 好久来 到底好久 好久能弄 好久能修' },
  { feature: 'priorReport', weight: 1, terms: '反映了好多次 反映过好多次 反映了很多次 反映了好几次 反映过几次 反映好多次 那个投诉 那次投诉 那个报修 那次报修 的申请' },
  // politeness before a repeated question (不好意思 alone is an apology for a mistake)
  { feature: 'neutral', weight: 0, terms: '不好意思再问 不好意思问一下 不好意思问下 不好意思打扰 那几个 这几个 好几个 开不起 养不起 买不起 吃不起 用不起' },
  { feature: 'problem', weight: 1.2, terms: '垮了 垮掉 垮下来 垮塌 钻得进来 钻进来 钻得进' },
  { feature: 'resolved', weight: 1.5, terms: '还好我回来 还好回来得早 还好我在家 还好我发现 幸好我回来 幸好发现 按时到账 按月到账 都按时 按时发放' },
  // neighbours' talk: prices, pets basking, earthquakes felt, bearing with a neighbour, own experience told
  {
    feature: 'social',
    weight: 1,
    terms: `
      油价 菜价 物价 肉价 猪肉价 金价 好乖 好萌 萌死 感觉到没 感觉到没有 感觉到了吗 感觉到了没 地震了
      忍忍吧 忍一忍 忍一下吧 互相体谅 互相理解 体谅一下 理解一下 不过人家 人家也是 养老金又涨 又涨养老金
      问下大家 问一下大家 问问大家 比平时贵 比平时多 我之前也 我以前也 我上次也
    `,
  },
  { feature: 'past', weight: 1.5, terms: '被困过 困过一次 也被困过 也困过' },
  { feature: 'past', weight: 1, terms: '后来' },
  { feature: 'notice', weight: 2, terms: '的朋友们 准时集合 集合 记得穿 记得带 请准时 带身份证到 带好身份证 携带身份证 到社区办理 可电话预约 可以打电话预约' },
  // clearly past times
  { feature: 'past', weight: 1, terms: '冒过火花 冒过烟 起过火 着过火 昨天 昨晚 前天 前几天 上周 上礼拜 上个月 去年 那次 那事 那件事 当时 有时候 偶尔 时不时 上次 上回' },
  // rhetorical 谁受得了 is 受不了; public space fenced off for oneself; chores done too seldom
  { feature: 'problem', weight: 1.2, terms: '谁受得了 谁受得住 谁顶得住 圈起来 圈成 占成 圈进 私自搭 都得绕 得绕着走 绕着走 才拖一次 才扫一次 才收一次 能写字 没拖过 好久没拖' },
  // a service that did not come today (送餐的今天没来): a problem, not a question about it
  { feature: 'problem', weight: 1.2, terms: '今天没来 今天又没来 没送来 没人送' },
  // 已认证 / 认证完了: the resident has done what a notice asked, which is talk
  { feature: 'ack', weight: 1.5, terms: '已认证 认证完了 认证好了 认证过了 已经认证 认证成功' },
  // neighbours recommending, agreeing or finding company among themselves
  { feature: 'social', weight: 1.5, terms: '大家可以去看看 可以去看看 挺甜的 有没有家长 顺路的话 支持! 我赞成' },
  // 还翻白眼 is contempt, not a fit; 还没吃上饭 is not a ticket chased; 活动室 is a room, not an event
  { feature: 'neutral', weight: 0, terms: '还翻白眼 冲我翻白眼 对我翻白眼 翻了个白眼 白了我一眼 到现在还没吃 还没吃上 活动室 晃眼睛 晃眼' },
  // asking the office to file a repair
  { feature: 'ask', weight: 2, terms: '麻烦报修 帮忙报修 帮我报修 帮着报修 请报修 给报修 报修一下' },
  // the weather itself (热得人受不了, 这么冷): talk, unless a thing of the compound is named
  { feature: 'social', weight: 1.5, terms: '热得人受不了 冷得人受不了 热得受不了 冷得受不了 这么热 这么冷 热死人了 冷死人了' },
  // 晚上好吓人 is not a greeting: 好 is "very" before what the evening is like
  { feature: 'neutral', weight: 0, terms: '晚上好吓 晚上好黑 晚上好吵 晚上好恐 晚上好可 晚上好危 晚上好冷 晚上好热 晚上好闷 晚上好多 早上好冷 早上好吵 早上好多' },
  // asked again and again, or sent from one desk to another
  { feature: 'complaint', weight: 1, terms: '问了几次 问了好几次 问了几遍 找了几次 找了好几次' },
  // asking neighbours for tips is talk among them
  { feature: 'social', weight: 1.5, terms: '有没有什么好办法 有什么好办法 有什么好方法 大家有什么办法' },
  // asking the office to set something up, to clean or to remind others
  { feature: 'dispatch', weight: 1, terms: '放个 摆几个 清一清 扫一扫 拖一拖 顺便提醒下 顺便提醒一下' },
  // fenced off for oneself, abuse when asked to stop, safety gear gone
  { feature: 'problem', weight: 1.2, terms: '圈了一块 占了一块 搭了个 还骂人 骂人 打开是空的 里面是空的 晃得眼睛 没有人管 没有人清 没有人扫 没有人修' },
  // giving away what the family no longer needs
  { feature: 'ad', weight: 2, terms: '免费送 送给需要的 出一辆 出一台' },
  // the office's own updates: sorry for the trouble, what was done, what to do meanwhile
  { feature: 'notice', weight: 1.5, terms: '抱歉抱歉 请谅解 已经报厂家 已报厂家 已联系厂家 今天先安排 人工开门 大家先去 大家先到 提前安排出行 住户提前 已经派人 已经在清 已经在清理 已经在处理 已经在修了 绕道走' },
  // a neighbour's own near miss, or relief that nobody was hurt
  { feature: 'nearMiss', weight: 1.5, terms: '也差点 幸好没 幸好没有' },
  // ratings after a repair
  { feature: 'thanks', weight: 1.5, terms: '打五星 五星好评 给五星' },
  // symptoms: yellow water, noise drowning speech, works starting again, a promise worth nothing
  { feature: 'problem', weight: 1.2, terms: '是黄的 还是黄 砸得 都听不见 又开始砸 又开始吵 又开始装修 跟没说一样 阳光房' },
  // a visit promised or awaited
  { feature: 'statusQuery', weight: 1.3, terms: '确定会来 厂家来了没 厂家来了吗 师傅来了没 师傅来了吗' },
  // a free lawyer or legal aid asked about
  { feature: 'procedure', weight: 1.5, terms: '免费的律师 免费律师 律师可以问 法律援助' },
  // a flat's belongings standing in water
  { feature: 'danger', weight: 1.2, terms: '都泡着' },
  // safety gear worn out, another car in one's own space, a barber or helper at the door, an invoice asked for
  { feature: 'problem', weight: 1.2, terms: '在红区 红区了 停我车位 占我车位 停在我车位 占了我的车位 停我家车位' },
  { feature: 'dispatch', weight: 1, terms: '换换吧 上门给 有人上门 开发票 开个发票 开张发票' },
  // a price or a reimbursement that is not the knowledge base's (一块钱才充一个小时, 单位要报销)
  { feature: 'neutral', weight: 0, terms: '块钱才 块钱只 单位要报销 单位报销 公司报销 味儿中 味道不错 味儿不错' },
  { feature: 'ad', weight: 1.5, terms: '新开了家 新开了一家 新开的店' },
  // a health check or another service coming to the compound, told to residents
  { feature: 'notice', weight: 1.5, terms: '免费量血压 免费测血糖 可以带上 请带上' },
  // what the office answered
  { feature: 'statusQuery', weight: 1.3, terms: '怎么回复的 怎么答复的 那边怎么回复 那边怎么答复' },
  { feature: 'past', weight: 1, terms: '冒过火星 冒过火星子' },
  // 闲着没事 is idleness, not "nothing is wrong"; 户口落在这边 is a registration, not a thing left behind
  { feature: 'neutral', weight: 0, terms: '闲着没事 没事干 没事做 户口落在 户口落到 不好吃不了' },
  // fetching a form from the house, putting up a notice: jobs for the office
  { feature: 'dispatch', weight: 1, terms: '上门来取 上门取 来取一下 上门收 贴个通知 发个通知 贴张通知' },
  // money applied for that has not arrived
  { feature: 'statusQuery', weight: 1.3, terms: '一分钱没到 一分钱都没 钱没到账' },
  // what the writer got, and meeting up to eat
  { feature: 'resolved', weight: 1, terms: '已经领到 今天领到 领到优待证 换了一桶油 明年继续' },
  { feature: 'social', weight: 1.5, terms: '老姐妹 一起去吃' },
  { feature: 'notice', weight: 1.5, terms: '开始充值 挂牌了' },
  // a notice quoted against what is going on (公告写的周末不能…) is a complaint, not a notice
  { feature: 'neutral', weight: 0, terms: '公告写的 公告上写 公告说了 通知写的 通知上写' },
  { feature: 'dispatch', weight: 1.2, terms: '检查下 检查检查' },
  // a wasted trip, a stamp withheld, things lost, power never connected
  { feature: 'problem', weight: 1.2, terms: '白跑一趟 白跑了 不给盖章 不给办 不给批 不给签 丢了好几回 丢了几回 都没装 还没装 消防车都进不来 消防车进不来' },
  { feature: 'complaint', weight: 1, terms: '无语子' },
  { feature: 'rush', weight: 0.6, terms: 'asap' },
  // asked before in the group, found out later
  { feature: 'priorReport', weight: 1, terms: '上次群里问的 群里问过 上次问的' },
  { feature: 'statusQuery', weight: 1.3, terms: '后来查出来 有确定时间了吗 有确定安装时间' },
  // tiredness and moods, meeting up, a scare that ended
  { feature: 'social', weight: 1.5, terms: 'emo了 太累了 要不要一起 一起约 大家都等了' },
  { feature: 'resolved', weight: 1.5, terms: '就出来了 还好他自己 自己会开 自己打开了 自己出来了' },
  // service asked of the office: an invoice, someone on duty at weekends
  { feature: 'dispatch', weight: 1, terms: '开一张 帮忙开 留个人值班 留人值班 安排人值班' },
  // a neighbour who knows computers, paid help: among neighbours
  { feature: 'social', weight: 1.5, terms: '有没有懂 懂电脑的 付费也行 有偿' },
  // relief after a scare: 好在 … 出来了; a smell explained by cooking
  { feature: 'nearMiss', weight: 1.5, terms: '好在' },
  { feature: 'resolved', weight: 1.5, terms: '炖糊了 烧糊了 煮糊了' },
  // what happens every time it rains is not happening now
  { feature: 'past', weight: 1, terms: '一下雨就 一刮风就 一到晚上就 一到下雨天' },
  // dangers now: a child under water, a knife or a bar in someone's hand, a child outside a window, a hand caught in
  // a lift's door, a wall leaning out over children, an air conditioner hanging loose over people
  { feature: 'danger', weight: 1.2, terms: '沉下去 溺水 掉水里 掉进水里 落水 拿着菜刀 在砸车 拿着铁棍 夹住了拔不出来 拔不出来 在往外倒 好几户进水' },
  { feature: 'problem', weight: 1.2, terms: '沉下去 溺水 拿着菜刀 在砸车 夹住了拔不出来 放煤气罐 心里发毛 在楼道里放 坐在窗台外' },
  // hyperbole and household mishaps
  { feature: 'neutral', weight: 0, terms: '气得我要晕 气得我快晕 气晕了 气得要晕 水漫金山' },
  { feature: 'social', weight: 1.5, terms: '把鱼缸打翻 鱼缸打翻 快崩溃了 我快崩溃 想想都害怕 有邻居知道吗' },
  { feature: 'resolved', weight: 1.5, terms: '不是着火 是水汽 冒的水汽' },
  { feature: 'ad', weight: 2, terms: '一起团 满10个发货 发货' },
  // suggesting the office equip something, or check it
  { feature: 'dispatch', weight: 1, terms: '建议配 配一台 物业查一下' },
  // a promised weekend gone, a claim or schedule asked after
  { feature: 'statusQuery', weight: 1.3, terms: '周末都过去了 都过去了 走到哪一步 排上期了吗' },
  // answering a neighbour, telling a driver, agreeing, exaggerating a bill
  { feature: 'social', weight: 1.5, terms: '这个我知道 你问问网格员 你问问社区 你去问问 看到回个话 看到请回复 支持查 这种得找 我家去年也这样' },
  { feature: 'neutral', weight: 0, terms: '电费要爆 钱包要爆' },
  // building without a permit, caught halfway
  { feature: 'problem', weight: 1.2, terms: '彩钢棚 搭一半 在搭棚 半夜蹦迪' },
  // a fire still burning; a sign's number, not an entrapment; a smell that stops with the valve; what could happen
  { feature: 'danger', weight: 1.2, terms: '火还没灭 还没灭' },
  { feature: 'neutral', weight: 0, terms: '困人应急电话 应急电话' },
  { feature: 'resolved', weight: 1.5, terms: '关了阀就没 关了就没 就没味了' },
  { feature: 'hypothetical', weight: 1, terms: '的时候会 刮风的时候 下雨的时候会 火灾隐患 存在隐患' },
  // an application chased: how long since it went in, whether it was accepted, when the money reaches the card
  { feature: 'statusQuery', weight: 1.3, terms: '有安排吗 今天有安排吗 后来怎么说的 最后查出来 查出来是怎么回事 拖走没有 拖走没 到现在都没有人来 到现在都没人来 都没有人来 怎么没见动静' },
  { feature: 'priorReport', weight: 1, terms: '第三次问了 第二次问了 又来问了 前两次都说 不是说好 报了n次 反映了n次 来我家看过 上门看过了' },
  { feature: 'statusQuery', weight: 2, terms: '受理了没 审批完了没 能查到进度 问问进度 都说在安排 说在安排' },
  // a neighbour's own experience, a courier late
  { feature: 'social', weight: 1.5, terms: '我家也遇到过 我也遇到过 才解决的' },
  { feature: 'neutral', weight: 0, terms: '快递怎么还没人来送 快递还没人来送 快递怎么还没来 快递还没到' },
  // chopping at midnight, snow breaking a roof, a card or food or a space asked of the office, heating too cold
  { feature: 'problem', weight: 1.2, terms: '一宿一宿 剁馅子 压塌 还不乐意 一点温乎气 屋里才 雪没人扫 踩成冰' },
  { feature: 'dispatch', weight: 1, terms: '补一张 补办一张 给送点菜 送点菜 想租个 租个车位' },
  { feature: 'lostFound', weight: 1, terms: '谁家孩子的 我给拿' },
  // nobody at the office's phone or desk
  { feature: 'problem', weight: 1.2, terms: '前台也没人 有事到底找谁 有事找谁' },
  { feature: 'ask', weight: 2, terms: '赶紧修修 修修吧' },
  // a group-buy's goods arriving
  { feature: 'social', weight: 1.5, terms: '下班去拿 我去拿 我下班去' },
  // what was suggested or reported before, chased
  { feature: 'priorReport', weight: 1, terms: '我们提的 提的建议 上次提的' },
  { feature: 'statusQuery', weight: 1.3, terms: '去说了没 去说了吗 去说了没有 讨论了没有 讨论了没' },
  // nobody answers, not one lamp lit, a coal stove in the stairwell, chickens on the roof, a refund asked
  { feature: 'problem', weight: 1.2, terms: '没有人接 都没有人接 没有一盏是亮的 没一盏亮 一盏都不亮 烧蜂窝煤 往楼上窜 窗户都不敢开 养了一笼鸡 鸡屎 一格电都没有 这个桩' },
  { feature: 'dispatch', weight: 1, terms: '一定要查 必须查 退钱不 退钱' },
  { feature: 'resolved', weight: 1.5, terms: '已经扒门出来 人已经出来 出来了没事 出来了没有事' },
  { feature: 'social', weight: 1.5, terms: '喊开锁的 找开锁的 蛮划算 挺划算 确实报了' },
  // telling a neighbour how one did it, what one receives, news that the money came
  { feature: 'social', weight: 1.5, terms: '就是这么办的 我上回就是 我当时就是 聊胜于无 买买菜够了 你也抓紧 我签了 有等着的别急 照片发群里了' },
  { feature: 'resolved', weight: 1.5, terms: '开始领了' },
  // papers brought to the house, the mobile desk asked to come
  { feature: 'dispatch', weight: 1, terms: '送到我家 送到家里 能不能也来 来一趟' },
  // points not credited, an interview's answer or a lawyer's call that never came
  { feature: 'statusQuery', weight: 1.3, terms: '还没加上 是不是没过 没接到电话 也没接到电话' },
  // how long such a thing usually takes is a question about the procedure
  { feature: 'procedure', weight: 1.5, terms: '一般多久 一般要多久 要怎么弄' },
  // problems told by their effect: rain through a roof, a cat's mess on a balcony, wires hanging within reach, gas
  // cylinders in a stairwell, a dog barking all night, chargers never powered, a unit loud as a tractor, offices
  // passing the job between them, cuts never announced, an intercom that stays silent
  { feature: 'problem', weight: 1.2, terms: '漏雨 拉屎 还是散养 耷拉下来 线耷拉 伸手就能够着 液化气罐 摆在楼道里 才拖一回 才扫一回 合同上写的 按了没声 叫一晚上 一叫叫 睡不好 摆设 一次电都没 跟拖拉机似的 跟拖拉机一样 不提前通知 从来不回 不回消息 装没看见' },
  { feature: 'dispatch', weight: 1, terms: '得修了 该修了 上门帮一下 上门帮忙' },
  { feature: 'statusQuery', weight: 1.3, terms: '没一个人来 每次都说记下了' },
  // pointing a neighbour to what was already posted; warnings and weather tips for everyone
  { feature: 'social', weight: 1.5, terms: '往上翻翻 物业发了的 早上物业发了' },
  { feature: 'notice', weight: 1.5, terms: '大家别在 大家别再 大家不要在 出门带伞 开车慢点' },
  // a shop's goods soaked, no way to walk, talks promised
  { feature: 'problem', weight: 1.2, terms: '货都泡了 没路走 越停越乱' },
  { feature: 'statusQuery', weight: 1.3, terms: '谈了没有 谈了没 谈了吗' },
  // go-betweens: asked by neighbours to report; a shop's opening offer; a worker's own notice
  { feature: 'ask', weight: 1.5, terms: '让我反映 托我反映 托我来说说 托我来说 都让我反映' },
  { feature: 'ad', weight: 2, terms: '今天开张 买十送二 买一送一' },
  { feature: 'notice', weight: 1.5, terms: '带好材料 过去就行 年审开始了 行动不便的跟我说 我们上门' },
  { feature: 'dispatch', weight: 1, terms: '给她排一次 给他排一次 排一次' },
  { feature: 'problem', weight: 1.2, terms: '破了个大洞' },
  { feature: 'statusQuery', weight: 1.3, terms: '抽完了没 抽完了没有 抽干了没 什么时候清走 剩下那个' },
  // storm advice, a fair word for the office, a farewell, a rant about the city's traffic
  { feature: 'notice', weight: 1.5, terms: '天气预报说 收一收 窗户关好 尽量别出门' },
  { feature: 'social', weight: 1.5, terms: '说句公道话 一棍子打死 最后一天上班 道个别 这个城市的交通' },
  // asking neighbours who knows or who has a number; a holiday neighbour not back yet
  { feature: 'social', weight: 1.5, terms: '哪位有 有知道的没 有知道的吗 住过的没 往年这时候' },
  // clanking lifts, ambulances blocked, a service to carry someone down, a report passed upwards
  { feature: 'problem', weight: 1.2, terms: '哐当 哐当哐当 心里直发毛 救护车都进不来 救护车进不来' },
  { feature: 'dispatch', weight: 1, terms: '找人看看 找人看一下 找人来看看 帮忙抬 抬一下 抬下楼 跟上边反映 反映反映' },
  { feature: 'statusQuery', weight: 1.3, terms: '有人接单了吗 接单了吗 接单了没' },
  { feature: 'resolved', weight: 1.5, terms: '闻不着了 又闻不着' },
  // life at home told to neighbours: pets, colds, moods, snoring, appliances replaced, cooking smells, children
  { feature: 'social', weight: 1.5, terms: '狗子 打疫苗 鼻炎 心里漏水 打呼噜 明天换个 明天买个新的 买个新的 真勇敢 这么香 馋死我了 后怕 看得我后怕 这种题' },
  // good news and opinions about the community's programmes
  { feature: 'social', weight: 1.5, terms: '高兴得 双喜临门 终于有地方 眼馋 挺辛苦的 我研究了一下 换我我也 该不该伤心 好事啊 刚领到' },
  { feature: 'ad', weight: 1.5, terms: '骑不了了' },
  { feature: 'resolved', weight: 1.5, terms: '已经说修好了 楼主已经 不用再@' },
  { feature: 'social', weight: 1, terms: '哪家修 修手机' },
  // prices and refunds at the chargers, a cleaner stretched thin, drums in the stairwell, a fire door locked
  { feature: 'problem', weight: 1.2, terms: '贵一倍 比外面贵 扫不过来 一练两三个小时 练架子鼓 被锁死了 锁死了' },
  { feature: 'ask', weight: 1, terms: '能不能降点 能不能不要 加个人吧' },
  // an event asked of the office is a request, not a notice of one
  { feature: 'ask', weight: 1.5, terms: '办场讲座 办个讲座 搞个讲座 组织个讲座' },
  // thrown from above, an empty hose box, a charge paid for nothing, an error code on the lift
  { feature: 'problem', weight: 1.2, terms: '从楼上丢 楼上丢了 箱是空的 柜子是空的 钱倒是扣了 一直跳 还敢不敢坐' },
  { feature: 'ask', weight: 1, terms: '找哪个退 找谁退' },
  { feature: 'lostFound', weight: 1.5, terms: '哪个掉了 掉了把' },
  { feature: 'resolved', weight: 1.5, terms: '结果是对门在 结果是楼下在 结果是隔壁在 结果是楼上在' },
  { feature: 'statusQuery', weight: 1.3, terms: '去看了没有 检修结果出来' },
  // a unit humming all night, works at banned hours, chasing an invoice, a job passed between office and developer
  { feature: 'problem', weight: 1.2, terms: '响一晚上 跟着响 不是规定 不让施工 催了好几次 催了几次 互相推 还没弄完' },
  { feature: 'social', weight: 1.5, terms: '香得 先借一个 借一个 哪个邻居家有 有没有邻居家有' },
  { feature: 'resolved', weight: 1.5, terms: '没困住 没被困' },
  // 又走丢了一回 是保安给送回来的: the person is back; what is asked is care, not a search
  { feature: 'past', weight: 1.5, terms: '送回来的 给送回来' },
  // a worker's answer in the group: what to bring, when to come, what the office will do
  { feature: 'notice', weight: 1.5, terms: '当天就能 先电话预约 可以先预约 我在办公室 律师坐班 先到物业中心 我们联系车主 已经报给运营 已经报给维保 这周内修好 请先不要 不要直接饮用' },
  // apologies and light talk among neighbours
  { feature: 'social', weight: 1.5, terms: '太对不起了 不算扰民吧 真是热闹 全赶上了' },
  // a meal, a bucket of water or a visit asked for; a gap in the wall; drinking games at night
  { feature: 'dispatch', weight: 1, terms: '帮着送 送一下 送一桶 帮我送 上门来一趟 来一趟吧 敲门看看 上去看看' },
  { feature: 'problem', weight: 1.2, terms: '来不及接 才发通知 豁口 翻进来 喝酒划拳 划拳' },
  { feature: 'statusQuery', weight: 1.3, terms: '送了没 送上去了吗 送了吗 有人来看没 有人来看了吗 出什么结果了 给个回复' },
  { feature: 'danger', weight: 1.2, terms: '越来越重 还关着' },
  // chasing in 粤 and in plain words: followed up or not, where the approval is, no news since
  { feature: 'statusQuery', weight: 1.3, terms: '有没有跟进 审批到哪里 审批到哪 也没有消息了 没有消息了' },
  { feature: 'thanks', weight: 1.5, terms: '太暖心了 暖心' },
  { feature: 'notice', weight: 1.5, terms: '以后大家还是 大家还是自己' },
  { feature: 'ask', weight: 1, terms: '出来说明一下 给个说明' },
  { feature: 'problem', weight: 1.2, terms: '水黄黄 水带都没 水带都没有' },
  { feature: 'hypothetical', weight: 1, terms: '好怕 看着好怕' },
  // dust on a railing, a screw sticking out, dog mess everywhere; a lost child taken to the guard post
  { feature: 'problem', weight: 1.2, terms: '一摸一手灰 一手灰 翘出来 划了个口子 狗屎到处 自觉点吧' },
  { feature: 'lostFound', weight: 1.5, terms: '赶紧去领 带到保安亭 先带到保安亭' },
  { feature: 'dispatch', weight: 1, terms: '找人查一下 找人查查 跟公交公司反映 反映下' },
  // bargain links in the group, favours among neighbours, a video from elsewhere
  { feature: 'social', weight: 1.5, terms: '砍一刀 别发了 代收快递 请你喝 的视频你们看了 视频你们看了没 的视频大家看了' },
  { feature: 'resolved', weight: 1.5, terms: '不是煤气味 不是煤气' },
  { feature: 'past', weight: 1.5, terms: '弄出来的 最后是消防' },
  // praise and recommendations told at length, a neighbour's piano or dog admired
  { feature: 'thanks', weight: 1.5, terms: '特别想感谢 想感谢一下' },
  { feature: 'social', weight: 1.5, terms: '推荐给大家 可以去试试 加油哦 挺享受 摇尾巴 其实很简单的' },
  // drilling every midnight, equipment worn out again, a leak running for days
  { feature: 'problem', weight: 1.2, terms: '电钻的声音 准时有 该换新的了 是不是该换' },
  { feature: 'past', weight: 1, terms: '流了两天 流了好几天 滴了快一个礼拜 滴了好几天' },
  { feature: 'statusQuery', weight: 1.3, terms: '车来了吗 整改到底' },
  // a neighbour's own experience of a benefit; what about mine; water pressure too low to wash
  { feature: 'social', weight: 1.5, terms: '我家老爷子就是 我家就是这样 是自动发的' },
  { feature: 'statusQuery', weight: 1.3, terms: '那我的呢' },
  { feature: 'problem', weight: 1.2, terms: '小得可怜 都是滴下来的' },
  // second-hand goods, a courier late, a car window left open, fireworks to watch
  { feature: 'ad', weight: 1.5, terms: '出二手 二手' },
  { feature: 'social', weight: 1.5, terms: '派送中 车主看到 带娃去看看 想带娃去' },
  // guards asleep, a receipt never given, what the lift's check found
  { feature: 'problem', weight: 1.2, terms: '在睡觉 图啥' },
  { feature: 'statusQuery', weight: 1.3, terms: '查出原因没 查出原因了吗' },
  // water wasted is a loss, not a danger
  { feature: 'nearMiss', weight: 1.5, terms: '浪费死了 好浪费 多浪费 白白浪费' },
  // talk among old neighbours: cooking smells, pity for a dog, keeping the peace, stairs as exercise, feeding strays
  { feature: 'social', weight: 1.5, terms: '都馋了 包饺子 怪可怜的 别伤了和气 好好说说 邻里邻居的 权当锻炼 也是条命 天天喂着' },
  { feature: 'notice', weight: 1.5, terms: '大家再等等' },
  { feature: 'lostFound', weight: 1.5, terms: '丢车的是 也没找着' },
  // strays taken away, a room found for a choir, money for parking unexplained, a worker who never came
  { feature: 'dispatch', weight: 1, terms: '来弄走 找个救助机构 给找个 找个活动室' },
  { feature: 'problem', weight: 1.2, terms: '问他们也不说 收哪去了' },
  { feature: 'statusQuery', weight: 1.3, terms: '出来没有 出来了没 等到天黑也没来' },
  // a receipt never given, put off again and again
  { feature: 'problem', weight: 1.2, terms: '还没给 都说过两天 说过两天' },
  { feature: 'complaint', weight: 1, terms: '问了三次 问了好多次' },
  // telling neighbours how a benefit works (自动发的 不用申请) is an answer, not a question
  { feature: 'social', weight: 1.5, terms: '不用去申请 不用申请 自动打到卡' },
  { feature: 'procedure', weight: -1, terms: '是自动发的 不用去申请' },
  // a thing blocking a door or a garage is a problem; 急急急 is haste
  { feature: 'problem', weight: 1.6, terms: '挡在我车库门口 挡我车库门口 挡在车库门口 挡在我家门口 堵着单元门 堵在单元门口' },
  { feature: 'rush', weight: 0.6, terms: '急急急' },
  // finding out who did it is a job for the office, not a status question (查一下 alone asks after a ticket)
  { feature: 'dispatch', weight: 1, terms: '查一下是哪 查一下是谁 查查是谁 查查是哪 查是谁 查是哪家 查出来是谁' },
  // a traffic jam is not a person who does not move; joining a signature drive is talk
  { feature: 'social', weight: 1.5, terms: '堵得一动不动 堵的一动不动 高速堵 路上堵 算我一个 签字算我' },
  // a sandstorm, a heavy rain last night: the weather
  { feature: 'social', weight: 1, terms: '沙尘暴 刮沙尘 暴雨好吓人' },
  // a reply asked after
  { feature: 'statusQuery', weight: 1, terms: '批下来了吗 回话没有' },
  // a landslip or falling rocks now
  { feature: 'danger', weight: 1.2, terms: '垮泥巴 在垮 滑坡了 泥石流 石头滚 还在往下掉 还在往下垮 往下掉土 人还住在里面 车里还有人 车里好像还有人' },
  // 报上去了吗: whether the office passed it on; 那个调解: a matter both sides know
  { feature: 'statusQuery', weight: 1, terms: '报上去了吗 报上去没 递上去了吗 交上去了吗 定下来没有 定下来了没 约好了没' },
  { feature: 'priorReport', weight: 1, terms: '那个调解 那个申请' },
  // the office asked to apply or arrange on someone's behalf
  { feature: 'dispatch', weight: 1, terms: '帮着申请个 帮忙申请个 帮她安排 帮他安排 安排一下送餐' },
  // an invitation, a farewell to neighbours
  { feature: 'social', weight: 1.5, terms: '谁一起去 谁一块去 谁跟我一起 一道去 舍不得大家 明天搬走了 要搬走了' },
  // mahjong tiles clatter; that is not sparks
  { feature: 'neutral', weight: 0, terms: '洗牌声噼里啪啦 麻将声噼里啪啦 洗牌噼里啪啦' },
  // several chargers the same: the extent of a fault, not neighbours agreeing
  { feature: 'complaint', weight: 1, terms: '好几个都是这样 好几个都这样' },
  // 怕出事 after a danger told now is worry about it, weaker than a what-if
  { feature: 'hypothetical', weight: 0.4, terms: '怕出事 怕要' },
  // climbing stairs for exercise is talk
  { feature: 'social', weight: 1.5, terms: '当锻炼 比健身房' },
  // the outcome of the writer's own application, asked after: not put through, refused, not paid, the next step
  { feature: 'statusQuery', weight: 1, terms: '没报上 没交上 没批上 是不是被驳回 名额确定了吗 核查完了 走下一步 今年还没有 今年还没发 还没拨 没拨下来 拨下来没' },
  // what the office said when asked before, and papers it asked for
  { feature: 'priorReport', weight: 1, terms: '去问说 打电话问都说 都说在走流程 说在走流程 让我补交 叫我补交 已经补交了' },
  // papers taken over, past activities: not a resolution, not a notice
  { feature: 'neutral', weight: 0, terms: '送过去了 交过去了 拿过去了 次活动 参加了活动' },
  { feature: 'dispatch', weight: 1, terms: '安排志愿者' },
  // storm damage: roofs torn off, things blown over; a car still under water; cordoning a place off
  { feature: 'problem', weight: 1.2, terms: '被掀掉 掀掉了 掀翻了 被吹倒 吹倒了 被吹掉 吹掉了 刮倒了 还泡在里面 泡在里面 还泡着 还没抽完' },
  { feature: 'dispatch', weight: 1, terms: '拉根绳子 拉个警戒线 拉警戒线 先别撤' },
  // warnings and advice among neighbours in bad weather; offers to fetch things
  { feature: 'hypothetical', weight: 1, terms: '会起火的' },
  { feature: 'notice', weight: 1.5, terms: '备点蜡烛 估计晚上要停电 估计要停电' },
  { feature: 'social', weight: 1, terms: '黄色预警 橙色预警 红色预警 暴雨预警 台风走了 要囤的 被抢光了 被抢得 可以帮带 帮大家带 需要的说一声 不够的说一声' },
  // a worker on duty leaving a number, a dance called off, fruit shared, a video of the compound, heat as hyperbole
  { feature: 'notice', weight: 1.5, terms: '有事打俺电话 有事打我电话 有事随时找我' },
  { feature: 'social', weight: 1, terms: '可惜 广场舞不跳了 今天不跳了 谁家要 分点 上抖音了 上新闻了 都快冒烟了 快冒烟了' },
  { feature: 'neutral', weight: 0, terms: '抖音' },
  // checking whether something is the cause is a job; a ticket shown as handled that nobody came for
  { feature: 'dispatch', weight: 1, terms: '查一下是不是 查查是不是 检查一下是不是' },
  { feature: 'statusQuery', weight: 1, terms: '显示已处理了 根本没来过 师傅根本没来' },
  { feature: 'problem', weight: 1.2, terms: '都没充进去 没充进去' },
  // time passing in a memoir; warnings about what happens every year; what a notice tells people to bring
  { feature: 'neutral', weight: 0, terms: '一晃' },
  { feature: 'hypothetical', weight: 1, terms: '每年都有' },
  { feature: 'notice', weight: 1, terms: '带上身份证 本月底前' },
  // long chases: months gone by, nobody came again, is anyone following it
  { feature: 'statusQuery', weight: 1, terms: '两个月过去了 一个月过去了 半个月过去了 几个月过去了 一周过去了 好几天过去了 再也没人来过 再也没人去过 再也没来过 有没有人在跟 有人在跟吗 到底有没有人管 还有人管吗' },
  { feature: 'neutral', weight: 0, terms: '也不好意思 不好意思打电话 不好意思问' },
  // told as no great matter, a rant that says so, calming a quarrel, heat
  { feature: 'resolved', weight: 1, terms: '没什么大事 没啥大事 没多大事' },
  { feature: 'social', weight: 1.5, terms: '吐槽一下 吐槽而已 消消气 有话好好说 注意防暑' },
  { feature: 'neutral', weight: 0, terms: '等了好久才' },
  // a way blocked; the notice board is a thing, not a notice
  { feature: 'problem', weight: 1.2, terms: '挡着无障碍 挡着坡道 挡着门 挡着路 挡着通道' },
  { feature: 'neutral', weight: 0, terms: '公告栏' },
  // the writer's fright told to the group
  { feature: 'social', weight: 1, terms: '吓我一跳 吓死我了' },
  // the writer has reported it already and tells the group it is in hand; the office's acknowledgements
  { feature: 'notice', weight: 1.5, terms: '等回复吧 再等几天吧 我刚打了物业电话 我已经打了物业电话 说马上派人来 下午就清走 已收到您的报修 问过了 消防车已经到了' },
  // eggs for sale, a wage too low to take
  { feature: 'ad', weight: 1.5, terms: '要的私我' },
  { feature: 'social', weight: 1, terms: '谁干啊 谁愿意干' },
  // care asked for an old person: meals not delivered, medicine brought, someone to look in on them
  { feature: 'problem', weight: 1.2, terms: '没送到 又没送 都第二回了' },
  { feature: 'dispatch', weight: 1, terms: '送点过来 去了解一下 帮忙多留意 帮忙留意 给他安排 给她安排 给老人安排' },
  // neighbours' talk: a cooking smell, errands among neighbours, a scam checked, boredom, ads in the group
  { feature: 'social', weight: 1.5, terms: '谁家炖 谁家做的 谁家炒 帮我带一份 帮我带个 是不是诈骗 是不是骗子 是不是骗人的 怪没意思 别天天发了' },
  // what the office or a volunteer tells the group it has done or set up
  { feature: 'notice', weight: 1.5, terms: '为方便大家 营业时间 已到现场 走访了' },
  // the office asked to chase a third party for the writer; a gas card; heating water arriving in the pipes
  { feature: 'dispatch', weight: 1, terms: '帮着催催 帮忙催催 帮忙催一下 帮我们催催 帮着催一下' },
  { feature: 'neutral', weight: 0, terms: '燃气卡 管子里哗哗 哗哗响了' },
  // more of the same fault, and a fix asked for it; statuses asked after in other words
  { feature: 'problem', weight: 1.2, terms: '也是黑的 都是黑的 也停了 也没水了' },
  { feature: 'dispatch', weight: 1, terms: '修下吧 一起修 顺便弄弄吧 顺便弄一下' },
  { feature: 'statusQuery', weight: 1, terms: '办好了没有 办好了没 办好了吗 修到什么程度 到什么程度了 修到哪一步 到现在没接到' },
  { feature: 'priorReport', weight: 1, terms: '都补齐了 补齐了 去面的 去面试了' },
  // advice to ring the hotline, a Beijing 得嘞
  { feature: 'social', weight: 1.5, terms: '打12345吧 12345也不是' },
  { feature: 'ack', weight: 1, terms: '得嘞' },
  // people walking under something about to fall
  { feature: 'danger', weight: 1.2, terms: '下面好多人在走 下面有人在走 底下好多人' },
  // a shop's offer, food judged, a typing slip owned, calming words and help on the way
  { feature: 'ad', weight: 1.5, terms: '打八折 打九折 要去吃的' },
  { feature: 'social', weight: 1.5, terms: '有点咸 打错了 莫慌 我这就下来' },
  // weather, damp and insects talked about; resignation; neighbours asked about a survey; 湘 莫港 (别说)
  { feature: 'social', weight: 1.5, terms: '晾三天 晾不干 干衣机 知了叫 会飞的蟑螂 风好大 我们能有啥办法 能有什么办法 大家填了吗 大家都填了吗 莫港哒 楼上说的对 回楼上 不用来回跑了 再说哈哈' },
  // answers one resident gives another about a policy: told, not asked
  { feature: 'social', weight: 1, terms: '我上周刚开的 我之前就是找的 这个政策是真的好 真的有用' },
  // a lift door that will not close, a stairwell blocked, a maintenance team asked for
  { feature: 'problem', weight: 1.2, terms: '关不拢 堆到楼梯口 侧起身子' },
  { feature: 'dispatch', weight: 1, terms: '喊维保 彻底检查 去慰问一下 来楼下办一次' },
  // thunder, mosquitoes and a neighbour's cooking talked about; the heat as the scene of a report
  { feature: 'social', weight: 1.5, terms: '是打雷吗 这雷打得 驱蚊 你们都用什么 蚊子比去年多 谁家在煮 谁家在做 好香的' },
  { feature: 'neutral', weight: 0, terms: '这么热的天' },
  // a lift door that will not stay shut; a job asked to be scheduled
  { feature: 'problem', weight: 1.2, terms: '关不紧 开了又关' },
  { feature: 'statusQuery', weight: 1, terms: '排上时间了吗 排上时间了没' },
  // a kindness told, a notice missed, a report asked after in plain words
  { feature: 'thanks', weight: 1.2, terms: '好感动 太感动了' },
  { feature: 'social', weight: 1.5, terms: '说的啥来着 啥来着' },
  { feature: 'statusQuery', weight: 1, terms: '有没有后续 有后续吗 报修后有人处理吗' },
  // 就是这么报上的, 那么多人: the 么 of a demonstrative asks nothing.
  { feature: 'neutral', weight: 0, terms: '这么 那么 多么 要么' },
  // 空调开不起来了 (not 开不起, cannot afford), 羊毛衫报废了, 弄得全是涂料: damage done.
  { feature: 'problem', weight: 1.2, terms: '开不起来 报废了 弄得全是 搞得全是 溅得全是 往下倒水 往下泼水' },
  // 群里吵有啥用, 午饭吃啥 选择困难, 衣服还是潮的, 人都要发霉了: talk among neighbours and about the weather.
  { feature: 'social', weight: 1.5, terms: '群里吵 在群里吵 选择困难 吃啥好 午饭吃什么 晚饭吃什么 还是潮的 都是潮的 湿答答 人都要发霉 刷刷群' },
  // 烟头落在她阳台的被子上: something thrown that landed, not something left behind.
  { feature: 'neutral', weight: 0, terms: '落在阳台 落在她阳台 落在我家阳台 落在她家阳台 落在被子 落在车上 落在车顶 落在头上 落在身上' },
  // 学了火灾逃生 (a lesson, not a fire), 我就说嘛, 听着好吓人: talk.
  { feature: 'hypothetical', weight: 1, terms: '火灾逃生 学了逃生' },
  { feature: 'social', weight: 1.5, terms: '我就说嘛 听着好吓人 听着吓人' },
  // 车漆都刮花了, 水全滴在我家被子上, 鸽子屎全飘到我家来, 外放音乐, 轰油门, 插座烧黑了, 砖全翘了: what residents put up with.
  { feature: 'problem', weight: 1.2, terms: '刮花了 滴在我家 全滴在 滴到我家 全飘到我家 外放 轰油门 插座烧黑 插头烧黑 全翘了 翘起来了 一脚泥 被狗咬了 狗咬人了 咬伤了' },
  // 有个陌生男的在拽小姑娘往车里拉: a child being taken.
  { feature: 'danger', weight: 1.5, terms: '往车里拉 往车里拽 拽进车里 抱走孩子 抢孩子' },
  // 一晚上好几趟 (not 晚上好), 门牌号送错 (not lost property), 专业的人 (not an advert), 活动中心 (a place, not an event)
  { feature: 'neutral', weight: 0, terms: '晚上好几 一晚上好 专业的人 活动中心 倒霉' },
  // 东北 埋汰 (dirty), 黑麻麻 (pitch dark): a place in a bad state.
  { feature: 'problem', weight: 1.2, terms: '埋汰 黑麻麻 黑漆漆 摄像头对着 监控对着 对着我家门口' },
  // 有进展第一时间告诉您, 已关闭总阀 楼下的住户请检查, 统计一下：…请家属留房号, 地点在社区一楼: the office's own notices.
  { feature: 'notice', weight: 1.5, terms: '第一时间告诉 有进展会告诉 已关闭总阀 的住户请 统计一下: 请家属 地点在' },
  // 那个雷好响, 这湿度 被子晒不干, 对不住啊 (the owner answering): talk.
  { feature: 'social', weight: 1.5, terms: '那个雷 雷好响 这湿度 晒不干 对不住啊 对不住了 是俺家的' },
  // 我家橘猫跑出去了 谁看到麻烦说一声: a pet lost.
  { feature: 'lostFound', weight: 1.5, terms: '猫跑出去了 狗跑出去了 谁看到麻烦说一声 谁看到说一声 看到的说一声' },
  // 楼下大哥真对不住, 道歉卡, 看得我气全消了: apologies and peace made between neighbours.
  { feature: 'social', weight: 1.5, terms: '真对不住 道歉卡 气全消' },
  // 三缺一 速来: an invitation to a game; 下水返味: a drain's smell coming back up; 现在又来了 / 又来电了: restored.
  { feature: 'social', weight: 2, terms: '三缺一' },
  { feature: 'problem', weight: 1.2, terms: '返味 返臭味 返臭' },
  { feature: 'resolved', weight: 1.5, terms: '现在又来了 又来电了 又来水了' },
  // 家里人已经跟着去医院了, 现在能下地走了: the emergency is over, the person recovering; 真了不起: praise.
  { feature: 'resolved', weight: 1.5, terms: '跟着去医院了 已经送医院了 送去医院了 能下地走了 能下地了' },
  { feature: 'social', weight: 1.5, terms: '真了不起 有没有人注意到' },
  // 话都说不清了 一直冒汗: signs of a body failing now.
  { feature: 'danger', weight: 1.2, terms: '话都说不清 说话都说不清 冒冷汗 一直冒汗' },
  // 线都露出来了, 电瓶扛上楼在房间里充, 接电充电, 扩音器喊一天, 楼梯间被封起来做仓库: more of what residents put up with.
  { feature: 'problem', weight: 1.2, terms: '线都露出来 电线露出来 线露出来了 在房间里充 拎上楼充 吊根电线 直射我家 亮得跟白天一样 接电充电 私接电线 扩音器 大喇叭喊 封起来做 封起来当 从来不进来 从来不扫 从来不管' },
  // 一直没人接单, 有人处理吗, 跟进一下 #2024-0329: a ticket chased.
  { feature: 'statusQuery', weight: 1.3, terms: '没人接单 没人派单 有人处理吗 有人处理没 有人来处理吗 跟进一下 跟进下' },
  // a promise someone came back with (说网格员会来): what was asked before
  { feature: 'priorReport', weight: 1, terms: '说好会来 说过要来 说网格员会来 说师傅会来' },
  // 靠不靠谱, 以前住的小区: asking neighbours for an opinion, comparing with a former home.
  { feature: 'social', weight: 1.5, terms: '靠不靠谱 以前住的 以前的小区 以前老小区 以前那个小区 原来住的 原来的小区' },
  // 饺子吃了没 (a greeting), 我帮他们收快递了 (the writer helped), 不建议 (advice): nothing asked of the office.
  { feature: 'neutral', weight: 0, terms: '吃了没 吃了吗 吃了没有 吃饭了没 吃饭没 我帮他 我帮她 我帮他们 我帮她们 我帮你 不建议' },
  // 出门前记得把总阀关了: a reminder to neighbours.
  { feature: 'notice', weight: 1.5, terms: '记得把 出门前记得 走之前记得 出门记得' },
  // 楼道灯全黑 只能打手电, 冲小孩狂叫, 一停就是半个钟, 门岗一个人都没有 谁都能往里进: more of what residents put up with.
  { feature: 'problem', weight: 1.2, terms: '全黑 打手电 狂叫 乱叫 冲人叫 一停就是 一个人都没有 谁都能进 谁都能往里进' },
  { feature: 'complaint', weight: 1, terms: '可不行 这可不行' },
  // 保安巡逻时帮瞅一眼我家门, 调下监控, 叫人运走: a job asked for.
  { feature: 'dispatch', weight: 1, terms: '帮瞅一眼 帮看一眼 帮忙看一眼 帮忙瞅一眼 进我家看看 调一下监控 调下监控 叫人运走 运走' },
  // 回复一下呗, 建议社区考虑了吗, 修不修了: a chase.
  { feature: 'statusQuery', weight: 1.3, terms: '回复一下呗 考虑了吗 考虑得怎么样 修不修了' },
  // 纸箱子已经着了: a fire burning now.
  { feature: 'danger', weight: 1.2, terms: '已经着了 着起来了' },
  // 着火了人都跑不出来: what would happen in a fire; 烧了个洞: damage done and over.
  { feature: 'hypothetical', weight: 1, terms: '人都跑不出来 都跑不出来 跑都跑不掉 跑都跑不了' },
  { feature: 'past', weight: 1, terms: '烧了个洞 烫了个洞 烧个洞' },
  // 还早着呢, 大家自己看下 (the writer posted it), 喊我一声就行 (an offer of help), 算了我晚上去拿: nothing asked of the office.
  { feature: 'neutral', weight: 0, terms: '早着呢 还早呢 自己看下 自己看一下 好像' },
  // 快递让人拿了: stolen.
  { feature: 'problem', weight: 1.2, terms: '让人拿了 被人拿了 让人偷了 让人拿走 溢到 满得 红虫 多久没洗 多久没清 占起 推不过去' },
  // 小孩一钻就过去了 (through a gap), 等得花都谢了 (not thanks).
  { feature: 'neutral', weight: 0, terms: '钻就过去 一钻就过去 钻过去 花都谢了 花儿都谢了' },
  // 后来怎么说, 有人接没, 到现在没人回: a chase.
  { feature: 'statusQuery', weight: 1.3, terms: '后来怎么说 后来咋说 后来怎么样了 有人接没 有人接吗 到现在没人回' },
  // 以后喷药要提前通知, 物业必须道歉: a demand of the office.
  { feature: 'ask', weight: 1, terms: '要提前通知 也不提前说 不提前说一声 必须道歉' },
  { feature: 'notice', weight: 1.5, terms: '我贴在 贴在单元门口 大家自己看 做好心理准备 心理准备' },
  { feature: 'social', weight: 1.5, terms: '喊我一声 叫我一声 找我就行 喊我就行 跟我说一声 跟我说就行 可以跟我说 算了我 我跟你讲 我跟你说' },
  // 那家火锅 味道还可以, 除湿袋好用得很, 以前这里还是一片菜地, 保安大爷人好好: neighbours' talk and praise.
  { feature: 'social', weight: 1.5, terms: '味道还可以 味道可以 味道还行 下回不去 下次不去 好用得很 挺好用 很好用 特别好用 以前这里 以前这儿 以前这块 莫要求 别要求太高 要求太高了' },
  { feature: 'thanks', weight: 1, terms: '人好好 人很好 人真好 人挺好 人特别好 人超好' },
  // 已经出院了, 最后楼上赔了我三千: over.
  // 最后还是给我面子了: it ended well.
  { feature: 'resolved', weight: 1.5, terms: '已经出院 出院了 赔了我 前前后后折腾 给我面子' },
  // 电梯坏那回: a time that is over; 我那天也看到: a witness's story.
  { feature: 'past', weight: 1, terms: '那回' },
  // the writer's other places (我妈那小区, 他们老单位, 学校附近的, 地铁口, 原来那个小区, 公园管理处), praise of a smell, a video to learn from,
  // neighbours asked or remembered with (你们还记得, 你那), opinions (这年头, 难怪), a group's manners: talk.
  { feature: 'social', weight: 1.5, terms: '我妈那小区 他们老单位 去医院坐的 学校附近的 地铁口 原来那个小区 我们原来 公园管理处 好香啊 效果不错 准备换了 有推荐的 去4S店 刚才坐还好好的 还好好的 这年头 难怪 你们还记得 我老家那边 我也不晓得 看到没 今天新闻说 你那 进这个群 别在群里说' },
  { feature: 'notice', weight: 1.5, terms: '大家学一下 刚看到一个视频 带齐了再去 别白跑' },
  { feature: 'resolved', weight: 1.5, terms: '已经开走了 现在已经开走' },
  { feature: 'thanks', weight: 1, terms: '多亏了' },
  // 拧开就嘶嘶冒气, 抬杆不起来, 管子咣咣咣像拿锤子敲, 绳子磨得只剩几根丝, 从窗户吊了根线下来, 线拉出来接在电表上, 压力表针指到红的,
  // 黄印子 潮乎乎, 一整天不带停, 好久没保洁员: what residents put up with; 能帮办一张吗: a job asked for.
  { feature: 'problem', weight: 1.2, terms: '嘶嘶冒气 拿锤子敲 咣咣咣 只剩几根丝 吊了根线 拉出来接 接在楼道 指到红的 黄印子 潮乎乎 不带停 没保洁员 好久没保洁' },
  { feature: 'dispatch', weight: 1, terms: '帮办一张 能帮办' },
  // 有回信没, 这周都过完了: a chase.
  { feature: 'statusQuery', weight: 1.3, terms: '有回信没 都过完了' },
  // 保安大哥蛮负责的, 满院子青草味 好闻, 现在挺乖: praise and things better now.
  { feature: 'thanks', weight: 1, terms: '蛮负责 好闻' },
  { feature: 'resolved', weight: 1.5, terms: '现在挺乖 演练用的 已经拉了警戒线 现在来了 一趟就好了' },
  // 90大寿 唱了生日歌, 教大家个小窍门 我家试了管用, 想拼车, 我妈以为, 不提了, 雷声好大, 我小时候, 有人知道不, 天天去喂, 也太热了: talk.
  { feature: 'social', weight: 1.5, terms: '大寿 生日歌 乐坏了 教大家 小窍门 试了管用 我家试了 想拼车 拼车上下班 哪位邻居晓得 哪位邻居知道 有没有人晓得 我妈以为 不提了 雷声好大 钻床底 我小时候 小时候住 有人知道不 天天去喂 也太热了' },
  // 转给大家备用, 大家管好家里小孩, 大家有空多去看看, 这两天走侧门: notices and advice.
  { feature: 'notice', weight: 1.5, terms: '给大家备用 大家管好 管好家里 大家有空多 这两天走' },
  // 心里着火, 人都要着火了, 哪有着火, 差点被困: not a fire, not trapped.
  { feature: 'hypothetical', weight: 2, terms: '心里着火 人都要着火' },
  { feature: 'nearMiss', weight: 1.5, terms: '哪有着火 差点被困 又开了' },
  // 扶手的事有人管不, 账单改了吗, 物业去了吗, 今天能到吗, 社区回我了吗, 那辆车挪走没有: a chase.
  { feature: 'statusQuery', weight: 1.3, terms: '有人管不 改了吗 物业去了吗 物业来了吗 保安去了吗 今天能到吗 今天能来不 回我了吗 回复我了吗 回我没 挪走没 挪走了没 挪了没' },
  // 摔地上起不来了: a fall the person cannot get up from.
  { feature: 'danger', weight: 1.2, terms: '摔地上起不来 摔地上了' },
  // 耗子洞给堵上了 现在清净多了, 我们这还好: over or spared.
  { feature: 'resolved', weight: 1.5, terms: '清净多了 给堵上了 我们这还好' },
  // 隔壁楼的说, 耗子成精了, 分不清, 我看新闻: talk.
  { feature: 'social', weight: 1.5, terms: '隔壁楼的说 隔壁的说 成精了 分不清 我看新闻' },
  // 烟道通到走廊里 熏得人头疼 这不得出事: what residents put up with.
  { feature: 'problem', weight: 1.2, terms: '熏得 不得出事' },
  // 谁可以给我开, 打扫一下吧, 物业去问问: a job asked for.
  { feature: 'dispatch', weight: 1, terms: '谁可以给我开 谁能给我开 打扫一下 打扫下 去问问' },
  // 来个人教我, 谁能帮我弄一下手机, 快去她家: someone asked to come and help.
  { feature: 'dispatch', weight: 1, terms: '来个人教 来个人帮 谁能帮我弄 帮我弄下手机 帮我弄一下手机 快去她家 快去他家 去她家看看 去他家看看 去敲门 马上去敲门' },
  // 骗子太坏了, 我这手机卡得要死, 算了不弄了, 谁要我发群里, 时差, 口音怪怪的, 准点上班, 去麻将馆报到, 换老板了, 房租又涨了: talk.
  { feature: 'social', weight: 1.5, terms: '骗子太坏 骗子太多 我这手机 不弄了 时差 口音怪怪的 他就挂了 准点上班 比我打卡 麻将馆报到 换老板了 味道变了 房租又涨 听对面楼的说 听楼下说' },
  { feature: 'ad', weight: 1.5, terms: '谁要我发' },
  { feature: 'notice', weight: 1.5, terms: '不急的晚点 晚点再去 急的可以 可以直接去' },
  { feature: 'resolved', weight: 1.5, terms: '派出所都来了 现在无所谓了 无所谓了' },
  // 麻将馆把桌子摆到楼道里, 超市在我车位上堆货: what residents put up with.
  { feature: 'problem', weight: 1.2, terms: '摆到楼道 摆到一楼楼道 在那抽烟 在我车位上 堆货' },
  // 都等好几天了, 到现在人影都没见着: a chase.
  { feature: 'statusQuery', weight: 1.3, terms: '都等好几天了 人影都没见着 人影都没见 连人影都没' },
  // 我还记得79年那会儿, 我们那个年代, 要我说, 去的吱一声, 你去找刘书记嘛 他晓得, 狗吓得钻床底下: reminiscence and talk.
  { feature: 'social', weight: 1.5, terms: '我还记得 到现在都记得 一住 那个年代 要我说 没招 吱一声 他晓得 钻床底下' },
  { feature: 'thanks', weight: 1, terms: '好清爽 清爽多了' },
  // 莫自己扒门 我上回就是这样等出来的, 你们也检查下自己屋头: advice to neighbours.
  { feature: 'notice', weight: 1.5, terms: '莫自己 我上回就是这样 你们也检查 检查下自己 检查一下自己' },
  // 问了三回了, 还没补: a chase; 麻烦核对下账: a job asked for.
  { feature: 'statusQuery', weight: 1.3, terms: '问了三回 问了好几回 问了几回 问了两回 还没补 还没填 还没清' },
  { feature: 'dispatch', weight: 1, terms: '核对下 核对一下' },
  // 啥时候给挂 (not a thing left hanging for its owner)
  { feature: 'neutral', weight: 0, terms: '时候给挂' },
  // 麻烦大家分一下类, 大家白天小声点, 记得去拿, 大伙悠着点, 大家要办的早点准备: asks and advice to neighbours.
  { feature: 'notice', weight: 1.5, terms: '麻烦大家 拜托大家 大家白天 小声点哈 大家小声 记得去拿 悠着点 大家要办的 要办的早点' },
  // 我跟你们说, 说起…我想起来, 才谈妥, 着急也没用, 累成狗, 长记性了, 以前在老家, 谁听说的, 我去年就这么弄的: talk.
  { feature: 'social', weight: 1.5, terms: '我跟你们说 大家有空也 说起 我想起来 着急也没用 累成狗 赶货 长记性 以前在老家 谁听说的 就这么弄的 我去年就这么' },
  // 最后…才谈妥, 灯泡我自己换上的, 来得还挺快, 算了不要了: over.
  { feature: 'resolved', weight: 1.5, terms: '才谈妥 谈妥了 自己换上的 自己换上了 来得还挺快 来得挺快 算了不要了' },
  // 生面孔 不太对劲 保安留意一下, 帮着够一下, 铁皮耷拉着哗啦哗啦, 墙皮都泡鼓了, 门岗又没人: a job asked for and what residents put up with.
  { feature: 'dispatch', weight: 1, terms: '能不能留意 保安留意 帮着够 够一下 挑一下 帮忙挑 送个饭 送一下饭' },
  { feature: 'problem', weight: 1.2, terms: '生面孔 不太对劲 掀开一块 耷拉着 哗啦哗啦 泡鼓 门岗又没人 外来车随便进 没盖盖子' },
  // 调解得咋样了, 有人跟没, 给说法没: a chase; 又要下雨了 (not small talk inside a chase).
  { feature: 'statusQuery', weight: 1.3, terms: '得咋样了 得怎么样了 有人跟没 给说法没 给个说法没 给说法了吗' },
  { feature: 'neutral', weight: 0, terms: '又要下雨了' },
  // 估计都一个样, 可以先试试, 理解理解, 开玩笑的, 分享个土办法, 热得狗都不出门: talk.
  { feature: 'social', weight: 1.5, terms: '估计都一个样 都一个样 人家挺客气 先试试 可以先试试 理解理解 可以理解 可以找她 可以找我 开玩笑的 开个玩笑 分享个 分享一个 土办法 小妙招 刚看到物业在 热得狗都 热得人都 猫都热得 狗都热得 还蛮好听 蛮好听' },
  { feature: 'resolved', weight: 1.5, terms: '态度还行 已经登记了 已经跟开发商' },
  { feature: 'notice', weight: 1.5, terms: '听物业说 估计还得' },
  { feature: 'ad', weight: 1.5, terms: '还没买的抓紧 快卖完了' },
  { feature: 'thanks', weight: 1, terms: '点个赞' },
  { feature: 'neutral', weight: 0, terms: '热得趴 热得一动不动' },
  // 多开个窗口吧, 帮忙跟送餐的说一下, 让他们注意点, 求处理: a job asked for.
  { feature: 'dispatch', weight: 1, terms: '多开个 多开几个 多开一个 帮忙跟 让他们注意 求处理' },
  // 绿化带压坏一大片, 水泵房轰隆隆响一夜, 充电桩一直不通电, 拆承重墙: what residents put up with.
  { feature: 'problem', weight: 1.2, terms: '压坏 轰隆隆 响一夜 不通电 显示离线 拆承重墙' },
  // 反映上去没有, 路灯那事儿还记得吧, 报了两回了, 后来去了吗, 反映多少回了 到底有没有个结果: a chase.
  { feature: 'statusQuery', weight: 1.3, terms: '反映上去没 反映上去了吗 还记得吧 还记得吗 报了两回 报了几回 报了好几回 报了三回 后来去了吗 后来来了吗 反映多少回 反映多少次 有没有个结果 有个结果没' },
  // 花园有条蛇 小孩在旁边玩, 大黑狗见人就追着咬, 疑似狂犬: an animal that can hurt someone now; 应该没毒: not this one.
  { feature: 'danger', weight: 1.2, terms: '有条蛇 一条蛇 有条小蛇 有条大蛇 追着咬 见人就咬 刚咬了 疑似狂犬 会不会是狂犬' },
  { feature: 'nearMiss', weight: 1, terms: '没毒 应该没毒 无毒' },
  // 有主人没: whose animal is this.
  { feature: 'lostFound', weight: 1.5, terms: '有主人没 有主人吗' },
  // 安排人了吗, 报派出所没, 说了半个月了: a chase.
  { feature: 'statusQuery', weight: 1.3, terms: '安排人了没 报派出所没 查出来了吗 查出来是谁 说了半个月 说了一个月 说了好几天 说了好久' },
  // 拉倒吧, 习惯了, 好心办坏事, 拆家, 推荐大家装, 你自己不会绕着走, 咱邻居搭把手, 我也碰到过, 叫啥来着: talk between neighbours.
  { feature: 'social', weight: 1.5, terms: '拉倒吧 习惯了 好心办坏事 拆家 推荐大家 你自己不会 搭把手 咱邻居 别老找物业 也碰到过 我也碰到过 叫啥来着 叫什么来着' },
  // 人好得很, 太有心了: praise.
  { feature: 'thanks', weight: 1, terms: '人好得很 太有心了 真有心' },
  // 已经赔钱了 私了了, 后来物业换了个光幕就好了: over.
  { feature: 'resolved', weight: 1.5, terms: '已经赔钱 私了了 后来物业换了 后来换了 后来装了' },
  // 是假消息 大家莫信莫转: a rumour denied.
  { feature: 'notice', weight: 1.5, terms: '假消息 莫信 别信谣 不要信谣' },
  // 喇叭循环放, 声音开那么大 脑仁疼, 人家还嫌我事多, 关门夹人, 路挖开半个月到现在没填, 小摊摆满消防通道, 货架摆到人行道上,
  // 走廊里电动车插着电在充, 地下室用电炉子做饭, 扫码一直离线: more of what residents put up with.
  { feature: 'problem', weight: 1.2, terms: '循环放 循环播放 单曲循环 声音开那么大 开那么大 脑仁疼 嫌我事多 说了几回 夹人 夹青 夹伤 到现在没填 没回填 问过业主 没问过业主 摆满 摆到人行道 摆到路上 插着电在充 还插着电 电炉子 一直离线 离线了' },
  { feature: 'dispatch', weight: 1, terms: '锁上 锁起来' },
  // 我家以前也是楼上漏水 最后找的律师: the writer's own story.
  { feature: 'social', weight: 1.5, terms: '我家以前也是 以前也是' },
  // 派给谁了, 我的单子还在吗, 还有人跟吗, 后来有人检查吗, 再催一下, 能不能加急: a chase.
  { feature: 'statusQuery', weight: 1.3, terms: '派给谁了 单子还在吗 还有人跟吗 还有人跟进吗 有人跟吗 后来有人 有人来查过吗 有人查过吗 有人检查吗 有人来看过吗 加急处理 能不能加急 加个急' },
  { feature: 'priorReport', weight: 1, terms: '我的单子 我的工单 再催' },
  // 群里谁听说了, 被罚了 活该, 歹势再问一下 (manners): talk.
  { feature: 'social', weight: 1.5, terms: '谁听说了 有谁听说 活该' },
  { feature: 'neutral', weight: 0, terms: '不好意思再 不好意思在 不好意思说' },
  // 鸽子屎全落我家窗台上: what residents put up with.
  { feature: 'problem', weight: 1.2, terms: '全落我家 落我家窗台 全落在' },
  // 燃气报警器一直叫, 草垛子已经点着了, 谁快去看看, 求求哪位: danger now and haste.
  { feature: 'danger', weight: 1.2, terms: '报警器一直叫 报警器一直响 报警器一直在响 报警器在响 报警器叫个不停 已经点着' },
  { feature: 'rush', weight: 1, terms: '快去 谁快 求求哪位 求求邻居' },
  // 装个一氧化碳报警器 (a device, not the gas), 各位邻居打扰了 (manners, not a job given up).
  { feature: 'neutral', weight: 0, terms: '装个一氧化碳 装一氧化碳 安装一氧化碳 邻居打扰了 各位打扰了 大家打扰了' },
  // 不行就打120 医生说的, 昨晚梦见暖气管爆了: advice and dreams.
  { feature: 'hypothetical', weight: 2, terms: '不行就打 梦见 梦到 做梦梦到 做了个梦' },
  { feature: 'resolved', weight: 1.5, terms: '梦见 梦到 做梦梦到 做了个梦' },
  { feature: 'notice', weight: 1.5, terms: '别急着 医生说的 一定留 一定要关 出远门一定 电力检修 检修期间' },
  // 那就再等等吧, 看群里说有人摔了, 以前住老小区…这边算好的了: talk.
  { feature: 'social', weight: 1.5, terms: '再等等吧 那就再等等 原来都这样 看群里说 群里说有人 以前住老 算好的了' },
  // 后来保安给灭了 放心吧, 我家赔了八千多, 恢复得挺快, 效果挺明显, 现在想起来还腿软: over.
  { feature: 'resolved', weight: 1.5, terms: '给灭了 放心吧 家赔了 赔了钱 恢复得挺快 恢复得很快 恢复得快 效果挺明显 效果明显 也不堵了 还腿软 腿还软' },
  // 撒盐了吗, 冰溜子敲了吗, 谁说已经派人了: a chase.
  { feature: 'statusQuery', weight: 1.3, terms: '撒盐了吗 撒了吗 铲了吗 敲了吗 除冰了吗 谁说已经 说已经派人了 得再报 再报一次 要再报一次 是忘了吗 忘了吧' },
  // 空调不制冷, 麻烦瞅一眼, 得立个警示牌: a fault and a job asked for.
  { feature: 'problem', weight: 1.2, terms: '不制冷 不制热' },
  { feature: 'dispatch', weight: 1, terms: '瞅一眼 得立个 立个警示牌 延到 延长到' },
  // 有人知道哪修电暖气吗: the neighbours asked where to go.
  { feature: 'social', weight: 1.5, terms: '有人知道哪 有人知道哪儿 谁知道哪' },
  // 我们楼已经放弃了, 换位思考一下嘛, 人老了, 住惯了: talk.
  { feature: 'social', weight: 1.5, terms: '已经放弃 放弃了 换位思考 别动不动 人老了 住惯了 我也听说了 也听说了 这雨下的 这雨下得 那雷打的 这雷打的 天漏了 热得睡不着' },
  // 物业修东西还算快 上回报的水管第二天就来人了: praise for a job done.
  { feature: 'resolved', weight: 1.5, terms: '就来人了 第二天就来 还算快' },
  // 去晚了没了 (not 了没), 招了几个巡逻的 (a few), 装修了吗 (not 修了吗), 一块钱也是钱.
  { feature: 'neutral', weight: 0, terms: '了没了 了几个 好几百呢 好几千呢 好几万呢 装修了吗 装修了没 一块钱也是' },
  // 有人看到吗 after 我前天留言的, 约的哪天, 找着没, 化粪池抽了吗: a chase.
  { feature: 'priorReport', weight: 1, terms: '留言的 我留的言' },
  { feature: 'statusQuery', weight: 1, terms: '有人看到吗 有人看到没' },
  { feature: 'statusQuery', weight: 1.3, terms: '约的哪天 约在哪天 约的什么时候 还没人通知我 找着没 找到没 抽了吗 调了吗 抽了没' },
  // 联系下救助站弄走, 物业提醒下他们: a job asked for.
  { feature: 'dispatch', weight: 1, terms: '弄走 联系下 提醒下他们 提醒一下他们' },
  { feature: 'social', weight: 1.5, terms: '我那天也 那天也看到' },
  // 屋里全是水汽 (steam from a burst pipe, not smoke mistaken), 天亮了 (daylight, not a lamp), 联系了专业公司 (no ad).
  { feature: 'problem', weight: 1.2, terms: '全是水汽 都是水汽' },
  { feature: 'neutral', weight: 0, terms: '再通知大家 通知大家挪 赶紧通知 天亮了 专业公司 联系了专业 找了专业 像要掉下来 好像要掉下来' },
  // 怕是中煤气了: carbon monoxide from a coal stove.
  { feature: 'danger', weight: 1.2, terms: '中煤气 煤气中毒了 中毒了' },
  // 再发一个吧, 叫人来调一下, 安排人挨家挨户送: a job asked for.
  { feature: 'dispatch', weight: 1, terms: '再发一个 再发一遍 重新发一个 重新发一下 调一下 挨家挨户送 来个人看看 来个人' },
  // 明明交过了: the writer insists it was paid, and it still went wrong.
  { feature: 'problem', weight: 1.2, terms: '明明交过了 明明交了 明明缴过了 明明已经交了 明明付了 坏俩 坏了俩 坏了两个 显示故障' },
  // 想问下进度, 清了没有, 谁在跟, 这边收到了吗: a chase.
  { feature: 'statusQuery', weight: 1.3, terms: '问下进度 问一下进度 什么进度 啥进度 清了没 清了没有 清走了没 清走没 调出来了吗 调出来没 谁在跟 一走就没影' },
  // 懒得讲了 等拆迁吧, 吵成一锅粥, 全靠抖, 群里消息太多: talk.
  { feature: 'social', weight: 1.5, terms: '懒得讲了 懒得说了 懒得管了 等拆迁吧 吵成一锅粥 全靠抖 基本靠抖 消息太多 99+ 想当年 年轻的时候 就是不听话 偏要去 别自己吓自己 自己吓自己 看着都吓人 视频里' },
  // 积水已经退了, 响了一会就停了: over.
  { feature: 'resolved', weight: 1.5, terms: '已经退了 退下去了 一会就停了 一会儿就停了 就散了 过两天就散' },
  // 放学没人接: the need childcare answers.
  { feature: 'procedure', weight: 1, terms: '放学没人接 没人接孩子 没人带孩子' },
  // 具体时间等通知, 另行通知: a notice.
  { feature: 'notice', weight: 1.5, terms: '具体时间等通知 具体等通知 另行通知' },
  // 这事悬, 也没啥好办法, 拦都拦不住, 命苦, 早知道, 不能全怪: resignation and opinion between neighbours.
  { feature: 'social', weight: 1.5, terms: '这事悬 我看悬 我也是这么觉得 也没啥好办法 也没什么好办法 拦都拦不住 真是命苦 早知道 不能全怪 也不能怪 吵了好几年 吵了好多年 以前真不知道 今天才晓得 今天才知道' },
  // 家具全泡着: a flat flooded now.
  { feature: 'danger', weight: 1.2, terms: '全泡着 家具都泡 漫进去了 都漫进去 漫进家 ' },
  // 问题不大, 新官上任, 比以前强, 那阵子: talk about how things are or were.
  { feature: 'social', weight: 1.5, terms: '问题不大 没啥大问题 新官上任 过俩月再看 比以前强 比以前好多了 那阵子' },
  { feature: 'statusQuery', weight: 1.3, terms: '是不是还要等 还要等吗' },
  // 请物业提醒一下, 能不能给清出去, 来个大夫给瞅瞅, 放一台AED, 洗一洗: a job asked of the office.
  { feature: 'dispatch', weight: 1, terms: '物业提醒一下 请物业提醒 社区提醒一下 清出去 来个大夫 来个医生 给瞅瞅 放一台 洗一洗 冲一冲' },
  // 我提的建议 有下文没: the writer's own suggestion chased.
  { feature: 'priorReport', weight: 1, terms: '我提的 我提过的' },
  // 我好在家等 (so I can wait at home), 付了1块钱 (paid, not a price asked).
  { feature: 'neutral', weight: 0, terms: '我好在家 好在家等 付了1块钱 付了一块钱' },
  // 说得在理, 我也觉得, 也是邻居嘛, 别冤枉人家, 投反对票, 我帮忙收了, 想退群: agreement, opinion and the group itself.
  { feature: 'social', weight: 1.5, terms: '说得在理 讲得在理 说得有道理 说的有道理 我也觉得 说到底还是 也是邻居 别冤枉 冤枉人家 投反对票 投赞成票 我帮忙收了 帮忙收了 帮你收了 想退群 有这功夫 总比 也没啥' },
  // 刚来了 (the power), 去晚了就没了 一户一份: over; a hand-out announced.
  { feature: 'resolved', weight: 1.5, terms: '刚来了' },
  // 守着火炉 (by the stove, not a fire), 就清了 (the water ran clear), 是好事, 可不是嘛, 我们那时候: talk.
  { feature: 'neutral', weight: 0, terms: '守着火炉 着火炉 围着火炉 烤着火' },
  { feature: 'resolved', weight: 1.5, terms: '分钟就清了 就清亮了' },
  { feature: 'social', weight: 1.5, terms: '是好事 是件好事 可不是嘛 可不是吗 我们那时候 我们那会儿 自己装了个' },
  // 物业通知一下那户, 上门提醒一下: the office asked to tell someone.
  { feature: 'dispatch', weight: 1, terms: '物业通知一下 通知一下那户 上门提醒' },
  // 物业通知下, 来收一下, 针头 on the stairs, a lift button that will not spring back: a job for the office.
  { feature: 'dispatch', weight: 1, terms: '物业通知下 通知下他们 来收一下' },
  { feature: 'problem', weight: 1.2, terms: '针头 针管 注射器 弹不起来' },
  // 不听话, 看着心疼, 我们小时候, 和好了: family talk, memories, a quarrel over.
  { feature: 'social', weight: 1.5, terms: '不听话 看着心疼 当妈的 当爹的 我们小时候 小时候哪有' },
  { feature: 'resolved', weight: 1.5, terms: '又和好了 和好了' },
  // 天台门锁装了没有: whether a job was done.
  { feature: 'statusQuery', weight: 1.3, terms: '装了没有 装了没 装好了没' },
  // 已投反对, 凑合着吧, 我打听了, 早领上了, 天儿太热, 文章里说: talk.
  { feature: 'social', weight: 1.5, terms: '已投反对 已投赞成 凑合着吧 老楼了都这样 我打听了 我打听过 打听过了 够不上 早领上了 早就领上了 天儿太热 天太热了 文章里说 这文章里' },
  // 没事儿了, 几分钟就灭了, 反应倍儿快: over.
  { feature: 'resolved', weight: 1.5, terms: '没事儿了 几分钟就灭了 火就灭了 很快就灭了 反应倍儿快 反应挺快 反应真快' },
  // 转自业委会：…: a notice passed on.
  { feature: 'notice', weight: 1.5, terms: '转自 转发自' },
  // 还好不严重: a scare over (人没事吧 asks after someone).
  { feature: 'resolved', weight: 1.5, terms: '还好不严重' },
  { feature: 'social', weight: 1.5, terms: '人没事吧' },
  // 我也报名了, 真不容易, 你们忘了, 床头吵架床尾和, 请多关照, 又来发广告: talk among neighbours.
  { feature: 'social', weight: 1.5, terms: '我也报名了 报名了志愿者 真不容易 你们忘了 床头吵架床尾和 请多关照 多多关照 又来发广告 大家也去投 去投一下吧' },
  // 闲鱼上挂的…邻居价: a neighbour selling.
  { feature: 'ad', weight: 1.5, terms: '邻居价 闲鱼上' },
  // 要链接的私我: a tip shared; 重磅！: a forwarded headline; 大家有事可以去问: advice to everyone; 还好好的啊: a neighbour's own lift.
  { feature: 'ad', weight: 1.5, terms: '要链接的私我 要链接私我' },
  { feature: 'notice', weight: 1.5, terms: '重磅 大家有事可以 大家可以去' },
  { feature: 'social', weight: 1.5, terms: '还好好的啊 还好好的呀' },
  // 讲得挺清楚的, 态度很好, 好快恢复: praise and things back to normal; 老家那边, 早点睡: talk; 集合：: a call to gather.
  { feature: 'thanks', weight: 1.2, terms: '挺清楚的 说清楚了 讲得挺清楚 挺灵 态度很好 态度挺好' },
  { feature: 'resolved', weight: 1.5, terms: '好快恢复 很快恢复 很快就恢复' },
  { feature: 'social', weight: 1.5, terms: '老家那边 早点睡 比前几年强 大家都退一步 退一步吧 吵来吵去 哪有这么多 这季节就这样 天呐' },
  // 你这算啥, 太好骗了; 后来走了, 挺管用, 扑灭的: talk, and things over; 大家可以看看: a notice; 呛晕了: someone down.
  { feature: 'social', weight: 1.5, terms: '你这算啥 太好骗了' },
  { feature: 'resolved', weight: 1.5, terms: '后来走了 还挺管用 扑灭的' },
  { feature: 'notice', weight: 1.5, terms: '大家可以看看' },
  { feature: 'danger', weight: 1.2, terms: '呛晕了 呛晕 倒在楼梯口' },
  // 孩子高烧抽筋了 120还没到: a seizure, help not yet there.
  { feature: 'danger', weight: 1.2, terms: '高烧抽筋 高烧抽搐 烧得抽筋 烧到抽筋 120还没到 救护车还没到' },
  // 干得冒烟 (a dry throat), 捡了个东西吃 (a child eating something found, not lost property).
  { feature: 'neutral', weight: 0, terms: '干得冒烟 渴得冒烟 捡了个东西吃 捡东西吃' },
  // 群里不让发广告，再发踢了: the group's own rule.
  { feature: 'notice', weight: 1.5, terms: '不让发广告 禁止发广告 再发踢了 再发就踢' },
  // 底下好像压着人: someone under a collapse.
  { feature: 'danger', weight: 1.2, terms: '压着人 压住人 埋着人 被压住了' },
  // 特此反映, 尊敬的物业管理处：… (a formal letter reporting, not a notice); 出租房 (a rented flat, not an ad).
  { feature: 'ask', weight: 1, terms: '特此反映 特此报告 尊敬的物业管理处 尊敬的物业服务中心 请予制止 予以解释' },
  { feature: 'neutral', weight: 0, terms: '出租房 出租户 隔了好几间出租 改成房间出租' },
  { feature: 'notice', weight: 1.5, terms: '去晚了就没了 一户一份 先到先得' },
  // 显示屏黑了: a lift's display out.
  { feature: 'problem', weight: 1.2, terms: '显示屏黑了 屏幕黑了 黑屏了' },
  // 底下人来人往: people passing under something about to fall.
  { feature: 'danger', weight: 1.2, terms: '底下人来人往 下面人来人往' },
  { feature: 'resolved', weight: 1.5, terms: '一次没坏 一次都没坏 一次也没坏 比以前干净 自己搞定了 自己搞定 还好没丢' },
  { feature: 'social', weight: 1.5, terms: '忍下啦 就这样吧 挺支持的 乐呵' },
  // 能不能出个通知, 多派点人, 给他调个车位: a job asked of the office.
  { feature: 'dispatch', weight: 1, terms: '出个通知 出一个通知 多派点人 多派几个人 多派人 给他调个 给我调个 给她调个 调个车位' },
  // 管子冻了 鼓了个包: a frozen pipe.
  { feature: 'problem', weight: 1.2, terms: '管子冻了 水管冻了 鼓了个包 鼓包了' },
  // 帮忙报一下吧: the office asked to pass a request on.
  { feature: 'dispatch', weight: 1, terms: '帮忙报一下 帮忙报上去 帮我们报一下 帮我们报上去' },
  // 结论是啥, 今天有人过来看吗: what came of a visit, whether one comes.
  { feature: 'statusQuery', weight: 1.3, terms: '结论是啥 结论是什么 啥结论 什么结论 今天有人过来 今天有人来 有人过来看吗 有人来看吗' },
  // 来修的说回去拿零件: what the worker who came said.
  { feature: 'priorReport', weight: 1, terms: '来修的说 来修的师傅说 修的人说 师傅说回去' },
  // 不用麻烦物业了, 还好后来打了桩 现在稳当了, 推上去就好了, 自己找人修好的: put right already, or over.
  { feature: 'resolved', weight: 1.5, terms: '不用麻烦物业了 不用麻烦物业 不用麻烦了 不麻烦物业了 还好后来 现在稳当了 才好些 才好点了 还好没出事 推上去就好了 自己找人修好 找人修好了 结果一直都有' },
  // 算了算了, 各有各的道理, 都不容易, 将就着吧, 是福气, 谁没个: talk among neighbours.
  { feature: 'social', weight: 1.5, terms: '算了算了 后来想想 各有各的道理 将就着吧 将就一下吧 是福气 有福气 谁没个 哪有那么多事 雷打得 打雷了' },
  // 要个说法: redress asked for; 审下来没, 有人接单没, 哪个在跟, 是不是都忘了: a matter chased.
  { feature: 'ask', weight: 1, terms: '要个说法 讨个说法' },
  { feature: 'statusQuery', weight: 1.3, terms: '审下来没 审下来了吗 审批下来没 接单没 有人接单 哪个在跟 有人在跟 是不是都忘了' },
  // 化粪池冒出来了: an overflow; 喊不答应: someone who does not answer.
  { feature: 'problem', weight: 1.2, terms: '冒出来了 漫出来了 喊不答应' },
  // 已经有人在打120: help being called, not the matter over; 求帮忙: a plea.
  { feature: 'neutral', weight: 0, terms: '已经有人在打 已经有人打' },
  { feature: 'rush', weight: 1, terms: '求帮忙' },
  // memories, opinions, plans among neighbours, slang, a neighbour's own errands (记得以前, 我个人觉得, 要不咱们, 摆烂, 换个班).
  { feature: 'social', weight: 1.5, terms: '记得以前 多省心 随他们去 随他去吧 随他去 饿了 馋了 新小区都这样 要不咱们 建个小群 拉个小群 慢慢会好的 点赞 换个班 我个人觉得 也能理解 我那会儿也是 别什么都怪 笑煞了 笑死我了 摆烂 我不认同 不关物业的事 大家还记得 现在想起都怕 年轻时候' },
  { feature: 'social', weight: 1, terms: '挺方便 一般般 一个动静' },
  // 后来才反应过来, 幸亏我在家, 警察都来了, 挺彻底, 已经拧紧了, 幸好没伤着, 又爬起来玩了, 不碍事, 还好没啥损失, 现在已经来了: over.
  { feature: 'resolved', weight: 1.5, terms: '才反应过来 幸亏我在 警察都来了 挺彻底 一点味儿都没了 一点味都没了 已经拧紧 幸好没伤着 还好没伤着 爬起来玩了 又爬起来 不碍事 现在不响了 还好没什么损失 现在已经来了 已经来水了 自己掏钱修的' },
  { feature: 'notice', weight: 1.5, terms: '别让孩子过去 别让孩子靠近 仔细看看' },
  { feature: 'social', weight: 1.5, terms: '纠结 喊一声就行 招呼一声就行 是不是这个理 是这个理 确实进步 进步了 还不睡 都几点了 也够用 勉强够用' },
  { feature: 'thanks', weight: 1.2, terms: '讲得特别好 讲的特别好 特别好' },
  { feature: 'resolved', weight: 1.5, terms: '后果不堪设想' },
  // 约好时间没有, 讨论了吗, 有反馈没, 到哪一步了, 这算处理完了: a matter chased.
  { feature: 'statusQuery', weight: 1.3, terms: '约好时间没 约上对方了没 今天来还是明天来 上午来还是下午来 讨论了吗 研究了吗 研究了没 的事问了吗 有反馈没 有反馈吗 转给物业了没 转给物业了吗 转过去了没 材料到了吗 材料到了没 那个工单 这算处理完了 这就算处理完了 这算修好了' },
  // 落实一下, 通知一下全小区, 改个时间, 商量一下, 延到, check一下, 拿出点办法, 能不能来给他剪一下: a job asked for.
  { feature: 'dispatch', weight: 1, terms: '落实一下 通知一下全小区 通知全小区 改个时间 换个时间 商量一下 停一停 能不能规定 check一下 能不能来给 能不能来帮' },
  { feature: 'ask', weight: 1, terms: '拿出点办法 拿出办法' },
  { feature: 'problem', weight: 1.2, terms: '少给了 值班睡觉 上班睡觉 在岗亭睡觉 喊了半天才醒' },
  { feature: 'procedure', weight: 1, terms: '怎么约 怎么预约' },
  // more talk: the weather, memories, advice, the night owls, praise (穿秋裤, 我记得前年, 有一说一, 唠唠嗑, 人几好).
  { feature: 'social', weight: 1.5, terms: '穿秋裤 我就说吧 我记得前年 我记得去年 我记得那年 那才吓人 机票 在这过年 挺讲究 不是拿来吵架 我见多了 一个巴掌拍不响 两边都有问题 老念叨 跟我妈视频 跟我爸视频 看你自己 有一说一 建材市场 熬不住了 换个活 夜猫子 我也睡不着 唠唠嗑 比以前好 勤力 房东您好 房东你好 群里那个视频 刚群里那个' },
  { feature: 'thanks', weight: 1.5, terms: '必须表扬 要表扬 人几好' },
  { feature: 'greeting', weight: 1.5, terms: '跟大家问个好 给大家问好' },
  { feature: 'notice', weight: 1.5, terms: '别误会 有兴趣的 感兴趣的' },
  { feature: 'resolved', weight: 1.5, terms: '就给赔了 今天也没什么事 已经找回来了 找回来了' },
  // 嘚瑟坏了, 高兴坏了: glad, not broken (乐坏了 is already talk).
  { feature: 'neutral', weight: 0, terms: '嘚瑟坏了 高兴坏了 美坏了 累坏了 饿坏了 急坏了' },
  // 定在哪天了, 还跟不跟, 答应了吗, 装上了吗, 有处理结果没, 问了三遍了: a matter chased.
  { feature: 'statusQuery', weight: 1.3, terms: '定在哪天 定了哪天 定哪天了 还跟不跟 后续还跟 答应了吗 答应了没 装上了吗 装上了没 有处理结果没 处理结果呢 能上门吗 没排上 问了三遍了 问了好几遍了 问了几遍了 是多快 补上了没 补好了没 补上了吗 那事呢 的事呢 已经过去三天 已经过去好几天 有在跟吗 能不能回复一下 整改期限到了 期限到了' },
  { feature: 'ask', weight: 1.5, terms: '我要投诉 我要举报' },
  // 有法律效力吗, 能强制他来吗, 有没有权力: what the law allows.
  { feature: 'procedure', weight: 1, terms: '法律效力 有没有权力 有权力 能强制 强制他' },
  // 换个专业的来查 (not an advert), 没看到有通知 (no notice seen), 发整改通知 (a notice served on someone, not posted here).
  { feature: 'neutral', weight: 0, terms: '换个专业的 专业的来 没看到有通知 没看到通知 整改通知' },
  { feature: 'problem', weight: 1.2, terms: '灭火器都没有 一晚上没关 开了一晚上' },
  { feature: 'dispatch', weight: 1, terms: '喊一下车主 叫一下车主' },
  // talk once more: the moon, shops and queues, slang, rhetoric, family stories, praise (烟火气, 家人们谁懂, 手欠, 有心了).
  { feature: 'social', weight: 1.5, terms: '也没觉得 没觉得吵 可能看人 月亮好圆 烟火气 拼单 想吃都吃不到 家人们谁懂 谁懂啊 火车票 抢票 抢到了没 希望没什么事 希望没事 生活情趣 分几个尝尝 点个赞 手欠 孩子长大了 也老喽 心一下子就放下了 走亲戚的吧 记得前年 记得去年 年年如此 差点忘了 那是以前 我跟你们讲 算靠谱 挺靠谱 人家也是没办法 换你家 不然热死 真的要得 硬是要得' },
  { feature: 'thanks', weight: 1.5, terms: '很感激 感激不尽 有心了' },
  { feature: 'resolved', weight: 1.5, terms: '刚才已经来了' },
  // 那件事怎么样了, 报到哪去了, 没派下来, 弄到哪了: a matter chased.
  { feature: 'statusQuery', weight: 1.3, terms: '那件事怎么样了 那件事怎么样 报到哪去了 报到哪里去了 没派下来 派下来没 弄到哪了' },
  { feature: 'problem', weight: 1.2, terms: '有个坑 好黑 占楼道 堆在消防通道 全堆在 堆在楼梯 好呛 味好大 味道好大 点着了' },
  // 楼道有烟: smoke where people live; 火越烧越大: a fire growing.
  { feature: 'danger', weight: 1.2, terms: '楼道有烟 屋里有烟 家里有烟 越烧越大' },
  // a round of talk among neighbours: sounds explained, stories over, opinions, praise, errands told (一直以为是, 清官难断家务事,
  // 老好的, 白洗了, 我算过).
  { feature: 'social', weight: 1.5, terms: '我一直以为是 清官难断家务事 有人情味 迟早要换 还是以前 这辈子是坐不上 这辈子坐不上 发火也没用 又不是物业定的 省不下来 新闻讲 的新闻大家看了 小囡嘛 一声没哭 攒劲 白洗了 老嫌麻烦 我算过 不着家 现在天天下楼 想找个人说说话 报上名了 随便说说 暂时用不上 我们老家管这个叫 老家管这个叫 闹鬼 快过年了嘛 像谁家在 是不是搬走了 你们也试试 大家也试试 老好的 我看下来 肯定不同意' },
  { feature: 'thanks', weight: 1.5, terms: '心里暖暖的 多亏社区' },
  { feature: 'resolved', weight: 1.5, terms: '好像又没了 反正现在没了 到冬天就好了 不是咱们这儿 不是咱们这 还好提前 找着的 找着了 清爽多了 干净多了 叫了搭电的 再也不怕 都换新的了 是我家跳闸 原来是我家 最后发现是 后来发现是 出去一看是 下去一看是 过去一看是 人家说明天 刚给物业打完电话' },
  // 排到我们没有, 是上午还是下午, 大概还得几天, 这周都快过完了, 修上了吗: a matter chased.
  { feature: 'statusQuery', weight: 1.3, terms: '排到我们没 排到我们了吗 排到了吗 是上午还是下午 明天大概几点 大概还得几天 还得几天 这周都快过完了 约的是哪天 什么时候给答复 修上了吗 修上了没 有消息了不' },
  // 帮着放一下, 帮忙讲讲, 核实一下: a job asked for.
  { feature: 'dispatch', weight: 1, terms: '帮着放一下 能来帮着 帮忙讲讲 帮忙说说 核实一下' },
  // the session's last round of talk: comparisons, praise, advice, a group-buy, pensions (这都不算什么, 算不错了, 千万别点).
  { feature: 'social', weight: 1.5, terms: '吓得腿都软 这都不算什么 算不错了 我朋友那小区 我朋友那儿 又看到新闻 可别再 物业也难 别骂人家 中午吃什么 晚上吃什么 谁劝都不听 骗子想骗也骗不到 心里是有点不平衡 比不了' },
  { feature: 'thanks', weight: 1.5, terms: '挺客气的 效率可以' },
  { feature: 'resolved', weight: 1.5, terms: '第二天就换了 一群人在帮忙 大家在帮忙 给劝走了 没再来 弄一下就行' },
  { feature: 'notice', weight: 1.5, terms: '大家先坐 千万别点' },
  { feature: 'hypothetical', weight: 1.5, terms: '要是哪天' },
  { feature: 'lostFound', weight: 1.5, terms: '哪位邻居看到' },
  // 淤泥, 褪色: a state to report.
  { feature: 'problem', weight: 1.2, terms: '淤泥 褪色' },
  // talk: opinions, family, the weather, scares over, things fine here (不怪物业, 劝了也不听, 说到底, 不是只有你家).
  { feature: 'social', weight: 1.5, terms: '不怪物业 怪不得物业 大家莫骂 大家别骂 莫骂了 别骂了 拍照的人 算了啦 小孩嘛 小时候也这样 想起来都怕 好得意 不是我说 真的呀 想不通 劝了也不听 劝也不听 劝不动 翻烧饼 说到底 不是只有你家 不止你家 不光你家 谁还没个 不过也好 逮个正着 吓过一跳 吓过我一跳 明天不去了 今天不去了 不去了啊 那点钱 那么点钱' },
  { feature: 'social', weight: 1, terms: '这么多人 那么多人 我看是 我估计是 就是摆设 醒了好几回 醒了好几次 醒了几回 醒了四五回' },
  { feature: 'resolved', weight: 1.5, terms: '相安无事 现在还凑合 简单多了 方便多了 省事多了 幸亏今年 还好今年 好在今年 倒是正常 这边正常 我们这边正常' },
  // 已经辟谣了, 假的别信: a rumour put down.
  { feature: 'notice', weight: 1.5, terms: '已经辟谣 辟谣了 假的别信' },
  // 回话没, 还来吗, 怎么规定的: a reply chased, a visit chased, how a rule reads.
  { feature: 'statusQuery', weight: 1.3, terms: '回话没 回话了没 回话了吗 有回话没 还过来吗' },
  { feature: 'procedure', weight: 1, terms: '怎么规定 是怎么规定 什么规定' },
  // 跟保安交代一下, 更新一下, 多发点, 建议把: a job asked for; 我想去问问: the writer will go.
  { feature: 'dispatch', weight: 1, terms: '交代一下 跟保安说一下 更新一下 多发点 多发一些 多发些 建议把 上去提醒 去提醒一下' },
  { feature: 'neutral', weight: 0, terms: '手机没电 手机没有电 想去问问 我去问问 我想去问 安排起 安排上了 安排上' },
  // 放炮引着的: a fire lit by firecrackers is a fire, not a bang mistaken for one.
  { feature: 'neutral', weight: 0, terms: '狗打起来了 猫打起来了 狗打架 猫打架 狗在打架 猫在打架 放鞭炮点着 放鞭炮引着 放鞭炮引燃 放炮引着 放炮引燃 放炮点着 鞭炮引着 鞭炮引燃 鞭炮点着' },
]

/**
 * Category lexicon: domain nouns and state words per request category, with weights from "only this
 * category" (3) down to "a hint" (0.5). A term may feed several categories (飞线充电 is ev-charging and safety).
 */
export const CATEGORY_LEXICON: readonly LexiconLine<RequestCategory>[] = [
  {
    feature: 'lighting',
    weight: 3,
    terms: `
      楼道灯 路灯 声控灯 感应灯 照明 灯泡 灯管 灯坏 灯全黑 灯都黑 灯黑了 楼梯灯 地下室的灯 车库灯 庭院灯 草坪灯
      景观灯 灯全灭 黑灯瞎火 吸顶灯
    `,
  },
  {
    feature: 'lighting',
    weight: 2,
    terms: `
      刺眼 亮得 灯光 亮灯 开灯 关灯 一直亮 白天也亮 黑乎乎 黑漆漆 一片黑 太黑 很黑 摸黑 一闪一闪 闪个不停
      灭了
    `,
  },
  { feature: 'lighting', weight: 1.5, terms: '灯 不亮' },
  { feature: 'lighting', weight: 2, terms: '都灭了 light lights lamp 特别暗 太暗 很暗 亮点的' },
  {
    feature: 'water',
    weight: 3,
    terms: `
      漏水 渗水 水管 自来水 停水 没水 断水 水压 水龙头 下水道 地漏 返水 反水 窨井
      污水 水表 总阀 水阀 水质 排水 积水 雨水管 爆管 水箱 二次供水 管道 冒水 排污 污水井
      水没了 又没水 水又没了 马桶 水往上反 一滴水 水流 全是水 进水 漫水 没过脚 消毒水 一滩水 一大滩水 积了水 往下流水 往下滴水
      返上来 黑水 水池子
      漏雨
    `,
  },
  { feature: 'water', weight: 2.5, terms: '喷头 喷水 洒水' },
  // 化粪池满了 … 臭: the tank is the job, the smell only its symptom
  { feature: 'water', weight: 4, terms: '化粪池' },
  {
    feature: 'water',
    weight: 2,
    terms: `
      下水 漏 渗 滴水 热水 发黄 浑浊 水小 水很小 淹 水漫 阀门 管子 水费 雨水 疏通
      通下水
    `,
  },
  { feature: 'water', weight: 1, terms: '堵了 堵塞 不通 黄的' },
  { feature: 'water', weight: 3, terms: '冲不下去 冲不下 总管 主管道 下水管' },
  { feature: 'water', weight: 0.5, terms: '水' },
  { feature: 'water', weight: 2, terms: 'leak leaking pipe 水渍' },
  {
    feature: 'ev-charging',
    weight: 3,
    terms: `
      充电桩 充电口 充电插座 充电棚 飞线 飞线充电 拉线充电 拉线上楼 充电线 充不上 充不进 充电站 吊线 吊根线
      吊下来充电 拉根线 扯线 扯根线 接线充电 拖根线
      充电柜 刷卡机 充电费 充电收费 充电车棚 充电区 充电位 充电车位
    `,
  },
  { feature: 'ev-charging', weight: 2, terms: '充电 电瓶 插线板 拖线板 插排 新能源 电动汽车 充一半 充满 不通电 插上去' },
  { feature: 'ev-charging', weight: 1.5, terms: '电动车 电瓶车 电动自行车 插座 电动三轮' },
  // 扫码 is how a charger is paid for, but also how a clinic is booked or a form filled in: a hint only
  { feature: 'ev-charging', weight: 0.8, terms: '扫码' },
  { feature: 'ev-charging', weight: 2, terms: '在充 充着 charger charging' },
  { feature: 'parking', weight: 1.5, terms: '车棚' },
  {
    feature: 'parking',
    weight: 3,
    terms: `
      停车 车位 停车位 乱停 乱停车 挪车 僵尸车 废弃车 地锁 停车场 外来车 外面的车 车太多
      道闸 停车费 占车位 停在 停着 停满 面包车 私家车 小汽车 横在
    `,
  },
  {
    feature: 'parking',
    weight: 2,
    terms: `
      车库 地库 占道 挡路 堵门 人行道 大货车 货车 车牌 轿车 suv 自行车
      车辆 挡住 进出 车棚顶
    `,
  },
  // driving is what the writer was doing when the trouble showed (开车进去看不清): a hint, not the matter
  { feature: 'parking', weight: 1, terms: '开车 倒车' },
  { feature: 'parking', weight: 1, terms: '电动车 电瓶车 电动自行车 车 出不去' },
  { feature: 'parking', weight: 2.5, terms: '横七竖八 铲雪车进不来 贴条 临停 夜间临停 没地方停 停外面 三轮车 停三轮 parking' },
  { feature: 'elevator', weight: 3, terms: '电梯 轿厢 困人 关人 平层 维保 扶梯 直梯 电梯卡 电梯按钮 电梯门 梯控 合格证 年检 lift elevator' },
  { feature: 'elevator', weight: 1.5, terms: '异响 咣当 按钮 按键 按了没反应 停运 坠落 晃 抖 卡在' },
  { feature: 'elevator', weight: 1, terms: '梯' },
  {
    feature: 'sanitation',
    weight: 3,
    terms: `
      耗子 垃圾 垃圾桶 垃圾站 垃圾房 清运 杂物 堆放 卫生 脏乱 死老鼠 狗屎 狗粪 粪便 大小便
      牛皮癣 没人拖 随地 杂草 修剪 绿化带 建筑垃圾 装修垃圾 卫生死角 厨余 清扫 打扫 扫地 拖地 异味 臭味
      呕吐物 吐了一地 浇粪 粪水 蚊子 苍蝇 蟑螂 老鼠 白蚁 虫子 消杀 灭鼠
    `,
  },
  {
    feature: 'sanitation',
    weight: 2,
    terms: `
      旧沙发 沙发 床垫 烟味 二手烟 抽烟 味儿 骚味 尿骚味 霉味 腥味 馊味 咸鱼 脏 臭
      一股味 屎 蚊虫 烟盒 饮料瓶 果皮 塑料袋 垃圾袋 堆 乱扔 乱堆 堆满 纸箱 旧家具 草
      绿化 花坛 树枝 落叶 冲洗 消毒 污渍 油烟 翻垃圾 种菜 泥巴 清理 发霉
    `,
  },
  { feature: 'sanitation', weight: 1, terms: '味 野猫 灰' },
  { feature: 'sanitation', weight: 3.5, terms: '贴满 贴满了 鞭炮纸屑 烟花盒子 纸屑' },
  { feature: 'sanitation', weight: 3, terms: 'garbage trash rubbish 灰尘 扬尘 降尘 尘土 洒洒水 一指厚 积灰' },
  {
    feature: 'facilities',
    weight: 3,
    terms: `
      路面 坑坑洼洼 地砖 坡道 无障碍 门禁 单元门 健身器材 器材 滑梯 秋千 游乐设施 儿童乐园
      塑胶 长椅 凉亭 亭子 井盖 围墙 栏杆 护栏 扶手 信报箱 快递柜 闸机 公告栏 宣传栏 座椅
      井盖松了 井盖松 水坑 转盘 扭腰器 漫步机 太空漫步 单杠 双杠 步道 喷泉 对讲 可视对讲 门铃 刷卡器 门禁卡 晾衣架 晾衣杆 休息椅 石凳 篮球架 人脸识别
      门禁系统 长凳 凳子 椅子 人行道砖 闭门器 篮筐 窨井盖 减速带 锁舌 信箱 推拉门 健身路径
      器械 路面塌陷 塌陷
    `,
  },
  {
    feature: 'facilities',
    weight: 2,
    terms: `
      坑 破损 台阶 大门 门锁 楼梯 扶梯 玻璃 窗户 天台 屋顶 外墙 瓷砖 墙皮 墙面 脱落
      塌了 塌 松动 篮球场 球场 监控 摄像头 道闸 雨棚 车棚顶 地面 设施
    `,
  },
  { feature: 'facilities', weight: 1.5, terms: '砖' },
  { feature: 'facilities', weight: 2.5, terms: '全是冰 撒点盐 撒盐 安块玻璃 玻璃碎了 铁门 大铁门 电动门 伸缩门 轨道 主干道 挖开 回填' },
  { feature: 'facilities', weight: 0.5, terms: '门 路' },
  {
    feature: 'safety',
    weight: 3,
    terms: `
      燃气 煤气 天然气 液化气 燃气管 漏气 消防栓 消火栓 灭火器 消防设施 安全通道 安全出口
      逃生 烟感 着火 起火 火灾 冒烟 火花 冒火花 短路 漏电 电线 电线老化 私拉电线 电表箱
      吊线 吊根线 拉根线 扯根线 接线充电 拖根线 配电箱 配电房 配电室 电箱 违建 违章搭建 违章建筑 私搭乱建 铁皮房 扩建 高空抛物 抛物
      扔东西 扔下来 往下扔 烟头 坠物 隐患 安全隐患 危房 脚手架 焦味 烧黑 焦糊味 跳闸 冒火
      小偷 被偷 治安 臭鸡蛋味 燃气表 煤气表 横冲直撞 承重墙 煤气罐 液化气罐 应急灯
      安全出口指示 电炉子 电炉 住人 群租 花盆 随时会掉 冒火星 火星子 摇摇晃晃 锈断 空调架
      外机架 树枝快断 烧纸 自燃
    `,
  },
  {
    feature: 'safety',
    weight: 2,
    terms: `
      消防 消防通道 危险 不安全 吓人 防盗 偷 盗 陌生人 可疑 打架 裂缝 倾斜 掉下来 往下掉
      砸 砸到 搭建 搭了 马蜂 瓷砖 棚子
    `,
  },
  { feature: 'safety', weight: 1, terms: '火 烟 骑得飞快 骑进来' },
  { feature: 'safety', weight: 3, terms: '水带 消防水带 全是烟 都是烟 浓烟 冒黑烟' },
  { feature: 'sanitation', weight: 3, terms: '全是烟头 都是烟头 烟头' },
  { feature: 'safety', weight: 2.5, terms: '加固 刮下来' },
  { feature: 'safety', weight: 2, terms: '挖沟 管沟 基坑 深坑 围挡 警示标志 警示灯 踩空 跌下去 避雷针 防火门' },
  // the gas line's own parts (its pipe and valve are not the water's), and things thrown from above
  { feature: 'safety', weight: 3, terms: '燃气管子 煤气管子 天然气管子 燃气阀 煤气阀 燃气阀门 煤气阀门 嘶嘶响 从楼上扔 楼上扔 往楼下扔 砸到人 砸到孩子' },
  // sewage welling up from a drain is drainage; a pothole is the road's
  { feature: 'sanitation', weight: 2.5, terms: '堆在楼道 堆楼道 楼道里堆' },
  // English nouns some residents use (whole words where they are short)
  { feature: 'water', weight: 3, terms: 'plumber ceiling dripping drain faucet tap' },
  { feature: 'parking', weight: 3, terms: 'parked' },
  { feature: 'sanitation', weight: 3, terms: 'rat cleaners cleaned dust' },
  { feature: 'noise', weight: 3, terms: 'drilling loud' },
  { feature: 'facilities', weight: 2.5, terms: 'doorbell ramp locker pothole gate railing handrail staircase stairwell swing playground pavement tiles' },
  { feature: 'safety', weight: 3, terms: 'smoke fire extinguisher gas' },
  { feature: 'elderly-care', weight: 2.5, terms: 'grandma grandpa elderly' },
  { feature: 'property', weight: 2.5, terms: 'security guard management fee hotline guards' },
  { feature: 'sanitation', weight: 3, terms: '狗尿 猫尿 拖一下 烂菜叶 菜叶子' },
  { feature: 'safety', weight: 3, terms: '拧门把手 撬门 撬锁 锁不上' },
  { feature: 'noise', weight: 3, terms: '派对 唱k 开派对' },
  { feature: 'facilities', weight: 3, terms: '乒乓球台 球台 跑步机' },
  { feature: 'lighting', weight: 2, terms: '一排灯' },
  { feature: 'property', weight: 3, terms: '不在岗 保安不在' },
  { feature: 'safety', weight: 2, terms: '飙车 漂移' },
  { feature: 'parking', weight: 3, terms: '把我车堵 车堵死' },
  { feature: 'ev-charging', weight: 3, terms: '楼梯口充电 在楼道充电 楼道里充电 在楼道里充电' },
  { feature: 'safety', weight: 3, terms: '拿了刀 拿着刀 动刀 打起来了 把小孩咬 被狗咬 狗咬人 电梯里抽烟 烫化 楼道里停电动车 电动车停在楼道 停在楼道里' },
  { feature: 'water', weight: 3, terms: '地暖管 暖气管爆 往下淌水 哗哗往下淌' },
  { feature: 'parking', weight: 3, terms: '把车停在 车停在' },
  { feature: 'water', weight: 3, terms: '冒粪水 粪水往上冒 返粪水 化粪池满 返臭水 往上返臭水 返脏水 往上返水' },
  { feature: 'lighting', weight: 1, terms: '看不清路 看不见路 都看不清 啥也看不清 什么也看不清 什么都看不清' },
  { feature: 'facilities', weight: 3, terms: '大坑 烂了个坑 路烂了 路面烂了 路烂了个' },
  { feature: 'safety', weight: 0.5, terms: '阳台' },
  {
    feature: 'noise',
    weight: 3,
    terms: `
      放烟花 烟花 哐哐 吵醒 被吵醒 噪音 扰民 装修 电钻 广场舞 音响 大喇叭 喇叭 打桩
      夜间施工 施工 唱歌 大喊大叫 狗叫 咚咚 拖椅子 甩鞭子 鞭炮 放炮 跺地 敲敲打打 吵 太吵
      唢呐 吊嗓子 唱戏 k歌 嚎到 蹦来蹦去 唱到半夜 吵死 吵得 吵闹 音量 音量过大 声音太大 声音过大
      跺脚 拉椅子 打鸣 鸡叫 轰隆 都在震 震得 打电钻 吹响器 敲锣打鼓 秧歌队 锣鼓 大排档 夜宵摊 烧烤摊 猜枚 划拳
    `,
  },
  {
    feature: 'noise',
    weight: 2,
    terms: `
      震天响 震耳欲聋 音乐 开得很大 声音很大 工地 搅拌机 轰隆隆 混凝土 砸墙 拖来拖去
      大吼大叫 叫个不停 拍球 嗡嗡 轰轰 排风扇 风机 空调外机 睡不着 没法睡 半夜 深夜 凌晨
      大半夜 声音 响 喊 叫 弹琴 练琴 ktv 麻将 打麻将 走路声 脚步声 动静 鞭子 机器声
    `,
  },
  { feature: 'noise', weight: 1, terms: '声' },
  { feature: 'noise', weight: 2, terms: 'noise noisy' },
  {
    feature: 'dispute',
    weight: 3,
    terms: `
      说了也不听 说了几次 说了好几次 不听 不肯 不承认 不配合 不讲理 谈不拢 吵架 吵了 协商
      调解 协调 评理 评评理 被监视 正对着我家 敲门也不开 敲门不开 据为己有 封起来 私占 占为己有 不高兴 关我什么事
      闹矛盾 矛盾 纠纷 邻里 不认账 把我家 当自己家 圈起来
    `,
  },
  { feature: 'dispute', weight: 2.5, terms: '那家把 他家把 邻居把 对门把 隔壁把 楼上把 楼下把 那户把 有人把公共' },
  {
    feature: 'dispute',
    weight: 2,
    terms: `
      跟他说了 跟她说了 跟他们说 找过他 找他家 沟通过 沟通了 往我家 到我家 我家窗 公共过道
      公共走廊 公共区域 公共空间 共用 入户走廊 他说他先 先用的
    `,
  },
  {
    feature: 'dispute',
    weight: 1.5,
    terms: `
      抽烟 不拴绳 不牵绳 楼上 楼下那家 楼上那家 对门 隔壁 邻居 那家 他家 那户 这家人 占用
      占了 霸占 自己家 私自 自家 宠物 狗 猫 养狗 遛狗 养鸡 鸽子 雨棚 挡光 挡我们家
    `,
  },
  {
    feature: 'property',
    weight: 3,
    terms: `
      物业费 物业公司 物业服务 不作为 保安 门岗 保洁 保洁员 保洁阿姨 态度差 服务差 乱收费
      公示 公共收益 广告位 账目 维修基金 报修电话 物业经理 推诿 敷衍 换物业 业委会 门卫
      装修押金 新物业 睡大觉 值班室 管家 收费 巡逻 不巡逻 物业办公室 占线 客服电话 忙音 物业管家 爱答不理
      电梯费 公摊 公摊费 电梯运行费
    `,
  },
  { feature: 'property', weight: 2, terms: '态度 值班 没人接 电话打不通 不负责 外来人员 快递 拖地 服务 管理 收据 发票 多收 多算 开错' },
  { feature: 'property', weight: 0.8, terms: '物业' },
  {
    feature: 'elderly-care',
    weight: 3,
    terms: `
      独居 独居老人 空巢 孤寡 失能 半失能 瘫痪 瘫 卧床 行动不便 腿脚不便 坐轮椅 轮椅 助浴
      上门服务 上门探访 探访 看望 送饭 送餐 吃饭难 没人照顾 陪护 陪诊 子女不在身边
      子女在外地 忘关火 老年痴呆 一个人住 老两口 适老化 残疾人 盲人 倒在地上 晕倒 一动不动
      叫也不应 叫不应 叫不醒 喊不醒 倒地上 倒地不起 躺着一个人 护工 一个人在家 一个人在 防走失 记性差 记性很差 找不到家
      独住 独自住 独自一人 探望 老母亲 老父亲 送菜 孤老 照看 不会用智能手机 不会用手机 老年食堂 太咸
    `,
  },
  {
    feature: 'elderly-care',
    weight: 2.5,
    terms: `
      帮我们打扫 帮忙打扫 上门打扫 帮忙做饭 家政 眼睛看不见 看不见了 腿脚不利索 糖尿病 流血
      头破 受伤 摔下来 摔伤
    `,
  },
  {
    feature: 'elderly-care',
    weight: 2,
    terms: `
      老爷子 老太太 残疾 洗澡 上门 做饭 照顾 照料 在外地 糊涂 走失
      急救 八十多 七十多 九十多 老伴 好几天没见 没见他 没人应 有点担心 不放心
    `,
  },
  // 老人 alone is often only who suffers from another problem (老人的轮椅推不出去, 老人去医院得走二十分钟).
  { feature: 'elderly-care', weight: 1, terms: '老人 老人家 老年人' },
  { feature: 'elderly-care', weight: 1.5, terms: '下不了楼 下不去楼 抬下楼 背下楼 抬一下' },
  { feature: 'elderly-care', weight: 1, terms: '大爷 奶奶 爷爷 婆婆 阿姨 摔倒 阿婆 腿脚不好 脚不好 腿不好' },
  {
    feature: 'other',
    weight: 3,
    terms: `
      乌龟 放生 野猫 快递驿站 驿站 宽带 网速 信号 基站 辐射 流浪狗 流浪猫 野狗 马蜂 蜂窝
      红绿灯 信号灯 斑马线 公交站 过马路 蛇 有线电视 电视信号 共享单车 小广告 贴小广告 传销 推销 外卖
    `,
  },
  {
    feature: 'other',
    weight: 2,
    terms: `
      停电 断电 没电 来电 广告牌 光污染 刺眼 流血 受伤 摔下来 摔伤 交换机 掉线 刷屏 群里
      发广告 卖东西
    `,
  },
  { feature: 'other', weight: 1.5, terms: '网络 网 狗 猫' },
  { feature: 'other', weight: 2, terms: '反锁 被反锁 不热乎 不热 屋里才' },
  // a person down is the person's matter, wherever they lie
  { feature: 'other', weight: 3, terms: '晕倒了 晕倒 昏倒 倒地了 倒在地上' },
  { feature: 'other', weight: 3, terms: '不想活了 想跳下去 一了百了 想死 自杀 轻生 抽搐 口吐白沫 心脏病 说要跳 要跳楼 拿刀 打架 见血 喊救命 砸东西 锁着个小孩 锁在车里 人工湖 掉进湖 头在流血 迷糊' },
  { feature: 'safety', weight: 3, terms: '不松口 一氧化碳 头晕想吐 然气 泄露 烟老大 呛得 汽油 限位器 护栏 围栏 限位' },
  // who does the works (施工队 弄坏了…) says nothing of noise: these hide 施工
  { feature: 'other', weight: 0.5, terms: '施工队 施工车 施工方 施工单位 施工人员 施工的人 施工队伍' },
  // old songs and instruments at dawn; public space fenced off; the switch of a sound-controlled light
  { feature: 'noise', weight: 2, terms: '吼秦腔 秦腔 拉二胡 吹唢呐 敲锣 喊麦' },
  { feature: 'dispute', weight: 2, terms: '圈成 占成 圈进 圈地' },
  { feature: 'lighting', weight: 2, terms: '跺脚都不亮 跺脚也不亮 拍手都不亮 拍手也不亮 喊都不亮 喊也不亮 晃眼 晃眼睛' },
  { feature: 'water', weight: 3, terms: '洗澡水 加压泵 增压泵' },
  { feature: 'sanitation', weight: 3, terms: '泔水 泔水桶' },
  // 泡沫箱纸盒子堆成山, 碎玻璃, 孑孓, 扶手没人擦: rubbish and cleaning.
  { feature: 'sanitation', weight: 3, terms: '泡沫箱 纸盒子 快递盒 孑孓 没人擦 擦一擦 擦一下' },
  { feature: 'sanitation', weight: 2, terms: '碎玻璃' },
  // 陪我去医院, 饭也吃不上, 子女都不在身边, 护理床: care for an old person.
  { feature: 'elderly-care', weight: 2, terms: '陪我去医院 陪去医院 饭也吃不上 吃不上饭 子女都不在身边 儿女不在家 儿女不在身边 护理床 眼睛看不清了' },
  // 没有物业, 物业和开发商互相推: the property company itself.
  { feature: 'property', weight: 2, terms: '没有物业 没物业 引进物业 引进一个物业 物业和开发商' },
  // 1号梯卡住了, 货梯: a lift by its number; 水车, 接水点, 桶装水: water brought in an outage; 纸壳子, 旧书柜: rubbish.
  { feature: 'elevator', weight: 3, terms: '号梯 货梯' },
  { feature: 'water', weight: 3, terms: '水车 送水车 接水点 桶装水 冲厕所的水' },
  { feature: 'sanitation', weight: 2, terms: '纸壳子 纸壳 旧书柜 尿了' },
  // the cleaners' rounds too seldom (保洁一个礼拜才拖一次): 保洁不到位, the property company's service
  { feature: 'property', weight: 3, terms: '没拖 没拖过 才拖 拖一次 没扫 没扫过 扫一次' },
  // a car blocking a door is the car's matter; a bike pushed up to a flat to charge is charging's
  { feature: 'parking', weight: 3, terms: '车堵住 车堵着 车挡住 车挡着 车堵在' },
  { feature: 'ev-charging', weight: 3, terms: '上楼充电 推上楼 推进电梯 推电瓶车进 推电动车进 带上楼充' },
  { feature: 'facilities', weight: 2, terms: '桌椅 桌子 活动室' },
  { feature: 'dispute', weight: 2, terms: '骂人 圈了一块 公共绿地' },
  { feature: 'safety', weight: 3, terms: '阳光房' },
  { feature: 'sanitation', weight: 3, terms: '小广告' },
  { feature: 'water', weight: 2, terms: '霉斑 墙皮都泡 泡掉了' },
  { feature: 'elderly-care', weight: 3, terms: '两天没见 几天没见 没见人了' },
  { feature: 'lighting', weight: 2, terms: '晃得眼睛 晃得眼 倒车看不见 倒车看不清' },
  { feature: 'property', weight: 2, terms: '开发票 开个发票 物业前台' },
  { feature: 'elevator', weight: 3, terms: '停不准' },
  { feature: 'property', weight: 3, terms: '不回消息 从来不回 装没看见 踢皮球' },
  { feature: 'noise', weight: 3, terms: '吼到 ktv每晚' },
  { feature: 'facilities', weight: 3, terms: '转腰器 健身区' },
  { feature: 'safety', weight: 3, terms: '电线杆 车棚里抽烟' },
  { feature: 'noise', weight: 3, terms: '打钻' },
  { feature: 'lighting', weight: 2, terms: '拍手跺脚' },
  { feature: 'sanitation', weight: 3, terms: '外卖盒' },
  { feature: 'noise', weight: 3, terms: '卡拉ok' },
  { feature: 'sanitation', weight: 2, terms: '乱丢一地' },
  { feature: 'noise', weight: 3, terms: '架子鼓 练鼓' },
  { feature: 'water', weight: 3, terms: '没抽干净 抽干净' },
  { feature: 'elderly-care', weight: 3, terms: '摔地上' },
  { feature: 'property', weight: 3, terms: '出入证' },
  { feature: 'lighting', weight: 3, terms: '大灯 定时开关' },
  { feature: 'other', weight: 3, terms: '摊贩 无证摊贩 城管' },
  { feature: 'parking', weight: 3, terms: '越停越乱 划个线 划车位' },
  { feature: 'sanitation', weight: 3, terms: '猫屎 猫粪' },
  { feature: 'safety', weight: 3, terms: '烧蜂窝煤 楼道里烧' },
  { feature: 'ev-charging', weight: 2, terms: '这个桩 桩坏了 一格电' },
  { feature: 'sanitation', weight: 2, terms: '鸡屎 养了一笼鸡' },
  { feature: 'parking', weight: 3, terms: '停得乱七八糟 停得乱 没有位子 没位子' },
  { feature: 'property', weight: 3, terms: '补卡 前台也没人 有事找谁 有事到底找谁' },
  { feature: 'parking', weight: 3, terms: '轮胎都瘪 轮胎瘪了' },
  { feature: 'dispute', weight: 2, terms: '围起来' },
  { feature: 'noise', weight: 2, terms: '剁馅 剁肉 剁馅子' },
  { feature: 'lighting', weight: 2, terms: '黑咕隆咚' },
  { feature: 'parking', weight: 3, terms: '越野 越野车 停了辆车 被人停了' },
  { feature: 'sanitation', weight: 3, terms: '雪没人扫 扫雪 铲雪 除雪 踩成冰' },
  { feature: 'facilities', weight: 2, terms: '后墙 墙倒了 倒了一截' },
  { feature: 'safety', weight: 3, terms: '燃起来 烧起来 着起来 砸车 铁棍 拿着菜刀 烟特别大 烧东西 煤气管 燃气管道 车里锁了 锁了个小孩 电线被水泡 拉闸 窗台外 坐在窗台' },
  { feature: 'lighting', weight: 2, terms: '一直在闪 老闪' },
  { feature: 'dispute', weight: 2, terms: '讲不通 说不通 喂流浪猫' },
  { feature: 'sanitation', weight: 2, terms: '猫粮 猫砂 摆了一地' },
  // fireworks that set things alight or hit someone, stored in a stairwell; things dropped from above; a retaining wall
  { feature: 'safety', weight: 3, terms: '点着了 烧着了 火挺大 炸到 箱烟花 堆烟花 往下丢 丢下来 挡土墙 滑坡 垮泥巴 塌方' },
  // the canteen and meal help for the old
  { feature: 'elderly-care', weight: 1.5, terms: '助餐点 助餐 社区食堂 长者食堂' },
  // animals that can hurt: snakes, biting or rabid dogs (a wasps' nest is 'other', by the dev set), banned breeds, poison laid out
  { feature: 'safety', weight: 3, terms: '有条蛇 一条蛇 条小蛇 条大蛇 毒蛇 狂犬病 疑似狂犬 老鼠药 撒药 禁养犬 烈性犬 比特犬 藏獒 见人就追 追着咬' },
  // play equipment, the convex mirror at a blind corner; a fireworks stall
  { feature: 'facilities', weight: 3, terms: '凸面镜 反光镜 广角镜 跷跷板 蹦床' },
  { feature: 'safety', weight: 3, terms: '烟花摊 卖烟花 卖鞭炮 鞭炮摊 楼顶天台' },
  // a guard who lets any car in is the property company's service
  { feature: 'property', weight: 3, terms: '随便放外面的车 保安随便放 不登记也不问' },
  // a person who cannot manage papers or calls alone, a disabled child: care for a special group
  { feature: 'elderly-care', weight: 2, terms: '耳朵背 自闭症 康复机构' },
  { feature: 'elderly-care', weight: 1, terms: '不识字' },
  // a car in the fire lane is a parking matter (the scheme's own example), however dangerous
  { feature: 'parking', weight: 3, terms: '车堵消防通道 堵消防通道 占消防通道 车占消防通道 停消防通道 停在消防通道 堵在消防通道' },
  // storm damage: a branch about to fall, a tree on a car, water rising round sockets or a brace rusting through
  { feature: 'safety', weight: 3, terms: '肯定掉 快掉下来 要掉下来 压在一辆车上 压在车上 淹到插排 外机的支架 外机支架 空调支架' },
  // a flooded garage is water before it is parking; broken glass left on the floor is cleaning
  { feature: 'water', weight: 3, terms: '到膝盖 往下灌 往车库灌' },
  { feature: 'sanitation', weight: 3, terms: '玻璃渣 玻璃渣子 玻璃碴' },
  // water carried up for old people who cannot lift it
  { feature: 'elderly-care', weight: 2, terms: '提不动 送几桶水 送水上楼' },
  { feature: 'elderly-care', weight: 2, terms: '陪我爸去 陪我妈去 陪老人去' },
  { feature: 'parking', weight: 3, terms: '停了半个月 停了半个多月 半个月没动 好久没动 辆车停了 辆车停在' },
  // an old person's own aids and errands
  { feature: 'elderly-care', weight: 3, terms: '助行器 助听器 装扶手 装个扶手 买几天菜 帮她买菜 帮他买菜 透析 认知障碍 白内障 牙口 陪她去 陪他去 摔倒了起不来 摔了起不来 喊个人 看看我老爸 看看我爸 看看我妈' },
  { feature: 'elevator', weight: 3, terms: '电梯里的排风扇 电梯排风扇' },
  { feature: 'elderly-care', weight: 2, terms: '叫她也不怎么应 叫他也不怎么应' },
  // 喊不答应, 喊她不应, 倒起了 (西南: lying there), 起不来了: a person down.
  { feature: 'elderly-care', weight: 2, terms: '喊不答应 喊她不应 喊他不应 叫她也不太应 叫他也不太应 倒起了 起不来了' },
  // 邻居装了个摄像头对着我家阳台, 外机正对着我家窗户: a neighbour's thing aimed at the writer's home.
  { feature: 'dispute', weight: 2, terms: '对着我家 拍我家 录进去' },
  // 催费单, 催缴电话, 收支报告, 水电费账单, 租金, 场地费: the property company's money.
  { feature: 'property', weight: 2, terms: '催费单 催缴 催费 收支 账单 租金 场地费' },
  // 缴费二维码, 管好你们员工, 收入明细: the property company's own business.
  { feature: 'property', weight: 2, terms: '缴费二维码 交费二维码 缴费码 管好你们员工 你们员工 收入明细 收益明细' },
  // 梯子坏了 (the lift, as some call it), 中煤气 and coal stoves, 手还麻 (a shock), 从楼上往下倒: what each belongs to.
  { feature: 'elevator', weight: 3, terms: '梯子坏了 梯子不走 梯子停了 梯子又坏' },
  { feature: 'safety', weight: 3, terms: '中煤气 手还麻 手一麻 往下倒 往楼下倒' },
  { feature: 'water', weight: 2, terms: '黄印子 潮潮的 水印子' },
  { feature: 'safety', weight: 2, terms: '煤炉子 煤炉' },
  { feature: 'parking', weight: 2, terms: '堵住我车 挡住我车 下来挪一下 下来挪车 胎全瘪 停了快两年' },
  // a new flat's defects handed back to the developer: not a public facility's
  { feature: 'other', weight: 2, terms: '开发商 验房 返工 图纸 整改 交房' },
  { feature: 'other', weight: 3, terms: '空鼓 坑距 猫眼' },
  // the renovation's people and season say nothing of noise
  { feature: 'other', weight: 0.5, terms: '装修师傅 装修工人 装修工 装修季 装修期间 装修期' },
  { feature: 'water', weight: 1.5, terms: '防水 闭水' },
  { feature: 'water', weight: 1, terms: '卫生间' },
  { feature: 'property', weight: 3, terms: '清运费' },
  // 打不通 is a phone that does not answer, not a pipe (不通)
  { feature: 'other', weight: 0.5, terms: '打不通' },
  { feature: 'property', weight: 3, terms: '没擦 没擦过 才擦' },
]

/**
 * Category tie-break order when two categories score the same: specific infrastructure first, the catch-all
 * categories last.
 */
export const CATEGORY_PRIORITY: readonly RequestCategory[] = [
  'elevator',
  'lighting',
  'water',
  'safety',
  'noise',
  'ev-charging',
  'parking',
  'sanitation',
  'facilities',
  'elderly-care',
  'dispute',
  'property',
  'other',
]

/**
 * Danger that only shows in combination: an elevator that is stuck with someone inside, a gas smell, a burst
 * pipe flooding, a person down. Every regex of `all` must match somewhere in the message.
 */
export const DANGER_COMBOS: readonly {
  name: string
  all: readonly RegExp[]
  weight: number
  /** A child (or anyone) at a drop, by water or by a fire: the sets file the report under safety, whatever else it names. */
  safetyMatter?: true
}[] = [
  {
    name: 'lift-trapped',
    // (also in English: Elevator stuck!! I am inside)
    all: [/电梯|梯|elevator|lift/, /stuck|trapped|关了[\d一二两三四五六七八九十几]+个人|卡住|卡在|困(?!难|人应急|人电话|人救援电话)|关在|关住|关电梯里|卡[\d一二三四五六七八九十]+楼|不开门|停半空|关着(?!门)|人还关着|被关着|关着人|停在半|打不开|出不来|扒不开|不动了/, /人|老人|孩子|小孩|老太|老头|婆婆|妈|爸|老公|老婆|爷|奶|在里面|里面有|在电梯里|inside|in it|i am in|we are in/],
    weight: 1.2,
  },
  { name: 'gas-smell', all: [/燃气|煤气|天然气|液化气|然气/, /味|臭|(?<![不没]|没有|并没有)漏|泄露|咝咝|嘶嘶|呲呲|关不上|拧不动|报警器(?:一直|又|还)?在?(?:叫|响)(?!的)/], weight: 1.2 },
  // 水顺着吊灯往下流 灯还亮着 滋滋响: water reaching electrics.
  { name: 'water-electric', all: [/水/, /灯|插座|开关|电线|电箱|配电|电器|电表|电闸/, /滋滋|冒火花|火花|漏电|触电|不敢碰|往下流|往下淌|泡在水|漫到|淹到|流进插座|流进开关|流进电箱/], weight: 1.2 },
  // 卫生间地上全是水，碰到热水器外壳手发麻: standing water that is live.
  { name: 'live-water', all: [/全是水|都是水|一地水|积水/, /漏电|手发麻|麻手|触电|电到/], weight: 1.2 },
  // 窨井盖不见了 马上放学了: an open shaft where people pass.
  { name: 'open-manhole', all: [/井盖|窨井|下水井|井口/, /不见了|没了|被偷|偷了|偷走|撬走|掀开|敞着|窟窿/, /马上放学|放学都从|放学都走|正在放学|放学了|孩子们?在|小孩在|差点踩进去|差点掉进去/], weight: 1.2 },
  // 插头都泡水里了 还有车在充: a charger in water while in use.
  { name: 'charging-in-water', all: [/插头|充电口|充电桩|插座/, /泡水|泡在水/, /还有车在充|正在充|还在充|还插着/], weight: 1.2 },
  // 电线掉下来 还滋滋响: a live wire.
  { name: 'live-wire', all: [/电线|线头|电缆/, /滋滋|冒火花|打火花|啪啪响/], weight: 1.2 },
  // 电池鼓包了 还插着在充: a battery about to catch fire.
  { name: 'swollen-battery', all: [/鼓包|鼓起来/, /在充|插着|充电/], weight: 1.2 },
  // 正在跟…打电话 要他把钱转到安全账户: a fraud under way.
  { name: 'scam-in-progress', all: [/安全账户|把钱转|转账|转钱/, /正在|正跟|在跟|马上/], weight: 1.2 },
  // 孩子被反锁在屋里 / 车里锁着个小孩: a child shut in alone.
  { name: 'child-shut-in', all: [/孩子|小孩|娃|宝宝|婴儿|儿子|女儿/, /反锁|锁在|锁着|关在|困在|车里锁|锁车里/], weight: 1.2 },
  // 锅里的水要烧干了, 灶上还烧着水: a stove left on that nobody can reach.
  { name: 'stove-left-on', all: [/锅|灶|火/, /烧干|干烧|还烧着|还开着火|没关火/], weight: 1.2 },
  // 有个小孩趴在窗台外面: a person (not a cat) outside a window or railing.
  { name: 'person-on-ledge', all: [/孩子|小孩|娃|宝宝|小囡|囝|老人|男的|女的|(?<!没)有人|个人/, /窗台外|阳台外|防盗网外|爬到窗外|往窗户?外爬|空调架上|空调架子上|空调外机上|爬出窗|栏杆外|(?:坐|站|爬)在(?:护栏|栏杆)上|(?:楼顶|天台|屋顶)的?边(?:上|缘|沿)|坐在边边上/], weight: 1.2, safetyMatter: true },
  // 老阿姨好几天没看到了 敲门一点动静都没有 / 打了一上午电话都没人接 平时一打就接: an old person gone silent.
  { name: 'elder-silent', all: [/老|爸|妈|爷|奶|婆|阿姨|大爷|大妈|独居/, /好几天没看到|几天没见|没见着人|天没见着|敲门也没动静|都没人接|一直没人接|也没人接|联系不上|微信也不回|几天没出门|没开门|电话都没人接|电话都不接|都不接电话|不接电话|电话不接|打不通|一点动静都没有|敲门没人|敲门也没人|没人应|敲门没反应|敲门也没反应/, /在家|一个人|独居|平时|好几天|几天|一上午|一天|一早上|报纸|牛奶/], weight: 0.8 },
  // 救护车进不来了 老人犯病等着抬下来: an ambulance blocked while someone waits for it now (a fire lane blocked in general is
  // a plain report).
  { name: 'ambulance-blocked', all: [/救护车/, /进不来|过不去|开不进|堵住|被堵|挡住/, /犯病|等着抬|等着送|抬下来|在等着|正等着/], weight: 1.2 },
  // 汽油味…越来越大 别出事: fuel smell growing.
  { name: 'fuel-smell-growing', all: [/汽油味|油味|汽油/, /越来越(?:大|浓|冲)|特别冲|别出事/], weight: 1.2 },
  // 小河里有小孩掉下去了: someone fallen into water.
  { name: 'fallen-into-water', all: [/小孩|孩子|有人|老人|一个人/, /掉下去|掉进|掉到|落水|掉河里|掉水里/, /河|湖|水塘|池塘|水里|水库/], weight: 1.2 },
  // 电梯门开着 轿厢不在这层 下面是空的: an open lift shaft.
  { name: 'open-lift-shaft', all: [/电梯门|梯门/, /开着|打开了|敞着/, /轿厢不在|下面是空的|黑洞洞|下面空的/], weight: 1.5 },
  // 电梯里的人救出来没有: someone still shut in.
  { name: 'still-shut-in', all: [/救出来没|还没救出来|还在里面|还没出来|在里面快/, /电梯|被困|困在|困人/], weight: 1.2 },
  // 去天台收被子 门被风带上锁死了 下不来 暴雨 心脏病: shut out somewhere exposed, with a risk to health.
  { name: 'shut-out-exposed', all: [/天台|楼顶|屋顶|阳台外/, /锁死|锁住|下不来|出不来|关在外面|回不来/, /救命|心脏病|暴雨|冻|晕|高血压/], weight: 1.2 },
  // 楼上漏水 顺着厨房吊灯往下滴: water running down through a light fitting.
  { name: 'water-through-light', all: [/漏水|滴水|往下滴|渗水|淌水|流水/, /吊灯|灯座|灯里|灯罩|电灯|灯泡|灯线|插座|开关/, /顺着|滴到|流到|流进|渗进|从[^，。,]{0,4}(?:灯|插座)/], weight: 1.2 },
  // 娃的电话手表定位在地下车库 打电话不接 找不到人 快点: a child missing now.
  { name: 'child-missing', all: [/(?:我|俺)(?:家|们家)?的?(?:娃|孩子|小孩|儿子|女儿|闺女|孙子|孙女)|娃的|孩子的/, /找不到人|找不着人|不见了|走丢了|走失了|联系不上/, /快点|快来|赶紧|急死|求求|求(?:大家|监控|物业)/], weight: 1.2 },
  // 瓷砖掉下来了…上面还有一片松着 赶紧拉警戒线: more about to fall where people pass.
  { name: 'more-to-fall', all: [/掉下来|砸下来|掉了一块|掉下一块/, /还有[^，。,]{0,4}(?:松|悬|挂|晃)/, /赶紧|快|警戒/], weight: 1.5 },
  // 小孩在阳台上哭 大人好像不在家 窗户还开着: a small child alone by an open window.
  { name: 'child-alone-window', all: [/小孩|孩子|娃|小囡|囡囡/, /阳台|窗台|窗户/, /大人(?:好像)?不在|没有?大人|一个人在家/], weight: 1.2, safetyMatter: true },
  // 孩子捡了个东西吃 好像是老鼠药 一直吐, 吃了菌子 晕得很 吐了好几回: poisoned now.
  { name: 'poisoned', all: [/老鼠药|农药|杀虫剂|消毒液|洗洁精|药|菌子|野蘑菇|毒蘑菇|野菌/, /吃了|喝了|误食|东西吃|吃进去/, /吐|昏|抽搐|送医院|口吐白沫|没反应/], weight: 1.5 },
  // 小孩被蛰了 脸都肿了 马蜂还在飞: stung, with the wasps still about.
  { name: 'stung-now', all: [/马蜂|蜂窝|黄蜂|胡蜂/, /蛰了|蜇了|叮了/, /肿|还在|赶紧|快来/], weight: 1.5 },
  // 接了个电话说孙子要交保证金，人已经出门去银行了: a fraud under way, the victim on the way to pay.
  { name: 'scam-on-the-way', all: [/保证金|交钱|转账|汇款|安全账户|取钱/, /去银行|出门去|已经出门|正在去|去取钱/, /拦|快|帮忙/], weight: 1.5 },
  // 一条大狗追着小孩咬 孩子在哭: a dog attacking now.
  { name: 'dog-attacking', all: [/狗/, /追着[^，。,]{0,4}咬|(?:正在|还在)[^，。,]{0,4}咬|扑(?:向|到)?(?:小孩|孩子)/, /快|赶紧|救命|在哭|主人不在/], weight: 1.2 },
  // 小孩爬3号楼车棚顶上…底下没大人: a child climbing somewhere high, alone.
  { name: 'child-climbing-high', all: [/小孩|孩子|娃|小朋友|细妹|细佬|仔/, /爬(?:到|上)?[^，。,]{0,8}(?:顶上|房顶|屋顶|棚顶|雨棚上|窗台外|围墙上)/, /没大人|没有?大人|无大人|大人不在|快|危险|悬/], weight: 1.2, safetyMatter: true },
  // 小孩爬到烧烤摊后面炭炉边上去了 家长不知道在哪: a child by a fire, alone.
  { name: 'child-near-fire', all: [/小孩|孩子|娃/, /炭炉|火炉|炉子边|火堆|火边/, /家长不|大人不|没大人|没有大人|快/], weight: 1.2, safetyMatter: true },
  // 池塘边有个小娃一个人在玩 周围没大人: a small child alone by water.
  { name: 'child-alone-water', all: [/小孩|孩子|娃/, /池塘|河边|水边|湖边|水池边|水塘|坑边/, /没大人|没有大人|一个人|大人不在|家长不/], weight: 1.2, safetyMatter: true },
  // 小孩趴在7楼窗台上 窗户开着: a child on an open window's sill.
  { name: 'child-on-sill', all: [/小孩|孩子|娃/, /(?:趴|站|坐|爬)(?:在|到)[^，。,]{0,4}窗台上/, /窗户开着|窗开着|没关窗|快|!/], weight: 1.2, safetyMatter: true },
  // 小孩跑上天台在边上玩 那边没有栏杆: children at a roof's unguarded edge.
  { name: 'child-on-roof', all: [/小孩|孩子|娃/, /天台|楼顶|屋顶/, /在边上|在上面玩|跑上去|爬上去/, /没有栏杆|没栏杆|没护栏|快来人|!/], weight: 1.2, safetyMatter: true },
  // 一股烧焦的味道 好像是从电表箱那边冒出来的, 电表箱摸着发烫: electrics burning now (a socket burnt black is damage done).
  { name: 'burning-electrics', all: [/焦|糊/, /电表箱|电箱|配电|插座|电线|电闸/, /冒出来|冒烟|冒糊|发烫|正在/], weight: 1.2 },
  { name: 'pipe-burst', all: [/(?<![落雨排])水管|管子|管道|总阀|阀门|暖气管/, /爆|裂|喷|哗哗|止不住|关不住|淹|漫/], weight: 1.2 },
  { name: 'flooding', all: [/水/, /淹|漫到(?!路面|马路|路上|地面|草坪|绿化)|漫进|没过|进水了|(?:阀|管)[^，。,]{0,3}关不住|往下灌|在灌水|灌进来|往(?:屋|家)里灌|漫过门槛|漫进屋|还在往下流|(?:客厅|屋里|家里|卧室|厨房)全是水|(?:地板|地面|家具)都?泡了/], weight: 0.8 },
  { name: 'person-down', all: [/人|老|爷|奶|婆|妈|爸|爹|叔|姨|伯|孩|娃|宝宝/, /倒地|倒在地|倒在门口|倒在路边|倒在楼道|倒在家里|倒在卫生间|晕倒|晕过去|晕了过去|昏倒|昏迷|昏过去|晕厥|抽搐|流血|没气|没呼吸|不省人事|叫不醒|(?<!堵得|堵的)一动不动|叫也不应|叫他不应|叫她不应|倒起了|喊不答应|喊不应|(?:人|伯|爷|奶|婆|叔|姨|老头|老太)倒在[^，。,]{1,10}(?:边上|旁边|地上)|叫他没反应|叫她没反应|没有反应了|躺着不动|躺着起不来|躺着叫不醒|躺在地上|说不出话|敲门不应|敲门也不应|敲门没人应|敲门也没人开|敲门没人开|哼哼|呻吟/], weight: 1.2 },
  { name: 'fire', all: [/火(?![锅车])|烟(?![筒囱])/, /着|烧|冒|起|很大|好大|老大|特别大|太大|蔓延|全是烟(?![头蒂盒])|都是烟(?![头蒂盒])|睁不开眼/], weight: 0.8 },
  // 那两个人还在打 刀还在手里: a fight going on.
  { name: 'fight', all: [/打架|拿刀|刀|打人|两个人|动手/, /还在打(?!桩|球|牌|麻将|电话|扫|针|游戏|钻|卡|拳)|打起来了|见血|刀还在/], weight: 1.2 },
  // 现在还在扔 下面好多小孩: things thrown from height now, with people below.
  { name: 'throwing-over-people', all: [/扔|砸|丢/, /还在扔|正在扔|一直在扔|还在往下|还在砸|在往下扔|在往下砸|正往下扔|往窗外扔|刚砸下来|刚扔下来/, /下面|楼下|底下/], weight: 1.5 },
  // 人好像还在里头: someone still inside a place in danger.
  { name: 'someone-inside', all: [/火|烟|水|电梯|梯/, /人(?:好像|可能)?还在里|还有人在里|人在里面|人还在电梯/], weight: 1.2 },
  // 脚手架被风吹歪了 往人行道那边倒 底下还有人在走: something toppling now over people below.
  { name: 'toppling-over-people', all: [/脚手架|架子|塔吊|广告牌|招牌|树|墙|围挡|棚|天花板|吊顶|外机|瓷砖|玻璃|花盆|排烟管|烟管|管子/, /随时掉下来|随时会掉|随时砸下来|晃荡|一直晃|断了一边|往[^，。,\s]{0,6}倒|倒下来|在倒|快倒了|要倒了|在晃|来回晃|晃来晃去|塌下来|正在塌|要塌|吊在半空|悬在半空|松脱|斜挂|只剩一个角|挂在[^，。,]{0,4}上|一直在往下掉|往下掉|快掉下来|要掉下来/, /(?:底下|下面|下边)(?:还)?有人|(?:底下|下面)全是|人行道上方|人行道上空|拉个?警戒线?|有人在走|人在下面|有人经过|(?:好多|很多)人在下面|下面(?:好多|很多)(?:人|小孩)|家里有老人|家里有小孩|人很多|好多人|小孩在[^，。]{0,4}玩|(?:下面|底下)(?:就)?是(?:人行道|幼儿园|学校|小区门口|出入口)|人来人往|进出的人|马上放学|差点砸到/], weight: 1.2 },
  // 头晕站不起来 然后就没声了: an old or sick person who cannot get up, or went silent on the phone.
  { name: 'person-collapsed', all: [/人|老|爷|奶|婆|妈|爸|爹|娘|叔|姨|伯|他|她/, /站不起来|起不来了|摔[^。]{0,12}起不来|(?:倒|摔)了?[\s，,]{0,2}动不了|喊起不来|摔了起不来|倒了起不来|爬不起来|没声了|没声音了|没了声音|喊也不应|叫也不答应/], weight: 1.2 },
  // 老年痴呆 出去仨钟头没回来, 孩子放学没回家找不到: a person who cannot look after themselves is missing.
  { name: 'person-missing', all: [/痴呆|糊涂|阿尔茨海默|认知障碍|失智|认不得路|不认路|不记得路|智力|孩子|小孩|娃/, /没回来|没回家|找不到了|找不着了|走丢了|不见了|联系不上|跑出小区|自己跑出|走出去的|家长在找|家里人在找|家人在找/], weight: 1.2 },
  // 她一个人住 … 敲门不开电话也不接: someone living alone who does not answer the door or the phone (without a try at
  // reaching them, 好几天没见下楼 有点担心 is a worry, not an emergency).
  { name: 'alone-silent', all: [/一个人住|独居|独自住|自己一个人|一个人在家|自己在家|孤老|孤寡/, /敲门(?:也)?(?:没人应|不开|不应|没动静)|电话(?:也|都)?(?:不接|打不通)|都不接|不接电话|没人接电话/], weight: 3.2 },
  // 电梯掉下去一截 我在里面: a lift falling with someone in it.
  { name: 'lift-falling', all: [/电梯|轿厢/, /掉下去一截|掉了一截|在下坠|我在里面|人在里面|还在里面/], weight: 1.2 },
  // 小孩坐在窗台外面: a child or a person outside a window, over a drop.
  { name: 'person-at-window', all: [/孩子|小孩|娃|宝宝|老人|有人|个人/, /窗台外|坐在窗台|爬上窗台|爬到窗外|站在窗台|翻出窗/], weight: 1.2, safetyMatter: true },
  // 有个小孩爬到脚手架上去了: a child somewhere high, with nothing to stop a fall.
  { name: 'child-high-up', all: [/孩子|小孩|娃|宝宝/, /(?:爬到|爬上|站在|坐在)[^，。,]{0,8}(?:脚手架|屋顶|楼顶|窗台|窗户外|阳台外|护栏外|围墙上|栏杆边|栏杆上|天台边|楼顶边)/], weight: 1.2 },
  // 电话一直没人接，她平时都是秒回的: silence from someone who always answers.
  { name: 'never-this-silent', all: [/平时都是秒回|平时都秒回|平时一打就接|平时都会回|从来不这样|从来没这样过/, /没人接|不接|不回|联系不上|打不通/], weight: 1.2 },
  // 他有糖尿病 出门没带糖 三个多小时没回来了 手机关机: someone ill out of reach.
  { name: 'ill-and-missing', all: [/糖尿病|心脏病|癫痫|高血压/, /没回来|联系不上|手机关机|找不到人/], weight: 1.2 },
  // 孩子卡在脚手架和墙中间: a person stuck or fallen somewhere.
  { name: 'person-stuck', all: [/孩子|小孩|娃|宝宝|老人|阿伯|老伯|大爷|大妈|大娘|奶奶|爷爷|工人|有人|个人/, /卡在|卡住了|困在|掉进|掉到|跌下去|跌进|摔下去|爬不上来/], weight: 1.2 },
]

/** A regex cue: patterns that no word list can see (A-not-A questions, "有人在…", how long something lasted). */
export interface StructuralCue {
  name: string
  pattern: RegExp
  feature: SignalFeature
  weight: number
  /** Further features the same match adds to (or, with a negative weight, takes from). */
  also?: readonly { feature: SignalFeature; weight: number }[]
  /** The message is addressed to neighbours: its words of the knowledge base are their matter, not a question to the office. */
  toNeighbours?: true
}

/** Structural cues over the normalized text; every cue that matches adds its weight once. */
export const STRUCTURAL_CUES: readonly StructuralCue[] = [
  // 修没修, 是不是: an A-not-A question (but 得不得了 is "very", and 一动不动 is still).
  // 有补贴没有, 有招聘会没: has it or not.
  { name: 'has-or-not', pattern: /有(?!一起|人一起)[^，。,\s]{1,6}没有?(?=$|[\s?？啊呀，,。])/, feature: 'question', weight: 1 },
  { name: 'a-not-a', pattern: /(?!得不得了)(?<!一)([\u4e00-\u9fa5])[不没冇]\1/, feature: 'question', weight: 1 },
  // 哪张卡, 哪位, 哪条路: which one.
  { name: 'which', pattern: /哪[张位边条种次份样间所只件类]/, feature: 'question', weight: 1 },
  // 能交不, 周六上班不, 要钱不: a yes-no question ending in 不.
  {
    name: 'v-not',
    pattern: /[\u4e00-\u9fa5](?<![我你他她也都就还并可又才再更很太真绝决])不(?=$|[\s?？!！,，。啊呀嘛哦])/,
    feature: 'question',
    weight: 1,
  },
  // 是自己登记还是社区帮忙登: an alternative question.
  { name: 'either-or', pattern: /是[^\s，。,?？]{1,12}还是/, feature: 'question', weight: 1 },
  // 怎么办居住证 asks how to apply; 怎么办 at the end of a clause is a cry for help.
  { name: 'how-to-apply', pattern: /怎么办(?![啊呀呢吧了?？!！\s,，。]|$)/, feature: 'procedure', weight: 1, also: [{ feature: 'question', weight: 1 }] },
  // 拿不出来, 推不动, 进不去: a verb with a negated result reports something that does not work.
  { name: 'cannot', pattern: /[\u4e00-\u9fa5]不(?:出来|进去|上去|下来|开|动|到|住|上|下|进|出|着|了)/, feature: 'problem', weight: 0.8 },
  // 太远了, 太吵了: an excessive state.
  { name: 'too-much', pattern: /太(?!好|棒|美|香|帅|漂亮|可爱|开心|感谢|谢谢|厉害|舒服|方便|划算|便宜|客气|热心|给力|聪明|乖|懂事|好玩|萌|暖|贴心|有意思|逗)[\u4e00-\u9fa5]{1,2}了/, feature: 'problem', weight: 0.8 },
  // 不捡, 不拆, 不退: someone refuses or neglects to act.
  { name: 'refuses', pattern: /不(?:捡|拆|清|管|修|退|接|开门|关|理(?!解)|听|改|挪|走|还|让|收拾|打扫|处理|搬|停)/, feature: 'problem', weight: 0.8 },
  // 有人在楼道充电, 谁家把…, 物业把绿地…: somebody doing something is how residents report a nuisance.
  {
    name: 'someone-does',
    pattern: /(?:^|[\s,，。!！])有人(?:直接|照样|天天|每天|老是|总是|经常)?[在把往从拿用占偷扔倒堆停放搭挂拉装养遛乱住]|还有人(?:直接|照样)[在把往从拿用占偷扔倒堆停放搭挂拉装养遛乱住]|谁家[在把的]|(?:物业|有人|邻居|那家|他家|对门|隔壁|楼上|楼下)[^，。\s]{0,3}把/,
    feature: 'problem',
    weight: 0.6,
  },
  // 谁家的狗天天叫, 谁家的车又停在…: a habit of someone's is a nuisance, not a lost-and-found notice.
  { name: 'habitual-nuisance', pattern: /谁家的[^，。\s]{0,12}(?:天天|每天|总是|老是|又|经常|一直|整天|成天)/, feature: 'problem', weight: 1.5, also: [{ feature: 'lostFound', weight: -1 }] },
  // 包裹老是被人拿错, 快递经常丢: things going missing again and again are a complaint, not a lost-and-found notice.
  { name: 'keeps-going-missing', pattern: /(?:老是|总是|经常|天天|每次|老被|常被)[^，。\s]{0,6}(?:拿错|拿走|被偷|偷走|丢)/, feature: 'lostFound', weight: -2, also: [{ feature: 'problem', weight: 1.2 }] },
  // 不转了, 不走了, 不响了: something stopped working.
  { name: 'stopped', pattern: /不(?![用行早说要会能])[\u4e00-\u9fa5]了/, feature: 'problem', weight: 0.8 },
  // 没人开走, 没人应: nobody takes care of something.
  { name: 'nobody', pattern: /没人[\u4e00-\u9fa5]{1,2}/, feature: 'problem', weight: 0.8 },
  // 停了一个月, 坏了三天, 堆了好几天: how long a bad state has lasted.
  {
    name: 'lasted',
    // 路灯坏好几天了: 坏 needs no 了.
    pattern: /[停堆放占坏漏臭响吵堵黑灭](?:了|着)(?:快|好|有)?[一两三四五六七八九十半几\d]*[个多]?(?:天|周|礼拜|星期|月|年)|坏(?:快|好|有)?[一两三四五六七八九十半几\d]+[个多]?(?:天|周|礼拜|星期|月|年)/,
    feature: 'problem',
    weight: 0.8,
  },
  // 快一个月了, 好几个礼拜了: how long the resident has waited.
  { name: 'waited', pattern: /(?:快|都|已经|有)(?:一|两|三|好几|几|半)?个?多?(?:月|礼拜|星期|周)了/, feature: 'complaint', weight: 0.6 },
  // 说这周内处理，今天都周五了 / 说下午来人，这都天黑了: the promised time has come.
  { name: 'time-has-come', pattern: /都(?:周|礼拜|星期)[一二三四五六日天末]了|都(?:月底|年底|过年|天黑|晚上|中午|下午|傍晚|下个月|下周|下礼拜|几点|夏天|冬天|秋天|春天)[^，。,]{0,2}了|(?<!过来|回来|到家|下班)都快?[0-9一二三四五六七八九十两]+点(?:半)?了|早过了|早就过了/, feature: 'statusQuery', weight: 1 },
  // 进度如何, 进展怎样: how is it going.
  { name: 'progress', pattern: /(?:进度|进展|情况|结果)(?:如何|怎样|怎么样)(?!申请|办理|办|弄|处理|准备)/, feature: 'statusQuery', weight: 1 },
  // 看新闻说隔壁区有个小区起火了: news about somewhere else is talk, not a report.
  // 麻烦保安巡逻时帮瞅一眼, 麻烦物业隔两天进我家看看: a job asked of the office by name.
  { name: 'office-asked', pattern: /(?:麻烦|拜托|请)(?:一下)?(?:物业|保安|门卫|网格员|楼长|社区)(?!费)[^，。,?？]{0,8}(?:帮|看|瞅|巡|进|去|来)/, feature: 'ask', weight: 0.8 },
  // 能不能修个坡道, 能不能把督导时间改到7点, 能安排不: a job asked for.
  { name: 'can-you-do', pattern: /(?:能不能|可不可以|能否|可否)[^，。,?？]{0,6}(?:修个|装个|加个|建个|搞个|弄个|改到|改成|送个|送一下|派个|安排个|做点|发个|打个电话|晚点|多开|降下来|降一点|让他处理|让他们处理)|(?:能不能|可不可以|能否|可否)把[^，。,?？]{1,12}(?:改到|改成|挪到|调到|提前到|推迟到|延长到)|(?:能|可以)安排(?:不|吗|一下)/, feature: 'dispatch', weight: 1 },
  // 上个月反映的化粪池 到底抽不抽嘛, 举报一个多月了…到底查没查: whether what was reported will be done.
  { name: 'will-it-be-done', pattern: /(?:反映|报|举报|投诉)[^。？?]{0,16}到底(?:还)?((?!管)[\u4e00-\u9fa5])[不没]\1/, feature: 'statusQuery', weight: 1 },
  // 大家千万别把电瓶拎回家, 别在楼道里飞线充电啊大家, 大家遛弯记得喷点花露水: a warning or advice to neighbours.
  { name: 'warns-neighbours', pattern: /(?<!提醒|提醒下|提醒一下|通知|通知下|通知一下)(?:大家|各位)[^，。,先别]{0,3}(?:千万别|千万不要|别|不要)(?!开灯|按|点火|打火|碰|踩|用|下楼|动|靠近|进|出门|开火)|(?:^|[\s，。,])(?:别|不要)[^，。,]{1,12}(?:啊|呀|哈)?大家|大家[^。]{0,10}记得/, feature: 'notice', weight: 1.5 },
  // 有没有宝妈一起拼车: neighbours asked to join in.
  { name: 'join-me', pattern: /有(?:没有)?(?:宝妈|宝爸|邻居|姐妹|家长|人)[^，。,?？]{0,4}一起/, feature: 'social', weight: 1.5, toNeighbours: true },
  // 不是说这礼拜清吗, 前几天不说安排了嘛: a promise of a near day recalled (不是说周末不能施工吗 recalls a rule, 不是说
  // 明年开吗 a plan).
  { name: 'promise-recalled', pattern: /不是说好?(?:今天|今儿|这周|这礼拜|这个?星期|这个月|本周|周[一二三四五六日天]|礼拜[一二三四五六天]|星期[一二三四五六天日]|上午|下午|昨天|前天|[一二三四五六七八九十\d]+号)[^。？?]{0,8}(?:吗|嘛|么)|不说[^。？?]{1,8}了(?:吗|嘛|么)/, feature: 'statusQuery', weight: 1, also: [{ feature: 'priorReport', weight: 0.5 }] },
  // 上个月那次电梯困人 最后是消防把门撬开的: how it ended.
  { name: 'how-it-ended', pattern: /最后是[^，。,]{1,6}把[^，。,]{1,10}的/, feature: 'resolved', weight: 1.5 },
  // 各位：今天下午电力检修…: a notice addressed to everyone.
  { name: 'to-everyone', pattern: /^\s*(?:各位|各位邻居|各位业主|各位居民|大家)[：:]/, feature: 'notice', weight: 2 },
  // 已处理？我刚下楼看了 垃圾还在: the office's status contested.
  { name: 'status-contested', pattern: /^\s*(?:已处理|已解决|已完成|已修好|已派单|处理好了|修好了)[?？]/, feature: 'statusQuery', weight: 1.5, also: [{ feature: 'priorReport', weight: 1 }] },
  // 都十分钟了, 都半小时了: the wait, in minutes.
  { name: 'minutes-waited', pattern: /都(?:快)?(?:[一二三四五六七八九十两\d]+分钟|半个?小时|一个?多?小时)了/, feature: 'statusQuery', weight: 1 },
  // 报过了 今天还在叫, 反映了好几次还是没人管: reported and still so.
  { name: 'still-after-report', pattern: /(?:报过|报修过|报修了|反映过|反映了|投诉过|投诉了)[^。？?]{0,12}(?:还在|还是|还没|依然|仍然)/, feature: 'statusQuery', weight: 1 },
  // 有没有去拆, 有没有人来看: whether anyone went.
  { name: 'anyone-went', pattern: /有没有人?(?:去|来)[拆修看查处清管弄]/, feature: 'statusQuery', weight: 1 },
  // 4.12报的 4.20了: a report dated in figures.
  { name: 'dated-in-figures', pattern: /(?<![\d.])\d{1,2}[.月/]\d{1,2}(?:号|日)?(?:报的|报修的|反映的|提交的)/, feature: 'priorReport', weight: 1 },
  // 帮我妈问一下: asking on someone's behalf is not a job asked for.
  { name: 'asks-for-someone', pattern: /帮我?(?:爸|妈|老爸|老妈|爷爷|奶奶|老人|家里|老公|老婆)问(?:问|一下|下)/, feature: 'ask', weight: -1 },
  // 可以在车棚多装几个充电桩吗: more of something asked for.
  { name: 'more-of-it', pattern: /可以[^，。,?？]{0,8}(?:多装|装几个|加几个|多加)[^，。,?？]{0,8}吗/, feature: 'dispatch', weight: 1 },
  // 大家下雨天走坡道小心点: a warning to neighbours.
  { name: 'careful-everyone', pattern: /大家[^。]{0,10}小心/, feature: 'notice', weight: 1.5 },
  // 抓狗的来了吗, 修电梯的师傅来了没: whether the worker has come.
  { name: 'worker-come', pattern: /[\u4e00-\u9fa5]的(?:人|师傅)?来了(?:吗|没)/, feature: 'statusQuery', weight: 1 },
  // 去前台重新录一下就好了: how the writer's own trouble was put right, told as advice.
  { name: 'fixed-by-going', pattern: /(?:去|找)[^，。,?？]{1,8}(?:一下|下)就好了/, feature: 'resolved', weight: 1.5 },
  // 有谁家小朋友上过四点半课堂吗: neighbours asked about their own experience.
  { name: 'neighbours-experience', pattern: /有谁家?[^，。,?？]{0,10}(?:上过|用过|去过|办过|报过|试过)/, feature: 'social', weight: 1.5, toNeighbours: true },
  // 这风刮得窗户哐哐响, 今天又刮黄风了, 这风忒大了: the weather talked about.
  { name: 'weather-talk', pattern: /(?:这|那|今天|今儿|昨晚|昨天|这两天)[^，。,]{0,3}(?:风|雨|雪|雷)(?:刮得|刮的|下得|下的|打得|落得|落的|大了|太大|忒大|好大|真大)|刮黄风|这破风|这破天/, feature: 'social', weight: 1.5 },
  // 换了个灯泡就好了, 重新打一遍胶就好了: how the writer's own trouble was put right.
  { name: 'fixed-myself', pattern: /(?:换了|重新|自己)[^，。,?？]{0,8}就好了/, feature: 'resolved', weight: 1.5 },
  // 卖冻梨的车来了 要买的赶紧: a vendor come to the gate.
  { name: 'vendor-arrived', pattern: /卖[^，。,\s]{1,8}的(?:车|三轮车?)?(?:来了|到了)|要买的(?:赶紧|抓紧|快)/, feature: 'ad', weight: 1.5 },
  // 听说隔壁小区电梯困人了: what happened in another compound, heard from others.
  // 有人要小猫吗, 谁要: something given away.
  { name: 'giving-away', pattern: /有(?:没有)?人要[^，。,?？\s]{0,4}(?:吗|不|[?？])|谁要[^，。,?？\s]{0,4}(?:吗|[?？])/, feature: 'ad', weight: 1.5 },
  // 一出事物业就说监控坏了, 每次停电都说线路检修: a rant about the office's habit, not a report.
  { name: 'habitual-excuse', pattern: /(?:一出事|真出事了?|每次|每回)[^，。,]{0,6}(?:就说|都说)/, feature: 'social', weight: 1.5 },
  // 你们楼也有人飞线充电？我们楼以前也有: neighbours comparing their buildings.
  { name: 'comparing-buildings', pattern: /你们(?:楼|家|单元|那栋|那边|小区|屋头)[^，。,?？\s]{0,4}(?:也|是不是也)/, feature: 'social', weight: 1.5, toNeighbours: true },
  // 你们屋头娃娃放暑假了没得: a question about a neighbour's own home.
  { name: 'neighbours-home-asked', pattern: /(?:你们|您|你)(?:都|家|屋头|屋里)[^，。,?？\s]{0,8}(?:了没|了吗|没得)/, feature: 'social', weight: 1.5, toNeighbours: true },
  // 那家小饭桌咋样, 托管班靠不靠谱: an opinion of a business asked of neighbours.
  { name: 'business-opinion', pattern: /靠不靠谱|(?:那家|这家)[^，。,?？]{0,10}(?:咋样|怎么样|好不好)/, feature: 'social', weight: 1, toNeighbours: true },
  { name: 'elsewhere-hearsay', pattern: /(?:听说|据说|听人说)[^。]{0,4}(?:别的|隔壁|外地|其他|那边)(?:小区|楼盘|[\u4e00-\u9fa5]{2,4}(?:小区|花园|家园|园|苑|府|新村|公寓))/, feature: 'social', weight: 2, also: [{ feature: 'hypothetical', weight: 1 }, { feature: 'nearMiss', weight: 1 }] },
  { name: 'elsewhere-news', pattern: /(?:新闻|视频|网上说|抖音|朋友圈)[^。]{0,12}(?:别的|隔壁|外地|其他|有个|有的|有(?=小区)|那边|哪个)[^，。,]{0,3}(?:小区|区|地方|城市|楼)|(?:看新闻|新闻上?说|新闻里|视频里)[^。]{0,4}有(?:个|一)|[\u4e00-\u9fa5]{2}那边(?:有个)?小区[^，。,]{0,6}(?:起火|着火|的视频)/, feature: 'notice', weight: 2, also: [{ feature: 'hypothetical', weight: 1 }, { feature: 'social', weight: 1 }] },
  // 电梯那事咋说: asks after a matter both sides know.
  { name: 'that-matter', pattern: /(?:那事|那件事|那个事|的事)[，,\s]?(?:到底|究竟)?(?:怎么说|咋说|呢|怎么样|如何|有下文|有没有人管|有人管没|管不管|还管不管|[^，。,?？\s]{1,6}(?:了没|没有?)(?=$|[\s?？]))/, feature: 'statusQuery', weight: 1 },
  // 等了两天了, 等了一个多月: how long the resident has been waiting.
  { name: 'waited-days', pattern: /等了[一二两三四五六七八九十几好半\d]+个?多?(?:天|周|礼拜|星期|月)/, feature: 'statusQuery', weight: 0.8 },
  // 一个月没来拖过: neglect for a long time.
  { name: 'neglected', pattern: /(?:一|两|三|几|半|好几)个?多?(?:月|礼拜|星期|周)(?:都)?没(?:来|人|扫|拖|清|修|管|见到人|见过人|看到人|看见人|见人)/, feature: 'problem', weight: 1 },
  // 那根管子呢？那个滑滑梯的事呢: asks after a matter both sides know.
  // 那个占消防通道的车挪了没有: a matter named as known ("that …") and asked whether it is done yet.
  { name: 'that-thing-yet', pattern: /^(?![^，。]*(?:新闻|视频|电影|文章|节目))[^，。,\s?？你您]{0,6}(?:那个|那辆|那台|那堆|那些|那根|那棵)[^，。,\s？?]{2,14}了(?:没有?|吗)(?=$|[\s?？!！啊呀呢哦])/, feature: 'statusQuery', weight: 1, also: [{ feature: 'priorReport', weight: 0.6 }] },
  { name: 'that-one', pattern: /那(?:个|根|件|条|块|扇|盏|台|部|棵)[^，。\s？?]{1,10}呢(?=$|[\s?？,，。!！])/, feature: 'statusQuery', weight: 1 },
  // 怎么还是翘着, 咋还黑着: still not fixed.
  { name: 'still', pattern: /(?:怎么|为什么|为啥)还(?:是|在|没|不|黑|漏|堵|坏|亮)/, feature: 'statusQuery', weight: 1 },
  // 什么时候来换, 啥时候能修: when will the promised job be done.
  { name: 'when-done', pattern: /(?:什么时候|几时|哪天)(?:来|能|才|再|给|会){0,2}(?:修|换|弄|处理|装|清|补|通|公示|贴出来|落实|兑现|来人|来修|来换|来看|来装|来补|来通|拉走|清走|拖走|运走|来拖|来拉|来清|来收|来抽|到(?!底)|挂)/, feature: 'statusQuery', weight: 0.8 },
  // 约了没, 排上了没有, 处理了吗: asks whether an action happened.
  {
    name: 'done-yet',
    pattern: /(?<!吃|睡|起床|醒|放假|暑假|寒假)了没有?(?=$|[\s?!,.，。？！啊呀呢嘛我你他她])|(?<!装)(?:修|报|约|弄|处理|安排|换|装|拖|清|派|查|批|回复|落实|解决|管|办|通知|沟通|联系|转|盖章|出|审|派单|接单|登记|开始|交给|送|拿|发|答复|上报|补|签|抓走|抓住|赶走|摘|撬开|打电话|打过电话)(?:了吗|好没|过没|好了吗|好了没)/,
    feature: 'statusQuery',
    weight: 1,
  },
  // 有进展了吗, 有人管了吗.
  { name: 'has-yet', pattern: /有[\u4e00-\u9fa5]{0,5}了(?:吗|没)/, feature: 'statusQuery', weight: 0.8 },
  // 联系到车主没有, 修好没有.
  { name: 'reached-yet', pattern: /(?:到|过|好|完|出来)[\u4e00-\u9fa5]{0,4}没有?(?=$|[\s?？])/, feature: 'statusQuery', weight: 0.8 },
  // 还是没水, 路过还是那个味: still as it was.
  { name: 'still-so', pattern: /还是(?:没|不|坏|黑|漏|堵|臭|那个|老样子|(?:刷|打|关|开|用|充|拧|冲)不)/, feature: 'statusQuery', weight: 0.8 },
  // 那树枝还横在那, 枝子还堆着: still lying there.
  { name: 'still-there', pattern: /还(?:横|堆|躺|挂|摆|放|扔|停|倒|积|漏|堵|缠|贴)(?:在|着|那)/, feature: 'statusQuery', weight: 1 },
  // 到现在还黑着, 还坏着: still broken.
  { name: 'still-broken', pattern: /还(?:黑|坏|漏|堵|响|臭|停|断|灭)着/, feature: 'statusQuery', weight: 1 },
  // 都等俩月了, 都等了三天: how long the resident has waited for it.
  { name: 'waited-for', pattern: /都等(?:了)?[一二两三四五六七八九十俩几半\d]+个?多?(?:天|周|礼拜|星期|月)/, feature: 'statusQuery', weight: 1 },
  // 师傅啥时候来: when will whoever was promised come.
  { name: 'when-come', pattern: /(?:什么时候|几时|哪天)(?:能|才|再)?(?:过)?来(?=$|[啊呀呢吗嘛?？\s,，。!！])/, feature: 'statusQuery', weight: 0.8 },
  // 啥时候能批下来, 钱什么时候能打过来, 啥时候面试: when the outcome of an application comes.
  { name: 'waiting-outcome', pattern: /(?:什么时候|几时|哪天)(?:能|才|会|可以)?(?:批|审|发|打|到账|下来|出来|面试|开工|动工|通知|拿|领|取|有结果|出结果|有消息|有回音|有答复)/, feature: 'statusQuery', weight: 1 },
  // 报修快一个月了, 反映了两周: how long ago it was reported.
  { name: 'reported-ago', pattern: /(?:报修|报了|反映|投诉|登记|办了|申请了|递了)(?:了)?(?:快|都|已经|有)?[一二三四五六七八九十两几半好\d]+个?多?(?:天|周|礼拜|星期|月)/, feature: 'priorReport', weight: 1, also: [{ feature: 'statusQuery', weight: 0.5 }] },
  // 上次报的呢, 我反映的那个呢: what became of a report.
  { name: 'report-where', pattern: /(?:报|反映|投诉|说)的(?:事|那个|问题|那件事)?呢(?=$|[\s?？!！])/, feature: 'statusQuery', weight: 1 },
  // 正在往下扔, 还在扔: something is being thrown from height now.
  { name: 'throwing-now', pattern: /(?:还在|正在|一直在)(?:(?:往下|往楼下)(?:扔|丢|砸)|扔|丢)/, feature: 'danger', weight: 1 },
  // 转一篇：《医保个人账户的这些用法》: a forwarded article.
  { name: 'article', pattern: /《[^》]{4,}》/, feature: 'notice', weight: 1.5 },
  // 唱到十二点, 吵到凌晨: noise late at night.
  { name: 'late-noise', pattern: /(?:唱|吵|闹|放|敲|响|叫|嚎|蹦|钻|循环|开|搞)到(?:半夜|凌晨|深夜|现在|晚上|十一点|十二点|一点|两点|三点|两三点|三四点|\d{1,2}点)(?!以后|以前|之后)/, feature: 'problem', weight: 1.2 },
  // 晚上十一点还在打桩: noise that goes on.
  { name: 'still-noisy', pattern: /还在(?:打桩|施工|装修|钻|打钻|打电钻|电钻|砸|敲|吵|唱|放|弹|跳|跺)/, feature: 'problem', weight: 1.2 },
  // 楼顶水箱后来清洗了没: asks how a matter ended.
  { name: 'how-it-ended-asked', pattern: /后来[^，。,?？\s]{0,6}(?:了没|了吗|没有)/, feature: 'statusQuery', weight: 1 },
  // 一直显示“处理中”: the ticket's status says nothing moves.
  { name: 'shows-status', pattern: /显示[“"'「『]?(?:处理中|已处理|已完成|已办结|办结|受理中|已受理|待处理)/, feature: 'statusQuery', weight: 1.3 },
  // 上回电梯困人以后, 着火之后: the event the message refers to is over.
  { name: 'after-event', pattern: /(?:困人|着火|起火|失火|漏水|爆管|停电|停水|淹)(?:了)?(?:以后|之后|那次|那回|的那部|的那台|的那个|的那次|后)/, feature: 'past', weight: 1 },
  // 冒烟是1楼那家在熏腊肉: the alarming thing has a harmless cause.
  { name: 'harmless-cause', pattern: /是[^，。,]{0,8}在(?:熏|烧烤|烤|做饭|炒菜|炒|炸丸子|炸东西|煎|烙|蒸|卤|做菜|烧菜|烧纸|煮|炖|熬|装修|放烟花|试|演练|调试)/, feature: 'nearMiss', weight: 1.5, also: [{ feature: 'resolved', weight: 1 }] },
  // 要是半夜着火了…可怎么办啊 想想都怕: talk about what could happen, with nothing asked of anyone.
  { name: 'what-if-talk', pattern: /^(?:要是|万一|如果|假如)[^。]{0,24}(?:怎么办|可怎么办|想想)|^[^。]{0,12}万一[^。]{0,12}能[^，。,]{0,6}(?:吗|么|不)/, feature: 'social', weight: 1.5 },
  // 热死了 外面40度, 零下十度: the weather.
  { name: 'weather', pattern: /零下[\d一二三四五六七八九十]+度|外面[\d一二三四五六七八九十]+度/, feature: 'social', weight: 1 },
  // 小孩掉进去咋弄, 砸到人谁负责: what could happen, asked about, is a worry and not a danger now.
  { name: 'what-if', pattern: /(?:掉进去|掉下去|掉下来|摔下去|摔倒|砸到人|砸着人|砸到|着火|出事)(?:了)?(?:怎么办|咋办|咋弄|怎么弄|谁负责|谁管|算谁的|怎么跑|往哪跑|跑都跑不|都跑不出去)/, feature: 'hypothetical', weight: 1 },
  // 3月份就申请了, 上个月20号交的材料: an application made earlier, whose outcome the resident is waiting for.
  { name: 'applied-when', pattern: /(?:[一二三四五六七八九十\d]+月份?|[\d一二三四五六七八九十]+号|上个?月|上周|上礼拜|前几天|半个月前|两周前)[^，。,\s]{0,4}(?:就)?(?:申请|交|递|报名|提交|办|办好)(?:给[^，。,\s]{1,4}?)?(?:了|的|上去)/, feature: 'priorReport', weight: 1 },
  // 上周说要给沟边装护栏, 昨天说今天处理的, 上次说这个礼拜: a promise made earlier, that the writer holds them to.
  {
    name: 'promised',
    pattern: /(?:上次|上回|之前|前天|昨天|昨晚|上周|上礼拜|上个礼拜|上个月|前几天|前两天|那天|当时)[^，。,\s]{0,8}(?:说|答应)(?:好)?(?:要|会|给|今天|明天|这周|这个礼拜|这礼拜|本周|下周|马上|尽快|过两天|[^，。,\s]{0,6}的(?=$|[\s，。,?？!！]))/,
    feature: 'priorReport',
    weight: 1,
  },
  // 还没批下来, 还没拿到, 一直没收到通知: an application or promise still waiting for its outcome.
  { name: 'still-pending', pattern: /(?:还|一直|到现在|至今)(?:都)?没(?:有)?(?:拿到|收到|批|审|下来|出来|拨|打过来|发下来|通知|消息|回复|回音|办好|办下来|信|结果|答复|扣款|扣费|发放|发钱)/, feature: 'statusQuery', weight: 1 },
  // 三月份就交材料了, 交的材料, 报名了说等通知: an application handed in earlier.
  { name: 'handed-in', pattern: /(?:申请|材料|报名表|申请表|表格|手续)[^，。,\s]{0,4}(?:交|递|送|办)(?:了|上去|好了|到|给)|(?:交|递|送|报)(?:了|过|的)?材料|材料(?:交|递|送)(?:了|上去|过去)|报名了[，,\s]?[^，。,\s]{0,3}(?:说|一直没|还没|到现在没)|说等[^，。,\s]{0,4}通知|让等通知|叫等通知/, feature: 'priorReport', weight: 1 },
  // English, as some residents write: whole words and phrases only ("on" is not in "contract").
  { name: 'en-problem', pattern: /\b(?:broken|not working|doesn'?t work|isn'?t working|out of order|has been out|is out|leak(?:ing|s)?|blocked|clogged|no water|no power|offline|down了|坏了)\b/, feature: 'problem', weight: 1.2 },
  { name: 'en-ask', pattern: /\b(?:please|pls|plz|could (?:someone|you|u)|can (?:someone|you|u)|fix it|does anyone have|anyone have|is there anyone)\b/, feature: 'ask', weight: 1 },
  { name: 'en-status', pattern: /\b(?:any updates?|update on|any news|any progress)\b/, feature: 'statusQuery', weight: 1.3 },
  { name: 'en-thanks', pattern: /\b(?:thanks|thank you|thx|ty)\b/, feature: 'thanks', weight: 1.2 },
  { name: 'en-problem-more', pattern: /\b(?:stuck|trapped|smoke|fire|burst|dripping|expired|stolen|dead rat|not (?:been )?(?:collected|cleaned|fixed)|hasn'?t (?:been )?(?:cleaned|collected|fixed)|too (?:loud|noisy|few|dark|many)|noisy|drilling|smells?|stinks?|flies|loose|dangerous|no signal|fails?|parked in my spot|went up|without (?:any )?(?:meeting|notice)|can barely|everywhere|again)\b/, feature: 'problem', weight: 1.2 },
  { name: 'en-danger', pattern: /\b(?:stuck in the (?:lift|elevator)|trapped|smoke|on fire|fire(?! drill)|pipe burst|burst pipe|gas smell|smell(?:s)? (?:of )?gas|call 119|call 120|water everywhere|collapsed|unconscious|(?:not|isn'?t) breathing)\b/, feature: 'danger', weight: 1.2 },
  { name: 'en-rush', pattern: /\b(?:urgent|asap|emergency|right now|send someone now|help)\b/, feature: 'rush', weight: 0.6 },
  { name: 'en-dispatch', pattern: /\b(?:send someone|come (?:and )?(?:check|fix|look)|remove it|check it|arrange someone|contact (?:them|china mobile|the)|add (?:a|some|another)|can we (?:get|add|have)|get a ramp)\b/, feature: 'dispatch', weight: 1 },
  { name: 'en-procedure', pattern: /\b(?:apply|application|sign up|register|subsidy|allowance|insurance|pension|certificate|how (?:can|do) i|how much|how long does it take|what documents)\b/, feature: 'procedure', weight: 0.8 },
  { name: 'en-status-more', pattern: /\b(?:status|is someone coming|did anyone (?:go|come)|any feedback|still (?:not|broken|no)|is it ready|when will (?:they|it|someone)|haven'?t (?:received|heard))\b/, feature: 'statusQuery', weight: 1.3 },
  { name: 'en-prior', pattern: /\b(?:i reported|reported (?:on|it|the|\d)|i applied|applied on|was submitted|i requested|ticket|asking again|again about|came yesterday)\b/, feature: 'priorReport', weight: 1 },
  // on the news, elsewhere; a drill
  { name: 'en-elsewhere', pattern: /\b(?:on the news|next district|another (?:compound|district|city)|stay safe)\b/, feature: 'nearMiss', weight: 1.5, also: [{ feature: 'social', weight: 1.5 }] },
  // cracked, snapped, covered in dog poop, nobody picks up, barks non-stop: more of what English-writing residents report.
  { name: 'en-problem-words', pattern: /\b(?:cracked|snapped|rusty|abandoned|covered in|sticking up|tripped|(?:got )?stung|barks?|barking|loud music|no space left|nobody (?:picks up|answers|replied|posted|came|checks)|let anyone in|hasn'?t (?:mopped|been mopped|swept)|blocking (?:the|all|my)|runs down|wasp|poop|hitting my window|wobbly)\b/, feature: 'problem', weight: 1.2 },
  { name: 'en-ask-more', pattern: /\b(?:could (?:the|security|property|物业)|can (?:the property|security|property|物业)|please (?:clean|fix|remove|check|trim|repair))\b/, feature: 'ask', weight: 1 },
  // you said it would be cleared yesterday, still waiting, did anyone look at, is anyone handling it: chasing.
  { name: 'en-chase', pattern: /\b(?:you said (?:it|they|the)|still (?:there|waiting)|what happened with|did (?:anyone|someone|the property) (?:look|check|talk|fix)|is anyone handling|when is the \w+ coming|any result|it'?s been (?:\w+ )?(?:days?|weeks?) since)\b/, feature: 'statusQuery', weight: 1.3, also: [{ feature: 'priorReport', weight: 1 }] },
  { name: 'en-drill', pattern: /\b(?:fire )?drill\b/, feature: 'notice', weight: 1.5 },
  { name: 'en-resolved', pattern: /\b(?:works fine|working (?:again|now|fine)|fixed now|all good now|running fine(?: now)?|fine now|just fyi)\b/, feature: 'resolved', weight: 1.5 },
  // 想从楼上跳下去, 准备吃药了结: someone means to take their own life.
  { name: 'self-harm', pattern: /(?:想|要|准备|打算)[^，。,]{0,6}(?:跳下去|跳楼|自杀|寻死|了结自己|了断)/, feature: 'danger', weight: 1.2 },
  // 我妈从昨天中午到现在电话一直没人接: a state that began earlier and goes on now is not over.
  { name: 'ongoing-since', pattern: /从(?:昨天|昨晚|前天|早上|上午|中午|下午)[^，。,]{0,6}到现在/, feature: 'past', weight: -1 },
  // 以前…坑坑洼洼…现在修得多平整: a problem of the past, told to praise what it is now.
  { name: 'was-now', pattern: /以前[^。]{0,24}现在[^，。,]{0,8}(?:多|好|平|干净|方便|强|亮|整齐)/, feature: 'resolved', weight: 1.5 },
  // 查到是谁了吗, 找到车主了吗: whether what was promised was found out.
  { name: 'found-yet', pattern: /(?:查到|找到|抓到|联系到|联系上|买到|配到|订到|到货)[^，。,?？]{0,6}了(?:吗|没)/, feature: 'statusQuery', weight: 1 },
  // 社工上了门没, 调了监控没 (粤 上咗门未): whether a step has been taken.
  { name: 'step-yet', pattern: /了[\u4e00-\u9fa5]{1,3}没(?=$|[\s?？!！,，。])/, feature: 'statusQuery', weight: 1 },
  // 到底搬不搬, 到底修不修: will the promised job be done at all.
  // 还清不清了, 还修不修: asked whether the rest of a job will be done at all.
  { name: 'still-at-all', pattern: /还(修|搬|拆|换|装|弄|来|清|拉|拖|办|批|派|处理)不\1/, feature: 'statusQuery', weight: 1 },
  // 登记上了吗, 报上了没: whether an application got in.
  { name: 'got-in', pattern: /(?:登记|办|报|申请|批|排|约|预约)上了(?:吗|没)/, feature: 'statusQuery', weight: 1 },
  // 前几天帮王奶奶报的…, 上周替我爸反映的…: a report made earlier, for oneself or for someone else.
  // 送餐申请批下来没有, 申请通过了吗: an application of one's own, asked after.
  { name: 'application-outcome', pattern: /申请[^，。,?？\s]{0,6}(?:批下来|批了|通过|下来了|办好|办下来|到哪)/, feature: 'priorReport', weight: 1 },
  // 周三说小广场音响太大声…: a matter raised on an earlier day of the week.
  { name: 'said-on-day', pattern: /^(?:上)?(?:周|礼拜|星期)[一二三四五六日天](?:说|报|反映|投诉)/, feature: 'priorReport', weight: 1 },
  // 水箱说周一换, 门禁说周六换: a repair promised for a day.
  { name: 'promised-day', pattern: /说(?:好)?(?:周|礼拜|星期)[一二三四五六日天](?:来)?(?:换|修|来|弄|处理|装|补|拉|清)/, feature: 'priorReport', weight: 1 },
  // 上午说下午修好，现在3点了: a promised time that has passed.
  { name: 'promise-passed', pattern: /(?<!通知)说[^，。,]{0,8}(?:点|下午|上午|中午|晚上|今天|明天)[^，。,]{0,6}[，,\s]+现在[^，。,]{0,8}了/, feature: 'statusQuery', weight: 1, also: [{ feature: 'priorReport', weight: 1 }] },
  { name: 'reported-earlier', pattern: /(?:前几天|前两天|前天|昨天|昨晚|今早|早上|上午|上周|上礼拜|上次|之前|上个月|(?:周|礼拜|星期)[一二三四五六日天])[^，。,?？]{0,12}(?:报|反映|投诉|提交|约|申请|讲|说|喊)(?:的|那个)/, feature: 'priorReport', weight: 1 },
  { name: 'at-all', pattern: /到底(?:还)?(修|搬|拆|换|装|弄|来|清|拉|拖|办|批|派)[不没]\1/, feature: 'statusQuery', weight: 1 },
  // 你们联系上楼上业主没: whether the people asked reached someone.
  { name: 'contacted-yet', pattern: /联系(?:上|到)[^，。,\s？?]{0,6}(?:没有?|了吗|了没)(?=$|[\s?？!！,，。啊呀呢])/, feature: 'statusQuery', weight: 1 },
  // 群里能不能别天天发广告了: the group's manners are talk between members (removing someone is for the admins: 踢出去).
  { name: 'group-manners', pattern: /^(?!.*(?:管理员|群主|踢|移出)).*(?:群里[^，。,]{0,8}(?:发广告|刷屏|发链接|拉票|发这种|发视频|卖东西)|(?:别|不要)[^，。,]{0,6}(?:发广告|刷屏|发这种|发视频|转这种))/, feature: 'social', weight: 2, also: [{ feature: 'problem', weight: -1 }] },
  // 说好的明天来，明日复明日 / 说月底前装好，这都下个月中了 / 去年就说今年开春做 现在都夏天了 / 讲月底前修好，现在都下个月了:
  // a promise overdue.
  { name: 'promise-overdue', pattern: /(?<!通知)(?:说|讲)(?:好的)?[^，。,\s]{0,14}[，,\s]+(?:这|现在|我这|可|今天|今儿)?(?:都|已经)(?!修好|弄好|好了|处理好|解决)[^，。,]{0,10}了/, feature: 'statusQuery', weight: 1, also: [{ feature: 'priorReport', weight: 1 }] },
  // 是不是把我们12号楼电梯的事忘了: forgotten by the office.
  { name: 'forgotten', pattern: /是不是把[^，。,?？]{0,14}(?:忘了|漏了|弄丢了)/, feature: 'statusQuery', weight: 1.3 },
  // 物业说去敲门了, 社区说会安排: what the office said it would do.
  { name: 'office-said', pattern: /(?:物业|社区|网格员|师傅|电工|维修工|工人|他们|你们|书记|主任|经理)[^，。,\s]{0,3}说(?:去|会|要|帮|给|马上|今天|明天|这周|下周|过两天|转到|转给|已经|来看|来修|来弄|来换)/, feature: 'priorReport', weight: 0.4 },
  // 物业费又涨了, 停车费凭空涨: a charge of the compound going up.
  { name: 'fee-rise', pattern: /(?:物业费|停车费|电梯费|水费|公摊)[^，。,]{0,4}涨/, feature: 'problem', weight: 1.2 },
  // 请3号楼住户提前安排出行, 已经把飞线拆了: the office telling residents what it did and what they should do.
  { name: 'office-asks-residents', pattern: /请(?:[\d一二三四五六七八九十]+(?:号楼|栋|幢|单元))?(?:的)?(?:各位)?(?:住户|业主|居民)/, feature: 'notice', weight: 1.5 },
  { name: 'already-done', pattern: /已经把[^，。,]{1,8}(?:拆|清|修|换|搬|拖|处理|清理)(?:了|掉了|好了|走了)/, feature: 'resolved', weight: 1.5 },
  // 这个月已经是第三次关人了: a count of past entrapments, not one going on now.
  { name: 'counted-times', pattern: /第[二三四五六七八九十两\d]+次(?:关人|困人|着火|冒烟|跳闸)/, feature: 'past', weight: 1.5 },
  // 交房前销售说好的充电车位呢: what the developer promised and never built is a complaint, not a report chased.
  { name: 'sales-promise', pattern: /(?:销售|开发商|宣传|交房|售楼|广告)[^，。,?？]{0,10}说好的[^，。,?？]{0,12}呢/, feature: 'problem', weight: 1.2, also: [{ feature: 'priorReport', weight: -1 }, { feature: 'statusQuery', weight: -1 }] },
  // 说了好几次 能不能居委帮忙协调: telling a neighbour many times, then asking for mediation, is a dispute, not a chase.
  { name: 'told-then-mediation', pattern: /说了[^，。,]{0,4}(?:次|遍|回)[^。]{0,24}(?:协调|调解|出面)/, feature: 'problem', weight: 1.2, also: [{ feature: 'priorReport', weight: -1 }, { feature: 'statusQuery', weight: -1 }] },
  // 人民调解怎么申请 要花钱吗, 这种能找社区调解不, 找律师要收费吗: asking how mediation works is a question about it, not a request for it.
  { name: 'mediation-how', pattern: /调解(?!得|定|约)[^，。,]{0,4}(?:怎么|如何|去哪|在哪|哪里|要不要钱|要花钱|收费|流程)|能找[^，。,？?]{0,4}调解(?:不|吗)|律师[^，。,？?]{0,4}(?:要|收)(?:费|钱)/, feature: 'procedure', weight: 1.5, also: [{ feature: 'ask', weight: -1 }] },
  // 电梯困人专门打这个, 直接打: which number to call when it happens, told for another time.
  { name: 'number-advice', pattern: /专门打|(?<!我)直接打|可以打|记得打|就打这个|打这个|专线/, feature: 'notice', weight: 1.5, also: [{ feature: 'hypothetical', weight: 1 }] },
  // 打96333 电梯困人专门打这个, 值班电话138xxxx6721: a number told to the group.
  { name: 'number-told', pattern: /(?:打|电话|热线|号码)[：:\s]*(?!12345(?!\d))[\dx*]{5,}(?![^。]*(?:没人接|打不通|不接|关机))/, feature: 'notice', weight: 1.5 },
  // 申请两个多月了, 交了快一个月了, 提交快俩月了: how long an application has been waiting.
  { name: 'application-waiting', pattern: /(?:申请|(?<!费)交(?!房)|提交|递)[^，。,?？]{0,6}(?:快|都|已经)?[一二三四五六七八九十两俩几半\d]+个?多?(?:天|周|礼拜|星期|月)了/, feature: 'priorReport', weight: 1, also: [{ feature: 'statusQuery', weight: 0.5 }] },
  // 转：10月15日起…: a forwarded notice.
  { name: 'forwarded', pattern: /^\s*(?:转|转发|转自)[:：]/, feature: 'notice', weight: 2 },
  // 能不能在小区里放个回收箱, 建议在车棚多装几个充电口, 能不能办场讲座: asking the office to put something up.
  { name: 'suggest-setup', pattern: /(?:建议|希望|能不能|可不可以|能否)[^，。,?？]{0,16}(?:多|再)?(?:装|放|设|建|加|配|安|办|搞)(?:几个|个|一个|一些|点|盏|台|几台|几盏|场|两盏|两个|两台)(?![^。]*(?:多少钱|怎么|流程|条件|手续|申请))/, feature: 'ask', weight: 1, also: [{ feature: 'dispatch', weight: 1 }] },
  // 王奶奶家的申请批下来没有 她闺女托我问问: a chase relayed for someone else (托我问问 有没有大病救助 is a question).
  { name: 'relayed-chase', pattern: /托我(?:来)?问(?:问|一下|下)?(?![^。]*(?:怎么|如何|有没有|能不能|条件|多少|哪里|在哪))/, feature: 'statusQuery', weight: 2 },
  // 楼上的 你家阳台的衣服掉下来了: a message that opens by calling a neighbour is said to that neighbour.
  { name: 'neighbour-addressed', pattern: /^(?:(?:楼上|楼下|隔壁|对门|对面)(?:的|那家|邻居)?[\s,，!！]*)?(?:你家|您家|你们家)(?![^。]*(?:物业|社区|网格员|保安|居委|请处理|处理一下|管管|管一下))/, feature: 'social', weight: 2 },
  // 诶 老李，你家闺女啥时候回来: a neighbour called by name and asked about their own affairs.
  { name: 'neighbour-by-name', pattern: /^(?:[诶哎喂嘿][\s,，]*)?(?:(?:老|小)[\u4e00-\u9fa5][\s,，]+|(?:老|小)[\u4e00-\u9fa5](?=你家|你那)|[\u4e00-\u9fa5]{1,2}(?:阿姨|大爷|叔叔|叔|姐|哥|奶奶|爷爷|婆婆|伯|嫂)[\s,，]*)(?:你|您)/, feature: 'social', weight: 2, also: [{ feature: 'statusQuery', weight: -1 }], toNeighbours: true },
  // 你家水管修好了没, @李姐 你家那个低保后来批了吗: a neighbour asking after a neighbour's own matter.
  { name: 'neighbour-status', pattern: /(?:你家|你们家|您家|你那个|您那个|[\u4e00-\u9fa5]{1,2}(?:阿姨|大爷|叔叔|叔|姐|哥|奶奶|爷爷|婆婆|伯)家)[^，。,?？]{0,16}(?:了没|了吗|没有?(?=$|[\s?？呀啊呢]))/, feature: 'social', weight: 2, also: [{ feature: 'statusQuery', weight: -1 }], toNeighbours: true },
  // 还在“安排中”: the ticket's state has not moved.
  { name: 'still-pending-state', pattern: /(?:还|一直)(?:是)?(?:在|是|显示)[“"'「『]?(?:安排中|处理中|受理中|审核中|待处理|待审核|待接单|派单中|待派单|待分配|待维修|未认证|未通过|未审核|未到账)|显示待接单|一直待接单/, feature: 'statusQuery', weight: 1.3 },
  // 早上七点就开始砸墙: noise that starts too early.
  { name: 'starts-early', pattern: /(?:早上|一大早|天没亮|清早|大清早)[^，。,]{0,4}(?:[五六七]|[5-7])点[^，。,]{0,3}就开始/, feature: 'problem', weight: 1.2 },
  // 两周前投诉楼上装修: how long ago it was reported, put first.
  { name: 'ago-reported', pattern: /[一二三四五六七八九十两几半\d]+个?多?(?:天|周|礼拜|星期|月)前(?:就)?(?:报修|报了|报的|反映|投诉|登记|提交)/, feature: 'priorReport', weight: 1 },
  // 凭啥也让交电梯费, 凭什么涨物业费: a charge the writer finds unfair.
  { name: 'unfair-charge', pattern: /凭什么[^，。,\s]{0,4}(?:交|收|扣|涨|让|要)/, feature: 'problem', weight: 1.2 },
  // 前天说车棚加几个插座, 昨天你们说: something said earlier by whoever is asked now.
  { name: 'said-earlier', pattern: /(?:上次|上回|之前|前天|昨天|昨晚|上周|上礼拜|上个礼拜|上个月|前几天|前两天|那天)(?:你们|物业|社区|他们|师傅|经理|你|您)?就?(?:说|答应)/, feature: 'priorReport', weight: 0.6 },
  // 三天了还没装回去: something taken away for the works and never put back.
  { name: 'not-put-back', pattern: /没(?:有)?(?:装|放|搬|挪|弄|安|拿|送)回(?:去|来)/, feature: 'problem', weight: 1.2 },
  // 说了三天了, 说了好几次了: how long the resident has been asking (说了几次都不听, 找他家说了三回 are about telling a neighbour).
  { name: 'asked-for', pattern: /(?<!(?:找|跟|和|同)(?:他|她|他们|她们|楼上|楼下|邻居|对门|隔壁)家?)说了有?(?:[一二三四五六七八九十两几好]+|\d+)(?:天|周|个礼拜|个星期|次|遍|回)了?(?![^，。,]{0,3}(?:人家|对方|他家|她家|不听|没用|没有用|不改|不理|也不|都不|还不|就是不|还吵|还停|还放|还在|还叫|还骂|照样|她说|他说|吵起来|吵了|吵架|骂|凶|横))/, feature: 'statusQuery', weight: 1, also: [{ feature: 'priorReport', weight: 1 }] },
  // 这不是违建吗, 这不是乱收费吗: a rhetorical question complains about something.
  { name: 'rhetorical', pattern: /这不是[^，。,？?\s]{1,8}吗/, feature: 'problem', weight: 0.8 },
  // 今天第五天了: overdue counting.
  // #3305, 工单12034: a ticket named by its number.
  { name: 'ticket-number', pattern: /(?:#|＃|工单号?|单号|编号)\s*[a-z]{0,4}\d{3,}/, feature: 'priorReport', weight: 1 },
  // 报修第十天了, 第三次催了: how long or how often a report has been chased.
  { name: 'chased-count', pattern: /(?:报修|报了|反映|投诉|催)[^，。,?？\s]{0,6}第[\d一二三四五六七八九十]+(?:天|次|回|遍)|第[\d一二三四五六七八九十]+(?:次|回|遍)催/, feature: 'statusQuery', weight: 1, also: [{ feature: 'priorReport', weight: 1 }] },
  // 化粪池的事都一个月了: a matter left for weeks.
  { name: 'matter-for', pattern: /的事(?:都|已经|拖了)?(?:快|有)?[一二三四五六七八九十两几半好\d]+个?多?(?:天|周|礼拜|星期|月)了/, feature: 'statusQuery', weight: 1, also: [{ feature: 'priorReport', weight: 0.6 }] },
  { name: 'day-count', pattern: /第[\d一二三四五六七八九十]+天/, feature: 'statusQuery', weight: 0.6 },
  // 上周报的, 昨天反映的, 半小时前报的: a dated earlier report.
  {
    name: 'dated-report',
    pattern:
      /(?:上次|之前|前天|昨天|昨晚|前晚|今早|早上|上午|[\d一二三四五六七八九十]+号|[\d一二三四五六七八九十]+月份|上周|上礼拜|上个月|前几天|前两天|前阵子|前段时间|前些天|前些日子|刚才|那天|周[一二三四五六日天]|礼拜[一二三四五六天]|[一二三四五六七八九十两半几\d]+个?(?:小时|分钟|天|周|礼拜|星期|月)前)[^，。\s]{0,4}(?:报修|报事|报|反映|投诉|说|提交|登记|打电话|建议|转|提|发|交|问)的/,
    feature: 'priorReport',
    weight: 1,
  },
  // 我报名的志愿者, 我年前交的高龄津贴申请材料: an application the writer made.
  { name: 'own-application', pattern: /我(?:年前|之前|上次|前几天|上个月)?(?:报名|申请|提交|交)的(?!时候|话)/, feature: 'priorReport', weight: 0.8 },
  // 还好人没事，能不能查查是谁放的: nobody was hurt, and yet the office is asked to act.
  { name: 'unhurt-but-ask', pattern: /(?:(?:人|大家)[^，。,\s]{0,5}没事|人没受伤|没伤着人|人没伤着)[^。]{0,4}(?:但|不过|可是|还是)?[^。]{0,12}(?:能不能|得有人|麻烦|请|查查|查一下|来看看|来人|管管)/, feature: 'ask', weight: 1, also: [{ feature: 'resolved', weight: -1 }] },
  // 过年期间不是不让施工吗: a rule broken, asked rhetorically.
  { name: 'rule-broken', pattern: /不是不(?:让|准|许|能)[^，。,？?]{1,8}(?:吗|么|嘛)/, feature: 'complaint', weight: 1, also: [{ feature: 'problem', weight: 0.6 }] },
  // 补贴审核过了吗, 审到哪一步了: an application under review is one the writer handed in, asked after.
  { name: 'under-review', pattern: /(?:审核|审批|审)(?:(?:过了|通过了|好了|完了|下来了|批下来了)(?:吗|没有?|么|不)|到哪)/, feature: 'statusQuery', weight: 1.5, also: [{ feature: 'priorReport', weight: 1 }] },
  // 我妈的高龄津贴, 我家那个低保: the writer's own case of a benefit, which a status question then asks after.
  { name: 'own-case', pattern: /(?:我|我们|我家|我们家|我妈|我爸|我奶奶|我爷爷|我婆婆|我公公|我姥姥|我姥爷|我外婆|我外公|我老伴|我家孩子)(?:的|家的|那个|家那个|家)[^，。,？?\s是想要]{0,4}(?:补贴|津贴|低保|救助|养老金|慰问金|积分|名额|申请|残疾证|认证)/, feature: 'priorReport', weight: 0.6 },
  // 低保申请被退回来了: the writer's application came back.
  { name: 'application-returned', pattern: /申请[^，。,\s]{0,3}被(?:退回|驳回|打回)/, feature: 'priorReport', weight: 1 },
  // 申请交到街道了吗: whether papers reached the next office.
  { name: 'delivered-to-yet', pattern: /(?:交|报|递|送)到[^，。,？?\s]{1,4}了(?:吗|没)/, feature: 'statusQuery', weight: 1 },
  // 来电了还是不亮: what came back did not fix the thing.
  { name: 'back-but-still', pattern: /(?:来电了|来水了|修好了|恢复了|通了)[^。]{0,4}(?:还是|还|但|可是|却)[^。]{0,4}(?:不亮|没水|没电|不行|坏|漏|堵|不通)/, feature: 'problem', weight: 1.2, also: [{ feature: 'resolved', weight: -1 }] },
  // 还好那边早就没人了, 幸好当时人不在阳台: damage that hurt nobody is no danger now (the damage may still be a job).
  { name: 'luckily-nobody', pattern: /(?:还好|幸好|好在|幸亏|好彩)[^，。,！!]{0,8}(?:没人|人不在|没砸到人|没伤到人|没伤着人|冇压亲人|冇人|没压到人)/, feature: 'nearMiss', weight: 1.5 },
  // 是没打进卡吗, 钱没打到账上: a payment that did not arrive.
  { name: 'not-paid-in', pattern: /没(?:打进|打到|打)(?:卡|账)/, feature: 'statusQuery', weight: 1 },
  // 在我家写作业呢: 呢 after 在… tells what is going on; it asks nothing.
  { name: 'progressive-ne', pattern: /在[^，。,？?\s]{1,8}呢(?=$|[\s，。！!~～哈])/, feature: 'question', weight: -1 },
  // 感谢物业的张师傅！… 给张师傅点赞: a message that opens by thanking someone tells of a job done (unless a new matter
  // follows: 又, 但是, 另外, 能不能 …).
  { name: 'opens-with-thanks', pattern: /^(?:(?:感谢|谢谢|表扬|点赞|夸一下|夸夸)[^，。！!,]{0,12}|[^，。！!,]{1,6}辛苦了)[！!。，,](?![^]*(?:又|但是|不过|可是|另外|还有个|还有一个|能不能|麻烦|请|这个月))/, feature: 'resolved', weight: 1 },
  // 有没有邻居认识调音师, 有在驿站上班的邻居吗, 有没有跟我一样在家带娃的: asking the neighbours, not the office.
  { name: 'asks-neighbours', pattern: /有没有邻居(?!能|可以|帮|去)|有没有(?:跟|和)我一样|(?:哪个|谁|有没有人|有冇得人|有人)(?:晓得|知道)(?:附近|哪家|哪里[^，。,]{0,6}便宜)|(?:有|有没有)(?:在)?[^，。,？?\s]{1,10}的邻居(?:吗|么|没有?)|邻居们?(?:谁|哪位)(?:认识|知道|有)/, feature: 'social', weight: 2 },
  // 我朋友在成都 他们小区…, 我们公司写字楼电梯又坏了, 杭州有个小区…, 隔壁小区加装电梯…: another place's trouble, told.
  { name: 'elsewhere-place', pattern: /(?:朋友|亲戚|同事|闺女|女儿|儿子|婆婆家|娘家|老家|丈母娘家)[^。]{0,8}(?:他们|她们|那边|那个)[^，。,]{0,3}(?:小区|楼)|(?:我们公司|我公司|我们单位的写字楼|写字楼|单位楼下|单位门口)(?:楼下|的|那边|里)?|(?:看新闻|新闻里|新闻说|看视频|刷到)[^。]{0,10}(?:那边|哪个城市|外地)|^[\u4e00-\u9fa5]{2,3}(?:有个|那边有个)小区|(?:隔壁|对面)小区(?:加装|物业|又)(?![^。]*(?:[?？吗]|怎么|找谁|第一步))|(?:别个|别的|外地|其他)城市|(?:英国|美国|国外|加拿大|澳洲|澳大利亚|日本|德国|法国|新加坡)这边/, feature: 'notice', weight: 1.5, also: [{ feature: 'social', weight: 1 }, { feature: 'hypothetical', weight: 0.5 }] },
  // 现在倒是好了 还是找维保来看看吧: fine for now, and still the office is asked to check it.
  { name: 'fine-but-check', pattern: /还是(?:找|叫|让|请)[^，。,]{0,6}(?:来看看|看看|查查|检查一下|来查)/, feature: 'dispatch', weight: 1.2, also: [{ feature: 'resolved', weight: -1 }] },
  // 救护车进小区了 谁家老人不舒服了: an emergency vehicle seen, and the writer wonders whose.
  { name: 'whose-emergency', pattern: /(?:救护车|消防车|警车)[^。]{0,8}(?:进小区|来了|开进来|进来)[^。]{0,10}谁家/, feature: 'social', weight: 1.5, also: [{ feature: 'nearMiss', weight: 1 }] },
  // 因为爆管停水了: a burst main named as the cause of a cut is not a burst happening in the writer's home.
  { name: 'burst-as-cause', pattern: /因为爆管|爆管停水/, feature: 'nearMiss', weight: 1.5 },
  // 帮我看下这个短信是不是骗子: a scam checked with the neighbours.
  { name: 'scam-check', pattern: /(?:看下|看看|帮我看|帮忙看)[^，。,]{0,8}是不是(?:骗子|诈骗|骗人)/, feature: 'social', weight: 2, also: [{ feature: 'question', weight: -1 }] },
  // 麻烦维保查查吧: a check asked for.
  { name: 'check-asked', pattern: /麻烦[^，。,]{0,6}(?:查查|检查一下)/, feature: 'dispatch', weight: 1.2 },
  // 是不是哪里管子爆了: a guess at a cause, not a burst seen (after a gas smell, or when the guess is gas, the smell is
  // there whatever its cause).
  { name: 'guessed-cause', pattern: /是不是(?<!(?:燃气|煤气|天然气|臭鸡蛋)味[^]{0,60})(?!燃气|煤气|天然气|液化气)[^，。,？?]{0,8}(?:爆了|漏了|坏了|断了|爆管)/, feature: 'hypothetical', weight: 1 },
  // 搬哪去了, 上哪整, 从哪一步开始: where or which step, asked without 哪里.
  { name: 'where-to', pattern: /(?:上|去|到|搬|往)哪(?![怕个])|哪一(?:步|天|个部门|家)/, feature: 'question', weight: 1 },
  // 需要几户同意, 律师每周几来, 一个月领几百: how many or which day, asked with 几.
  { name: 'how-many-ji', pattern: /(?:需要|要|得|周|星期|礼拜|每月|一个月|领|交)几(?![天年]?(?:就|后|再|前))/, feature: 'question', weight: 1 },
  // 招公益性岗位没, 有低保没: a clause closed by 没 asks whether.
  { name: 'closing-mei', pattern: /[\u4e00-\u9fa5](?<![还都也并就可直从又了的])没(?=$|[\s?？])/, feature: 'question', weight: 1 },
  // 每个月大概领好多, 要好多户同意: 西南/湘 好多 for 多少.
  { name: 'how-much-haoduo', pattern: /(?:大概|一个月|每个月|每月|能)[^，。,]{0,3}(?:领|交|拿|发|补)好多|要好多户/, feature: 'question', weight: 1 },
  // 周六上班ma: 吗 typed in pinyin.
  { name: 'pinyin-ma', pattern: /[\u4e00-\u9fa5]\s?ma(?=$|[\s?？])/, feature: 'question', weight: 1 },
  // 你们谁家孩子上过, 谁说一楼就没好处, 你们说是不是这个理, 还不是要自己掏钱: neighbours asked, or argued with.
  { name: 'to-neighbours', pattern: /你们谁|你这话|你说得不对|你说的不对|anyone else|(?:^|[，,。\s])(?:谁说|哪个说)(?![也都])|你们说(?:是不是|对不对|是吧|呢)|还不是/, feature: 'social', weight: 1, toNeighbours: true },
  // 不知道真的假的 等通知吧, 我看是谣言 别乱传, 不用急: hearsay weighed and set aside, asking nothing.
  { name: 'set-aside', pattern: /不知道真(?:的)?假(?:的)?(?![?？吗])|等通知吧|是谣言|别乱传|别瞎传|不用急(?![?？吗])|不用着急(?![?？吗])/, feature: 'social', weight: 1.5 },
  // 乐得跟啥似的: 什么 in a simile asks nothing.
  { name: 'simile-what', pattern: /(?:跟|像|和)(?:什么|啥)(?:似的|一样)/, feature: 'question', weight: -1 },
  // …带身份证和失业登记证，我去年就是这么报上的: a neighbour answered from the writer's own experience.
  { name: 'answers-neighbour', pattern: /我(?:去年|前年|上次|当时|之前|也)就是(?:这么|这样)/, feature: 'social', weight: 1 },
  // 垃圾三天没拉了, 楼道两个礼拜没人扫: a job left undone for days.
  { name: 'days-undone', pattern: /(?:[\d一二三四五六七八九十两几好]+|半个?)(?:天|个礼拜|礼拜|周|个星期|星期|个月)(?:都|了|也)?没(?:人)?(?:拉|收|运|清|扫|倒|来|管|修|通)/, feature: 'problem', weight: 1.2 },
  // 一下雨水都往楼道里灌: water running in where it should not.
  { name: 'pours-in', pattern: /水[^，。,]{0,3}(?:都|就|直)?往[^，。,]{0,5}(?:里|家|屋|楼道)灌/, feature: 'problem', weight: 1.2 },
  // 连个警示牌都没有: what should be there is missing.
  { name: 'not-even-one', pattern: /连个[^，。,]{1,6}都没(?:有)?/, feature: 'problem', weight: 1 },
  // 读数跳了好多 是不是装错了: a job suspected of being done wrong.
  { name: 'done-wrong', pattern: /是不是(?:装|弄|搞|接|抄|算|读|修|换)错了/, feature: 'problem', weight: 1.2 },
  // 支付宝上就能交, 手机上就可以申请: where it can be done, told to a neighbour (not asked).
  { name: 'can-be-done-there', pattern: /(?:支付宝|微信|手机|网上|app|小程序)[^，。,?？]{0,4}就(?:能|可以)(?:交|缴|办|申请|查|报名)(?![^，。,]{0,6}(?:吗|么|[?？]))/, feature: 'social', weight: 1 },
  // 已经安排管家上楼制止了, just a heads up, looks like a scam: the office's own update, a warning passed on.
  { name: 'arranged-or-heads-up', pattern: /(?:^|[，。,\s])已经(?:安排|派)[^，。,?？]{1,10}(?:了|去)(?=$|[\s，。,！!])|heads up|\bfyi\b|\bscam\b/, feature: 'notice', weight: 1.5 },
  // xswl, zsbd, yyds: internet slang is talk.
  { name: 'net-slang', pattern: /(?<![a-z])(?:xswl|zsbd|yyds|awsl|nsdd|u1s1|hhh+|233+)(?![a-z])/, feature: 'social', weight: 1.5 },
  // 要是半夜着火了，你们第一反应是拿啥: neighbours asked what they would do.
  { name: 'what-would-you', pattern: /(?:要是|万一|如果|假如)[^。？?]{0,12}(?:你们|大家)[^。？?]{0,6}(?:会|第一反应|先|拿|干|怎么)/, feature: 'hypothetical', weight: 1.5, also: [{ feature: 'social', weight: 1 }] },
  // 说好的“马上安排”, 你们回复说“已转相关部门”: the office's own words quoted back at it.
  { name: 'quotes-the-office', pattern: /(?:说|回复|答复|回)(?:好的|的是)?\s?[“"「『](?:马上|已|尽快|立即|明天|今天|这周|下周|正在|会|已经)[^”"」』]{0,10}[”"」』]/, feature: 'priorReport', weight: 1, also: [{ feature: 'statusQuery', weight: 1 }] },
  // 我的单子怎么被关了, 工单结了吗: what became of the ticket.
  { name: 'ticket-closed', pattern: /(?:单子|工单|报修单)[^，。,]{0,6}(?:被关|(?<!可以|能)关了|结了|关闭|(?<!可以)完成|结单|不算完成)/, feature: 'statusQuery', weight: 1.2 },
  // 最后处理结果是什么: the outcome of a matter raised.
  { name: 'outcome-asked', pattern: /(?:最后|处理)(?:的)?结果(?:是什么|怎么样|如何|呢)|(?:之前|上次|上回)(?:提|说|报|反映)的[^。]{0,14}结果/, feature: 'statusQuery', weight: 1.2 },
  // 你们说周五前给答复，今天周六了: a deadline given and passed.
  { name: 'deadline-passed', pattern: /(?:说|答应|承诺)[^，。,]{0,6}前给(?:答复|回复|结果|说法|回音)/, feature: 'priorReport', weight: 1, also: [{ feature: 'statusQuery', weight: 1 }] },
  // 孩子四点半课堂报的名 通过了没, 我前天提交的申请 今天能开出来吗: the writer's own application, chased.
  { name: 'own-application-chased', pattern: /(?:我|我家|俺)[^。]{0,20}(?:报的名|交的|提交的|申请的|交了|申请了)[^。]{0,14}(?:通过了没|能开出来|批了没|下来了没|有结果了?[吗没]|是不是没审|石沉大海|还没装上|还没批)/, feature: 'statusQuery', weight: 1.2, also: [{ feature: 'priorReport', weight: 1 }] },
  // 楼上的，…, 一楼的阿姨，…, 楼上的哥们，…: a neighbour addressed by where they live.
  { name: 'neighbour-by-floor', pattern: /^(?:楼上|楼下|对门|隔壁|对面|[一二三四五六七八九十\d]+楼)的(?:阿姨|大爷|大妈|大哥|大姐|哥们|兄弟|姐|哥|叔|婶|奶奶|爷爷|邻居|朋友|老师|亲)?[，,\s]/, feature: 'social', weight: 1.5, toNeighbours: true },
  // 放个鞋柜怎么了？, 抽根烟也犯法了？, 有意思吗, 至于吗: a neighbour's retort.
  { name: 'retort', pattern: /(?:怎么了|犯法了|有意思吗|至于吗|至于么|天上掉下来的)(?:[？?！!]|$)/, feature: 'social', weight: 1.5, toNeighbours: true },
  // 咱俩商量商量 甭闹到物业那儿去: kept between neighbours.
  { name: 'between-us', pattern: /(?:甭|别|不用|不要)(?:闹到|找|告到|惊动)(?:物业|社区)|咱俩商量|私下(?:商量|解决)/, feature: 'social', weight: 2 },
  // 我妈八十岁那年就是在社区办的…挺快的, 我也是租房的 去年社区很快就给开了: the writer's own experience, told.
  { name: 'own-experience-told', pattern: /(?:我|俺|我妈|我爸|我家|我老伴|我们家)[^。？?]{0,12}(?:去年|那年|前年|上个月|之前|后来|礼拜六|上周|上礼拜)[^。？?]{0,16}(?:办了|办的|下来了|给开了|开出来了|申请了|报回来|去当|领到了|拿到了)(?![^。]{0,12}(?:吗|么|[?？]|怎么|咋))/, feature: 'social', weight: 1.5 },
  // 咱们楼里能帮一把就帮一把: neighbours called on to help each other.
  { name: 'help-each-other', pattern: /能帮一把就帮一把|能帮就帮|大家帮帮/, feature: 'social', weight: 1.5 },
  // 请把合同公开, 请把多扣的退回来, 请业委会尽快组织换届, 强烈要求物业公开…: an owner's demand of the office.
  { name: 'owners-demand', pattern: /(?:请(?!问)|强烈要求|要求|恳请)(?:物业|业委会|社区|你们|开发商)?[^，。,?？]{0,14}(?:公开|公布|退回|退还|退给|恢复|出示|书面说明|给个说明|停止收|取消|删掉|删除|发到群|交给社区|启动|打进|别再|不要再|尽快组织|撤掉|拆掉)/, feature: 'ask', weight: 1, also: [{ feature: 'dispatch', weight: 1 }] },
  // 大家冰箱检查一下, 大家注意一下: neighbours told to check their own.
  { name: 'tells-everyone-to-check', pattern: /大家[^，。,?？]{0,6}(?:检查一下|检查下|注意一下|看一下自家|看看自家)/, feature: 'notice', weight: 1.5 },
  // 师傅走的时候说明天带配件过来 今天等了一整天也没来: a promised visit that did not happen.
  { name: 'promised-visit-missed', pattern: /说(?:明天|今天|下午|上午|周[一二三四五六日天]|礼拜[一二三四五六天])[^。]{0,12}(?:今天|现在|结果)[^。]{0,10}(?:没来|还没|也没)/, feature: 'priorReport', weight: 1, also: [{ feature: 'statusQuery', weight: 1 }] },
  // 这种可以找社区人民调解: a neighbour told where to go with it.
  { name: 'tells-where-to-go', pattern: /(?:^(?:这种|这个|你这种|你这个|这事|这种事)|(?:楼上|你|您)(?:那个|这个|这种)?情况)[^，。,?？]{0,3}可以(?:去)?(?:找|去|打)(?![^，。,]{0,10}(?:吗|么|[?？]))/, feature: 'social', weight: 1.5, toNeighbours: true },
  // 谁在中心花园 帮我瞅瞅, 有没有人带了充电线: neighbours asked to look out or to lend something.
  { name: 'neighbours-lend', pattern: /谁在[^，。,?？]{1,6}(?:帮我|帮忙)|有没有人(?:带了|带着|有多余的|能借)|谁(?:有|带了)[^，。,?？]{1,8}(?:借我|借一下|借用)/, feature: 'social', weight: 2 },
  // 家长们看好自己娃: residents warned to mind their own.
  { name: 'warns-parents', pattern: /家长们?[^，。,]{0,4}(?:看好|看住|注意|管好)/, feature: 'notice', weight: 1.5 },
  // 材料交了，啥时候能到账: an application handed in, and when its outcome comes.
  { name: 'handed-in-when', pattern: /(?:交|递|报|申请)(?:了|过|上去了)[^。？?]{0,10}(?:什么时候|几时|哪天)(?:能|才|会|可以)?(?:批|审|发|打|到账|下来|通知|有结果|有消息|去拿|来拿|去领|拿)/, feature: 'statusQuery', weight: 0.8 },
  // 我这边闻不到, 我家没听到, 谁刚才说有臭味, 有没有人觉得: neighbours comparing what they sense.
  { name: 'neighbours-compare', pattern: /我(?:这边|这儿|这里|家|们家|们楼)(?:怎么)?(?:闻不到|没闻到|听不到|没听到|没感觉|没有啊|没有呀|好好的)|(?:^|[\s，,。？?])(?:谁|哪个)(?:刚才|刚刚)说|(?:有没有人|你们有没有|大家有没有|是不是就我|就我一个人)觉得/, feature: 'social', weight: 1.5 },
  // 是正常的, 正常现象, 不是啥怪声, 声音不大, 还挺好听: a sense explained away or enjoyed.
  { name: 'explained-away', pattern: /(?<!家)是正常的(?![吗么?？])|(?<![不家是])正常的(?=[，,。\s]|$)|属于正常|正常现象(?![吗么?？])|不是(?:啥|什么)怪|声音不大|不怎么吵|不算吵|挺好听|挺有味道|闻着(?:挺|还挺|怪)?香|隔音(?:是)?(?:真|太|特别|很)?差|打个喷嚏/, feature: 'social', weight: 1.5, also: [{ feature: 'problem', weight: -0.8 }] },
  // 醒了就再也睡不着, 上了年纪…睡不着: sleeplessness of age, not a noise.
  { name: 'sleepless', pattern: /(?:醒了就|醒了以后|年纪大了|上了年纪|老了)[^。]{0,10}睡不着/, feature: 'social', weight: 1.5, also: [{ feature: 'problem', weight: -1 }] },
  // 确实不臭了, 终于不吵了: a nuisance gone.
  { name: 'nuisance-gone', pattern: /(?:确实|终于|总算|现在|已经|也)不(?:臭|吵|漏|堵|滴|晃|闹|渗|冒烟)了/, feature: 'resolved', weight: 1.5, also: [{ feature: 'problem', weight: -0.8 }] },
  // 后来发现是楼下在烧菜: what was sensed turned out to be harmless.
  { name: 'turned-out', pattern: /后来(?:发现|才知道|一看|一问)(?:是|原来)|下去一(?:问|看)(?:是|才知道)|一问才知道|原来是[^。，,]{1,8}(?:在|的)(?![^。]{0,10}(?:[?？吗]|怎么))/, feature: 'resolved', weight: 1.5, also: [{ feature: 'nearMiss', weight: 1 }] },
  // 提前跟大家说声抱歉, 多多包涵: a neighbour's own notice (unless a request follows: 另外想请物业…).
  { name: 'apologises-ahead', pattern: /(?:(?:说声|道个|说句)(?:抱歉|不好意思|对不起)|多多包涵|敬请谅解|请(?:大家)?(?:多)?(?:谅解|见谅)|见谅)(?![^]*(?:另外|还有个|还有一个|麻烦|想请|能不能|请物业|请社区))/, feature: 'notice', weight: 1.5 },
  // 最后不了了之, 每回都是开个头就没下文: how such matters always end.
  { name: 'always-fizzles', pattern: /(?:最后|每回都是|每次都是|后来|结果)[^。]{0,8}(?:不了了之|没下文|没有下文|没了下文)/, feature: 'social', weight: 1.5 },
  // 换我也不肯, 要是我我也: an opinion put in the other's place.
  { name: 'in-their-place', pattern: /换(?:成|做)?我(?:也|肯定|我也)|要是我我也|我是(?:他|她|他们|一楼)(?:我)?也/, feature: 'social', weight: 1.5 },
  // 这种事最好先拍照: advice on such matters.
  { name: 'advice-such-matters', pattern: /(?:这种事|这种事情|这种情况)[^。？?]{0,3}(?:最好|一定要|千万)/, feature: 'social', weight: 1.5 },
  // 我们家去年申请过: the writer's own application, told.
  { name: 'applied-before-told', pattern: /(?:我|我们|我家|我们家|俺|俺家)[^。？?]{0,6}(?:去年|前年|之前|以前|那年)(?:也)?申请过(?![^。]{0,12}(?:吗|么|[?？]|怎么|咋|能不能|还能))/, feature: 'social', weight: 1.5 },
  // 有收旧冰箱的伐: a buyer asked for among the neighbours.
  { name: 'buyer-wanted', pattern: /有(?:没有)?(?:人)?收[^，。,？?]{1,6}的(?:吗|伐|么|不|没)/, feature: 'social', weight: 2 },
  // 好像是楼下那个车的报警器在响: a car's alarm, not a gas or smoke alarm.
  { name: 'car-alarm', pattern: /车(?:的|子的|子)?报警器/, feature: 'nearMiss', weight: 1.5 },
  // 也不知道为什么: wondering aloud, not asking.
  { name: 'wonders-aloud', pattern: /(?:也|都)不知道为(?:什么|啥)(?![^。]{0,4}(?:吗|[?？]))/, feature: 'question', weight: -1 },
  // 转一篇《…》, a link: something forwarded.
  { name: 'forwarded-link', pattern: /https?:\/\/|转(?:发)?一篇|分享一篇/, feature: 'notice', weight: 1.5 },
  // 物业这边收到了吗: whether a report passed on has arrived.
  { name: 'office-received', pattern: /(?:物业|社区|你们|街道|网格)(?:这边|那边)?收到了?(?:吗|没)/, feature: 'statusQuery', weight: 1.3, also: [{ feature: 'priorReport', weight: 0.5 }] },
  // 确定是明天上午吗: a promised day checked.
  { name: 'promised-day-checked', pattern: /(?:确定|确认)(?:是|一下)?(?:明天|今天|后天|几点|上午|下午|周[一二三四五六日天])[^。]{0,6}(?:吗|么|[?？])/, feature: 'statusQuery', weight: 1.3 },
  // 你们公告说能在手机上开: the office's notice quoted, not given.
  { name: 'notice-quoted', pattern: /你们(?:的)?(?:公告|通知)(?:里|上)?(?:说|写)/, feature: 'notice', weight: -1.5 },
  // 能不能帮我申诉一下: a job asked for on the writer's behalf.
  { name: 'help-me-with', pattern: /(?:能不能|可以|麻烦|请)[^，。,？?]{0,4}(?:帮我|帮忙|给我)(?![问催])[^，。,？?]{1,6}一下/, feature: 'dispatch', weight: 1 },
  // 我要求看发票: an owner's demand to see the papers.
  { name: 'demands-to-see', pattern: /要求(?:看|查看|查阅|出示)/, feature: 'ask', weight: 1, also: [{ feature: 'dispatch', weight: 1 }] },
  // 师傅今天来不来: whether the worker comes.
  { name: 'worker-comes-or-not', pattern: /(?:师傅|工人|维修工|修的人|人)[^，。,？?]{0,4}来不来/, feature: 'statusQuery', weight: 1.3 },
  // 今天能来水不, 下午能来不: whether it will be back or done soon.
  { name: 'back-today', pattern: /(?:今天|今晚|下午|上午|明天)能(?:来|修好|通|好)[^，。,]{0,2}(?:不|吗|没)/, feature: 'statusQuery', weight: 1 },
  // 低保材料上周已经在网上交了: an application handed in on a named day.
  { name: 'handed-in-on', pattern: /(?:上周|上礼拜|前天|昨天|上个月|前几天|上星期)(?:已经)?[^。，,？?]{0,6}(?<!重复|多)(?:交了|提交了|申请了|报上去了)/, feature: 'priorReport', weight: 1 },
  // 楼顶水管冻了那事，今天能来水不: a matter raised before, named first.
  { name: 'matter-named-first', pattern: /^[^。，,？?]{2,16}(?:那事|那个事|那件事)(?=[，,\s]|说)/, feature: 'priorReport', weight: 1 },
  // 隔壁小区暖气管爆了: another compound's trouble.
  { name: 'elsewhere-trouble', pattern: /(?:隔壁|对面|旁边)小区[^。，,]{0,6}(?:爆了|着火|起火|停水|停电|出事)/, feature: 'social', weight: 1.5, also: [{ feature: 'nearMiss', weight: 1.5 }] },
  // 结果压根没停, 后来那车主自己挪了: what was feared did not happen, or sorted itself out.
  { name: 'came-to-nothing', pattern: /结果(?:压根|根本)?没(?:停|来|坏|事|下)|后来[^，。,]{0,6}自己(?:挪|走|好|修|开走)了/, feature: 'resolved', weight: 1.5 },
  // 维保师傅说正常 磨合期都这样, 不是咱小区的: a sound or a fault explained away.
  { name: 'said-normal', pattern: /(?:师傅|维保|物业|他们)说(?:是)?正常(?![吗么?？])|磨合期|不是(?:咱|我们|咱们)小区的/, feature: 'social', weight: 1.5, also: [{ feature: 'problem', weight: -0.8 }] },
  // 换谁谁乐意: an opinion put in anyone's place.
  { name: 'anyone-in-place', pattern: /换谁谁|换了谁(?:都|也)/, feature: 'social', weight: 1.5 },
  // 今天下午三点在活动室开…会: a meeting announced.
  { name: 'meeting-announced', pattern: /(?:今天|明天|后天|本周|这周|下周|周[一二三四五六日天]|礼拜[一二三四五六天]|下午|上午|晚上)[^，。,]{0,8}(?:在|到)[^，。,]{1,10}(?:开|召开|举行|举办)[^，。,]{0,10}会/, feature: 'notice', weight: 1.5 },
  // 支持业委会！: support cheered.
  { name: 'cheers', pattern: /^\s*(?:支持|顶|赞成)[^，。,？?\s]{1,8}[！!]*\s*$/, feature: 'social', weight: 1.5 },
  // 看完这个视频你就明白了: a forwarded piece's headline.
  { name: 'headline', pattern: /看完(?:这个|这篇)?(?:视频|文章)?你就(?:明白|知道|懂)了/, feature: 'notice', weight: 1.5 },
  // 有人知道医院对面那家馄饨店还开不开了: the neighbours asked about a shop.
  { name: 'asks-about-shop', pattern: /有人知道[^，。,？?]{0,12}(?:那家|哪家|店|馆)/, feature: 'social', weight: 1.5 },
  // 新管家姓啥来着, 你们知道不, 你们觉得贵不贵: the neighbours asked.
  { name: 'asks-the-group', pattern: /姓(?:啥|什么)来着|(?:你们|大家)(?:发现|注意到)(?:没|了吗|了没)|你们知道(?:不|吗|么)|大家知道(?:吗|么)|(?:你们|大家)觉得/, feature: 'social', weight: 1.5, toNeighbours: true },
  // 有没有人跟我换个班: a shift swapped among volunteers.
  { name: 'swap-with-me', pattern: /有没有人(?:能)?(?:跟|和)我换/, feature: 'social', weight: 2 },
  // 记得垃圾分类哦: a reminder.
  { name: 'reminder-oh', pattern: /(?:^|[，,。\s])记得[^，。,？?]{1,12}(?:哦|喔|噢|呀)/, feature: 'notice', weight: 1.5 },
  // 今年的物业费你们交了没: the neighbours asked whether they have done it.
  { name: 'asks-if-they-did', pattern: /你们[^，。,？?]{0,4}(?:交|办|报|领|签)了(?:吗|没)/, feature: 'social', weight: 1.5, toNeighbours: true, also: [{ feature: 'statusQuery', weight: -1 }] },
  // 物业说下午3点恢复: the office's word passed on.
  { name: 'office-word-relayed', pattern: /(?:物业|社区|电力局|供电局|自来水公司|水务)(?:那边)?说[^，。,？?]{0,10}(?:恢复|来电|来水|通水)(?![^。]{0,6}(?:吗|么|[?？]))/, feature: 'notice', weight: 1.5 },
  // 报咗两日啦 (报了两日): a report days old.
  { name: 'reported-days-ago', pattern: /报了(?:[两三四五六七八九十几\d]|好几)(?:日|天|个礼拜|礼拜|周|个星期)/, feature: 'statusQuery', weight: 1.3, also: [{ feature: 'priorReport', weight: 0.5 }] },
  // 师傅说明天上午来修门禁，是几点啊: the hour of a promised visit asked.
  { name: 'promised-hour-asked', pattern: /说(?:明天|今天|后天|下午|上午|晚上)[^。？?]{0,10}[，,\s][^。？?]{0,4}几点/, feature: 'statusQuery', weight: 1.3 },
  // 谁家小孩害怕的可以来拿, 来我家拿: something offered to the neighbours.
  { name: 'offers-to-lend', pattern: /可以来(?:我家)?拿|来我家拿|(?:要|需要)的(?:可以)?(?:来)?(?:拿|取)|自取/, feature: 'social', weight: 2 },
  // 被困的小朋友今天咋样了: asking after a person.
  { name: 'asks-after-someone', pattern: /(?:小朋友|孩子|老人|阿姨|大爷|奶奶|爷爷|大妈|老太太|老爷子)[^，。,？?]{0,6}(?:今天|现在)?(?:咋样了|怎么样了|好点没|好点了吗|好些了吗|好些没)(?![^]*(?:物业|社区|网格|保安)[^，。,]{0,8}(?:没|吗))/, feature: 'social', weight: 1.5, also: [{ feature: 'statusQuery', weight: -1 }] },
  // 这个群天天吵, 群里吵: the group's own quarrels.
  { name: 'group-quarrels', pattern: /(?:这个群|群里)[^，。,？?]{0,4}吵|吵吵吵/, feature: 'social', weight: 2 },
  // 你怎么老是回…, 你回那么长, 你能不能别每条都插嘴, 小助手又掉线了: talk about the assistant itself.
  { name: 'about-the-assistant', pattern: /(?:你(?!们)|小助手|机器人)[^，。,？?]{0,6}(?:回(?:复|答)?(?:的|得)?(?:那么|这么|太)?(?:长|短|慢|快)|老是回|总是回|每条都|插嘴|掉线|刷屏|答非所问|跟没说一样)|(?:^|[\s，,])说短点/, feature: 'social', weight: 2, also: [{ feature: 'problem', weight: -1.5 }] },
  // 帮我看看顺丰到哪了: a parcel tracked, not the compound's matter.
  { name: 'parcel-tracking', pattern: /(?:顺丰|中通|圆通|韵达|申通|京东|快递)[^，。,？?]{0,12}到哪(?:了|儿了)/, feature: 'social', weight: 2, also: [{ feature: 'statusQuery', weight: -2 }, { feature: 'dispatch', weight: -1 }, { feature: 'ask', weight: -1 }] },
  // 修的师傅啥时候到: when the worker arrives.
  { name: 'worker-when', pattern: /(?:师傅|工人|维修工|修的人|电工)[^，。,？?]{0,3}(?:什么时候|几点|哪天)(?:能)?(?:到|来)/, feature: 'statusQuery', weight: 1.3 },
  // 我顺手撕了, 我早上扶起来了: the writer put it right.
  { name: 'put-right-myself', pattern: /我(?:早上|刚才|刚刚|已经|就)?(?:顺手|自己)?(?:扶起来了|捡起来了|收拾好了|关上了|关好了|挪开了|撕了|撕掉了|扫了|清理了|捡走了)/, feature: 'resolved', weight: 1.5 },
  // 换哪个物业来都一样: an opinion.
  { name: 'all-the-same', pattern: /换(?:哪个|谁|哪家)[^，。,]{0,6}(?:都一样|也一样|都没用|都解决不了)/, feature: 'social', weight: 1.5 },
  // 群里有做水电的师傅不: a tradesman asked for among the neighbours.
  { name: 'tradesman-wanted', pattern: /群里有(?:没有)?[^，。,？?]{1,8}的(?:师傅|人|邻居)(?:不|吗|没)/, feature: 'social', weight: 2 },
  // 能不能先把电梯修好: a job asked for.
  { name: 'get-it-done', pattern: /(?:能不能|可不可以|麻烦|请)[^，。,？?]{0,4}(?:先)?把[^，。,？?]{1,8}(?:修好|弄好|修一下|处理好|清走|挪走|换掉)/, feature: 'dispatch', weight: 1 },
  // 在3号楼门口捡的 上居委会领去: something found, to be collected.
  { name: 'found-to-collect', pattern: /(?:捡到|捡的|捡了)[^。]{0,20}(?:领|认领|来拿|来取)/, feature: 'lostFound', weight: 2 },
  // 环卫大姐已经在扫了: someone is already on it.
  { name: 'already-on-it', pattern: /已经在(?:扫|修|处理|清|弄|抢修|挪)了/, feature: 'resolved', weight: 1.5 },
  // 有要顺便带东西的吗: an errand offered.
  { name: 'errand-offered', pattern: /有要(?:顺便)?带|顺便(?:帮大家)?带/, feature: 'social', weight: 2 },
  // 算了不找了: given up.
  { name: 'gives-up', pattern: /算了不[\u4e00-\u9fa5]{1,2}了/, feature: 'social', weight: 1.5 },
  // 俺们家老爷子领上高龄津贴了: a benefit received, told.
  { name: 'received-told', pattern: /(?:我|俺|我们|俺们)(?:家)?[^，。,？?]{0,6}领上[^，。,？?]{0,6}了(?![^。]{0,6}(?:吗|(?<!什)么|[?？]))/, feature: 'social', weight: 1.5 },
  // 明天中午一起去食堂？, 有人晚上在食堂吃过吗: neighbours invited, or asked about their experience.
  { name: 'together-or-tried', pattern: /一起去[^，。,？?吗]{0,6}[?？]|有人[^，。,？?]{0,8}(?:吃过|去过|用过|办过|试过)(?:吗|没)/, feature: 'social', weight: 1.5, toNeighbours: true },
  // 志愿者集合：…: volunteers called together.
  { name: 'gather-call', pattern: /集合[：:]/, feature: 'notice', weight: 1.5 },
  // 垃圾房那边说今天清 怎么还是满的: a promise for today, not kept yet.
  { name: 'promised-today-still', pattern: /说(?:今天|今儿|今早|上午|下午)[^，。,？?]{0,6}[，,\s][^。]{0,4}(?:怎么还|还是|还没)/, feature: 'statusQuery', weight: 1.3, also: [{ feature: 'priorReport', weight: 0.5 }] },
  // 赵大娘那边社区去看了没: whether the office went.
  { name: 'office-went', pattern: /(?:社区|物业|网格员?|居委会?)[^，。,？?]{0,3}去(?:看|问|查)了(?:没|吗)|(?:社区|物业|网格员?|居委会?)去?(?:找|谈)[^，。,？?]{0,4}过了?(?:吗|没)/, feature: 'statusQuery', weight: 1.3 },
  // 能不能在群里发一下收费明细: something asked to be posted.
  { name: 'post-it', pattern: /(?:能不能|可不可以|麻烦|请)[^，。,？?]{0,6}(?:发一下|贴出来|公布一下|公示一下)/, feature: 'dispatch', weight: 1 },
  // 我刚去试了下好的啊: it works after all.
  { name: 'works-after-all', pattern: /(?:试了下|试了一下|看了下|看了一下)[^，。,？?]{0,3}(?:是)?好的/, feature: 'resolved', weight: 1.5 },
  // 喷药车开过来了，楼下的赶紧把窗关一下: neighbours told what to do now.
  { name: 'neighbours-told-now', pattern: /(?:楼下|楼上|大家|各位)的?赶紧(?:把)?[^，。,？?]{0,6}(?:关|收)(?!拾)/, feature: 'notice', weight: 1.5 },
  // 大家车都锁好啊: neighbours told to mind their own.
  { name: 'everyone-mind', pattern: /大家[^，。,？?]{0,4}(?:都)?(?:锁好|看好|关好|收好|管好)/, feature: 'notice', weight: 1.5 },
  // 谢谢保安小刘帮我把快递搬上楼: thanks for help given (unless a new matter follows).
  { name: 'thanks-for-help', pattern: /^(?:谢谢|感谢|多谢|真得谢谢)[^，。,？?]{0,10}帮(?:我|忙|着)(?![^]*(?:又|但是|不过|可是|另外|还有个|还有一个|能不能|麻烦|请|这个月))/, feature: 'resolved', weight: 1.5, also: [{ feature: 'dispatch', weight: -1 }] },
  // 已经没人乱停了: a nuisance stopped.
  { name: 'nobody-does-it-now', pattern: /(?:已经|现在)没人(?:乱停|乱扔|乱放|吵|占|飞线|乱拉)了/, feature: 'resolved', weight: 1.5, also: [{ feature: 'problem', weight: -1 }] },
  // 加装电梯的事吵了两年了 还是没弄成 唉: a long-stalled matter lamented.
  { name: 'stalled-for-years', pattern: /(?:吵|扯皮|搞|拖|谈|闹)了(?:[一两三四五六七八九十几\d]|好几|快两|一年多|两年多)[^，。,]{0,3}(?:年|个月)[^。]{0,10}(?:没戏|没弄成|没个结果|没结果|没成|没下文|谈不拢)/, feature: 'social', weight: 1.5, also: [{ feature: 'statusQuery', weight: -1 }] },
  // 菜市场今天开了没, 卖菌子的今天来了没得: neighbours asked about a shop or a stall.
  { name: 'shop-open-asked', pattern: /(?:菜市场|菜场|超市|游泳池|泳池|店|摊|卖[\u4e00-\u9fa5]{1,3}的)[^，。,？?]{0,6}(?:开了没|开了吗|开门了没|来了没|来了吗|还开着没|还开着吗)/, feature: 'social', weight: 1.5, also: [{ feature: 'statusQuery', weight: -1 }] },
  // 刘阿姨出院了没: asking after a neighbour.
  { name: 'out-of-hospital-asked', pattern: /出院了(?:没|吗|么)/, feature: 'social', weight: 1.5, also: [{ feature: 'statusQuery', weight: -1 }] },
  // 我们那个年代哪有啥优待证: the old days recalled.
  { name: 'in-our-day', pattern: /(?:我们|俺们|咱们)?(?:那个|那)(?:时候|年代|会儿|代人|一代)[^。？?]{0,6}哪有/, feature: 'social', weight: 1.5, also: [{ feature: 'question', weight: -1 }] },
  // 埋汰就埋汰吧, 吵就吵几天吧: let it be.
  { name: 'let-it-be', pattern: /([\u4e00-\u9fa5]{1,2})就\1[^，。,]{0,3}吧/, feature: 'social', weight: 1.5, also: [{ feature: 'problem', weight: -1 }] },
  // 收到收到，马上挪车, 好的 马上下来拿: the reply of someone who will do it.
  { name: 'on-my-way', pattern: /^(?:收到|好的|好嘞|好滴|知道了|明白)[^，。]{0,4}[，,\s!！]*我?(?:马上|这就|立刻|现在就)/, feature: 'ack', weight: 1.5, also: [{ feature: 'dispatch', weight: -1 }, { feature: 'rush', weight: -1 }] },
  // 我在大门口等你: a meeting between neighbours.
  { name: 'waiting-for-you', pattern: /我在[^，。,]{0,10}等你/, feature: 'social', weight: 1.5, also: [{ feature: 'statusQuery', weight: -1 }] },
  // 你发的那个语音我听不到 打字嘛, 这个微信群怎么把字放大: the group's own messages, the phone's settings.
  { name: 'about-the-messages', pattern: /语音[^，。,]{0,6}(?:听不到|听不清|听不见)|(?:^|[\s，,])打字(?:嘛|吧)|怎么发(?:语音|图片|视频|红包)|字[^，。,]{0,3}(?:放大|调大|变大)/, feature: 'social', weight: 2, also: [{ feature: 'problem', weight: -1 }] },
  // 这个小区啥都好 就是梯坎太多了: an opinion.
  { name: 'all-good-but', pattern: /(?:啥都好|什么都好|都挺好|哪都好|样样都好)[，,\s]*就是/, feature: 'social', weight: 1.5 },
  // 有没有数学好的邻居帮忙看一下: a neighbour's help asked for.
  { name: 'neighbour-who-can', pattern: /有没有(?![^，。,？?]{0,4}(?:急救|医生|护士))[^，。,？?]{1,8}的邻居/, feature: 'social', weight: 1.5 },
  // 我家猫也这样: a pet owner's me too.
  { name: 'my-pet-too', pattern: /我家(?:的|那只|这只)?(?:猫|狗|狗子|猫咪|主子|鸟|鹦鹉)[^，。,]{0,3}也(?:这样|是这样|一样)/, feature: 'social', weight: 1.5 },
  // 我妈说谢谢那个来修马桶的小伙子, 我妈让我跟大家说声谢谢: thanks passed on.
  { name: 'thanks-passed-on', pattern: /(?:我妈|我爸|老妈|老爸|我婆婆|我奶奶|我爷爷|我外婆|我姥姥|老人家|老太太|老爷子)(?:说|让我|叫我|托我)[^。]{0,10}(?:谢谢|感谢|说声谢)/, feature: 'thanks', weight: 1.5, also: [{ feature: 'dispatch', weight: -1 }] },
  // 流浪狗那事不是说联系救助站了吗，怎么今天还在: a promise not kept.
  { name: 'promised-yet-still', pattern: /不是说好?(?:[^。？?]{1,14}了吗|[^。？?]{0,4}(?:今天|明天|这周|这礼拜|本周|下周|月底|周末)[^。？?]{0,8}吗)[，,？?\s]*(?:怎么|咋|为啥|为什么)[^。]{0,10}还/, feature: 'statusQuery', weight: 1.3, also: [{ feature: 'priorReport', weight: 0.5 }] },
  // 说研究研究，研究到现在了, 等到现在也没来: a wait with no end.
  { name: 'until-now', pattern: /(?:研究|考虑|商量|讨论|等)到现在/, feature: 'statusQuery', weight: 1.3 },
  // 大烟囱老冒黑烟: a chimney smoking is what chimneys do.
  { name: 'chimney-smoke', pattern: /烟[囱筒][^，。,]{0,3}冒/, feature: 'danger', weight: -2 },
  // 隔壁小区昨天晚上着火了: a fire elsewhere.
  { name: 'fire-elsewhere', pattern: /(?:隔壁|对面|别的|旁边)小区[^。]{0,8}(?:着火|失火|起火)/, feature: 'nearMiss', weight: 1.5 },
  // 别说，唱得还挺有味儿: praise.
  { name: 'not-bad-at-all', pattern: /别说[，,\s][^。]{0,12}还挺/, feature: 'social', weight: 1.5 },
  // 比咱东北的还狠: a comparison between places.
  { name: 'compared-with-home', pattern: /比(?:咱|我们|俺们)[^，。,]{1,6}还/, feature: 'social', weight: 1.5 },
  // 保安五分钟就到了: help came fast.
  { name: 'came-fast', pattern: /[一二两三四五六七八九十几\d]+分钟就(?:到|来)了/, feature: 'resolved', weight: 1.5 },
  // 安排师傅没, 派人了没: whether someone was sent.
  { name: 'sent-yet', pattern: /(?:安排|派)了?(?:师傅|人|工人)?(?:没|了吗|了没)/, feature: 'statusQuery', weight: 1.3 },
  // 说要联系交警拖走，拖了没: a promised job asked after.
  { name: 'promised-will-yet', pattern: /说要[^。？?]{1,12}[，,\s]+[\u4e00-\u9fa5]{1,2}了(?:没|吗)/, feature: 'statusQuery', weight: 1.3, also: [{ feature: 'priorReport', weight: 0.5 }] },
  // 跟一下，…: a chase.
  { name: 'chase-opening', pattern: /^跟(?:进)?一下[，,\s]/, feature: 'statusQuery', weight: 1.3 },
  // 那两口子后来和好了没: asking after neighbours' quarrel, not a matter.
  { name: 'made-up-yet', pattern: /和好了(?:没|吗)/, feature: 'social', weight: 2, also: [{ feature: 'statusQuery', weight: -2 }] },
  // 推一下就不响了, 末班车过去就没了: a sound or a smell that goes away by itself.
  { name: 'goes-away', pattern: /(?:一下|过去|一会儿?)就(?:不[\u4e00-\u9fa5]了|没了|清了)/, feature: 'resolved', weight: 1.5 },
  // 感谢社区张书记上门看望我家老爷子: thanks for a visit.
  { name: 'thanks-for-visit', pattern: /^(?:谢谢|感谢|多谢)[^，。,？?]{0,10}(?:上门看望|看望|来看望)/, feature: 'thanks', weight: 1.5, also: [{ feature: 'dispatch', weight: -1 }] },
  // 谁家小孩的滑板车落凉亭里了: something left behind, its owner sought.
  { name: 'left-behind', pattern: /谁家[^，。,？?]{0,8}的[^，。,？?]{1,6}(?:落|忘)在?[^，。,？?]{0,6}了/, feature: 'lostFound', weight: 2 },
  // 冻死了冻死了: the weather, only.
  { name: 'weather-only', pattern: /^(?:冻死了|热死了|冷死了|冻死我了|热死我了)+[!！。~～]*$/, feature: 'social', weight: 2 },
  // 不是吧 又坏了？？, …真的假的: surprise, not a report.
  { name: 'really', pattern: /^不是吧|真的假的[?？!！]*(?:\[[^\]]+\])*$/, feature: 'social', weight: 1.5 },
  // 1200出: a price asked for something sold.
  { name: 'for-sale', pattern: /\d{2,5}出(?:[，,。!！\s]|$)/, feature: 'ad', weight: 1.5 },
  // 你们说房东会不会…: neighbours asked for their view.
  { name: 'you-say', pattern: /^你们说(?!已经|过|好|明天|今天|的|会|要)[^。]*(?:会不会|是不是|能不能|吗|呢)/, feature: 'social', weight: 1.5, toNeighbours: true },
  // 昨天报的灯呢: a chase in a few words.
  { name: 'where-is-it', pattern: /报的[^，。,？?]{0,6}呢/, feature: 'statusQuery', weight: 1.3 },
  // 等了三天了, 又过一天了: a wait counted.
  { name: 'days-waited', pattern: /^(?:都|又)?(?:等了|过了|过去)[一二三四五六七八九十两几\d]+天了/, feature: 'statusQuery', weight: 1.3 },
  // 我家也是，…: a neighbour's me too (我家也是 停水了 reports the writer's own outage).
  { name: 'me-too-opening', pattern: /^(?:我家|我们家)也(?:是|一样|这样|[\u4e00-\u9fa5]过)(?:咯|啊|呀|哦)?[，,。\s！!](?![^，。]{0,8}(?:停|坏|漏|返|堵|没水|没电))/, feature: 'social', weight: 1.5 },
  // 有没有5栋的，你们家南卧窗户一开有异响吗: neighbours asked about their own flats.
  { name: 'neighbours-own-flats', pattern: /有没有\d+(?:栋|号楼|幢)的|你们家[^，。,]{0,10}(?:吗|没)/, feature: 'social', weight: 1.5, toNeighbours: true },
  // 排了半小时队: a queue stood in.
  { name: 'stood-in-a-queue', pattern: /排了[^，。,]{0,4}队|排队排了|排了(?:一个|半个|两个)?(?:钟头|小时)/, feature: 'social', weight: 1.5 },
  // 后来物业把排水沟改了就再没淹过: it never happened again.
  { name: 'never-again', pattern: /(?:后来|自从|改了|修了|换了)[^。]{0,12}再没(?!亮|来)[\u4e00-\u9fa5]{1,3}过/, feature: 'resolved', weight: 1.5 },
  // 中午吃刀削面还是剔尖呢: what to eat.
  { name: 'what-to-eat', pattern: /吃[^。？?]{1,10}还是/, feature: 'social', weight: 1.5, also: [{ feature: 'question', weight: -1 }] },
  // 停在球场那辆车还在呢，不是说贴条通知车主了吗: still there, though something was promised.
  { name: 'still-though-promised', pattern: /还在[^。]{0,6}[，,\s]*不是说[^。？?]{1,14}了吗/, feature: 'statusQuery', weight: 1.3, also: [{ feature: 'priorReport', weight: 0.5 }] },
  // 孩子打球晕倒查出来心脏有问题: a diagnosis told, not an emergency.
  { name: 'diagnosis', pattern: /查出(?:来)?[^。，,]{0,8}(?:病|问题|癌|瘤)/, feature: 'danger', weight: -1.2 },
  // 是不是你家洗衣机管子冇插好哦: a guess addressed to a neighbour.
  { name: 'your-place-guess', pattern: /是不是你家/, feature: 'social', weight: 1.5, toNeighbours: true },
  // 去年改了管子就好了: fixed long ago.
  { name: 'fixed-back-then', pattern: /(?:去年|前年|以前|后来|之前|上次|那次|最后)[^。？?]{0,12}就好了/, feature: 'resolved', weight: 1.5 },
  // 狗子也怕热，趴在空调底下一动不动: a pet lazing (unless someone is asked to help it).
  { name: 'pet-lazing', pattern: /(?:猫|狗|狗子|猫咪|狸花|橘猫|犬|金毛|泰迪|柯基|哈士奇)[^。]{0,10}(?:趴|躺|睡|坐)[^。]{0,8}不动(?![^]{0,40}(?:能不能|麻烦|联系|救助|帮忙))/, feature: 'social', weight: 1.5, also: [{ feature: 'problem', weight: -1.2 }, { feature: 'danger', weight: -1.2 }] },
  // 我屋里老头非要挂蚊帐…他硬是不听: family talk.
  { name: 'my-old-man', pattern: /(?:我家|我们家|我)(?:老头|老伴|老头子|老太婆|老婆子|那口子)[^。]{0,20}(?:非要|硬是|死活|不听)/, feature: 'social', weight: 1.5, also: [{ feature: 'problem', weight: -1 }] },
  // 坡道防滑条说这周铺，铺了吗: a promised job asked after.
  { name: 'promised-done-yet', pattern: /说是?(?:这周|这礼拜|今天|明天|下周|月底|周末)[^，。？?]{0,6}[，,\s][^，。？?]{0,4}了(?:吗|没)/, feature: 'statusQuery', weight: 1.3, also: [{ feature: 'priorReport', weight: 0.5 }] },
  // 监控查到是哪家没, 药取回来没: whether it was found, fetched.
  { name: 'found-or-fetched-yet', pattern: /查(?:到|出来)[^，。？?]{0,8}(?:没|了吗)|(?:取|拿|买|送|带)回来(?:了)?(?:没|吗)/, feature: 'statusQuery', weight: 1.3 },
  // 大概多久能批下来: how long it takes.
  { name: 'how-long-usually', pattern: /(?:大概|一般|通常)(?:要)?多久/, feature: 'procedure', weight: 1 },
  // 医保能报吗: what insurance pays.
  { name: 'insurance-pays', pattern: /(?:医保|保险)[^，。,？?]{0,4}能(?:报|报销)(?:吗|不|么)/, feature: 'procedure', weight: 1.5 },
  // 一个传一个 全家都烧起来了: a fever, not a fire.
  { name: 'fever-not-fire', pattern: /(?:传|发烧|感冒|流感|全家)[^。]{0,10}烧起来|烧起来[^。]{0,6}(?:度|发烧|退烧)/, feature: 'danger', weight: -1.2, also: [{ feature: 'problem', weight: -1 }] },
  // 冻裂了在往外渗水，量不大: a leak said to be small.
  { name: 'minor-leak', pattern: /量不大|不太严重|(?<!还)不严重|一点点渗|慢慢渗/, feature: 'danger', weight: -1.2 },
  // 江滩水位又涨了: the river, not the compound.
  { name: 'river-level', pattern: /(?:江|河|湖)[^，。,]{0,4}水位/, feature: 'danger', weight: -1.2 },
  // 大家下楼慢点儿: neighbours told to take care.
  { name: 'everyone-careful', pattern: /大家[^，。,？?]{0,6}(?:慢点|小心脚下|注意脚下|小心路滑|注意路滑)/, feature: 'notice', weight: 1.5 },
  // 社工小刘今天上门看我妈了…谢谢社区: thanks closing a message that asks for nothing.
  { name: 'thanks-closing', pattern: /(?=[^]{4,12}$)(?:谢谢|感谢)(?<!(?:能不能|可不可以|麻烦|请|帮忙|希望|建议)[^]{0,80}..)(?:社区|物业|网格员?|居委会?|大家|你们|街道)[^，。,？?]{0,4}$/, feature: 'thanks', weight: 1.5 },
  // A mobile number is how an ad ends; a price in 元/块 hints at one.
  { name: 'phone', pattern: /1[3-9]\d[\d*]{4}\d{4}/, feature: 'ad', weight: 2 },
  { name: 'price', pattern: /(?<!扣了?|收了?|多收了?|罚了?|交了?|付了?|花了?|充了?)\d+\s*(?:元|块)/, feature: 'ad', weight: 0.5 },
]
