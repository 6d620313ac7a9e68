import { SEED_FAQS } from '../../../domain/knowledge'
import { createUnderstander, type Intent, type RequestCategory } from '../../../domain/understanding'

const understander = createUnderstander(SEED_FAQS)

describe('understand › intent', () => {
  it.each<[string, Intent]>([
    // fifty-eighth batch: 粤语 and 闽南 weeks, summer holidays, garbage sorting, old residents' health, numbers everywhere
    ['物业电话又打不通 算了 我自己搞定了', 'chat'],
    ['好彩今朝冇落雨 衫都晒干咗', 'chat'],
    ['楼下又在敲墙 人家提前打过招呼了 忍忍吧', 'chat'],
    ['今晚谁有空跟我换个班 有没有人跟我换 我周五可以', 'chat'],
    ['记得明早把可回收的拿下去哦', 'chat'],
    ['你们物业费都交了没 我上礼拜交的', 'chat'],
    ['是的我们楼也停电了 物业说五点恢复', 'chat'],
    ['我报嗰个路灯你哋睇过未', 'followup'],
    ['六栋门口的积水 报咗三日啦 仲系咁', 'followup'],
    ['三楼墙皮脱落那件代志，今仔日有人来看无', 'followup'],
    ['维修师傅说今天下午过来，大概几点？我好在家等', 'followup'],
    ['我提的加装座椅的建议 有下文没', 'followup'],
    ['阮这爿路灯歹去两工了 暗摸摸 拜托处理', 'request'],
    ['楼道的垃圾桶好几天没洗 臭死了 麻烦洗一洗', 'request'],
    ['三栋楼下老有人摆摊推销保健品 能不能给清出去', 'request'],
    // fifty-seventh batch: 老旧小区改造, parking wars, parcels, a typhoon, a hospital's neighbours, a new property company
    ['去年也说要停电 结果压根没停', 'chat'],
    ['师傅说是正常的 新电梯都有点响', 'chat'],
    ['换谁谁都不愿意让出车位', 'chat'],
    ['明天上午九点在三楼会议室开停车改造座谈会 有空都来', 'chat'],
    ['支持新物业！', 'chat'],
    ['有人知道东门那家包子铺搬哪去了', 'chat'],
    ['新来的保安姓啥来着', 'chat'],
    ['你们觉得地面停车该不该收费', 'chat'],
    ['阳台门缝渗了点水 拿抹布擦了 问题不大', 'chat'],
    ['新物业来了以后垃圾一次都没堆过 比以前强', 'chat'],
    // fifty-sixth batch: phones and apps, symptoms sensed, 梅雨 and 吴语, voice input, fees and the owners' committee, heating
    ['谁刚刚说楼道有烟味 我下来看了啥也没有', 'chat'],
    ['暖气片滋滋响属于正常 放完气就好', 'chat'],
    ['楼上漏水那块现在确实不滴了', 'chat'],
    ['昨晚一股焦糊味 后来才知道是隔壁烤红薯', 'chat'],
    ['明天我家开始砸墙 噪音大 请大家多谅解', 'chat'],
    ['要是我我也不签字 凭啥让低层出钱', 'chat'],
    ['有收旧书的伐 一大箱', 'chat'],
    ['刚才滴滴滴一直叫 原来是谁的车子报警器', 'chat'],
    ['老了觉少 四点多醒了就再也睡不着', 'chat'],
    ['停车场改造这事说了好几年 最后不了了之', 'chat'],
    ['我们家前年申请过廉租房 材料跑了好几趟', 'chat'],
    ['这种情况千万别自己动手拆 找专业的', 'chat'],
    ['这雪落得 路上全白了', 'chat'],
    ['缴费二维码扫不出来 麻烦再发一个', 'request'],
    ['能不能帮我把门禁卡重新录一下 刷了没反应', 'request'],
    ['社区能不能帮忙报一下 我们楼想装个充电桩', 'request'],
    ['二号楼门口那堆建筑垃圾清了没有', 'followup'],
    ['换水表那事，下午能来不', 'followup'],
    ['师傅今天到底来不来 我请了假在家等', 'followup'],
    ['上周已经把申请表交了 想问下进度', 'followup'],
    ['楼上说你们来看过了 结论是啥', 'followup'],
    ['楼道暖气管子冻了 鼓了个包 来个人看看', 'request'],
    // fifty-fifth batch: 北方 county towns, symptoms only, unusual situations
    ['今天这风刮得 出门一脸沙子', 'chat'],
    ['我家厨房灯也闪 换了个灯泡就好了', 'chat'],
    ['我妈那小区电梯也老坏 后来换了台新的', 'chat'],
    ['消防栓那个压力表针指到红的那边了 3栋一楼', 'request'],
    ['卫生间顶上黄印子越来越大 摸着潮乎乎的', 'request'],
    ['送饭的事社区那边有回信没', 'followup'],
    // fifty-fourth batch: an ordinary month, on behalf of others, urgent look-alikes
    ['教大家个小窍门 纱窗用牙刷刷 我家试了管用', 'chat'],
    ['刚才群里说的电梯困人 是演练用的假人', 'chat'],
    ['哈哈我心里着火了 又是月底', 'chat'],
    ['停电的事不提了 反正现在来了', 'chat'],
    // fifty-third batch: a 筒子楼, second-language writers, the National Day week
    ['公共厨房那个耗子洞物业给堵上了 清净多了', 'chat'],
    ['隔壁楼的说他们那要换物业了', 'chat'],
    ['水表换了吗 物业去了吗', 'followup'],
    ['我妈的送饭申请 社区回我了吗', 'followup'],
    ['晚上工地还在打桩 物业去问问咋回事', 'request'],
    // fifty-second batch: school parents, old residents and their phones, ground-floor shops
    ['这骗子太坏了 专挑老人下手', 'chat'],
    ['楼下那家面馆是不是换老板了 味道变了', 'chat'],
    ['驿站人多 不急的晚点再去', 'chat'],
    ['麻将馆把桌子摆到楼道里 天天半夜还在那抽烟', 'request'],
    ['谁能帮我弄一下手机 医保交不上 我在3栋楼下', 'request'],
    ['修下水道的师傅说今天来 到现在人影都没见着', 'followup'],
    // fifty-first batch: topics by wrong names, veterans' families, a 村改居 compound
    ['残补一个月能领多少', 'question'],
    ['城乡居民养老保险一年最低交好多', 'question'],
    ['说好的重新装门禁 好久装嘛', 'followup'],
    ['光荣牌的事我问了好几回了 啥时候给挂', 'followup'],
    ['我还记得刚搬来那年 楼下全是菜地', 'chat'],
    ['要我说这停车难 车位不够谁来都没招', 'chat'],
    ['周六去钓鱼的吱一声 我开车', 'chat'],
    ['物业费上个月就交了 又来催 麻烦核对一下', 'request'],
    // fiftieth batch: several matters in one message, an urban village's tenants, a northern spring
    ['有谁家老人用过社区的助浴服务 感觉怎么样', 'chat'],
    ['说起停电我想起来 前年那次停了一整天 最后还是街道来人才弄好', 'chat'],
    ['夜班刚下 累成狗 先睡了', 'chat'],
    ['麻烦大家倒垃圾的时候把袋子扎紧 楼道里全是味', 'chat'],
    ['今年清明烧纸大伙悠着点 去年差点把草坪点了', 'chat'],
    ['601最近老有生面孔半夜进出 保安能不能留意一下', 'request'],
    ['车棚顶让风掀开一块 铁皮耷拉着哗啦哗啦响', 'request'],
    ['楼上漏水那事调解得咋样了', 'followup'],
    ['上个月报的井盖 物业给说法没', 'followup'],
    // forty-ninth batch: the canteen, a heat wave, new owners moving in
    ['我家卫生间也有裂缝 估计都一个样', 'chat'],
    ['我家门禁卡之前也刷不开 去前台重新录一下就好了 你们可以先试试', 'chat'],
    ['谁家白天在装修 理解理解 住新房都这样', 'chat'],
    ['分享个小妙招 纱窗上喷点风油精 蚊子少多了', 'chat'],
    ['食堂排队的太多了 能不能多开个窗口', 'request'],
    ['助餐点能不能晚点关门 下班赶不上', 'request'],
    ['地库新装的充电桩一直不通电 扫码显示离线', 'request'],
    ['上回说的电梯异响 反映上去没有', 'followup'],
    ['楼道那盏灯报了好几回了 后来来了吗', 'followup'],
    // forty-eighth batch: pets, 云南, disabled residents and their carers
    ['那只黄狗有主人没 在3栋门口蹲了两天了', 'chat'],
    ['我家那只哈士奇太会拆家了 沙发又啃了', 'chat'],
    ['我以前也碰到过门禁夹手 后来物业换了个感应的就好了', 'chat'],
    ['咱邻居之间搭把手就行 别老找物业', 'chat'],
    ['网上说明天停气是假消息 大家莫信', 'chat'],
    ['大家雨天下楼梯小心 台阶滑', 'chat'],
    ['抓狗的来了吗 那只疑似狂犬的还在楼下转', 'followup'],
    ['楼道扶手说了半个月了 到现在还没装', 'followup'],
    // forty-seventh batch: category boundaries, followups in every tone, 闽南 and 客家 words
    ['社区食堂周末开门冇', 'question'],
    ['我前些天报的水表漏水 有没有人来看', 'followup'],
    ['上礼拜报修了楼道灯 今天还是黑的', 'followup'],
    ['你们说已经派单了 派给谁了', 'followup'],
    ['3.15报的 到现在没人理', 'followup'],
    ['麻烦再催一下 门禁还是刷不开', 'followup'],
    ['帮我妈问一下 她的高龄津贴啥时候发', 'question'],
    ['超市把冰柜摆到人行道上 轮椅过不去', 'request'],
    ['电梯里广告屏声音开那么大 吵得头疼', 'request'],
    ['群里谁听说了 明年要换物业', 'chat'],
    // forty-sixth batch: the office's own posts, winter emergencies, young renters' slang
    ['各位：明早八点到十点供水管网检修，期间停水，请提前储水', 'chat'],
    ['已解决？我刚路过 那堆建筑垃圾还在单元门口', 'followup'],
    ['报了燃气味快半小时了 都二十分钟了还没见人来', 'followup'],
    ['小区那次停电恢复得挺快 物业值得表扬', 'chat'],
    ['前年冬天那次电梯停运 最后是维保师傅把人扒出来的', 'chat'],
    ['昨晚梦到楼上漏水把我家淹了 吓出一身汗', 'chat'],
    ['有人知道哪儿能修老式收音机吗', 'chat'],
    ['车棚那根电线冒火星了 纸箱已经点着 谁快去拿灭火器', 'request'],
    ['燃气报警器一直在响 屋里还有老人 物业快来', 'request'],
    ['我妈在厕所摔了 动不了 3单元 谁能先过去扶一下', 'request'],
    ['停电把我家孩子关电梯里了 快来人', 'request'],
    ['jzzm 在哪开 要带啥', 'question'],
    // forty-fifth batch: services asked as questions, neighbours talking about policies, a 东北 summer
    ['听说明年高龄津贴要涨 我家老太太还差两岁才够', 'chat'],
    ['听人说残疾人补贴下个月起要涨了 我家那口子一直在领', 'chat'],
    ['社区高龄津贴申请条件和需要的材料', 'question'],
    ['请教一下大病救助的申请条件', 'question'],
    ['我想给我爸申请高龄津贴', 'question'],
    ['大病救助那点钱 跟住院花的比起来杯水车薪', 'chat'],
    ['有没有邻居一起去菜市场 顺路捎上我', 'chat'],
    ['你们都做养老金认证了吗 我刚在手机上做完', 'chat'],
    ['大家晚上出门记得锁好电动车 最近丢了好几辆', 'chat'],
    ['物业这回还算快 下午报的漏水晚上就来人了', 'chat'],
    ['我们单元装电梯的事已经放弃了 一楼死活不签', 'chat'],
    ['单元门口那盏路灯坏一个礼拜了 晚上进出全靠手机照', 'request'],
    ['不是说这周五之前把车棚的垃圾清走吗 今天都周六了', 'followup'],
    ['我昨天留言的 有人看到吗', 'followup'],
    // forty-fourth batch: Spring Festival, WeChat's own forms, young families, volunteers, anger, 西南官话
    ['我帮她们把门口的对联贴好了 不用谢', 'chat'],
    ['初三了 你们年夜饭吃了没', 'chat'],
    ['去年过年好几家水管冻裂 今年出门前记得把暖气阀关小', 'chat'],
    ['卖糖葫芦的三轮车到了 要买的快下楼', 'chat'],
    ['据说隔壁小区昨晚有人家里进贼了 大家锁好门', 'chat'],
    ['你们单元是不是也老停电？我们这周停了两回', 'chat'],
    ['我家小狗生了四只 有人要小狗吗', 'chat'],
    ['每次漏水物业都说是楼上的问题 烦死了', 'chat'],
    ['你们家孩子开学了没', 'chat'],
    ['我退休前是水暖工 谁家水管有毛病喊我一声就行', 'chat'],
    ['社区那个新开的理发店靠不靠谱啊', 'chat'],
    ['楼下那家面馆味道还可以 就是贵了点', 'chat'],
    ['巡逻的保安小伙子人真好 还帮我提菜', 'chat'],
    ['上回楼上漏水 最后楼上赔了我两千 总算了结了', 'chat'],
    ['冬天出远门 麻烦保安有空帮看一眼我家窗户 18栋302', 'request'],
    ['门口快递让人拿走了 能不能调一下监控', 'request'],
    ['有人天天在单元门口晒被子 占起半条路 轮椅推不过去', 'request'],
    ['楼道灯从一楼到顶楼全黑 晚上只能打手电', 'request'],
    ['能不能把活动室开门时间改到早上八点', 'request'],
    ['三周前反映的路灯 到底修没修', 'followup'],
    ['那个占道的花坛后来怎么说', 'followup'],
    // forty-third batch: voice input's mistakes, a service asked for against asked about, nights
    ['给我奶奶报个助餐 她一个人做饭不方便', 'request'],
    ['帮我在系统里登记一下 我人在外地', 'request'],
    ['对面楼的射灯直射我家卧室 一晚上都睡不着', 'request'],
    // forty-second batch: an unmanaged lane neighbourhood, direct messages to the assistant, policies in dialect
    ['之前报嘅漏水 而家去到边一步', 'followup'],
    ['4栋楼梯口的电箱门开着 线都露出来了', 'request'],
    ['2楼那家天天把电瓶拎上楼充 一充一晚上', 'request'],
    ['楼梯间被楼下那户封起来当仓库了', 'request'],
    ['跟进一下 我上周报的下水道', 'followup'],
    ['工单一直显示待派单 是不是没人接单', 'followup'],
    ['师傅说下午来换水龙头 现在天都黑了也没来', 'followup'],
    ['昨天报的楼道灯 有人处理吗', 'followup'],
    // forty-first batch: 鄂皖 work-unit compounds, old people alone, places written every way
    ['你这话说得不对 人家一楼也是业主', 'chat'],
    ['下午活动室打扑克三缺一 来一个', 'chat'],
    ['帮我留个位子 马上到', 'chat'],
    ['刚才停了一会儿电 现在又来了 大家看看自家冰箱', 'chat'],
    ['2号楼3门502厨房下水返臭味 熏得受不了', 'request'],
    ['救护车刚把3栋李奶奶接走了 她儿子跟着去医院了', 'chat'],
    ['前些天摔了的刘大爷现在能下地了 刚在楼下晒太阳', 'chat'],
    ['对门小伙子天天帮独居的陈奶奶倒垃圾 真了不起', 'chat'],
    // fortieth batch: 内蒙古/新疆 early winter, an international compound, fees and the owners' committee
    ['请物业把今年停车费的收支明细公开', 'request'],
    ['强烈要求业委会公布这次维修基金的使用明细', 'request'],
    ['多收的两个月物业费请退回来 我都交过了', 'request'],
    ['The railing on the 3rd floor staircase is cracked and wobbly, someone could fall', 'request'],
    ['Nobody picks up the property hotline, tried five times today', 'request'],
    ['You said the leak would be fixed on Monday, it is Thursday now', 'followup'],
    ['Did anyone check the broken gate lock at Unit 4? I reported it last week', 'followup'],
    // thirty-ninth batch: 华北 spring, situations told at length, friction between neighbours
    ['助老餐在哪报名 要带什么', 'question'],
    ['楼下的，我家这两天没人在家，响声不是我们家的', 'chat'],
    ['我在自家门口晾个衣服怎么了？', 'chat'],
    ['咱俩私下商量着来 别惊动物业了', 'chat'],
    ['楼上那个情况可以去找社区调解室问问 免费的', 'chat'],
    ['我爸前年在社区办的高龄津贴 挺顺利的 一个礼拜就下来了', 'chat'],
    ['都是老邻居 能帮就帮一把', 'chat'],
    // thirty-eighth batch: 桂琼 late summer, the oldest residents' typing, a resettlement compound's workers
    ['赵姐，你家闺女的托育名额排上了没？我家也在等', 'chat'],
    ['店题 又 不走了 6号楼', 'request'],
    ['一保 今年 交多少', 'question'],
    ['保吉 三天没来拖地了', 'request'],
    ['这雷打得 吓得我家狗钻床底下', 'chat'],
    ['这湿度 衣服晒三天都晒不干', 'chat'],
    ['我家狗跑出去了 黄色的 谁看到说一声', 'chat'],
    ['门口那箱子是我家的 下午就搬走 对不住了', 'chat'],
    ['维修师傅已到现场 已关闭总阀 请3单元住户暂时别用水', 'chat'],
    ['有人知道哪里修纱窗便宜吗', 'chat'],
    ['充电桩的事已经报上去了 有进展第一时间告诉大家', 'chat'],
    // thirty-seventh batch: categories in everyday words, urgency and its look-alikes, chasing against reporting
    ['幼儿园今天教了火灾逃生 孩子回家就趴在地上爬 笑死', 'chat'],
    ['万一地震了 你们第一反应是往哪跑', 'chat'],
    ['我就说嘛 提了意见还是有用的', 'chat'],
    ['野猫越来越多 把我停的电动车坐垫都抓花了 车漆也刮花了', 'request'],
    ['晚上十一点了广场上还有人外放音响', 'request'],
    ['楼上晒的拖把水全滴在我家空调外机上', 'request'],
    ['物业能不能帮忙调一下监控 我放门口的快递不见了', 'request'],
    ['你们说的“明天就修”，这都第三天了', 'followup'],
    ['我的报修单怎么显示已完成了 根本没人来过', 'followup'],
    ['上回反映的楼顶漏水 最后处理结果是什么', 'followup'],
    ['说好月底前给答复 今天都下个月五号了', 'followup'],
    ['我家老人上个月申请的助餐 通过了没 一直没人通知', 'followup'],
    // thirty-sixth batch: the plum rains, children far away, a new estate's Saturday
    ['已经安排保安过去劝了 晚上十点后禁止广场舞', 'chat'],
    ['有话去业主大会上说 在群里吵没意思', 'chat'],
    ['晚饭吃什么 纠结死了', 'chat'],
    ['你这种情况可以找社区法律顾问 不要钱的', 'chat'],
    ['谁在南门口 帮我看看我家狗是不是跑出去了', 'chat'],
    ['有没有人带了雨伞 在1号门这边被困住了', 'chat'],
    ['家长们看住孩子 地库里车开得飞快', 'chat'],
    ['yyds 今天保洁阿姨把楼道擦得锃亮', 'chat'],
    ['美国这边刚起床 看到群里说下大雨了 大家注意', 'chat'],
    ['Anyone else get a letter saying their 医保 is suspended? Looks like a scam', 'chat'],
    ['社区有没有义工每周能陪我爸去复查', 'request'],
    ['楼上往下倒水 落在我家阳台的被子上了 湿了一大片', 'request'],
    // thirty-fifth batch: 晋豫 winter, the knowledge base's subjects in neighbours' talk, a renovation project
    ['退休证明得上哪开 社区还是单位', 'question'],
    ['残疾人补贴一个月领几百', 'question'],
    ['社区最近还有招保洁的岗位没', 'question'],
    ['老年食堂周日开门ma', 'question'],
    ['医保是在手机上交还是去窗口交', 'question'],
    ['社区有莫得四点半课堂 娃儿放学没得人管', 'question'],
    ['养老保险交满了一个月能领好多', 'question'],
    ['流动办公桌下周几来', 'question'],
    ['刘哥，你家孩子那个托育名额排上了没', 'chat'],
    ['你们谁家老人去过社区食堂 味道咋样', 'chat'],
    ['谁说装了电梯房价就涨 我们楼装了也没涨', 'chat'],
    ['有人说高龄津贴要取消 我看是谣言 别乱传', 'chat'],
    ['我舅说医保报销一般要等半个月 不用急', 'chat'],
    ['医保早上在支付宝就能交 搜医保缴费', 'chat'],
    ['楼道灯俩礼拜木人修 黑咕隆咚的', 'request'],
    ['垃圾桶五天没清了 味都出来了', 'request'],
    ['上回水管工说来修 修了木', 'followup'],
    ['外墙刷漆的把我家窗户溅得全是漆', 'request'],
    ['修完路一下雨水就往单元门里灌', 'request'],
    ['刚才是打雷吗 好响', 'chat'],
    ['你们都用什么驱蚊的 蚊香好像没用', 'chat'],
    ['闻到好香的红烧肉 谁家在做', 'chat'],
    ['2单元电梯门关不紧 开了又关 等了好久', 'request'],
    ['电梯里的风扇坏了 这么热的天 能修一下吗', 'request'],
    ['我周三报的水箱清洗 排上时间了吗', 'followup'],
    ['上回说的楼道堆物的事有没有后续 今天又堆上了', 'followup'],
    ['外卖小哥帮我把水扛上六楼 好感动', 'chat'],
    // thirty-third batch: 湖南 compounds, 广东 estates in Mandarin, the knowledge base's subjects in talk
    ['帮我报个名社区的志愿者 我姓王 平时都在家', 'request'],
    ['哪个晓得附近有修洗衣机的 靠谱点的', 'chat'],
    ['帮我看下这个短信是不是骗子 说我养老金账户异常', 'chat'],
    ['晾了三天衣服都晾不干 干衣机真是必备', 'chat'],
    ['楼上说得对 医保早交早安心', 'chat'],
    ['高龄津贴现在手机上就能申请了 不用来回跑了 挺好', 'chat'],
    ['电梯门关不拢 开开关关好几回才走', 'request'],
    ['社区能不能来楼下办一次 帮老人们办医保', 'request'],
    // thirty-second batch: 重庆 old compounds, 北京's big communities, the WeChat client's formats
    ['电梯修到什么程度了 说好三天 今天第五天了', 'followup'],
    ['我上个月交的居住证明 办好了没有哦', 'followup'],
    ['低保那个材料都补齐了 大概什么时候有结果', 'followup'],
    ['社区有没有人能帮忙给我爸送个饭上门 他一个人住', 'request'],
    ['5栋门口路灯不亮 篮球场那边也是黑的 一起修下吧', 'request'],
    ['我家也没水了 8栋也停了 物业给个说法', 'request'],
    ['电梯刚才晃了一下又好了 麻烦维保查查吧', 'request'],
    ['因为爆管停水了 大概几点能来水', 'request'],
    ['莫慌莫慌 我这就下来', 'chat'],
    ['都下来了 都莫事 说是线路老化', 'chat'],
    ['楼下那家面馆今天打八折 要去吃的抓紧', 'chat'],
    ['语音打错了 不是失业是湿衣服', 'chat'],
    ['[链接] 城乡居民医保开始缴费了 附缴费流程', 'chat'],
    ['光在群里说没用 打12345吧', 'chat'],
    // thirty-first batch: chat a careless bot would answer, northern new estates, old age
    ['有没有邻居认识修钢琴的师傅 推荐一个', 'chat'],
    ['我闺女在南京 她们小区物业跑了 垃圾好几天没人收', 'chat'],
    ['刷到个视频 外地有个小区地库全淹了 好吓人', 'chat'],
    ['刚才救护车开进来了 谁家有人不舒服吗', 'chat'],
    ['中午谁家炖排骨 整栋楼都是香味', 'chat'],
    ['停电通知：明天上午9点到11点检修线路，请大家提前做好准备', 'chat'],
    ['我是志愿者小周，今天上午走访了5栋的独居老人，大家都挺好', 'chat'],
    ['社区的同志辛苦了，下这么大雪还上门看老人', 'chat'],
    ['帮我看看这个电话是不是诈骗 说我社保卡要冻结了', 'chat'],
    ['我在app上报的水管一直显示待派单 两天了', 'followup'],
    ['门刚才卡了一下 现在好了 还是找物业来看看吧', 'request'],
    ['我妈耳朵不好 麻烦给她登记一个助听器的名额', 'request'],
    ['能不能请个志愿者陪我爸去医院复查 我在外地', 'request'],
    ['有没有志愿者能每周帮忙给我妈买点菜 她腿脚不便', 'request'],
    ['社区能不能给他安排几天送餐 他刚出院家里没人', 'request'],
    // thirtieth batch: staff compounds, long messages, one ordinary day
    ['感谢后勤的刘师傅！前天晚上我家暖气管漏水，他半夜赶过来修好了，还帮我把地拖干净。这样的师傅不多了', 'chat'],
    ['谢谢物业上周修好了路灯！不过今天单元门的门禁又坏了 麻烦来看看', 'request'],
    ['我上个月就跟物业说过地库有辆车占了我的车位，说会贴条。今天去看车还在 条也没贴。到底有没有人在跟？', 'followup'],
    ['前阵子帮我爸报了上门理发，说每月来一次。来了一回以后再也没人来过了。想问问是不是排不上了', 'followup'],
    ['业委会说一个月内把公共收益贴出来。现在两个月过去了 公告栏还是老样子', 'followup'],
    ['今天天气好 在楼下跟老邻居聊天 聊着聊着看到对面楼顶冒黑烟 有火光 已经打119了 物业快组织大家下楼', 'request'],
    ['这两天群里为停车吵得厉害。大家消消气 有话好好说 都是邻居', 'chat'],
    ['骑车在门口滑了一跤 蹭破点皮 没什么大事 下雨天大家慢点骑', 'chat'],
    ['@李阿姨 您家外孙我顺路接回来了 在我家写作业呢', 'chat'],
    ['锅炉房能不能查一下是不是循环泵坏了 暖气一直不热', 'request'],
    ['我三月份报的下水道那个单子 怎么显示已处理了 师傅根本没来过', 'followup'],
    // twenty-ninth batch: applications asked after against policy questions, 皖北/苏北 compounds, a typhoon week
    ['我妈的低保申请是不是被退回了 怎么没人告诉我', 'followup'],
    ['我家老人的养老金认证上个月就做了 手机上还显示未认证', 'followup'],
    ['医保报销的申请递到区里了吗 都一个多月了', 'followup'],
    ['我的志愿积分怎么还没加上 上周参加了两次活动', 'followup'],
    ['我爸的残疾证换证申请办了两个多月了还没下来', 'followup'],
    ['我妈的高龄津贴办了快两个月了 钱还没打进卡', 'followup'],
    ['隔壁王叔的优待证办下来了 坐公交都免费了', 'chat'],
    ['去年我们楼也申请过装电梯 有两户不同意 最后黄了 想想真可惜', 'chat'],
    ['@刘姐 明天一起去社区食堂吃饭不', 'chat'],
    ['请帮我们楼的孙奶奶申请一下高龄津贴 她儿女都在外地', 'request'],
    ['麻烦社区帮我打印一份居住证明 我不会弄', 'request'],
    ['能不能安排志愿者每周来陪我爸去趟医院', 'request'],
    ['今个下午俺值班 有事打俺电话', 'chat'],
    ['今天广场舞不跳了 下雨', 'chat'],
    ['俺家那口子厂子关门了 在家闲着 社区有啥门路不', 'question'],
    ['停电那会灯就坏了 现在来电了还是不亮', 'request'],
    ['地库的水什么时候能抽干 我的车还泡在里面', 'request'],
    ['车棚顶被风掀掉了一块 先拉根绳子别让人靠近吧', 'request'],
    ['暴雨橙色预警又来了 这雨下了一礼拜了', 'chat'],
    ['需要的说一声 我明天去超市可以帮带点菜', 'chat'],
    // twenty-eighth batch: 西北 compounds, the 春节 weeks, 云贵桂 compounds
    ['我爸的残疾人补贴审核过了么 说是街道在批', 'followup'],
    ['我去年底交的医保报销材料 现在审到哪一步了', 'followup'],
    ['那个门禁卡的事 物业说报给公司了 公司回话没得', 'followup'],
    ['低保材料递上去了 啥时候能批下来嘞', 'followup'],
    ['充电桩扫码扫不起 钱扣了也么反应', 'request'],
    ['楼下那家的狗天天叫 跟他说了多少回么用', 'request'],
    ['电梯刚才卡了一下 人都出来了没事 但还是得有人来查查咋回事', 'request'],
    ['过节期间不是不准装修吗 楼上一大早就在砸墙', 'request'],
    ['5栋电梯又坏了 过年期间有人修吗 家里有老人', 'request'],
    ['一辆红色面包车挡在我家车库门口 急急急 谁的赶紧挪', 'request'],
    ['我姥姥自己住 过节饭店都关了 能不能帮她安排一下送餐上门', 'request'],
    ['有股液化气味 吓一跳 原来是隔壁在炒辣椒', 'chat'],
    ['回老家的路上 高速堵得一动不动', 'chat'],
    ['今天这沙尘暴 啥也看不见 窗户缝里都是土', 'chat'],
    ['门口那棵树下的长椅我也同意换 签字算我一个', 'chat'],
    ['周末社区合唱团排练 谁一起去', 'chat'],
    ['物业通知：新门禁卡已到 请带身份证到物业前台领', 'chat'],
    ['在这住了二十年 下个月要搬走了 舍不得大家', 'chat'],
    ['孩子放学没地方写作业 听说社区有人看着 咋个报名', 'question'],
    // twenty-seventh batch: older northern compounds, 杭甬绍 estates, replies inside threads
    ['高龄津贴是自动发的 不用去申请 我家就是这样', 'chat'],
    ['那我的呢？我前天也报了', 'followup'],
    ['邻里邻居的 好好说说 别伤了和气', 'chat'],
    ['流浪狗也是条命 我天天喂着呢', 'chat'],
    ['5栋电梯里关着的那两个人出来没有', 'followup'],
    ['想在小区组织个广场舞队 能不能给找个活动室', 'request'],
    ['有没有人出二手的婴儿床', 'chat'],
    ['物业费交了一个月了收据还没给 问了三次都说过两天', 'request'],
    ['我上礼拜报咗后门门禁坏咗，几时嚟整啊？', 'followup'],
    ['保洁好几天没来了 楼梯扶手一摸一手灰', 'request'],
    ['有个小孩在楼下哭 找不到大人 我先带到保安亭了 谁家的赶紧去领', 'chat'],
    ['能不能跟公交公司反映一下 在小区门口加个站', 'request'],
    ['群里老有人发砍一刀的链接 能不能别发了', 'chat'],
    ['今天特别想感谢一下物业的李师傅，昨晚水管漏了，他半夜过来修好了，一分钱没收。', 'chat'],
    ['请问社区服务中心周六周日开门吗？我平时上班去不了。', 'question'],
    ['刚才又有人从楼上丢了个饮料瓶下来 差点砸到人 物业查查监控', 'request'],
    ['哪个掉了把钥匙？挂着个小熊 放在门岗了', 'chat'],
    ['四点半课堂好久开始报名', 'question'],
    ['充电桩充了一晚上还是没电 钱倒是扣了 找哪个退', 'request'],
    ['可以先电话预约 当天就能拿 带上身份证就行', 'chat'],
    ['中午十二点到两点不是规定不让施工吗 楼上还在打电钻', 'request'],
    ['5号楼老人的午饭送了没 我打电话他说还没吃上', 'followup'],
    ['能不能给儿童乐园那边加两盏灯 晚上黑乎乎的', 'request'],
    ['【急】3栋2单元水管爆了 水一直往外冒 物业快来', 'request'],
    ['哪位有修空调的电话？外机不转了', 'chat'],
    ['刚才那辆救护车来小区是咋回事？有知道的吗', 'chat'],
    ['我家那只狗子今天去打疫苗 吓得直抖', 'chat'],
    ['朋友圈看到有小区电梯里电瓶车起火了 太吓人了 大家别推车进电梯', 'chat'],
    ['老李你家那个漏水修好了没 改天一起钓鱼', 'chat'],
    ['谁家的车停在3栋门口 挡着单元门了 车上留的电话打了没人接', 'request'],
    ['社区能不能办个讲座 教老人用智能手机', 'request'],
    ['楼道里天天有人练架子鼓 一练两三个小时', 'request'],
    ['3单元的老人们都让我反映反映 楼下那段路的路灯坏了好几盏', 'request'],
    ['李奶奶家高龄津贴的申请批了没有 她儿子托我问问', 'followup'],
    ['邻居托我问问 社区有没有大病救助 怎么申请', 'question'],
    ['帮5栋几户问一下 地下室的积水抽完了没有', 'followup'],
    ['@刘叔 3号楼是停电检修 早上物业发了的 往上翻翻', 'chat'],
    ['楼下新开的水果店今天开张 买一送一', 'chat'],
    ['明天刮台风，天气预报说阵风八级。大家把阳台上的东西收一收，窗户关好，尽量别出门。', 'chat'],
    ['我家住5楼，去年装修的时候楼道灯就不太亮。最近彻底不亮了，晚上上下楼只能开手机电筒。我爸腿脚不好，前两天差点踩空。麻烦物业派人来换一下灯。', 'request'],
    ['能不能在东门边上装几个快递柜', 'request'],
    ['建议在2号楼后面多放几个垃圾桶', 'request'],
    ['车库顶漏雨好几天了 车上全是泥点子', 'request'],
    ['他家的狗天天叫一晚上 整个单元都睡不好', 'request'],
    ['物业说归绿化公司管 绿化公司说归物业 踢皮球', 'request'],
    ['刘奶奶家助餐的申请批下来没有 她儿子托我问问', 'followup'],
    ['yb今年交多少', 'question'],
    ['db怎么申请', 'question'],
    ['What are the opening hours of the community office?', 'question'],
    ['Can I get a proof of residence from the community office?', 'question'],
    ['我婆婆去年开始领养老金了 每个月不多 聊胜于无', 'chat'],
    ['我签了 王叔你也抓紧签一下', 'chat'],
    ['残疾人补贴的申请交了快两个月了 受理了没', 'followup'],
    ['王姐 你家那个廉租房批下来没呀', 'chat'],
    ['第二次问了 楼道灯到底有没有人修 上回都说在安排', 'followup'],
    ['这种事我家也遇到过 后来找了居委会才解决的', 'chat'],
    ['门禁卡丢了 想补一张 去哪补', 'request'],
    ['隔壁天天半夜剁馅子 一宿一宿睡不着', 'request'],
    ['物业电话没人接 前台也没人 有事到底找谁', 'request'],
    ['转：11月1日起城乡居民医保开始缴费，请大家互相转告', 'chat'],
    ['@刘姐 荔枝到了没 我下班去拿', 'chat'],
    ['劳驾问一句 街道服务中心搬到哪去了', 'question'],
    ['说了好几回了 楼上还是半夜蹦迪 能不能请社区出面调解一下', 'request'],
    ['人民调解去哪申请 要收钱吗', 'question'],
    ['有没有懂修电脑的邻居 付费也行', 'chat'],
    ['你家孩子天天在楼道里踢球 我们家老人午睡都睡不好', 'chat'],
    ['燃气报修直接打这个 96777', 'chat'],
    ['这个我知道 去社区填个表就行 你问问网格员', 'chat'],
    ['后院那个游泳池有人沉下去了 快来人', 'request'],
    ['Is the fire drill next week for every building?', 'chat'],
    ['我老伴瘫在床上三年了 这种情况能领护理补贴不', 'question'],
    ['我爹当过兵 打过仗 现在有什么优待没有', 'question'],
    ['闲着没事 想去社区帮帮忙 在哪报名', 'question'],
    ['这个月一个人懒得开火 附近有没有吃口热乎饭的地方', 'question'],
    ['介楼道灯坏了 麻烦给换一个', 'request'],
    ['谁把车停我车位上了 赶紧挪走', 'request'],
    ['能不能叫网格员上门来取一下表格 我腿脚不方便', 'request'],
    ['麻烦社区帮我们盖个章往上报', 'request'],
    ['交房的时候说好的儿童乐园呢 到现在还是一片空地', 'request'],
    ['找他家说了三回了 还是天天往楼道里堆东西 物业管管吧', 'request'],
    ['诶 老王，你家孙子考上哪了', 'chat'],
    ['助餐卡今天开始充值了 带上身份证去窗口', 'chat'],
    ['昨天困电梯里吓坏了 好在五分钟就出来了', 'chat'],
    ['上次群里问的门禁卡 有确定时间了吗', 'followup'],
    ['小区东门的路登好几天不亮了 晚上黑咕隆咚', 'request'],
    ['居民一保今年每人交多少', 'question'],
    ['高领津贴八十岁才能领吗', 'question'],
    ['隔壁把楼梯口圈成自己家的储藏间了', 'request'],
    ['对门的 你家晒的床单刮到我家窗户上了', 'chat'],
    ['这几天冷得人受不了 明天还要降温', 'chat'],
    ['空地上放个快递柜吧 现在包裹都堆在门口', 'request'],
    ['已认证 谢谢网格员上门', 'chat'],
    ['周六支部活动用的会议室灯管坏了 下周要用 麻烦报修', 'request'],
    ['晚上好黑 北门那段路灯全灭了', 'request'],
    ['冇水了 整栋楼都冇水', 'request'],
    ['燃气公司的人下午到5栋入户检查，请各位住户家里留人', 'chat'],
    ['垃圾车今天坏在半路了，下午调别的车来清运，抱歉抱歉', 'chat'],
    ['对 我上周也差点在那踩空', 'chat'],
    ['好险，幸好没砸着人', 'chat'],
    ['这次维修很满意，给师傅打五星', 'chat'],
    ['上周交给社区的廉租房申请，审到哪一步了', 'followup'],
    ['师傅来了没？说好上午来换水表的', 'followup'],
    ['对面又开始砸墙了，物业说的话跟没说一样', 'request'],
    // seventeenth batch: ordinary traffic in old northern and new southern compounds
    ['下水道那事儿咋说的，今天还冒呢', 'followup'],
    ['路灯说这周修，已经过了十天了', 'followup'],
    ['最近保洁都不拖楼道了，地上都是灰', 'request'],
    ['能不能给我妈办个长期通行证，她天天来帮我带孩子', 'request'],
    // sixteenth batch: ordinary traffic, near misses between intents
    ['有个小孩掉进东门的窨井里了！井盖被人挪开了，快来人！！', 'request'],
    ['谁知道电梯维保电话多少，我困在电梯里了', 'request'],
    ['听说昨天3栋电梯困人了，还好人没事', 'chat'],
    ['我家老人做饭老忘关火，真怕哪天出事', 'chat'],
    ['明天停水，赶紧存水', 'chat'],
    ['上个月交的加装电梯申请，到底卡在哪一步', 'followup'],
    ['材料都准备好了，麻烦社区帮我递给街道', 'request'],
    ['俺前两天报那个路灯嘞事，弄了没', 'followup'],
    ['好的 我们明天安排师傅上门看看', 'chat'],
    // fifteenth batch: talking to the assistant, several matters in one message
    ['你回复得也太慢了吧', 'chat'],
    ['上次报的电梯困人，调查结果出来了吗', 'followup'],
    ['我提交的噪音投诉现在是什么状态', 'followup'],
    ['对面楼冒黑烟了，已经打了119，快通知物业', 'request'],
    ['麻烦物业来修一下我家门口的灯……算了不麻烦了，我自己换', 'chat'],
    ['请问社区食堂几点开门？哦我看到门口贴的了，谢谢大家', 'chat'],
    ['谢谢物业昨天修好了水管！今天水又停了，整栋楼都没水', 'request'],
    ['⚠️提醒大家⚠️ 北门那根路灯杆歪了，风一大就晃，物业赶紧处理吧', 'request'],
    ['周六我家搬家，会占一下楼门口，请大家见谅。另外想请物业帮忙把电梯挂上保护垫', 'request'],
    // fourteenth batch: the middle of the distribution, category boundaries
    ['7号楼门口那辆车挪了没', 'followup'],
    ['早上打电话报的停水，说中午来水，现在还没有', 'followup'],
    ['保安对老人说话特别凶', 'request'],
    ['充电桩才8个，能不能再加装一些', 'request'],
    ['楼道里堆了好多纸箱子，谁家的啊，物业管管', 'request'],
    ['群主，能把我妈拉进群吗', 'chat'],
    // thirteenth batch: public rental housing, the night
    ['这个月房租实在交不起，能不能缓一缓再交', 'request'],
    ['有个人在挨家挨户拧门把手，保安快来', 'request'],
    ['十二点了楼上还在蹦迪，物业管管吧', 'request'],
    ['隔壁小区着火了，这边能看到烟，大家把窗户关好', 'chat'],
    ['那个味道是楼下在熬中药，不是煤气', 'chat'],
    ['昨晚停电的原因找到了吗', 'followup'],
    ['我被锁在单元门外面了，保安能来开一下吗', 'request'],
    // twelfth batch: 上海 lane houses, English and lists
    ['我礼拜二报修个晒台漏水，房修队啥辰光来？', 'followup'],
    ['弄堂口个路灯坏脱了，夜里向黑乎乎，麻烦来修一修', 'request'],
    ['The lift in building 3 is stuck again, please send someone', 'request'],
    ['garbage not collected for 4 days near building 2, smells terrible', 'request'],
    ['I reported the broken light 5 days ago, any update?', 'followup'],
    ['Someone is trapped in the elevator!! please call maintenance now', 'request'],
    ['物业你好，我家两个问题：\n1. 卫生间下水道堵了\n2. 阳台地漏返水\n地址5-1-302', 'request'],
    ['周六活动接龙\n1. 张三\n2. 李四\n3. 王五', 'chat'],
    // eleventh batch: elderly voice input, the knowledge base's boundary
    ['麻烦社区给我开个居住证明，单位要用，我下午来拿', 'request'],
    ['能帮我填一下残疾人补贴的申请表吗，我眼睛不好', 'request'],
    ['麻烦社区帮我登记一下公益岗，电话139****1234', 'request'],
    ['请把我拉进助餐的群', 'request'],
    ['开居住证明要带房产证吗', 'question'],
    ['驾照过期了去哪里换，要预约吗', 'chat'],
    ['大家注意！有人说能帮忙代办高龄津贴收手续费，都是骗子', 'chat'],
    ['我报的那个路灯 么子时候来修', 'followup'],
    ['优待证申请交上去了，一直显示审核中', 'followup'],
    ['居保一年最少交多少', 'question'],
    // tenth batch: an ordinary week in a 武汉 compound, friction between neighbours
    ['物业：已登记，下午安排师傅上门', 'chat'],
    ['网格员：办居住证明带户口本和身份证，工作日来社区', 'chat'],
    ['3栋的楼道灯周二报的，还冇人来换', 'followup'],
    ['中午说三点前修好，现在五点了', 'followup'],
    ['周一说垃圾站太臭，有没有人去说一下', 'followup'],
    ['单元门说周五换，今天还是关不上', 'followup'],
    ['水么时候来啊', 'followup'],
    ['电梯周一修好了，今天又在咔咔响', 'request'],
    ['我家的猫找到了冇', 'chat'],
    ['有的人门口鞋子堆成山，真是活久见', 'chat'],
    ['大家都少说两句吧，远亲不如近邻', 'chat'],
    ['本人5栋802，下周开始装修，有噪音请多包涵', 'chat'],
    ['楼上装修能不能请物业协调下，中午别打电钻，谢谢大家', 'request'],
    // ninth batch: chasing after a report, very short messages
    ['#4410 状态还是处理中 到底处理啥', 'followup'],
    ['报修第八天了 物业效率真高', 'followup'],
    ['这都第四次催了', 'followup'],
    ['下水道的事都半个月了！！', 'followup'],
    ['师傅说要订配件 配件到货了吗', 'followup'],
    ['路灯修了吗', 'followup'],
    ['电梯啥时候来人', 'followup'],
    ['物业呢？', 'followup'],
    ['上回报的呢', 'followup'],
    ['撤销报修 是我家自己跳闸了', 'chat'],
    ['那个链接点不开啊', 'chat'],
    ['车库有股煤气味 大家注意', 'request'],
    // eighth batch: on behalf of others, 豫/鲁 words, a new estate's owners
    ['前两天帮对门李奶奶报的垃圾，拉走一半，剩下的还拉不拉了', 'followup'],
    ['上回替我爸反映的路灯，咋还木有人来', 'followup'],
    ['我妈的助餐申请批下来没有', 'followup'],
    ['上次您说帮我爸登记体检，登记上了吗', 'followup'],
    ['大家好，先说个喜事，咱楼的合唱拿了奖。另外三单元门口的路灯一直不亮，请物业尽快修一下。再就是下周的接龙别忘了', 'request'],
    ['大家好 我在外地上班 我妈住5号楼 她说晚上门岗经常没人 麻烦物业加强一下巡逻 谢谢大家照顾', 'request'],
    ['这群里有会修缝纫机的吗 我奶奶那台不转了', 'chat'],
    ['我妈包的饺子给几个志愿者送了点，大家别笑话', 'chat'],
    ['师傅手艺真好，让我一定在群里夸一下', 'chat'],
    ['双十一的快递把快递柜全占了 笑死', 'chat'],
    ['电梯里那个味儿真不是我[捂脸]', 'chat'],
    ['充电桩计费有问题 充了10度扣了我40块 app是不是有bug', 'request'],
    ['我们报的那个路灯 有人跟进没有', 'followup'],
    ['反映了好多次的垃圾房 到底好久来清', 'followup'],
    ['那个堵在车库口的电动车挪走了没', 'followup'],
    ['住房补贴的申请递上去一个月了 还在审核吗', 'followup'],
    ['上个月交的残疾证材料 什么时候有结果', 'followup'],
    ['后面那段围墙垮了 外面的人都钻得进来', 'request'],
    ['菜价又涨了 肉都吃不起了', 'chat'],
    ['楼上那条小狗好乖 天天趴在门口', 'chat'],
    ['刚才地震了 你们感觉到没', 'chat'],
    ['隔壁装修是吵 不过人家白天干的 忍忍吧', 'chat'],
    ['我之前也被困过一次 吓得腿软', 'chat'],
    ['饭烧干了 还好我回来得早 差点出事', 'chat'],
    ['参加植树的朋友们 周六早上7点南门集合 记得带手套', 'chat'],
    ['我家老人的高龄津贴每月都按时到账 挺好', 'chat'],
    ['问下大家 这个月水费是不是比平时多 我家多了八十多', 'chat'],
    // requests: a problem, an ask, or both
    ['3号楼楼道的声控灯坏了三天了 麻烦物业来换一下', 'request'],
    ['小区后门的下水道堵了 污水流了一地', 'request'],
    ['电梯门关的时候夹人 差点把我家孩子夹到', 'request'],
    ['隔壁每天晚上唱K到一点 实在受不了了', 'request'],
    ['单元门口的垃圾一个礼拜没人收了 臭得不行', 'request'],
    ['我爸八十多了一个人在家 社区能不能定期派人上门看看他', 'request'],
    ['请问电梯停了要找谁修啊 从早上就不动了', 'request'],
    // questions the knowledge base answers, even when the policy is not named
    ['城乡居民医保怎么交 一年多少钱', 'question'],
    ['我妈刚满八十岁 听说社区每个月给老人发点钱 去哪里办', 'question'],
    ['家里一个月收入就一千多 困难得很 有没有什么补助能申请', 'question'],
    ['想给老楼装部电梯 要多少户同意', 'question'],
    ['退伍回来档案放哪里', 'question'],
    ['社区星期六有人上班吗', 'question'],
    // followups
    ['上周报的路灯 修了没有 还是黑的', 'followup'],
    ['之前反映的漏水问题有进展吗 等了好几天了', 'followup'],
    ['@物业 昨天说下午来修水管 人呢', 'followup'],
    ['你们说月底前把路灯修好 现在都月底了', 'followup'],
    ['谁家的电动车老是堵在楼梯口 上下楼都要侧着身子', 'request'],
    ['对面工地晚上十二点还在打桩 吵得根本睡不成', 'request'],
    ['楼下花坛边有个老太太倒地上了 叫不醒', 'request'],
    ['城乡居民医保在手机上能交不', 'question'],
    ['請問之前報修的樓道燈，物業有回覆了嗎？', 'followup'],
    ['那个垃圾桶的事呢 到现在还没换', 'followup'],
    ['修好没啊', 'followup'],
    ['我5号发的那个下水道堵了 到现在没人来看过 是不是给忘了', 'followup'],
    ['上个月交的低保材料 钱什么时候能批下来', 'followup'],
    ['6号楼的路灯到现在还黑着 师傅啥时候来', 'followup'],
    ['上个月报嘅门禁 有冇人跟进啊', 'followup'],
    ['电梯报修快一个月了 然后呢', 'followup'],
    ['说了五天了 还是没人来', 'followup'],
    ['那堆建筑垃圾还堆在楼下呢 什么时候拉走', 'followup'],
    ['对门把自行车堆在过道 说了好几次都不听', 'request'],
    ['the door lock of unit 2, any update? 前天报的', 'followup'],
    ['3栋后面那个角落 耗子成群 晚上到处窜', 'request'],
    ['建议在单元门口放几个快递架子 包裹老是被人拿错', 'request'],
    // followups on promises and on applications handed in (handwritten-24, -25)
    ['催一下 上礼拜说给单元门换锁 换了没', 'followup'],
    ['前几天你们说周末来清化粪池 办好了冇', 'followup'],
    ['我爸的残疾人补贴材料交上去一个多月了 到现在还没批下来', 'followup'],
    ['公益岗报名了说等通知 等了三个礼拜了 一点消息都没有', 'followup'],
    // requests the works or a charge cause (handwritten-25)
    ['装管道的工人把我家热水器拆下来 五天了还没装回去', 'request'],
    ['凭什么一楼也要交电梯费 我们又不坐', 'request'],
    ['那辆黑色轿车把我的车别住了 谁家的 麻烦下来挪一下', 'request'],
    // messy forms (handwritten-26, -27): a bare thing named, a short status question, pinyin initials, English,
    // thanks followed by a new report, a quoted question asked again, a private matter handed to the community
    ['路灯！！', 'request'],
    ['还没修', 'followup'],
    ['dt又坏了 wy快派人来看看', 'request'],
    ['the light on 5F of building 2 is broken, pls fix', 'request'],
    ['any update on the water leak I reported last week?', 'followup'],
    ['谢谢保安大哥昨天帮我搬东西 另外3号楼门口那盏路灯又不亮了', 'request'],
    ['「请问残疾人补贴怎么申请」 同问', 'question'],
    ['房东不退押金 社区能不能出面帮我们调解一下', 'request'],
    // 粤
    ['琴日报嘅沙井 有冇人嚟睇过？', 'followup'],
    ['楼下大排档夜夜开到三点 我哋点瞓啊', 'request'],
    // chat: someone answering a call for help, neighbours arguing, a vote (handwritten-24, -25)
    ['已经联系燃气公司了 师傅马上到 大家别开灯别用明火', 'chat'],
    ['好的 我们明天安排水电工上门看看', 'chat'],
    ['自己家孩子不管好 还好意思说人家', 'chat'],
    ['加装电梯我们二楼坚决不同意', 'chat'],
    // chat: greetings, acks, thanks, notices, ads, lists, lost and found, small talk, uncovered questions
    ['大家早上好', 'chat'],
    ['收到', 'chat'],
    ['[强][强][强]', 'chat'],
    ['谢谢物业 灯已经换好了 晚上亮堂多了', 'chat'],
    ['【温馨提示】本周六上午9点至11点3号楼电梯保养 请大家错峰出行', 'chat'],
    ['各位业主 下周一开始燃气入户安检 请家中留人 谢谢配合', 'chat'],
    ['出租车位一个 地下二层 每月三百 有意私聊', 'chat'],
    ['#接龙 周日包粽子\n1. 王姐\n2. 老张\n3. 小雨妈妈', 'chat'],
    ['捡到一把电动车钥匙 放在门卫了 失主来领', 'chat'],
    ['谁家的雨伞落在电梯里了', 'chat'],
    ['看新闻说别的小区有人在楼道充电起火了 大家千万注意', 'chat'],
    ['5号楼停电是线路检修 师傅已经在弄 大家稍等一下', 'chat'],
    ['上周我家水管也爆过 还好师傅来得快 现在想想还后怕', 'chat'],
    ['老李今天八十大寿 祝老李福如东海寿比南山', 'chat'],
    ['有没有人知道附近哪里配眼镜便宜', 'chat'],
    ['今年冬天什么时候开始供暖啊', 'chat'],
    ['楼道灯是我家换的 已经好了 不用报了', 'chat'],
    ['晚上小区里路灯都亮了 散步挺舒服的', 'chat'],
    ['昨晚停车场那辆车冒烟的事 消防看过了 没事了 大家放心', 'chat'],
    ['那个新闻看到没 外地有个小区电梯掉下来了', 'chat'],
    ['明早去公园打太极 有一起的吗', 'chat'],
    ['以前这条路一下雨就成河 现在修得多好', 'chat'],
    ['有没有人捡到一张公交卡 蓝色卡套', 'chat'],
    ['门口草坪全是瓜子壳 半个月没人捡了', 'request'],
    ['新装的门禁弹开又关上 来回好几次 麻烦来看下', 'request'],
  ])('understand › when the message is %p › then the intent is %p', (text, intent) => {
    // Act
    const result = understander.understand(text)

    // Assert
    expect(result.intent).toBe(intent)
  })
})

describe('understand › location in other scripts', () => {
  it.each<[string, Record<string, string>]>([
    ['電梯按鈕壞了 九棟', { building: '9' }],
    ['the lift in block 12 is broken again', { building: '12' }],
    ['light out on 7F, building 3', { building: '3', floor: '7' }],
    ['5座电梯又坏咗', { building: '5' }],
  ])('understand › when the place is written as %p › then it is found', (text, location) => {
    expect(understander.understand(text).location).toEqual(location)
  })
})

describe('understand › category', () => {
  it.each<[string, RequestCategory[]]>([
    ['我妈膝盖不好 社区能不能帮忙借个助行器', ['elderly-care']],
    ['老人卫生间想装个扶手 起夜老摔', ['elderly-care']],
    ['单元门口那辆车停了半个多月没动 挡着无障碍坡道', ['parking']],
    ['又有辆白车停消防通道上了 消防车都进不来', ['parking']],
    ['车库进水了 已经到膝盖了 还在往下灌', ['water']],
    ['楼道窗户被风吹碎了 玻璃渣子满地都是 快来扫扫', ['sanitation']],
    ['我家空调外机支架锈得厉害 有点歪了', ['safety']],
    ['大风把树刮倒了 压在车上了', ['safety']],
    ['单元门口堆着好几箱烟花 谁家的 这要是着了可不得了', ['safety']],
    ['有人在车棚边放烟花 把一辆电动车点着了', ['safety']],
    ['北门道闸又抬不起来了 门口排了一串车在按喇叭', ['facilities', 'parking']],
    ['后面那道挡土墙鼓出来了 下雨天怕滑坡', ['safety']],
    ['单元门口的梯坎有块石板松了 踩着晃', ['facilities']],
    ['门岗保安随便放外面的车进来 也不登记', ['property']],
    ['电梯里又有猫屎 踩得到处都是 保洁快来清一下', ['sanitation']],
    ['我妈困在电梯里出不来 她有心脏病', ['elevator']],
    ['单元门口的井盖松了 车一过就哐哐响 半夜都能听见', ['facilities']],
    ['楼前那段路的雪没人扫 都踩成冰了', ['sanitation', 'property']],
    ['保洁阿姨好久没来了 楼梯扶手上都是灰', ['property', 'sanitation']],
    ['验房发现卧室地砖好几块空鼓 开发商什么时候来返工', ['other']],
    ['物业前台电话一直打不通 去了也没人', ['property']],
    ['停车场c区的灯都坏了 开车进去看不清路', ['lighting']],
    ['有人天天把电瓶车推进电梯拿回家充', ['ev-charging']],
    ['一辆面包车堵住了单元门 推婴儿车出不去', ['parking']],
    ['保洁半个月才拖一次楼道', ['property']],
    ['化粪池满了 整个院子一股臭味', ['water']],
    ['小区花园的泔水桶没盖盖子 臭得很', ['sanitation']],
    ['楼道的声控灯拍手也不亮', ['lighting']],
    ['楼顶有人搭了个阳光房', ['safety']],
    ['地下车库的灯一大半都不亮了', ['lighting']],
    ['燃气表那里的管子嘶嘶响 一股味', ['safety']],
    ['电梯停了两天了 我妈八十多住十楼 下不了楼', ['elevator']],
    ['单元门口总停着一辆车 我爸坐轮椅推不出去', ['parking']],
    ['坐轮椅的大爷下不了楼 电梯又坏了 能不能派人帮忙抬一下', ['elderly-care']],
    ['厨房下水往上返臭水', ['water']],
    ['想在自己车位装个充电桩 物业不给批', ['ev-charging']],
    ['又有人从楼上扔花盆 差点砸到人', ['safety']],
    ['卫生间地漏冒粪水 臭死了', ['water']],
    ['门口的路烂了个大坑 一下雨全是水', ['facilities']],
    ['扫码挂号我不会 社区能不能教教老人', ['other', 'elderly-care']],
    ['厨房水龙头关不严 一直滴水', ['water']],
    ['楼道里有人私拉电线给电瓶车充电', ['ev-charging', 'safety']],
    ['电梯运行时有很大的异响 坐着心慌', ['elevator']],
    ['有辆车天天停在消防通道上 物业也不管', ['parking', 'safety']],
    ['绿化带里扔满了外卖盒子 苍蝇乱飞', ['sanitation']],
    ['单元门禁刷卡没反应 门也锁不上', ['facilities']],
    ['楼下飘上来一股煤气味 不知道谁家的', ['safety']],
    ['楼上装修电钻从早上八点响到晚上', ['noise']],
    ['对门把鞋柜放在公共走廊上 说了好几次也不搬', ['dispute']],
    ['保安上班时间玩手机 外来人员随便进出', ['property']],
    ['独居的张奶奶腿脚不便 想请社区帮忙送饭上门', ['elderly-care']],
    ['小区的手机信号太差了 打电话都听不清', ['other']],
    ['8楼走廊一股燃气味 我没敢按电梯 也没开灯', ['safety']],
    ['楼道里被对门装修堆满了水泥袋 半个月了没人清', ['sanitation']],
    ['楼梯扶手被楼上装修的拆了一直没装回去', ['facilities']],
    ['隔壁在楼道装了个摄像头对着我家门口', ['dispute']],
    ['车库里有辆电瓶车在烧 烟好大 快来人', ['safety', 'ev-charging']],
    ['3栋卫生间的马桶冲不下去 整层都这样', ['water']],
    ['充电区的顶棚坏了 雨天插头泡在水里', ['ev-charging']],
    ['楼上说我家晾衣服滴水 天天来吵 请社区给评评理', ['dispute']],
    ['小区门口的红绿灯坏了两天 过马路太危险', ['other']],
  ])('understand › when the request is %p › then the category is one of %p', (text, accepted) => {
    // Act
    const result = understander.understand(text)

    // Assert
    expect(result.intent).toBe('request')
    expect(accepted).toContain(result.category)
  })

  it('understand › when the message is not a request › then no category is given', () => {
    // Act
    const result = understander.understand('大家晚上好')

    // Assert
    expect(result.category).toBeUndefined()
  })
})

describe('understand › faq', () => {
  it.each<[string, string]>([
    ['低保每个月能领多少钱', 'dibao'],
    ['最低生活保障要准备什么材料', 'dibao'],
    ['残疾证办下来了 有什么补贴', 'disability-subsidy'],
    ['四点半课堂收费吗', 'childcare'],
    ['社区食堂几点开饭', 'elderly-canteen'],
    ['开居住证明要带什么', 'residence-proof'],
  ])('understand › when the question is %p › then the topic is %p', (text, faq) => {
    // Act
    const result = understander.understand(text)

    // Assert
    expect(result.intent).toBe('question')
    expect(result.faq).toBe(faq)
    expect(result.faqScore).toBeGreaterThan(0)
  })
})

describe('understand › urgent', () => {
  it.each<[string]>([
    ['快来人 小区后面的池塘里有个孩子掉进去了'],
    ['独居的李大爷三天没出门 敲门没反应 灯一直亮着 物业赶紧来开门'],
    ['救护车开不进来 楼上老爷子犯病了等着抬下去 谁的车赶紧挪'],
    ['楼梯间一股燃气味 不知道是不是管子被老鼠咬了'],
    ['雨水顺着吊灯往下滴 客厅都是水 灯不敢开'],
    ['楼上漏的水顺着墙流进插座里了 楼上家里没人'],
    ['Lift stuck between floors, my mother is inside, building 4'],
    ['我奶奶刚打电话说摔地上起不来了 谁离得近快去看看 5栋'],
    ['我妈正在跟一个自称公安的人打电话 要她把钱转到安全账户 谁快去她家 5栋302'],
    ['电梯里关着个老大爷 手机打不出去 在里面拍门'],
    ['车库有条蛇 就在小孩旁边 保安快来'],
    ['门口一条大狗见人就追着咬 刚把一个老人咬了'],
    ['我妈在电梯里 电梯停半空了 打不开'],
    ['电梯卡在十二楼不开门 我爸在里面 按铃没人应'],
    ['学校门口那个窨井盖被人偷了 马上放学了'],
    ['车棚有辆电瓶车电池鼓包了 还插着在充'],
    ['楼道那根掉下来的电线一直滋滋响 冒火花'],
    ['充电桩的插头泡在水里 还有车在充'],
    ['我奶奶在楼梯口摔了 自己起不来'],
    ['厨房燃气报警器一直在响 家里就老人'],
    ['有个娃爬上楼顶边上的护栏了 下面没人看着 快来人'],
    ['有位老伯跌进工地的坑里了 自己爬不上来 快来帮忙'],
    ['我爸电话一直打不通 他平时一打就接 住在8栋 谁能帮忙去敲门看看'],
    ['3栋楼顶的招牌松脱了 斜挂着 下面就是小区门口 人来人往'],
    ['刚才跟我妈视频 她话都说不清了 一直冒冷汗 120打了 谁先去她家看看 6栋2单元'],
    ['我爷爷一个人住 两天没人接电话了 谁能去他家看一眼 5栋301'],
    ['我妈有心脏病 早上出去散步到现在没回来 手机关机了'],
    ['地下室进水了 快漫到配电箱了'],
    ['厨房地上全是水 一碰冰箱就手发麻 是不是漏电了'],
    ['楼上小孩在往下扔石子 楼下好多人在走'],
    ['有个男的在硬拽小孩往车里拽 就在东门 快来人'],
    ['我妈突然说话含糊 嘴也歪了 已经打了120 谁能先上去看看'],
    ['快点快点 3栋电梯关到人了 我妈在里头 按警铃没人应'],
    ['楼下梯坎上有个老爷爷倒起了 喊不答应 快来人'],
    ['对面那块广告牌摇摇晃晃的 一边已经脱了 下面好多人在走 快喊人来'],
    ['老爷子有认知障碍 早上出门到现在没回来 手机也没带 大家帮忙找找'],
    ['我爸一个人住 两天联系不上了 平时都回微信 家里座机也没人接 麻烦尽快派人去看看 拜托了'],
    ['楼下有个阿伯倒在花坛边上 叫他不应 快来人'],
    ['后面的挡土墙一直在往下掉土 底下一楼人还住在里面'],
    ['小区门口那棵树倒了 压在车上 车里还有人'],
    ['楼上402一股煤气味 敲门没人应 怕出事 快来人'],
    ['山坡上在往下垮泥巴 石头还在往下掉 快把路拦起来'],
    ['我妈一个人在家 打了二十个电话都不接 她从来不这样 谁能去敲下门'],
    ['小区门口有人拿着菜刀乱挥 大家别出门 保安快去'],
    ['有个小孩坐在7楼窗台外面 家里好像没人 快去敲门'],
    ['地库火还没灭 烟都上来了 大家快下楼'],
    ['楼上漏水 天花板在往下灌水 卧室全是水了 快来人'],
    ['楼下张阿姨一个人住 三天没见人了 敲门不开电话也不接'],
    ['厨房里好大一股煤气味 头都晕了 快来人'],
    ['5栋电梯卡在两层中间 我妈被关在里面出不来'],
    ['楼下有个老人晕倒了 叫不醒 已经打了120'],
    ['车棚着火了 烟很大 快打119'],
    ['水管爆了 水一直往外喷 家里已经淹了'],
    ['我妈一个人在家 刚才电话里说胸口难受站不起来 然后就没声了 住3号楼'],
    ['我家老头有点痴呆 早上出门到现在没回来 大家帮忙找找'],
    ['有个小孩卡在单元门口的栏杆中间了 出不来 快来人'],
    ['围墙被车撞了往路上倒 下面有人在走 赶紧拦一下'],
    ['我女儿被反锁在家里了 才三岁 一直在哭 谁有开锁电话'],
    ['卫生间的水漫到插座那了 还在滋滋响 不敢进去'],
    ['小区门口两个人动手了 一个拿着刀 快叫保安'],
    ['我妈一个人在家 打了一上午电话都不接 平时一打就接 拜托谁去敲下门'],
    ['我哥喝多了说不想活了 把自己关在屋里 怎么办'],
    ['真的撑不下去了 想从楼上跳下去'],
    ['快啲嚟人啊 3座楼梯口有个阿婆晕低咗 叫佢都冇反应'],
  ])('understand › when danger is happening now (%p) › then it is urgent', (text) => {
    // Act
    const result = understander.understand(text)

    // Assert
    expect(result.urgent).toBe(true)
  })

  it.each<[string]>([
    ['昨晚电梯困人的事处理好了 人几分钟就出来了 没事'],
    ['电梯里贴的困人应急电话被撕掉了 麻烦重新贴一张'],
    ['燃气灶打火的时候有点味 关了阀就没了 想找人来看看'],
    ['电梯往下走的时候老觉得要掉下去 找人检查一下吧'],
    ['家里菜刀钝了 谁知道哪有磨刀的'],
    ['这电梯一个月里第四次关人了 能不能换台新的'],
    ['雨水井堵了 脏水都漫到马路上了 快派人来通'],
    ['楼道全是杂物 真着火了往哪跑'],
    ['【通知】明天上午电梯年检 暂停使用两小时'],
    ['下午两点消防演练 听到警报不要慌'],
    ['上个月车库着火那次 后来查出来是电瓶车充电引起的'],
    ['提醒大家 万一闻到煤气味 先开窗别开灯'],
    ['楼道灯不亮好几天了 麻烦换一下'],
    ['刚才差点在楼梯上摔倒 扶手太滑了'],
    ['燃气公司下周入户安检 请家里留人'],
    ['井盖一直没盖好 小孩掉进去咋办'],
    ['电梯老是咯噔咯噔的 可别哪天掉下去了'],
    ['刚才楼道那股烟味是302在熏香肠 没事了'],
    ['上回车棚着火以后 大家充电都小心点'],
    ['我还以为着火了 原来是对面在放烟花'],
    ['楼上独居的老爷子好几天没见下楼了 敲门也没人应 有点担心'],
    ['燃气管子外面那层皮掉了 有点生锈 不漏气 想找人来看看'],
    ['厨房水管接头滋滋漏水 关了总闸就好了 找个师傅来换一下'],
    ['草丛里有条小蛇 看着应该没毒 找人弄走吧'],
    ['小区后面草长得老高 怕有蛇'],
  ])('understand › when there is no danger right now (%p) › then it is not urgent', (text) => {
    // Act
    const result = understander.understand(text)

    // Assert
    expect(result.urgent).toBe(false)
  })
})

describe('understand › output shape', () => {
  it('understand › when called twice with the same text › then the result is identical', () => {
    // Arrange
    const text = '7栋2单元1803厨房下水道堵了 能派个师傅吗'

    // Act
    const first = understander.understand(text)
    const second = understander.understand(text)

    // Assert
    expect(second).toEqual(first)
    expect(first.location).toEqual({ building: '7', unit: '2', room: '1803' })
    expect(first.confidence).toBeGreaterThan(0)
    expect(first.confidence).toBeLessThanOrEqual(1)
  })

  it('understand › when explain is set › then reasons list the cues', () => {
    // Act
    const result = understander.understand('楼道灯坏了 麻烦修一下', { explain: true })

    // Assert
    expect(result.reasons).toEqual(expect.arrayContaining(['problem:坏了', 'ask:麻烦']))
  })

  it('understand › when the text is empty › then it is chat and not urgent', () => {
    // Act
    const result = understander.understand('')

    // Assert
    expect(result).toMatchObject({ intent: 'chat', urgent: false })
  })

  it('understand › when the FAQs are reloaded without a topic › then that topic is no longer answered', () => {
    // Arrange
    const local = createUnderstander(SEED_FAQS)
    const text = '低保怎么申请 要什么条件'
    expect(local.understand(text).faq).toBe('dibao')

    // Act
    local.reloadFaqs(SEED_FAQS.filter((faq) => faq.topic !== 'dibao'))

    // Assert
    expect(local.understand(text).faq).not.toBe('dibao')
  })
})

describe('understand › location of a quoted message', () => {
  it('understand › when a chase quotes a report that names a place and names none itself › then the place is the quote’s', () => {
    // Act
    const result = understander.understand('「王姐：9栋3单元楼道灯又不亮了」\n- - - - - - - - - - - - - - -\n这个到现在还没人修，有人管没')

    // Assert
    expect(result).toMatchObject({ intent: 'followup', location: { building: '9', unit: '3' } })
  })

  it('understand › when the reply names its own place › then that place wins over the quote’s', () => {
    // Act
    const result = understander.understand('「王姐：9栋楼道灯又不亮了」\n- - - - - - - - - - - - - - -\n我们12栋的也不亮，麻烦一起修一下')

    // Assert
    expect(result.location).toEqual({ building: '12' })
  })

  it('understand › when the reply is only chat › then it takes no place from the quote', () => {
    // Act
    const result = understander.understand('「王姐：9栋楼道灯又不亮了」\n- - - - - - - - - - - - - - -\n哈哈 我也刚看到')

    // Assert
    expect(result.intent).toBe('chat')
    expect(result.location).toBeUndefined()
  })
})
