import { extractLocation, toArabicNumber, type Location } from '../../../domain/understanding'

describe('toArabicNumber', () => {
  it.each<[string, string | undefined]>([
    ['18', '18'],
    ['007', '7'],
    ['二', '2'],
    ['两', '2'],
    ['十', '10'],
    ['十八', '18'],
    ['二十', '20'],
    ['二十一', '21'],
    ['一百零二', '102'],
    ['三零二', '302'],
    ['一零零一', '1001'],
    ['十百', undefined],
    ['几', undefined],
    ['', undefined],
  ])('toArabicNumber › when given %p › then it returns %p', (input, expected) => {
    // Act
    const result = toArabicNumber(input)

    // Assert
    expect(result).toBe(expected)
  })
})

describe('extractLocation', () => {
  it.each<[string, Location | undefined]>([
    // 幺 read as one (幺单元); a door number addressed (1206你家)
    ['七号楼幺单元门口的灯不亮', { building: '7', unit: '1' }],
    ['1206你家空调水滴我家窗台上了', { room: '1206' }],
    // a door number standing alone between commas or at the end (not an emergency number, not a price)
    ['卫生间顶上一直在滴水，1203，麻烦上来看看', { room: '1203' }],
    ['电焊机太吵了 挪远点吧 102', { room: '102' }],
    ['有人晕倒了 已经打了120，快来人', undefined],
    ['物业费一年交了980，太贵了', undefined],
    // basements have no floor number; 再爬一层 is a count; 3-1门口 is building 3, unit 1
    ['负一楼车库的灯坏了', undefined],
    ['地下二层车位被占了', undefined],
    ['电梯只能坐到十四 再爬一层', undefined],
    ['快递车天天堵在3-1门口', { building: '3', unit: '1' }],
    // a place at the end of ten thousand blank lines (the unit patterns' look-behinds once took minutes on them)
    [`${'\n'.repeat(10_000)}5栋2门 楼道灯坏了`, { building: '5', unit: '2' }],
    [`${' '.repeat(10_000)}building 6, unit 1`, { building: '6', unit: '1' }],
    // the spoken door number and the corrected place after ten thousand blank characters (their look-behinds are bounded;
    // a correction ten thousand commas away is no correction, and two buildings leave the place open)
    [`零${'\n'.repeat(10_000)}3栋三零一漏水`, { building: '3', room: '301' }],
    [`是3栋${'，'.repeat(10_000)}不是4栋 路灯坏了`, undefined],
    // English unit after a building and a comma; a ground floor's households against a lift are not a place
    ['gas smell in building 5, unit 2 stairwell', { building: '5', unit: '2' }],
    ['一楼二楼的住户都不同意加装', undefined],
    // 天津: a stairway entrance is a 门 right after the building (3门口 is a doorway)
    ['12号楼3门的楼道灯坏了', { building: '12', unit: '3' }],
    ['5栋门口的路灯不亮', { building: '5' }],
    // a floor in digits has at most two: 1203楼上 is the flat above 1203, and 119 after 快打 is a phone number
    ['我住1203 楼上天天跺脚', { room: '1203' }],
    ['3栋着火了 快打119 楼里的人快下来', { building: '3' }],
    ['28楼的灯坏了', { floor: '28' }],
    // building: 栋 / 号楼 / 幢, Arabic or Chinese numerals
    ['3栋楼下的路灯坏了', { building: '3' }],
    ['十二号楼门口堆满了垃圾', { building: '12' }],
    ['9幢的电梯又停了', { building: '9' }],
    ['5#楼的水管漏了', { building: '5' }],
    // unit, floor, room
    ['二单元的门禁坏了', { unit: '2' }],
    ['第三单元楼道很黑', { unit: '3' }],
    ['我家住二十一楼 水压太小', { floor: '21' }],
    ['15层的声控灯不亮', { floor: '15' }],
    ['二楼的住户天天在楼道抽烟', { floor: '2' }],
    ['6号楼3楼楼道灯坏了', { building: '6', floor: '3' }],
    ['2栋1单元602室漏水', { building: '2', unit: '1', room: '602' }],
    ['4-2-1101 厨房下水道堵了', { building: '4', unit: '2', room: '1101' }],
    ['我家1502的卫生间渗水', { room: '1502' }],
    ['楼上902那家天天半夜拖椅子', { room: '902' }],
    ['1203家的狗一直叫', { room: '1203' }],
    ['501户门口堆了纸箱', { room: '501' }],
    // floors are never inferred from room numbers
    ['8栋1802业主反映停电', { building: '8', room: '1802' }],
    // ranges, counts and several places are not a location
    ['3到5楼的灯都不亮', undefined],
    ['5楼以上水压都小', undefined],
    ['一楼二楼的住户不同意', undefined],
    ['电梯卡在7楼和8楼中间', undefined],
    ['三四楼的楼道灯都坏了', undefined],
    ['我们楼六层没电梯', undefined],
    ['这栋楼一共18层', undefined],
    ['十几楼的人都没水', undefined],
    // 一栋楼 is "a building"; 一到 before digits is "as soon as it reaches"
    ['隔壁小区着火烧了一栋楼', undefined],
    ['一栋楼的人都被吵醒了', undefined],
    ['一栋楼道灯坏了', { building: '1' }],
    ['电梯一到15楼就晃', { floor: '15' }],
    ['一到三楼的灯都不亮', undefined],
    ['这两栋楼之间的路灯', undefined],
    ['3、4号楼停水了', undefined],
    // numbers that are not places
    ['车牌尾号372的车堵了消防通道', undefined],
    ['报事编号20240611003 查一下进度', undefined],
    ['电话139****5678 随叫随到', undefined],
    ['物业费一年1200元', undefined],
    ['2024年的事了', undefined],
    ['120已经打了', undefined],
    ['万一楼上漏水怎么办', undefined],
    ['车上落了一层灰', undefined],
    ['柜子顶上积了一层油', undefined],
    ['一楼的也要分摊吗', undefined],
    ['二楼三楼不同意怎么办', undefined],
    ['按钮坏了 天天都得多爬一层', undefined],
    // voice input's 动 for 栋
    ['五动的路灯不亮', { building: '5' }],
    ['3动2单元门口', { building: '3', unit: '2' }],
    ['老人一动不动', undefined],
    ['之前报的12#1802楼上漏水', { building: '12', room: '1802' }],
    ['车位b2-136被占了', undefined],
    ['一楼的不同意 我们住六楼', { floor: '6' }],
    ['说错了 是九楼不是八楼', { floor: '9' }],
    ['更正：是4单元，不是3单元', { unit: '4' }],
    ['16楼 楼顶渗水', { floor: '16' }],
    ['我住九栋六零二', { building: '9', room: '602' }],
    ['十二栋一二零一', { building: '12', room: '1201' }],
    ['七动三楼', { building: '7', floor: '3' }],
    ['阿拉9号二楼漏水', { building: '9', floor: '2' }],
    ['12号301室', { building: '12', room: '301' }],
    ['56弄7号门口路灯坏了', { building: '7' }],
    ['2号门口的路面塌了', undefined],
    ['3月5号一楼停电', { floor: '1' }],
    ['2号楼4层楼到灯坏了', { building: '2', floor: '4' }],
    ['大家晚上好', undefined],
  ])('extractLocation › when the text is %p › then the location is %p', (text, expected) => {
    // Act
    const result = extractLocation(text)

    // Assert
    expect(result).toEqual(expected)
  })
})
